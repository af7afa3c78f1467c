/**
 * The matching view of a text: fullwidth ASCII forms folded to halfwidth and every kind of space
 * to a plain one, character for character, so an offset in it is the same offset in the text shown.
 */
import {
  EDGE_SPACE_RANGE, FOLDABLE_SPACE_RANGE, FULLWIDTH_ASCII_FIRST, FULLWIDTH_ASCII_LAST, FULLWIDTH_OFFSET, INVISIBLE_RANGE,
} from '../lang/zh/script.js';

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
const FOLDABLE = new RegExp(`[${hex(FULLWIDTH_ASCII_FIRST)}-${hex(FULLWIDTH_ASCII_LAST)}${FOLDABLE_SPACE_RANGE}]`, 'g');

export function foldForMatching(text: string): string {
  // one native scan; most lines hold nothing to fold and come back as they are
  return text.replace(FOLDABLE, (c) => {
    const code = c.charCodeAt(0);
    return code >= FULLWIDTH_ASCII_FIRST && code <= FULLWIDTH_ASCII_LAST ? String.fromCharCode(code - FULLWIDTH_OFFSET) : ' ';
  });
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
