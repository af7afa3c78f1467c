/**
 * Scraped collections: a CSV, TSV or JSON Lines file with one page per row. Rows stream one at a
 * time (memory does not grow with the number of rows); each becomes a document of its own.
 */
import { createReadStream } from 'node:fs';
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

/** The documents of a collection file, in order; a bad row yields a failure, not an exception. */
export async function* readCollection(path: string, options: CollectionOptions): AsyncGenerator<RawDocument | RowFailure> {
  const stream = createReadStream(path);
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
  const { parse } = await import('csv-parse'); // loaded only for a CSV or TSV collection
  const parser = stream.pipe(parse({
    columns: true, bom: true, delimiter: /\.tsv$/i.test(path) ? '\t' : ',', relax_column_count: true, skip_empty_lines: true,
  }));
  let n = 0;
  try {
    for await (const row of parser) {
      n++;
      try { yield rowDocument(path, n, row as Record<string, unknown>, options); } catch (err) { yield { id: `${path}#${n}`, error: err as StageError }; }
    }
  } catch (err) {
    throw new StageError('ingest', 'bad-collection', `unreadable after row ${n}: ${(err as Error).message}`);
  }
}
