/**
 * The matching view of a text: fullwidth ASCII forms folded to halfwidth and every kind of space
 * to a plain one, character for character, so an offset in it is the same offset in the text shown.
 */
export function foldForMatching(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) codes[i] = c - 0xfee0;
    else if (c === 0x3000 || c === 0x00a0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f) codes[i] = 0x20;
    else codes[i] = c;
  }
  // decoded in slices: String.fromCharCode takes a bounded number of arguments
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
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

/** A comparison key for a paragraph: folded, with no whitespace at all. */
export function paragraphKey(line: string): string {
  return foldForMatching(line).replace(/[\s\u200b\ufeff]+/g, '');
}
