/**
 * Scraped collections: a CSV, TSV or JSON Lines file with one page per row. Rows stream one at a
 * time (memory does not grow with the number of rows); each becomes a document of its own.
 */
import { createReadStream, type PathLike, type ReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import type { CsvError } from 'csv-parse';
import { createInterface } from 'node:readline';
import { StageError } from '../problems.js';
import { HINT_COLUMNS, TEXT_COLUMNS } from '../lang/zh/meta.js';
import type { CollectionOptions, DocumentHints, RawDocument } from './types.js';

export { TEXT_COLUMNS };

export const COLLECTION_EXTENSIONS = /\.(?:csv|tsv|jsonl|ndjson)$/i;

function pick(row: Record<string, unknown>, names: readonly string[]): string | undefined {
  const keys = Object.keys(row);
  for (const n of names) {
    const key = keys.find((k) => k.trim().toLowerCase() === n);
    const v = key === undefined ? undefined : row[key];
    if (v !== undefined && v !== null && String(v).trim() !== '') return String(v);
  }
  return undefined;
}

function rowDocument(path: string, index: number, row: Record<string, unknown>, options: CollectionOptions): RawDocument {
  const id = options.idColumn && row[options.idColumn] !== undefined ? `${path}#${row[options.idColumn]}` : `${path}#${index}`;
  const text = pick(row, options.textColumn ? [options.textColumn.toLowerCase()] : TEXT_COLUMNS);
  if (text === undefined) {
    const why = options.textColumn ? `no "${options.textColumn}" column` : `no text column (looked for ${TEXT_COLUMNS.join(', ')}; choose one with --text-column)`;
    throw new StageError('ingest', 'no-text-column', why);
  }
  const hints: DocumentHints = {};
  for (const [field, names] of Object.entries(HINT_COLUMNS) as Array<[keyof DocumentHints, string[]]>) {
    const v = pick(row, names);
    if (v !== undefined) hints[field] = v;
  }
  return { id, path: null, bytes: Buffer.from(text, 'utf8'), hints, isHtml: /<\/?(?:p|div|br|span|table|td)[\s>/]/i.test(text) };
}

/** A row that failed on its own: the rest of the collection goes on. */
export interface RowFailure { id: string; error: StageError }

/**
 * The documents of a collection file, in order; a bad row yields a failure, not an exception. `at`
 * is what the file system is asked for, where the path's name is not UTF-8.
 */
export async function* readCollection(path: string, options: CollectionOptions, at: PathLike = path): AsyncGenerator<RawDocument | RowFailure> {
  const stream = createReadStream(at);
  if (/\.(?:jsonl|ndjson)$/i.test(path)) {
    let n = 0;
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      n++;
      if (!line.trim()) continue;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch (err) {
        yield { id: `${path}#${n}`, error: new StageError('ingest', 'bad-row', `line ${n} is not valid JSON: ${(err as Error).message}`) };
        continue;
      }
      if (typeof row !== 'object' || row === null || Array.isArray(row)) {
        yield { id: `${path}#${n}`, error: new StageError('ingest', 'bad-row', `line ${n} is not a JSON object`) };
        continue;
      }
      try { yield rowDocument(path, n, row as Record<string, unknown>, options); } catch (err) { yield { id: `${path}#${n}`, error: err as StageError }; }
    }
    return;
  }
  yield* csvRows(path, stream, options);
}

/** What a broken row's quote did, in words (csv-parse's own message shows one byte of a character as if it were one). */
const QUOTE_PROBLEMS: Record<string, (at: string) => string> = {
  CSV_INVALID_CLOSING_QUOTE: (at) => `a quote inside a quoted field is not doubled ("") at ${at}`,
  INVALID_OPENING_QUOTE: (at) => `a quote inside a field that does not open with one, at ${at}`,
  CSV_QUOTE_NOT_CLOSED: () => 'a quote opened in this row is never closed, so every line after it is part of one field',
};

/** Where a broken row broke: the last characters of its field before the problem, on one line. */
function brokenAt(raw: string, delimiter: string): string {
  const open = raw.lastIndexOf(`${delimiter}"`);
  const field = (open === -1 ? raw : raw.slice(open + 2)).replace(/\s+/g, ' ').trim();
  return field.length > 8 ? `…${field.slice(-8)}` : field;
}

/**
 * The rows of a CSV or TSV collection. A row the parser cannot read (a broken quote) is a failure
 * named by its number and line, in its place: the rows before it are written, and those after it
 * read again where the parser finds the next row's start.
 */
async function* csvRows(path: string, stream: ReadStream, options: CollectionOptions): AsyncGenerator<RawDocument | RowFailure> {
  const { parse } = createRequire(import.meta.url)('csv-parse') as typeof import('csv-parse'); // loaded only for a CSV or TSV collection
  // rows are numbered as they are parsed, which runs ahead of the rows read here: a failure waits
  // until the rows before it have gone out
  let left = 0;
  let broken: { raw: string; records: number } | null = null;
  const failures: Array<RowFailure & { n: number }> = [];
  const delimiter = /\.tsv$/i.test(path) ? '\t' : ',';
  const parser = stream.pipe(parse({
    columns: true, bom: true, delimiter, relax_column_count: true, skip_empty_lines: true,
    skip_records_with_error: true, raw: true,
    on_record: ({ record }: { record: Record<string, unknown> }, { records }: { records: number }) => ({ record, n: records + left }),
  }));
  parser.on('skip', (err: CsvError & { records: number; lines: number }, raw = '') => {
    // one row may break several times; the parser then reads on to its end
    if (broken && broken.records === err.records && raw.startsWith(broken.raw)) { broken.raw = raw; return; }
    broken = { raw, records: err.records };
    left++;
    const n = err.records + left;
    // the line the row starts on: the parser's line, less the lines the row has spanned so far
    const line = err.lines - (raw.match(/\n/g)?.length ?? 0) + (raw.endsWith('\n') ? 1 : 0);
    const why = QUOTE_PROBLEMS[err.code]?.(brokenAt(raw, delimiter)) ?? err.message;
    failures.push({ n, id: `${path}#${n}`, error: new StageError('ingest', 'bad-row', `row ${n} (line ${line}) is left out: ${why}`) });
  });
  let n = 0;
  try {
    for await (const row of parser as AsyncIterable<{ record: Record<string, unknown>; n: number }>) {
      n = row.n;
      while (failures.length > 0 && failures[0].n < n) yield failures.shift()!;
      try { yield rowDocument(path, n, row.record, options); } catch (err) { yield { id: `${path}#${n}`, error: err as StageError }; }
    }
  } catch (err) {
    throw new StageError('ingest', 'bad-collection', `unreadable after row ${n}: ${(err as Error).message}`);
  }
  yield* failures;
}
