/**
 * A document as the SQLite dataset stores it: its rows, rendered where the document was processed
 * (a worker thread), so that the thread writing the database only binds ready values. The rows of a
 * table travel as one JSON array of arrays, in UTF-8 bytes, which SQLite itself unpacks (json_each) in one statement.
 * Nothing here loads better-sqlite3.
 */
import type { Indicator } from '../extract/index.js';
import { digest } from '../ingest/index.js';
import type { ProcessedDocument } from '../pipeline.js';
import { RECORD_COLUMNS } from '../record/schema.js';
import { searchWords } from './words.js';

/** The columns govmine writes, in the order of the schema: one list for sync's inserts and merge's copies. */
export const DOCUMENT_COLUMNS = ['root', 'path', 'sha256', 'size', 'encoding', 'format', 'title', 'agency', 'year', 'published', 'url', 'index_number', 'doc_number', 'duplicate_of', 'processed_at', 'tool_version', 'stale_since', 'stale_reason'];
export const SECTION_COLUMNS = ['ordinal', 'parent', 'level', 'title', 'path', 'start', 'end', 'text'];
/** The record's own columns in `indicators` (its document's fields are read from `documents`). */
export const OWN_COLUMNS = RECORD_COLUMNS.filter((c) => c.table === 'indicators');
/**
 * What the dataset adds to them: `ordinal`, the record's index within its document, which part_of
 * points to; and where its context stands, where it is a stretch of the section its figure is in
 * (nearly always): context_section (the section's ordinal), context_at and context_length (in
 * characters, from 1), so that it is not stored again. Its section path, where it is that section's,
 * is NULL and read from there too (the view indicator_records gives both back).
 */
export const DATASET_COLUMNS = ['ordinal', 'context_section', 'context_at', 'context_length'];
/** The columns of an indicator row govmine writes, in the order of documentRows' arrays. */
export const INDICATOR_COLUMNS = [...OWN_COLUMNS.map((c) => c.sql), ...DATASET_COLUMNS];

/** A document's rows, ready to bind. */
export interface DocumentRows {
  doc: string;
  warnings: string[];
  duplicateOf?: string | null;
  /**
   * the documents row's values in DOCUMENT_COLUMNS order, but for duplicate_of, processed_at,
   * tool_version and the stale mark (the writer's); `root` and `path` as the writer places the
   * document (the worker knows only its name as given, `doc`)
   */
  document: { root: string | null; path: string; sha256: string; size: number; encoding: string; format: string; title: string | null; agency: string | null; year: number | null; published: string | null; url: string | null; index_number: string | null; doc_number: string | null };
  /** JSON: the sections, each an array in SECTION_COLUMNS order */
  sections: Uint8Array;
  /** JSON: for each section, in the same order, [title words, text words] as the full-text index takes them (null: the dataset keeps no such index) */
  words: Uint8Array | null;
  /** JSON: the indicators, each an array in INDICATOR_COLUMNS order */
  indicators: Uint8Array;
  /** sections and indicators (a count, for the writer's batching) */
  rows: number;
}

/**
 * Sections as stored: the headed sections, plus the text before the first heading (level 0). Each
 * row's `text` is the section's own text, up to the next heading (its first subsection, or the next
 * section): the rows' texts, in order, are the document's text, each character once, so that the
 * dataset stores the text once and a full-text match names the very section it is in.
 */
function sectionRows(d: ProcessedDocument): unknown[][] {
  const first = d.sections[0]?.start ?? d.text.length;
  const rows: unknown[][] = first > 0 ? [[-1, null, 0, '', '', 0, first, d.text.slice(0, first)]] : [];
  d.sections.forEach((s, i) => {
    rows.push([s.id, s.parent, s.level, s.title, s.path, s.start, s.end, d.text.slice(s.start, d.sections[i + 1]?.start ?? d.text.length)]);
  });
  return rows;
}

/** Offsets of the high surrogates of a text: each pair is one character where SQLite counts (substr). */
function surrogatesOf(text: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) { at.push(i); i++; }
  }
  return at;
}

