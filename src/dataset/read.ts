/**
 * Reading a dataset without changing it: opened read-only (nothing written, not even a journal), as
 * whatever version wrote it, each record read back into the record's own shape.
 */
import type { Database as DB } from 'better-sqlite3';
import { documentOrder } from '../ingest/index.js';
import { RECORD_COLUMNS, type DocumentRecords, type IndicatorRecord, type RecordColumn } from '../record/schema.js';
import { columnsOf, recordViewName, SCHEMA_VERSION, sqlite } from './schema.js';

/** A dataset that cannot be read as one: the message names the file and says what to do. */
export class DatasetError extends Error {}

/**
 * A govmine dataset, opened read-only; refuses (DatasetError) a file that is not one, and one a
 * later govmine wrote, whose rows this version may not read right.
 */
export function openReadOnly(path: string): DB {
  const Database = sqlite();
  let db: DB;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new DatasetError(`${path}: cannot open the dataset: ${(err as Error).message}`);
  }
  try {
    let tables: string[];
    try {
      tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").pluck().all() as string[];
    } catch {
      throw new DatasetError(`${path}: not an SQLite file: give a dataset written by govmine sync`);
    }
    if (!tables.includes('documents') || !tables.includes('indicators')) {
      throw new DatasetError(`${path}: not a govmine dataset (no documents and indicators tables): make one with govmine sync <reports> --db ${path}`);
    }
    const version = tables.includes('govmine') ? Number(db.prepare("SELECT value FROM govmine WHERE key = 'schema_version'").pluck().get() ?? 0) : 0;
    if (version > Number(SCHEMA_VERSION)) {
      throw new DatasetError(`${path}: written by a later govmine (dataset schema ${version}; this one reads up to ${SCHEMA_VERSION}): upgrade govmine to read it`);
    }
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Whether an SQLite file is a dataset govmine wrote (it holds the table govmine), or holds nothing yet. */
export function isDataset(path: string): boolean {
  try {
    const db = new (sqlite())(path, { readonly: true, fileMustExist: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
      return tables.length === 0 || tables.includes('govmine');
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/**
 * The documents of a dataset, in path order, each with its records (`named`: only those that name a
 * canonical indicator). A dataset an earlier version wrote is read as it is: its view of the records,
 * or its indicators table where it had none, and a field it lacks read as empty.
 */
export function readDocuments(path: string, options: { named?: boolean } = {}): DocumentRecords[] {
  const db = openReadOnly(path);
  try {
    const views = db.prepare("SELECT name FROM sqlite_master WHERE type = 'view'").pluck().all() as string[];
    const source = views.includes('indicator_records') ? 'indicator_records' : 'indicators';
    const have = columnsOf(db, source);
    if (!have.has('status') || !have.has('part_of')) {
      throw new DatasetError(`${path}: written by an earlier govmine, without status and part_of: run govmine sync on it again first`);
    }
    const columns = RECORD_COLUMNS.filter((c) => have.has(recordViewName(c)));
    const at = new Map(columns.map((c, i) => [c, i]));
    const records = db.prepare(`SELECT ${columns.map((c) => `"${recordViewName(c)}"`).join(', ')} FROM ${source}
      WHERE document_id = ?${options.named ? " AND indicator IS NOT NULL AND indicator != ''" : ''} ORDER BY ordinal, id`).raw();
    const docs = db.prepare('SELECT id, path, title, agency, year, duplicate_of FROM documents').all() as Array<{ id: number; path: string; title: string | null; agency: string | null; year: number | null; duplicate_of: string | null }>;
    docs.sort((a, b) => documentOrder(a.path, b.path));
    return docs.map((d) => ({
      doc: d.path, title: d.title ?? '', agency: d.agency ?? '', year: d.year, duplicateOf: d.duplicate_of,
      indicators: (records.all(d.id) as unknown[][]).map((row) => recordOf(at, row)),
    }));
  } finally {
    db.close();
  }
}

/** A row of the record view back into a record: a flattened field made whole, an absent one left out, a missing text empty. */
function recordOf(at: ReadonlyMap<RecordColumn, number>, row: unknown[]): IndicatorRecord {
  const r: Record<string, unknown> = {};
  for (const c of RECORD_COLUMNS) {
    const i = at.get(c);
    const v = i === undefined ? null : row[i];
    if (v === null) {
      if (!c.optional) r[c.field] = c.type === 'TEXT' ? '' : null;
    } else if (c.key !== undefined) ((r[c.field] ??= {}) as Record<string, unknown>)[c.key] = v;
    else r[c.field] = v;
  }
  return r as IndicatorRecord;
}
