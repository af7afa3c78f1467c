/**
 * File names that are not UTF-8. A zip made on Chinese Windows leaves its names in GBK, and Linux
 * keeps them as bytes: Node, asked for a name as a string, replaces each such byte with U+FFFD, and
 * the file can then no longer be opened by that name. Names are read as bytes instead, opened by
 * those bytes, and shown as a person reads them.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** A name as a person reads it: UTF-8 where it is, else GB18030 where that decodes it whole, else its bytes escaped (\xff). */
export function readableName(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(buffer)) return buffer.toString('utf8');
  const gb = iconv.decode(buffer, 'gb18030');
  if (!gb.includes('\ufffd')) return gb;
  return [...buffer].map((b) => (b < 0x80 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
}