/** How many of the sorted offsets stand before `units`. */
function countBefore(sorted: readonly number[], units: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < units) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * How far before its figure a record's context is looked for: a sentence starts at most 160
 * characters before it (extract's limit), a table's row where its line does. A context that starts
 * further back is stored as it is.
 */
const CONTEXT_REACH = 1024;

/**
 * Places records' contexts in the section rows: for a record, [ordinal, at, length] (characters, at
 * from 1) and that section's path, or null when its context is not a stretch of the section its
 * figure is in (it is then stored as it is). Each record reads only the stretch of text before its
 * figure that its context may start in, and each section is read once for its surrogate pairs, so
 * that a document's rows take time in proportion to its figures, however many share a section.
 */
function contextPlacer(sections: unknown[][]): (r: Indicator) => [number, number, number, string] | null {
  const surrogates = new Map<number, number[]>();
  return (r) => {
    if (!r.context || sections.length === 0) return null;
    // the last section that starts at or before the figure (their starts ascend)
    let lo = 0;
    let hi = sections.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((sections[mid][5] as number) <= r.start) lo = mid; else hi = mid - 1;
    }
    const row = sections[lo];
    const text = row[7] as string;
    // the context holds its figure, or starts its figure's line: it starts at or before the figure
    const figure = r.start - (row[5] as number);
    const from = Math.max(0, figure - CONTEXT_REACH);
    const found = text.slice(from, figure + r.context.length).lastIndexOf(r.context);
    if (found === -1) return null;
    const at = from + found;
    let highs = surrogates.get(lo);
    if (!highs) surrogates.set(lo, (highs = surrogatesOf(text)));
    const length = highs.length ? r.context.length - surrogatesOf(r.context).length : r.context.length;
    return [row[0] as number, at - countBefore(highs, at) + 1, length, row[4] as string];
  };
}

function indicatorRow(r: Indicator, ordinal: number, place: ReturnType<ReturnType<typeof contextPlacer>>): unknown[] {
  const row: unknown[] = OWN_COLUMNS.map((c) => c.get(r) ?? null);
  // the context, and the path of the section it stands in where it is the record's own, are not stored again
  if (place) row[CONTEXT] = null;
  if (place && place[3] === r.section) row[SECTION] = null;
  row.push(ordinal, place?.[0] ?? null, place?.[1] ?? null, place?.[2] ?? null);
  return row;
}
const CONTEXT = OWN_COLUMNS.findIndex((c) => c.field === 'context');
const SECTION = OWN_COLUMNS.findIndex((c) => c.field === 'section');

/** [a, b, c, d] → [[a, b], [c, d]]: each section's title words and text words. */
const pairs = (words: string[]) => Array.from({ length: words.length / 2 }, (_, i) => [words[2 * i], words[2 * i + 1]]);

/**
 * The rows as JSON (an array of arrays, where JSON keeps an absent field, undefined, in place as
 * null), in UTF-8 bytes of their own: a worker hands them over without a copy, and the writer's
 * thread never holds them as strings (as strings they doubled its heap, a young generation full of them).
 */
const json = (rows: unknown[][]) => utf8.encode(JSON.stringify(rows));
const utf8 = new TextEncoder();

/** The hex SHA-256 of a document's bytes, by which sync knows it unchanged. */
export const sha256Of = (bytes: Uint8Array) => digest('sha256', bytes).toString('hex');

/**
 * A document's rows, from the bytes it was read from (their hash and size); `words`: with the words
 * of each section, for a dataset that keeps the full-text index.
 */
export function documentRows(d: ProcessedDocument, bytes: { sha256: string; size: number }, words: boolean): DocumentRows {
  const sections = sectionRows(d);
  const place = contextPlacer(sections);
  return {
    doc: d.doc,
    warnings: d.warnings,
    duplicateOf: d.duplicateOf,
    document: {
      root: null, path: d.doc, sha256: bytes.sha256, size: bytes.size, encoding: d.encoding, format: d.format, title: d.meta.title ?? null,
      agency: d.meta.agency ?? null, year: d.meta.year ?? null, published: d.meta.published ?? null, url: d.meta.url ?? null,
      index_number: d.meta.index ?? null, doc_number: d.meta.docNumber ?? null,
    },
    sections: json(sections),
    words: words ? json(pairs(searchWords(sections.flatMap((s) => [s[3] as string, s[7] as string])))) : null,
    indicators: json(d.indicators.map((r, i) => indicatorRow(r, i, place(r)))),
    rows: sections.length + d.indicators.length,
  };
}
