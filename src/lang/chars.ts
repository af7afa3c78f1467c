/**
 * A list of characters from a language table, compiled into a test by character code: a loop over a
 * text then makes no one-character string (text[i] would, for every character outside Latin-1).
 * The set is a bitmap over the code units up to its largest (at most 8 KB): a test is a shift and a
 * mask, where a Set of numbers took a hash lookup for every character of every text.
 */
export function charCodes(chars: string): (code: number) => boolean {
  const codes = [...chars].map((c) => c.charCodeAt(0));
  const bits = new Uint32Array((Math.max(0, ...codes) >>> 5) + 1);
  for (const c of codes) bits[c >>> 5] |= 1 << (c & 31);
  return (code) => (code >>> 5) < bits.length && (bits[code >>> 5] & (1 << (code & 31))) !== 0;
}
