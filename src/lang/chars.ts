/**
 * A list of characters from a language table, compiled into a test by character code: a loop over a
 * text then makes no one-character string (text[i] would, for every character outside Latin-1).
 */
export function charCodes(chars: string): (code: number) => boolean {
  const codes = new Set([...chars].map((c) => c.charCodeAt(0)));
  return (code) => codes.has(code);
}
