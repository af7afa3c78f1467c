import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { TEXT_RANGE } from '../lang/zh/script.js';
import { StageError } from '../problems.js';

export interface Decoded {
  text: string;
  /** the encoding the text was decoded from */
  encoding: string;
}

export interface DecodeOptions {
  /** force this encoding (--encoding) */
  encoding?: string;
}

let loaded: typeof import('iconv-lite') | null = null;
/** iconv-lite, loaded for the first text that is not UTF-8 (most are, and a lone report starts faster without it). */
function iconv(): typeof import('iconv-lite') {
  return (loaded ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite'));
}

/** Whether iconv-lite knows an encoding by this name (--encoding). */
export const knownEncoding = (name: string): boolean => iconv().encodingExists(name);

/** GB18030, the superset of GBK that Chinese Windows writes file names in (see ingest's names). */
export const gb18030 = {
  decode: (bytes: Buffer): string => iconv().decode(bytes, 'gb18030'),
  encode: (text: string): Buffer => iconv().encode(text, 'gb18030'),
};

/** File signatures of formats that are not text, for a clear message instead of mojibake. */
const SIGNATURES: ReadonlyArray<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or DOCX/XLSX)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['7z archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['Word 97 document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
];

/** A file whose text its own stage reads (src/pdf, src/word) rather than this one. */
export type DocumentFormat = 'pdf' | 'docx' | 'doc';

const startsWith = (bytes: Buffer, sig: readonly number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
const PDF = Buffer.from('%PDF-', 'latin1');
/** PDF readers find the header within the first kilobyte (a crawler may have saved bytes before it). */
const PDF_HEADER_WITHIN = 1024;
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A Word file's main part, named in a zip's local headers and directory (stored, never compressed). */
const DOCX_PART = Buffer.from('word/document.xml', 'latin1');
/** The stream only a Word 97-2003 file holds among OLE files (.xls and .ppt have others): its name in UTF-16LE. */
const DOC_STREAM = Buffer.from('WordDocument', 'utf16le');

/**
 * A PDF or Word file, told by its bytes (a crawler's names lie as its charsets do): %PDF- in the
 * first kilobyte, a zip holding word/document.xml, an OLE file holding a WordDocument stream. Null
 * for anything else, which decodeBytes reads (or refuses by name).
 */
export function documentFormat(bytes: Buffer): DocumentFormat | null {
  if (bytes.subarray(0, PDF_HEADER_WITHIN).includes(PDF)) return 'pdf';
  if (startsWith(bytes, ZIP)) return bytes.includes(DOCX_PART) ? 'docx' : null;
  if (startsWith(bytes, OLE)) return bytes.includes(DOC_STREAM) ? 'doc' : null;
  return null;
}

/**
 * Whether a file's first kilobyte says it may be a PDF or Word file (its whole bytes decide which):
 * such a file is read by PDF.js or a Word reader, not by this stage's linear passes.
 */
export function mayBeDocument(head: Buffer): boolean {
  return head.subarray(0, PDF_HEADER_WITHIN).includes(PDF) || startsWith(head, ZIP) || startsWith(head, OLE);
}

const DECLARED = [
  /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i,
  /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i,
];

/** The charset a page declares in its first 4 KB (meta charset, http-equiv, XML declaration). */
export function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  for (const re of DECLARED) {
    const m = re.exec(head);
    if (m) return m[1].toLowerCase();
  }
  return null;
}

const LENIENT_UTF8 = new TextDecoder('utf-8');

/** How many U+FFFD a text holds, counting no further than just past `limit`. */
function replacements(text: string, limit: number): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1 && n <= limit; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/**
 * UTF-8 with a stray bad byte or a cut-off last character, marking what was lost; null when too much
 * was. A head cut just before an ASCII byte decodes exactly as the whole text begins, so growing
 * heads settle GBK (which loses characters from its first few) without decoding all of it.
 */
function lenientUtf8(bytes: Buffer): string | null {
  // the text has at most one UTF-16 unit per byte: this bounds what the whole text may lose
  const most = Math.max(1, bytes.length / 1000);
  for (let head = 256; head < bytes.length; head *= 8) {
    let cut = head;
    while (cut < bytes.length && bytes[cut] >= 0x80) cut++;
    if (cut === bytes.length) break;
    if (replacements(LENIENT_UTF8.decode(bytes.subarray(0, cut)), most) > most) return null;
  }
  const text = LENIENT_UTF8.decode(bytes);
  return replacements(text, most) <= Math.max(1, text.length / 1000) ? text : null;
}

/** Share of characters that show a wrong decoding: replacement marks and control characters. */
function garbage(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) bad++;
  }
  return bad / text.length;
}

/**
 * UTF-16 with no BOM: the NUL high bytes of ASCII characters (digits, punctuation, line ends) all
 * fall on one side, odd offsets for little-endian, even for big-endian.
 */
function utf16WithoutBom(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  const guess = odd >= 0.01 * pairs && even <= odd / 4 ? 'utf-16le' : even >= 0.01 * pairs && odd <= even / 4 ? 'utf-16be' : null;
  // a guess stands only if it reads as text: Chinese, ASCII, punctuation and spaces
  return guess && readable(decodeWith(bytes.subarray(0, n), guess)) ? guess : null;
}

const TEXT_CHAR = new RegExp(`[${TEXT_RANGE}\\s]`, 'g');
const readable = (text: string) => (text.match(TEXT_CHAR)?.length ?? 0) >= 0.95 * text.length;

function decodeWith(bytes: Buffer, encoding: string): string {
  return iconv().decode(bytes, encoding, { stripBOM: true });
}

/**
 * Bytes to text: a BOM wins; then valid UTF-8 (whatever the page declares, since declarations lie);
 * then the declared charset; then GB18030, the superset of GBK and GB2312.
 */
export function decodeBytes(bytes: Buffer, options: DecodeOptions = {}): Decoded {
  if (options.encoding) {
    if (!iconv().encodingExists(options.encoding)) throw new StageError('decode', 'unknown-encoding', `unknown encoding "${options.encoding}"`);
    return { text: decodeWith(bytes, options.encoding), encoding: options.encoding.toLowerCase() };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeWith(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeWith(bytes, 'utf-16be'), encoding: 'utf-16be' };
  for (const [name, sig] of SIGNATURES) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) {
      throw new StageError('decode', 'binary', `not text: looks like a ${name}`);
    }
  }
  if (bytes.includes(0)) {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) return { text: decodeWith(bytes, utf16), encoding: utf16 };
    throw new StageError('decode', 'binary', 'not text: holds NUL bytes');
  }
  // (no BOM here, so Buffer's decoding of valid UTF-8 is TextDecoder's)
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: 'utf-8' };
  const lenient = lenientUtf8(bytes);
  if (lenient !== null) return { text: lenient, encoding: 'utf-8' };
  const declared = declaredCharset(bytes);
  // pages that say gb2312 or gbk routinely hold GBK-only characters: GB18030 reads all three alike
  const gbFamily = declared !== null && /^(?:gb2312|gbk|x-gbk|gb18030|cp936|euc-cn)$/.test(declared);
  const candidates = declared && !gbFamily && !/^utf-?8$/.test(declared) && iconv().encodingExists(declared) ? [declared, 'gb18030'] : ['gb18030'];
  for (const encoding of candidates) {
    const text = decodeWith(bytes, encoding);
    if (garbage(text) < 0.01) return { text, encoding };
  }
  throw new StageError('decode', 'undecodable', 'not text: neither UTF-8 nor GB18030 decodes it cleanly');
}
