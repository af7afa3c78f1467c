/**
 * The one path every command takes: bytes → text → clean text → metadata → sections → figures →
 * what they mean together → the report's own arithmetic. A PDF or Word file is first read by its own
 * stage into HTML or text (processFile: PDF.js and mammoth work asynchronously), then goes the same way.
 * Each stage is a pure function; problems travel as StageError and are attached to the document.
 */
import { isUtf8 } from 'node:buffer';
import { cleanText, foldForMatching, toSimplified, writtenAs, type DroppedLine } from './clean/index.js';
import { checkDocument, type Check } from './check/index.js';
import { decodeBytes, documentFormat, type DocumentFormat } from './decode/index.js';
import { extractIndicators, type Indicator } from './extract/index.js';
import { htmlToText, looksLikeHtml, type HtmlHints } from './html/index.js';
import type { RawDocument } from './ingest/index.js';
import { relateFigures } from './meaning/index.js';
import { timeFrames } from './frame/index.js';
import { readPdf } from './pdf/index.js';
import { inStage, inStageAsync } from './problems.js';
import { readDoc, readDocx } from './word/index.js';
import { readMetaWithSources, type DocumentMeta, type MetaSources } from './meta/index.js';
import { REPORT_KINDS } from './lang/zh/meta.js';
import { sectionLocator, segmentText, type Section } from './segment/index.js';
import { useOwnDictionary } from './text/index.js';

export interface PipelineOptions {
  /** force a text encoding instead of detecting it */
  encoding?: string;
  /** the process reads this one report: its words are cut with its own dictionary (see text/dictionary.ts) */
  alone?: boolean;
}

export interface ProcessedDocument {
  /** the document's name as the user gave it */
  doc: string;
  /** the encoding the bytes were decoded from; `unicode` for a PDF or Word file, whose characters come named, not encoded */
  encoding: string;
  format: 'text' | 'html' | DocumentFormat;
  meta: DocumentMeta;
  /** where each metadata field came from, in words */
  metaSources: MetaSources;
  /** the cleaned text every offset points into */
  text: string;
  sections: Section[];
  indicators: Indicator[];
  /** the arithmetic the report invites, checked */
  checks: Check[];
  dropped: DroppedLine[];
  warnings: string[];
  /** the earlier document of the batch whose body this one nearly repeats (set by the batch, not here) */
  duplicateOf?: string | null;
}

/** A PDF or Word file's content as its stage read it: HTML or text for the stages after decoding. */
export interface FileContent {
  format: DocumentFormat;
  content: string;
  isHtml: boolean;
  /** the date the file's properties give (a Word file's last save) */
  date?: string;
}

/** File names that say PDF or Word: only a hint (the bytes decide), used to say so when they disagree. */
const DOCUMENT_NAME = /\.(?:pdf|docx?)$/i;

/**
 * Any document: a PDF or Word file (told by its bytes) read by its stage first, anything else as
 * processDocument takes it. Only such a file loads PDF.js or mammoth.
 */
export async function processFile(raw: RawDocument, options: PipelineOptions = {}): Promise<ProcessedDocument> {
  const format = documentFormat(raw.bytes);
  if (format === null) {
    const doc = processDocument(raw, options);
    if (raw.path && DOCUMENT_NAME.test(raw.path)) doc.warnings.push(`named ${raw.path.replace(/^.*\./, '.')} but its bytes are no PDF or Word file: read as ${doc.format}`);
    return doc;
  }
  const file: FileContent = format === 'pdf'
    ? await inStageAsync('pdf', async () => ({ format, content: (await readPdf(raw.bytes)).html, isHtml: true }))
    : await inStageAsync('word', async () => ({ format, ...(await (format === 'docx' ? readDocx(raw.bytes) : readDoc(raw.bytes))) }));
  return processDocument(raw, options, file);
}

