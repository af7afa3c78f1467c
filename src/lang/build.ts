/**
 * Building patterns from the language tables' word and character lists, once, at module load: a
 * long alternation is never written by hand, and an empty list or an empty word (which would make a
 * group match everywhere) is a programming error caught when the module loads.
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A regex source matching any one of `words`, longest first (so the longest word wins at a place). */
export function oneOf(words: Iterable<string>): string {
  const list = [...new Set(words)];
  if (list.length === 0 || list.some((w) => w === '')) throw new Error(`oneOf: an empty word list or an empty word (${JSON.stringify(list)})`);
  return `(?:${list.sort((a, b) => b.length - a.length).map(escape).join('|')})`;
}

const classBody = (chars: string) => {
  if (chars === '') throw new Error('an empty character list');
  return chars.replace(/[\]\\^-]/g, '\\$&');
};

/** Like oneOf, but a word may be spaced out letter by letter (标 题, 索 引 号), as portals print labels. */
export function oneOfSpaced(words: Iterable<string>): string {
  const list = [...new Set(words)];
  if (list.length === 0 || list.some((w) => w === '')) throw new Error(`oneOfSpaced: an empty word list or an empty word (${JSON.stringify(list)})`);
  return `(?:${list.sort((a, b) => b.length - a.length).map((w) => [...w].map(escape).join('\\s*')).join('|')})`;
}

/** A character class matching any one of `chars`. */
export const anyOf = (chars: string): string => `[${classBody(chars)}]`;
/** A character class matching any character but those of `chars`. */
export const noneOf = (chars: string): string => `[^${classBody(chars)}]`;
