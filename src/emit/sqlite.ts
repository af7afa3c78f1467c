/**
 * The SQLite dataset: documents, their sections and indicators, and a full-text index over section
 * text. better-sqlite3 is loaded only by the commands that use it.
 */
import { createRequire } from 'node:module';
import type { Database as DB } from 'better-sqlite3';
import type { Indicator } from '../extract/index.js';
import { DuplicateIndex } from '../dedupe/index.js';
import { documentOrder } from '../ingest/index.js';
import type { ProcessedDocument } from '../pipeline.js';

export const SCHEMA_VERSION = '2';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS govmine (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL,
  encoding TEXT, format TEXT,
  title TEXT, agency TEXT, year INTEGER, published TEXT, url TEXT, index_number TEXT, doc_number TEXT,
  duplicate_of TEXT,
  text TEXT NOT NULL,
  processed_at TEXT NOT NULL,
  tool_version TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sections (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL, parent INTEGER, level INTEGER NOT NULL,
  title TEXT NOT NULL, path TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS indicators (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  doc TEXT NOT NULL, title TEXT, agency TEXT, year INTEGER, section TEXT,
  category TEXT NOT NULL, label TEXT, indicator TEXT, value REAL NOT NULL, unit TEXT, approx TEXT,
  raw TEXT NOT NULL, context TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL, range_to REAL,
  change_direction TEXT, change_from REAL, change_to REAL, change_rate REAL, check_status TEXT,
  ordinal INTEGER, status TEXT, part_of INTEGER
);
CREATE TABLE IF NOT EXISTS signatures (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  minhash BLOB
);
CREATE INDEX IF NOT EXISTS sections_document ON sections(document_id);
CREATE INDEX IF NOT EXISTS indicators_document ON indicators(document_id);
CREATE INDEX IF NOT EXISTS indicators_category ON indicators(category, indicator);
CREATE INDEX IF NOT EXISTS documents_agency_year ON documents(agency, year);
CREATE VIRTUAL TABLE IF NOT EXISTS sections_fts USING fts5(title, text, content='sections', content_rowid='id', tokenize='trigram');
CREATE TRIGGER IF NOT EXISTS sections_ai AFTER INSERT ON sections BEGIN
  INSERT INTO sections_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS sections_ad AFTER DELETE ON sections BEGIN
  INSERT INTO sections_fts(sections_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
`;

export interface StoredDocument {
  doc: ProcessedDocument;
  /** the body's MinHash signature (null: too short to compare), kept to find near-duplicates across runs */
  signature: Uint32Array | null;
  sha256: string;
  processedAt: string;
  toolVersion: string;
}

export function openDatabase(path: string): DB {
  const require = createRequire(import.meta.url);
  const Database = require('better-sqlite3') as typeof import('better-sqlite3');
  const db = new Database(path, { timeout: 10_000 });
  // WAL: readers (Datasette, the sqlite3 shell) never block a sync, and a killed run leaves the
  // last committed transaction intact
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  addMissingColumns(db, 'main');
  db.prepare('INSERT OR REPLACE INTO govmine (key, value) VALUES (?, ?)').run('schema_version', SCHEMA_VERSION);
  return db;
}

/**
 * Columns later versions added to the indicators (ordinal, status, part_of), added to a dataset an
 * earlier version wrote: its rows keep NULL there until the next sync processes them again (a new
 * version processes every document again).
 */
const ADDED_COLUMNS: readonly [string, string][] = [['ordinal', 'INTEGER'], ['status', 'TEXT'], ['part_of', 'INTEGER']];

function indicatorColumnsOf(db: DB, schema: string): Set<string> {
  return new Set((db.prepare(`PRAGMA ${schema}.table_info(indicators)`).all() as Array<{ name: string }>).map((c) => c.name));
}

function addMissingColumns(db: DB, schema: string): void {
  const have = indicatorColumnsOf(db, schema);
  for (const [column, type] of ADDED_COLUMNS) if (!have.has(column)) db.exec(`ALTER TABLE ${schema}.indicators ADD COLUMN ${column} ${type}`);
}

/**
 * Sections as stored: the headed sections, plus the text before the first heading (level 0). Each
 * row's `text` is the section's own text, up to the next heading, so that the full-text index holds
 * every character once and a match names the very section it is in.
 */
function sectionRows(d: ProcessedDocument) {
  const first = d.sections[0]?.start ?? d.text.length;
  const preamble = first > 0 ? [{ ordinal: -1, parent: null, level: 0, title: '', path: '', start: 0, end: first, text: d.text.slice(0, first) }] : [];
  return [...preamble, ...d.sections.map((s, i) => {
    const ownEnd = Math.min(s.end, d.sections[i + 1]?.start ?? s.end);
    return { ordinal: s.id, parent: s.parent, level: s.level, title: s.title, path: s.path, start: s.start, end: s.end, text: d.text.slice(s.start, ownEnd) };
  })];
}

function indicatorRow(r: Indicator, ordinal: number) {
  return {
    ordinal, status: r.status, part_of: r.part_of,
    doc: r.doc, title: r.title, agency: r.agency, year: r.year, section: r.section, category: r.category, label: r.label,
    indicator: r.indicator, value: r.value, unit: r.unit, approx: r.approx, raw: r.raw, context: r.context, start: r.start,
    end: r.end, range_to: r.to ?? null, change_direction: r.change?.direction ?? null, change_from: r.change?.from ?? null,
    change_to: r.change?.to ?? null, change_rate: r.change?.rate ?? null, check_status: r.check ?? null,
  };
}

/** The columns govmine writes, in the order of the schema: one list for sync's inserts and merge's copies. */
const DOCUMENT_COLUMNS = ['path', 'sha256', 'encoding', 'format', 'title', 'agency', 'year', 'published', 'url', 'index_number', 'doc_number', 'duplicate_of', 'text', 'processed_at', 'tool_version'];
const SECTION_COLUMNS = ['ordinal', 'parent', 'level', 'title', 'path', 'start', 'end', 'text'];
const INDICATOR_COLUMNS = ['doc', 'title', 'agency', 'year', 'section', 'category', 'label', 'indicator', 'value', 'unit', 'approx', 'raw', 'context', 'start', 'end', 'range_to', 'change_direction', 'change_from', 'change_to', 'change_rate', 'check_status', 'ordinal', 'status', 'part_of'];
/** Column names quoted (end is an SQL keyword), and the named parameters of the same columns. */
const names = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(', ');
const params = (columns: readonly string[]) => columns.map((c) => `@${c}`).join(', ');

/** Writes documents into the dataset, each replacing whatever the same path had. */
export function documentWriter(db: DB) {
  const remove = db.prepare('DELETE FROM documents WHERE path = ?');
  const insertDoc = db.prepare(`INSERT INTO documents (${names(DOCUMENT_COLUMNS)}) VALUES (${params(DOCUMENT_COLUMNS)})`);
  const insertSection = db.prepare(`INSERT INTO sections (document_id, ${names(SECTION_COLUMNS)}) VALUES (@document_id, ${params(SECTION_COLUMNS)})`);
  const insertIndicator = db.prepare(`INSERT INTO indicators (document_id, ${names(INDICATOR_COLUMNS)}) VALUES (@document_id, ${params(INDICATOR_COLUMNS)})`);
  const insertSignature = db.prepare('INSERT INTO signatures (document_id, minhash) VALUES (?, ?)');
  /** one transaction for the whole batch: a run killed midway leaves the last batch whole or absent */
  return db.transaction((batch: StoredDocument[]) => {
    markDuplicatesStale(db);
    for (const { doc: d, signature, sha256, processedAt, toolVersion } of batch) {
      remove.run(d.doc);
      const { lastInsertRowid } = insertDoc.run({
        path: d.doc, sha256, encoding: d.encoding, format: d.format, title: d.meta.title, agency: d.meta.agency, year: d.meta.year,
        published: d.meta.published, url: d.meta.url, index_number: d.meta.index, doc_number: d.meta.docNumber,
        duplicate_of: d.duplicateOf ?? null, text: d.text, processed_at: processedAt, tool_version: toolVersion,
      });
      for (const s of sectionRows(d)) insertSection.run({ document_id: lastInsertRowid, ...s });
      d.indicators.forEach((r, i) => insertIndicator.run({ document_id: lastInsertRowid, ...indicatorRow(r, i) }));
      insertSignature.run(lastInsertRowid, signature && Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength));
    }
  });
}

/**
 * duplicate_of is a property of the whole dataset: whatever changes its documents (a sync's writes,
 * a prune, a merge) marks it stale in the same transaction, and flagDuplicates brings it up to date.
 * A run killed in between leaves the mark, and the next run finishes the work.
 */
function markDuplicatesStale(db: DB): void {
  db.prepare("INSERT OR REPLACE INTO govmine (key, value) VALUES ('duplicates', 'stale')").run();
}

/**
 * Names, for every document of the dataset, the earlier one whose body it nearly repeats, in the
 * order one run over all of them would take (by path): so duplicate_of depends neither on which
 * night a copy arrived nor on how the work was split into shards. Does nothing unless the dataset
 * changed since the last time. Returns how many documents' duplicate_of changed.
 */
export function flagDuplicates(db: DB): number {
  const state = db.prepare("SELECT value FROM govmine WHERE key = 'duplicates'").pluck().get();
  if (state !== 'stale') return 0;
  const docs = db.prepare('SELECT id, path, duplicate_of AS duplicateOf FROM documents JOIN signatures ON document_id = id')
    .all() as Array<{ id: number; path: string; duplicateOf: string | null }>;
  docs.sort((a, b) => documentOrder(a.path, b.path));
  // each signature read when its turn comes, so that only the index holds them all
  const minhash = db.prepare('SELECT minhash FROM signatures WHERE document_id = ?').pluck();
  const index = new DuplicateIndex();
  const update = db.prepare('UPDATE documents SET duplicate_of = ? WHERE id = ?');
  return db.transaction(() => {
    let changed = 0;
    for (const d of docs) {
      const blob = minhash.get(d.id) as Buffer | null;
      const sig = blob && new Uint32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
      const duplicateOf = index.add(d.path, sig);
      if (duplicateOf !== d.duplicateOf) { update.run(duplicateOf, d.id); changed++; }
    }
    db.prepare("DELETE FROM govmine WHERE key = 'duplicates'").run();
    return changed;
  })();
}

/** What the dataset already holds, complete: path → (sha256, tool version). */
export function knownDocuments(db: DB): Map<string, { sha256: string; toolVersion: string }> {
  // a document stored before signatures were kept has none: it is processed again, once
  const rows = db.prepare('SELECT path, sha256, tool_version AS toolVersion FROM documents JOIN signatures ON document_id = id').all() as Array<{ path: string; sha256: string; toolVersion: string }>;
  return new Map(rows.map((r) => [r.path, { sha256: r.sha256, toolVersion: r.toolVersion }]));
}

export function removeDocuments(db: DB, paths: readonly string[]): void {
  const remove = db.prepare('DELETE FROM documents WHERE path = ?');
  db.transaction(() => {
    markDuplicatesStale(db);
    paths.forEach((p) => remove.run(p));
  })();
}

/**
 * Copies every document of another dataset (a shard's) into this one, each replacing the same
 * path, in one transaction. Returns how many documents came over.
 */
export function mergeDatabase(db: DB, other: string): number {
  db.prepare('ATTACH DATABASE ? AS other').run(other);
  try {
    const copy = db.transaction(() => {
      const docs = db.prepare('SELECT id FROM other.documents ORDER BY path').all() as Array<{ id: number }>;
      const remove = db.prepare('DELETE FROM main.documents WHERE path = (SELECT path FROM other.documents WHERE id = ?)');
      const insertDoc = db.prepare(`INSERT INTO main.documents (${names(DOCUMENT_COLUMNS)}) SELECT ${names(DOCUMENT_COLUMNS)} FROM other.documents WHERE id = ?`);
      const insertSections = db.prepare(`INSERT INTO main.sections (document_id, ${names(SECTION_COLUMNS)}) SELECT ?, ${names(SECTION_COLUMNS)} FROM other.sections WHERE document_id = ? ORDER BY id`);
      // a shard an earlier version wrote lacks the newer columns: they come over empty (its file is not changed)
      const theirs = indicatorColumnsOf(db, 'other');
      const source = INDICATOR_COLUMNS.map((c) => (theirs.has(c) ? `"${c}"` : 'NULL')).join(', ');
      const insertIndicators = db.prepare(`INSERT INTO main.indicators (document_id, ${names(INDICATOR_COLUMNS)}) SELECT ?, ${source} FROM other.indicators WHERE document_id = ? ORDER BY id`);
      // a dataset written before signatures were kept has none: its documents are processed again by the next sync
      const signed = db.prepare("SELECT 1 FROM other.sqlite_master WHERE name = 'signatures'").get() !== undefined;
      const insertSignature = signed ? db.prepare('INSERT INTO main.signatures (document_id, minhash) SELECT ?, minhash FROM other.signatures WHERE document_id = ?') : null;
      markDuplicatesStale(db);
      for (const { id } of docs) {
        remove.run(id);
        const { lastInsertRowid } = insertDoc.run(id);
        insertSections.run(lastInsertRowid, id);
        insertIndicators.run(lastInsertRowid, id);
        insertSignature?.run(lastInsertRowid, id);
      }
      return docs.length;
    });
    return copy();
  } finally {
    db.prepare('DETACH DATABASE other').run();
  }
}
