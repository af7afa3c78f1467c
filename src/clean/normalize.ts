/**
 * The matching view of a text: fullwidth ASCII forms folded to halfwidth, every kind of space to a
 * plain one, a note's call mark to spaces, and for a document in traditional characters each to its
 * simplified one, character for character, so an offset in it is the same offset in the text shown.
 */
import {
  EDGE_SPACE_RANGE, FOLDABLE_SPACE_RANGE, FULLWIDTH_ASCII_FIRST, FULLWIDTH_ASCII_LAST, FULLWIDTH_OFFSET, INVISIBLE_RANGE, isHanCode,
} from '../lang/zh/script.js';
import { TRADITIONAL } from '../lang/zh/traditional.js';
import { FOOTNOTE_CALL } from '../lang/zh/boilerplate.js';
import { SETTINGS } from '../lang/zh/settings.js';

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
const NOTE_CALL = new RegExp(FOOTNOTE_CALL.source, 'g');
const FOLDABLE = new RegExp(`[${hex(FULLWIDTH_ASCII_FIRST)}-${hex(FULLWIDTH_ASCII_LAST)}${FOLDABLE_SPACE_RANGE}]`, 'g');

export function foldForMatching(text: string, traditional = false): string {
  // one native scan; most lines hold nothing to fold and come back as they are
  let folded = text.replace(FOLDABLE, (c) => {
    const code = c.charCodeAt(0);
    return code >= FULLWIDTH_ASCII_FIRST && code <= FULLWIDTH_ASCII_LAST ? String.fromCharCode(code - FULLWIDTH_OFFSET) : ' ';
  });
  if (folded.includes('[')) folded = folded.replace(NOTE_CALL, (m) => ' '.repeat(m.length));
  return traditional ? toSimplified(folded) : folded;
}

/** A text in traditional characters in simplified ones, character for character (offsets kept). */
export function toSimplified(text: string): string {
  return text.replace(TRADITIONAL_CHAR, (c) => SIMPLIFIED.get(c)!);
}

const SIMPLIFIED = new Map([...TRADITIONAL.from].map((c, i) => [c, TRADITIONAL.to[i]]));
const TRADITIONAL_CHAR = new RegExp(`[${TRADITIONAL.from}]`, 'g');

/**
 * For a document in traditional characters, words read in its matching view written back as the
 * document writes them (地区生产总值 → 地區生產總值), each character as the document writes it.
 */
export function writtenAs(text: string, match: string): (words: string) => string {
  const back = new Map<string, string>();
  for (let i = 0; i < text.length; i++) if (text[i] !== match[i] && isHanCode(text.charCodeAt(i))) back.set(match[i], text[i]);
  return (words) => [...words].map((c) => back.get(c) ?? c).join('');
}

/** Whether a text is written in traditional characters (SETTINGS.TRADITIONAL_SHARE of its Han characters). */
export function isTraditional(text: string): boolean {
  // (one pass over the text, counting both)
  let han = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isHanCode(text.charCodeAt(i))) continue;
    han++;
    if (SIMPLIFIED.has(text[i])) traditional++;
  }
  return han > 0 && traditional >= SETTINGS.TRADITIONAL_SHARE.value * han;
}

const EDGE_SPACE = new RegExp(`[\\s${EDGE_SPACE_RANGE}]`);

/**
 * A line without the white space at its ends: ASCII, ideographic, non-breaking, zero-width and BOM.
 * (Index loops, not a `\s+$` regex: that one rescans every run of inner spaces and is quadratic.)
 */
export function trimLine(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && EDGE_SPACE.test(line[start])) start++;
  while (end > start && EDGE_SPACE.test(line[end - 1])) end--;
  return line.slice(start, end);
}

const NO_KEY = new RegExp(`[\\s${INVISIBLE_RANGE}]+`, 'g');

/** A comparison key for a paragraph, from its folded form: no whitespace at all. */
export function paragraphKey(folded: string): string {
  return folded.replace(NO_KEY, '');
}
