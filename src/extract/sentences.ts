/** Where sentences end: figures are read, and related, within their sentence. */
import { charCodes } from '../lang/chars.js';
import { SENTENCE_END_CHARS } from '../lang/zh/punctuation.js';

/** Whether a character code ends a sentence (for loops over a text). */
export const isSentenceEnd = charCodes(SENTENCE_END_CHARS);

/** Whether nothing between offsets a and b (either order) ends a sentence. */
export function sameSentence(text: string, a: number, b: number): boolean {
  for (let i = Math.min(a, b); i < Math.max(a, b); i++) if (isSentenceEnd(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Where the sentence holding `at` starts, looking back at most `limit` characters (a text with no
 * sentence end must not make every figure read back to its start).
 */
export function sentenceStart(text: string, at: number, limit = SENTENCE_LOOK): number {
  let i = at;
  while (i > 0 && at - i < limit && !isSentenceEnd(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Where the sentence holding `at` ends (its end mark, or the text's end), looking ahead at most `limit` characters. */
export function sentenceEnd(text: string, at: number, limit = SENTENCE_LOOK): number {
  let i = at;
  while (i < text.length && i - at < limit && !isSentenceEnd(text.charCodeAt(i))) i++;
  return i;
}

/** How far a sentence is read either side of a figure. */
const SENTENCE_LOOK = 200;
