/** Clauses and phrases around an offset: what the words before and after a figure are read from. */
import { charCodes } from '../lang/chars.js';
import { CLAUSE_BREAK_CHARS, CLOSE_BRACKET_CHARS, OPEN_BRACKET_CHARS, PHRASE_BREAK_CHARS } from '../lang/zh/punctuation.js';
import { isSentenceEnd } from './sentences.js';
import { LIST_SEPARATORS } from '../lang/zh/approx.js';
import { SETTINGS } from '../lang/zh/settings.js';

const isClauseBreak = charCodes(CLAUSE_BREAK_CHARS);
const isPhraseBreak = charCodes(PHRASE_BREAK_CHARS);
/** Whether a character code opens a bracket, or closes one (for loops over a text). */
export const isOpen = charCodes(OPEN_BRACKET_CHARS);
export const isClose = charCodes(CLOSE_BRACKET_CHARS);

/**
 * The clause before `at` (back to the last clause break), at most `limit` characters; never from inside
 * a number (cut at the limit, 2024年共收到… must not read as 24年共: twenty-four years).
 */
export function clauseBefore(text: string, at: number, limit: number = SETTINGS.CLAUSE_LOOK.value): string {
  let i = at;
  while (i > 0 && at - i < limit && !isClauseBreak(text.charCodeAt(i - 1))) i--;
  while (i > 0 && i < at && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i))) i++;
  return text.slice(i, at);
}
const isDigit = (c: number) => c >= 48 && c <= 57;

/** The noun phrase right after `at`, up to a clause break, list mark or bracket, at most `limit` characters. */
export function phraseAfter(text: string, at: number, limit: number = SETTINGS.LABEL_MAX_CHARS.value): string {
  let i = at;
  while (i < text.length && i - at < limit && !isPhraseBreak(text.charCodeAt(i))) i++;
  return text.slice(at, i);
}

/** Whether only a list separator stands between two spans of a text (突破8万亿元、9万亿元; 分别增长6.7%、39.6%). */
export function listedTogether(text: string, a: { end: number }, b: { start: number }): boolean {
  return LIST_SEPARATORS.includes(text.slice(a.end, b.start).trim());
}

/**
 * Where the bracket opening at `at` closes (申请543件（含上年度结转6件）: the bracket after the 543), brackets
 * inside it read past; -1 where none opens there or it does not close in its sentence.
 */
export function bracketClose(text: string, at: number): number {
  if (!isOpen(text.charCodeAt(at))) return -1;
  let depth = 0;
  for (let i = at; i < text.length && !isSentenceEnd(text.charCodeAt(i)); i++) {
    if (isOpen(text.charCodeAt(i))) depth++;
    else if (isClose(text.charCodeAt(i)) && --depth === 0) return i;
  }
  return -1;
}