/** `file`: the document's content already read from a PDF or Word file (no decoding then, and no --encoding). */
export function processDocument(raw: RawDocument, options: PipelineOptions = {}, file?: FileContent): ProcessedDocument {
  if (options.alone) useOwnDictionary();
  const decoded = file ? { text: file.content, encoding: 'unicode' } : inStage('decode', () => decodeBytes(raw.bytes, { encoding: options.encoding }));
  const isHtml = file ? file.isHtml : raw.isHtml || looksLikeHtml(decoded.text, raw.path);
  const page = isHtml ? inStage('html', () => htmlToText(decoded.text)) : { text: decoded.text, hints: {} };
  const hints = file?.date ? { ...raw.hints, fileDate: file.date } : raw.hints;
  const cleaned = inStage('clean', () => cleanText(page.text));
  // (the metadata of a page in traditional characters is read, and given, in simplified ones: its head
  // and hints too, where the session that heard a report says when: 第十六屆人民代表大會第五次會議)
  const lines = cleaned.text ? (cleaned.traditional ? cleaned.match : cleaned.text).split('\n') : [];
  const [metaText, metaHints] = cleaned.traditional ? [toSimplified(page.text), simplifiedHints(page.hints)] : [page.text, page.hints];
  const { meta, sources: metaSources, yearPublished } = inStage('meta', () => readMetaWithSources(lines, metaText, metaHints, hints));
  const { match } = cleaned;
  const sections = inStage('segment', () => segmentText(cleaned.text, match));
  // (今年 in a report on one year's work, written at its end and published after it, is that year)
  const onItsYear = REPORT_KINDS.some((k) => k.name === meta.kind && k.yearOffset === 0);
  const frames = inStage('frame', () => timeFrames({ match, sections, title: foldForMatching(meta.title, cleaned.traditional), year: meta.year, yearPublished, delivered: onItsYear ? null : meta.delivered }));
  // where nothing before the body named the year reported on (or only the date it was published), a heading may (一、2024年法治政府建设主要举措)
  if (frames.year !== meta.year) { meta.year = frames.year; metaSources.year = 'the first heading naming a year'; }
  const figures = inStage('extract', () => extractIndicators({
    doc: raw.id,
    title: meta.title,
    agency: meta.agency,
    year: meta.year,
    text: cleaned.text,
    match,
    sectionAt: sectionLocator(sections),
  }));
  const indicators = inStage('meaning', () => relateFigures(figures, { match, frames, year: meta.year, kind: meta.kind }));
  const checks = inStage('check', () => checkDocument(cleaned.text, indicators, match));
  // a document in traditional characters is read in simplified ones; its labels and title are given as it writes them
  if (cleaned.traditional) {
    const written = writtenAs(cleaned.text, match);
    for (const r of indicators) r.label = written(r.label);
    meta.title = written(meta.title);
  }
  for (const c of checks) {
    for (const i of c.figures) if (indicators[i].check !== 'mismatch') indicators[i].check = c.status;
  }
  const warnings: string[] = [];
  if (options.encoding && !file) {
    const misread = forcedEncodingMisreads(raw.bytes, decoded.text, options.encoding);
    if (misread) warnings.push(misread);
  }
  if (!cleaned.text) warnings.push('no report text found (an empty page, or a page with no article)');
  return {
    doc: raw.id, encoding: decoded.encoding, format: file?.format ?? (isHtml ? 'html' : 'text'),
    meta, metaSources, text: cleaned.text, sections, indicators, checks, dropped: cleaned.dropped, warnings,
  };
}

/** A page's hints in simplified characters, as its text is read. */
function simplifiedHints(hints: HtmlHints): HtmlHints {
  return Object.fromEntries(Object.entries(hints).map(([k, v]) => [k, Array.isArray(v) ? v.map(toSimplified) : typeof v === 'string' ? toSimplified(v) : v]));
}

/**
 * A forced --encoding that garbles the text: a file that is valid UTF-8 with non-ASCII bytes read
 * as something else, or a decoding with many replacement characters.
 */
function forcedEncodingMisreads(bytes: Buffer, text: string, encoding: string): string | null {
  const name = encoding.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (name !== 'utf8' && bytes.some((b) => b >= 0x80) && isUtf8(bytes)) {
    return `--encoding ${encoding} read a file that is valid UTF-8: its text is likely garbled (drop --encoding to detect it)`;
  }
  let replaced = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) replaced++;
  if (replaced > 0 && replaced >= 0.01 * text.length) {
    return `--encoding ${encoding} left ${replaced} undecodable characters (${((100 * replaced) / text.length).toFixed(0)}% of the text): the file is likely in another encoding (drop --encoding to detect it)`;
  }
  return null;
}
