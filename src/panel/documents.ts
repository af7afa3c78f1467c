/** The panel's documents: from the pipeline's result, or from a dataset `govmine sync` wrote. */
import { createRequire } from 'node:module';
import { documentOrder } from '../ingest/index.js';
import type { ProcessedDocument } from '../pipeline.js';
import type { PanelDocument, PanelFigure } from './types.js';

/** What the panel keeps of a processed document: its metadata and the figures that name an indicator. */
export function panelDocument(d: ProcessedDocument): PanelDocument {
  return {
    doc: d.doc, title: d.meta.title, agency: d.meta.agency, year: d.meta.year ?? null, duplicateOf: d.duplicateOf ?? null,
    figures: d.indicators.filter((r) => r.indicator).map((r) => ({
      indicator: r.indicator, value: r.value, unit: r.unit, status: r.status, part_of: r.part_of, raw: r.raw, context: r.context, start: r.start, end: r.end,
      period: r.period, source: r.source,
    })),
  };
}

/** A dataset that cannot be read as one: the message names the file and says what to do. */
export class DatasetError extends Error {}

/**
 * The documents of a `govmine sync` dataset, opened read-only (nothing is written, not even a
 * journal), in path order, each with its figures that name an indicator.
 */
export function readDataset(path: string): PanelDocument[] {
  const Database = createRequire(import.meta.url)('better-sqlite3') as typeof import('better-sqlite3');
  let db: import('better-sqlite3').Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new DatasetError(`${path}: cannot open the dataset: ${(err as Error).message}`);
  }
  try {
    let tables: string[];
    try {
      tables = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").all() as Array<{ name: string }>).map((t) => t.name);
    } catch {
      throw new DatasetError(`${path}: not an SQLite file: --db takes a dataset written by govmine sync (or give the reports themselves as inputs)`);
    }
    if (!tables.includes('documents') || !tables.includes('indicators')) {
      throw new DatasetError(`${path}: not a govmine dataset (no documents and indicators tables): make one with govmine sync <reports> --db ${path}`);
    }
    // each record's every field is in the view indicator_records; a dataset an earlier version wrote
    // (read-only here, so not brought to this schema) keeps them in its indicators table
    const records = tables.includes('indicator_records') ? 'indicator_records' : 'indicators';
    const columns = new Set((db.prepare(`PRAGMA table_info(${records})`).all() as Array<{ name: string }>).map((c) => c.name));
    if (!columns.has('status') || !columns.has('part_of')) {
      throw new DatasetError(`${path}: written by an earlier govmine, without status and part_of: run govmine sync on it again first`);
    }
    const docs = db.prepare('SELECT id, path, title, agency, year, duplicate_of FROM documents').all() as Array<{ id: number; path: string; title: string | null; agency: string | null; year: number | null; duplicate_of: string | null }>;
    docs.sort((a, b) => documentOrder(a.path, b.path));
    // fields a dataset an earlier version wrote lacks are read as empty
    const orEmpty = (c: string) => (columns.has(c) ? c : `'' AS ${c}`);
    const figures = db.prepare(`SELECT indicator, value, unit, status, part_of, raw, context, start, "end", ${orEmpty('period')}, ${orEmpty('source')} FROM ${records}
      WHERE document_id = ? AND indicator IS NOT NULL AND indicator != '' ORDER BY ordinal, id`);
    return docs.map((d) => ({
      doc: d.path, title: d.title ?? '', agency: d.agency ?? '', year: d.year, duplicateOf: d.duplicate_of,
      figures: (figures.all(d.id) as Array<PanelFigure & { context: string | null; unit: string | null; period: string | null; source: string | null }>)
        .map((f) => ({ ...f, unit: f.unit ?? '', context: f.context ?? '', period: f.period ?? '', source: f.source ?? '' })),
    }));
  } finally {
    db.close();
  }
}
