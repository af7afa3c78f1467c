/**
 * The matching view of a text: fullwidth ASCII forms folded to halfwidth and every kind of space
 * to a plain one, character for character, so an offset in it is the same offset in the text shown.
 */
export function foldForMatching(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0x00a0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f) out += ' ';
    else out += text[i];
  }
  return out;
}

/** Whitespace a line is trimmed of: ASCII, ideographic, non-breaking, zero-width and BOM. */
const EDGE_SPACE = /^[\s\u3000\u00a0\u200b\ufeff]+|[\s\u3000\u00a0\u200b\ufeff]+$/g;

export function trimLine(line: string): string {
  return line.replace(EDGE_SPACE, '');
}

/** A comparison key for a paragraph: folded, with no whitespace at all. */
export function paragraphKey(line: string): string {
  return foldForMatching(line).replace(/[\s\u200b\ufeff]+/g, '');
}
