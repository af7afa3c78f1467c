/**
 * Word files: a .docx through mammoth into HTML (its headings, paragraphs and tables as the html
 * stage reads a page's), with the title and date of its core properties; a .doc (Word 97-2003)
 * through word-extractor into plain text. Each library loads only when such a file comes.
 */
import { createRequire } from 'node:module';
import { StageError } from '../problems.js';

/** The readers' packages, loaded when such a file comes. */
const load = createRequire(import.meta.url);

export interface WordDocument {
  /** HTML for the html stage (.docx), or plain text (.doc) */
  content: string;
  isHtml: boolean;
  /** when the file was last saved, as its properties say (ISO 8601) */
  date?: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);|&#(\d+);|&#x([0-9a-f]+);/gi, (_, name: string, dec: string, hex: string) =>
  (name ? XML_ENTITIES[name.toLowerCase()] : String.fromCodePoint(dec ? Number(dec) : Number.parseInt(hex, 16))));

/** One element of docProps/core.xml (dc:title, dcterms:modified …), its text. */
function coreProperty(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml);
  const value = m ? unescapeXml(m[1]).trim() : '';
  return value || undefined;
}

function unreadable(err: unknown, format: string): StageError {
  const message = (err as Error)?.message ?? String(err);
  if (/encrypt|password/i.test(message)) return new StageError('word', 'encrypted', `the ${format} file is encrypted with a password: it cannot be read without it`);
  return new StageError('word', 'broken', `not a readable ${format} file: ${message}`);
}

/** A .docx: its body as HTML, images left out; the title and last-saved date of its core properties. */
export async function readDocx(bytes: Buffer): Promise<WordDocument> {
  const mammoth = load('mammoth') as typeof import('mammoth');
  const JSZip = load('jszip') as typeof import('jszip');
  let body: string;
  let core = '';
  try {
    // images would come as data URLs: megabytes of nothing to read
    body = (await mammoth.convertToHtml({ buffer: bytes }, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) })).value;
    core = (await (await JSZip.loadAsync(bytes)).file('docProps/core.xml')?.async('string')) ?? '';
  } catch (err) {
    throw unreadable(err, 'Word');
  }
  const title = coreProperty(core, 'dc:title');
  const date = coreProperty(core, 'dcterms:modified') ?? coreProperty(core, 'dcterms:created');
  const head = title ? `<title>${escapeHtml(title)}</title>` : '';
  const content = `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>\n${body}\n</body></html>\n`;
  return { content, isHtml: true, ...(date ? { date } : {}) };
}

/** A .doc (Word 97-2003): its body as text, paragraphs on lines. */
export async function readDoc(bytes: Buffer): Promise<WordDocument> {
  const WordExtractor = load('word-extractor') as (typeof import('word-extractor'))['default'];
  try {
    const doc = await new WordExtractor().extract(bytes);
    // (word-extractor would otherwise turn curly quotes and dashes into ASCII ones)
    return { content: doc.getBody({ filterUnicode: false }), isHtml: false };
  } catch (err) {
    throw unreadable(err, 'Word 97-2003');
  }
}
