import type { Indicator } from '../extract/index.js';
import type { ProcessedDocument } from '../pipeline.js';
import { CSV_COLUMNS, RECORD_COLUMNS, recordJson } from '../record/schema.js';
import { csvCell, csvText } from './csv.js';

export type Format = 'csv' | 'json' | 'jsonl';
export const FORMATS: readonly Format[] = ['csv', 'json', 'jsonl'];

function csvRow(r: Indicator, raw: boolean): unknown[] {
  return RECORD_COLUMNS.map((c) => csvCell(c.get(r), raw));
}


/** The JSON object of one document: its metadata, sections and indicators. */
export function documentJson(d: ProcessedDocument) {
  return {
    doc: d.doc,
    encoding: d.encoding,
    format: d.format,
    duplicate_of: d.duplicateOf ?? null,
    meta: d.meta,
    sections: d.sections,
    indicators: d.indicators.map(recordJson),
    checks: d.checks,
  };
}

/**
 * A writer that turns documents into one output format piece by piece, so that records go out as
 * documents finish. `render` depends on the document alone, so a worker thread can run it; `place`
 * puts a rendered document (UTF-8) into the output in input order, adding what only that order knows
 * (the separators of a JSON array, the earlier document a near-duplicate repeats). `begin` and `end`
 * frame the output (the JSON array, the CSV header).
 */
export interface Serializer {
  begin(): string;
  render(d: ProcessedDocument): string;
  place(rendered: Uint8Array, duplicateOf: string | null): Uint8Array;
  end(): string;
}

export interface SerializerOptions { bom?: boolean; rawCsv?: boolean }

/** duplicate_of as JSON.stringify(documentJson(d), null, 2) writes it: strings escape their newlines, so this is the top-level key. */
const JSON_DUPLICATE_OF = '\n  "duplicate_of": null';

export function serializer(format: Format, options: SerializerOptions = {}): Serializer {
  switch (format) {
    case 'csv':
      return {
        begin: () => (options.bom ? '\ufeff' : '') + csvText([CSV_COLUMNS]),
        render: (d) => (d.indicators.length ? csvText(d.indicators.map((r) => csvRow(r, !!options.rawCsv))) : ''),
        place: (rendered) => rendered,
        end: () => '',
      };
    case 'jsonl':
      return {
        begin: () => '',
        render: (d) => d.indicators.map((r) => JSON.stringify(recordJson(r)) + '\n').join(''),
        place: (rendered) => rendered,
        end: () => '',
      };
    case 'json': {
      let first = true;
      return {
        begin: () => '[',
        render: (d) => JSON.stringify(documentJson(d), null, 2),
        place: (rendered, duplicateOf) => {
          const parts = [Buffer.from(first ? '\n' : ',\n'), rendered];
          first = false;
          const at = duplicateOf ? Buffer.from(rendered.buffer, rendered.byteOffset, rendered.byteLength).indexOf(JSON_DUPLICATE_OF) : -1;
          if (at !== -1) {
            const keep = at + JSON_DUPLICATE_OF.length - 'null'.length;
            parts.splice(1, 1, rendered.subarray(0, keep), Buffer.from(JSON.stringify(duplicateOf)), rendered.subarray(keep + 'null'.length));
          }
          return Buffer.concat(parts);
        },
        end: () => (first ? ']\n' : '\n]\n'),
      };
    }
  }
}

/** A document a worker thread has already written out: its records, and what the batch needs to know of it. */
export interface RenderedDocument {
  doc: string;
  warnings: string[];
  /** indicators by category, for the closing summary */
  categories: Record<string, number>;
  /** the records, UTF-8: encoded where they were written, so the main thread only copies bytes */
  output: Uint8Array;
  duplicateOf?: string | null;
}

const encoder = new TextEncoder();

export function renderDocument(d: ProcessedDocument, out: Serializer): RenderedDocument {
  const categories: Record<string, number> = {};
  for (const r of d.indicators) categories[r.category] = (categories[r.category] ?? 0) + 1;
  // a buffer of its own (Buffer.from may share a pool), so that a worker can hand it over whole
  return { doc: d.doc, warnings: d.warnings, categories, output: encoder.encode(out.render(d)), duplicateOf: d.duplicateOf };
}
