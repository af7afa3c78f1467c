/** Word lookups at a position of a text, for every stage that reads the words around a figure. */
import { oneOf } from '../lang/build.js';
import { SCOPES } from '../lang/zh/labels.js';
/** Sorts longest first by `key`: among words that match at one place, the longest wins. */
export const byLengthDesc = <T>(key: (t: T) => string) => (a: T, b: T) => key(b).length - key(a).length;

/**
 * A word list keyed by one character of each word (its first or last), the list's order kept within a
 * key: a lookup at a position tries only the words that can stand there, not the whole list (which
 * was a tenth of extraction, done for every figure).
 */
export type CharIndex<T> = ReadonlyMap<string, readonly T[]>;

export function indexByChar<T>(items: readonly T[], char: (t: T) => string): CharIndex<T> {
  const index = new Map<string, T[]>();
  for (const t of items) {
    const c = char(t);
    index.set(c, [...(index.get(c) ?? []), t]);
  }
  return index;
}

export const first = (w: string) => w[0];
export const last = (w: string) => w[w.length - 1];

/** The first word of `words` that starts at `at`. */
export const wordAt = (text: string, at: number, words: CharIndex<string>) => words.get(text[at])?.find((w) => text.startsWith(w, at));
/** The first word of `words` that ends at `end`. */
export const wordEndingAt = (text: string, end: number, words: CharIndex<string>) => words.get(text[end - 1])?.find((w) => endsAt(text, w, end));
/** Does `word` end at `end`? (startsWith alone would read a negative start as 0) */
export const endsAt = (text: string, word: string, end: number) => end >= word.length && text.startsWith(word, end - word.length);


const SCOPE_START = new RegExp(`^${oneOf(SCOPES.words)}`);
/** A text without the report's scope opening it (全县地区生产总值 → 地区生产总值): no part of a name. */
export const withoutScope = (text: string): string => text.replace(SCOPE_START, '');
