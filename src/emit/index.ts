import { stringify } from 'csv-stringify/sync';
import type { Indicator } from '../extract/index.js';
import type { ProcessedDocument } from '../pipeline.js';

export type Format = 'csv' | 'json' | 'jsonl';
export const FORMATS: readonly Format[] = ['csv', 'json', 'jsonl'];

/** CSV columns: the record contract first, then the fields later stages add, `change` flattened. */
export const CSV_COLUMNS = [
  'doc', 'title', 'agency', 'year', 'section', 'category', 'label', 'value', 'unit', 'approx', 'raw', 'context',
  'start', 'end', 'indicator', 'to', 'change_direction', 'change_from', 'change_to', 'change_rate', 'check',
] as const;

function csvRow(r: Indicator, raw: boolean): unknown[] {
  const flat: Record<string, unknown> = {
    ...r,
    change_direction: r.change?.direction,
    change_from: r.change?.from,
    change_to: r.change?.to,
    change_rate: r.change?.rate,
  };
  return CSV_COLUMNS.map((c) => csvCell(flat[c], raw));
}

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(v: unknown, raw = false): string | number {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return v;
  const s = String(v);
  // a hostile page must not run a formula in a journalist's spreadsheet
  return !raw && FORMULA_START.test(s) ? `'${s}` : s;
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
    indicators: d.indicators,
    checks: d.checks,
  };
}

/**
 * A writer that turns documents into one output format piece by piece, so that records go out as
 * documents finish. `begin` and `end` frame the output (the JSON array, the CSV header).
 */
export interface Serializer {
  begin(): string;
  document(d: ProcessedDocument): string;
  end(): string;
}

export function serializer(format: Format, options: { bom?: boolean; rawCsv?: boolean } = {}): Serializer {
  switch (format) {
    case 'csv':
      return {
        begin: () => (options.bom ? '\ufeff' : '') + stringify([[...CSV_COLUMNS]]),
        document: (d) => (d.indicators.length ? stringify(d.indicators.map((r) => csvRow(r, !!options.rawCsv))) : ''),
        end: () => '',
      };
    case 'jsonl':
      return {
        begin: () => '',
        document: (d) => d.indicators.map((r) => JSON.stringify(r) + '\n').join(''),
        end: () => '',
      };
    case 'json': {
      let first = true;
      return {
        begin: () => '[',
        document: (d) => {
          const s = (first ? '\n' : ',\n') + JSON.stringify(documentJson(d), null, 2);
          first = false;
          return s;
        },
        end: () => (first ? ']\n' : '\n]\n'),
      };
    }
  }
}
