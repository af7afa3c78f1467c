/**
 * The matching view of a text: fullwidth ASCII forms folded to halfwidth and every kind of space
 * to a plain one, character for character, so an offset in it is the same offset in the text shown.
 */
const FOLDABLE = /[\uff01-\uff5e\u3000\u00a0\u2000-\u200a\u202f\u205f]/g;

export function foldForMatching(text: string): string {
  // one native scan; most lines hold nothing to fold and come back as they are
  return text.replace(FOLDABLE, (c) => {
    const code = c.charCodeAt(0);
    return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ' ';
  });
}

const EDGE_SPACE = /[\s\u3000\u00a0\u200b\ufeff]/;

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

/** A comparison key for a paragraph, from its folded form: no whitespace at all. */
export function paragraphKey(folded: string): string {
  return folded.replace(/[\s\u200b\ufeff]+/g, '');
}
