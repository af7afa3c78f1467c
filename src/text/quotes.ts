/** Quotation marks a reading left out, put back where the text writes them. */
import { charCodes } from '../lang/chars.js';
import { QUOTES } from '../lang/zh/labels.js';

const isQuote = charCodes(QUOTES);

/**
 * A phrase read without quotation marks (新增四上企业) as `text` writes it (新增“四上”企业): its last
 * occurrence before `at`, else its first after; marks it opens or closes taken with it. The phrase as
 * given where the text does not hold it, or its marks do not pair.
 */
export function asWritten(phrase: string, text: string, at: number): string {
  if (!phrase) return phrase;
  const kept: number[] = [];
  let plain = '';
  for (let i = 0; i < text.length; i++) {
    if (isQuote(text.charCodeAt(i))) continue;
    kept.push(i);
    plain += text[i];
  }
  const bound = kept.findIndex((i) => i >= at);
  const plainAt = bound < 0 ? plain.length : bound;
  let k = plain.lastIndexOf(phrase, plainAt - phrase.length);
  if (k < 0) k = plain.indexOf(phrase, plainAt);
  if (k < 0) return phrase;
  let start = kept[k];
  let end = kept[k + phrase.length - 1] + 1;
  const marks = () => { let n = 0; for (let i = start; i < end; i++) if (isQuote(text.charCodeAt(i))) n++; return n; };
  if (marks() === 0) return phrase;
  // (an odd mark inside: the one right after closes it, else the one right before opens it)
  if (marks() % 2 === 1) {
    if (isQuote(text.charCodeAt(end))) end++;
    else if (start > 0 && isQuote(text.charCodeAt(start - 1))) start--;
    else return phrase;
  }
  return text.slice(start, end);
}
