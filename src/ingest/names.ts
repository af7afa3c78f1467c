/**
 * File names that are not UTF-8. A zip made on Chinese Windows leaves its names in GBK, and Linux
 * keeps them as bytes: Node, asked for a name as a string, replaces each such byte with U+FFFD, and
 * the file can then no longer be opened by that name. Names are read as bytes instead, opened by
 * those bytes, and shown as a person reads them.
 */
import { isUtf8 } from 'node:buffer';
import { existsSync } from 'node:fs';
import { basename, dirname, sep } from 'node:path';
import { gb18030 } from '../decode/index.js';

/** A name as a person reads it: UTF-8 where it is, else GB18030 where that decodes it whole, else its bytes escaped (\xff). */
export function readableName(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(buffer)) return buffer.toString('utf8');
  const gb = gb18030.decode(buffer);
  if (!gb.includes('\ufffd')) return gb;
  return [...buffer].map((b) => (b < 0x80 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('');
}

/** The bytes a name read by readableName may have had: as written (UTF-8), in GB18030, or with its escapes undone. */
function spellingsOf(name: string): Buffer[] {
  const escaped = /\\x[0-9a-f]{2}/.test(name) ? [Buffer.from(name.replace(/\\x([0-9a-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1')] : [];
  return [Buffer.from(name, 'utf8'), gb18030.encode(name), ...escaped].filter((b) => readableName(b) === name);
}

/**
 * The file system's name for a path as govmine names it (readably, as Source.id and a dataset's
 * documents do): the path itself where something is there, else its bytes, each folder and the
 * name found by the spelling readableName reads as it; null where nothing is there. Only the
 * parts that are not there as written are tried again, so that a path that is costs one look.
 */
export function existingPath(path: string): string | Buffer | null {
  if (existsSync(path)) return path;
  const parent = dirname(path);
  if (parent === path) return null;
  const folder = existingPath(parent);
  if (folder === null) return null;
  for (const name of spellingsOf(basename(path))) {
    const at = Buffer.concat([Buffer.from(folder), Buffer.from(sep), name]);
    if (existsSync(at)) return at;
  }
  return null;
}
