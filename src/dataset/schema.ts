/**
 * The dataset's schema: its tables, views and indexes, and what brings a dataset an earlier version
 * wrote to this version as it is opened. better-sqlite3 is loaded only when a dataset is opened.
 */
import { createRequire } from 'node:module';
import type { Database as DB } from 'better-sqlite3';
import { RECORD_COLUMNS, type RecordColumn } from '../record/schema.js';
import { DATASET_COLUMNS, DOCUMENT_COLUMNS, OWN_COLUMNS } from './rows.js';
import { dropBesideIndex, hasSearchIndex, keepSearchIndex } from './words.js';

/** better-sqlite3, loaded on first use (a command that never opens a dataset never loads it). */
export function sqlite(): typeof import('better-sqlite3') {
  return createRequire(import.meta.url)('better-sqlite3') as typeof import('better-sqlite3');
}

export const SCHEMA_VERSION = '7';

/**
 * Every field of an indicator record, under the names CSV gives them but for the record's own columns
 * (range_to, check_status …): its own columns, its document's (doc, title, agency, year), and its
 * section path and context, read from its section where they are that section's.
 */
const RECORD_SOURCE: Record<string, string> = {
  section: 'coalesce(i.section, (SELECT s.path FROM sections s WHERE s.document_id = i.document_id AND s.ordinal = i.context_section))',
  context: 'coalesce(i.context, (SELECT substr(s.text, i.context_at, i.context_length) FROM sections s WHERE s.document_id = i.document_id AND s.ordinal = i.context_section))',
};
/** A record column's name in the view indicator_records: a document's field under the record's name, the record's own under its column's. */
export const recordViewName = (c: RecordColumn) => (c.table === 'documents' ? c.csv : c.sql);
/** The columns of the view indicator_records, after id and document_id: every field of the record, then its ordinal. */
export const RECORD_VIEW_COLUMNS = [...RECORD_COLUMNS.map(recordViewName), 'ordinal'];
const RECORDS_VIEW = `CREATE VIEW IF NOT EXISTS indicator_records AS SELECT i.id, i.document_id, ${[
  ...RECORD_COLUMNS.map((c) => `${c.table === 'documents' ? `d."${c.sql}"` : RECORD_SOURCE[c.field] ?? `i."${c.sql}"`} AS "${recordViewName(c)}"`),
  'i.ordinal'].join(', ')} FROM indicators i JOIN documents d ON d.id = i.document_id;`;

/** The columns of indicators beyond id and document_id, with their types: the record's own, then the dataset's. */
const INDICATOR_TABLE: readonly [string, string][] = [
  ...OWN_COLUMNS.map((c): [string, string] => [c.sql, c.type + (c.notNull ? ' NOT NULL' : '')]),
  ...DATASET_COLUMNS.map((c): [string, string] => [c, 'INTEGER']),
];

/** The indexes beside each table's own, by name: for readers' queries, and deleting a document's rows. */
const INDEX_ON: Record<string, string> = {
  sections_document: 'sections(document_id, ordinal)',
  indicators_document: 'indicators(document_id)',
  indicators_category: 'indicators(category, indicator)',
  documents_agency_year: 'documents(agency, year)',
};
const INDEXES = Object.entries(INDEX_ON).map(([name, on]) => `CREATE INDEX IF NOT EXISTS ${name} ON ${on};`).join('\n');

/**
 * A document is its file: `root`, the input folder it was found under (absolute, links resolved;
 * empty for standard input), and `path` below it, so that any spelling of the folder, from any
 * working directory, names the same document. A root of NULL is a path an earlier version stored
 * as it was typed, until a sync finds its file (DatasetSync). `size` is the bytes of the version
 * the rows come from; `stale_since` and `stale_reason` say since when, and why, the file no longer
 * gives those rows (it failed, or it is gone) while its last good rows are kept.
 */
const documentsTable = (name: string) => `CREATE TABLE IF NOT EXISTS ${name} (
  id INTEGER PRIMARY KEY,
  root TEXT,
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER,
  encoding TEXT, format TEXT,
  title TEXT, agency TEXT, year INTEGER, published TEXT, url TEXT, index_number TEXT, doc_number TEXT,
  duplicate_of TEXT,
  processed_at TEXT NOT NULL,
  tool_version TEXT NOT NULL,
  stale_since TEXT,
  stale_reason TEXT,
  UNIQUE (root, path)
);`;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS govmine (key TEXT PRIMARY KEY, value TEXT NOT NULL);
${documentsTable('documents')}
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
  ${INDICATOR_TABLE.map(([c, type]) => `"${c}" ${type}`).join(',\n  ')}
);
CREATE TABLE IF NOT EXISTS signatures (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  minhash BLOB
);
${INDEXES}
`;

/**
 * The views: every field of an indicator record, and each document's whole text. Made anew each time
 * a writer opens the dataset, so that a dataset an earlier version wrote reads its rows as this
 * version stores them, with this version's fields.
 */
const VIEWS = `
DROP VIEW IF EXISTS indicator_records; DROP VIEW IF EXISTS document_texts;
${RECORDS_VIEW}
CREATE VIEW IF NOT EXISTS document_texts AS SELECT d.id AS document_id, d.path,
  coalesce((SELECT group_concat(text, '') FROM (SELECT s.text FROM sections s WHERE s.document_id = d.id ORDER BY s.id)), '') AS text
FROM documents d;
`;

/** A dataset that keeps its full-text index was asked to go without (a usage error: nothing was changed). */
export class SearchIndexKept extends Error {}

/**
 * Opens (or creates) a dataset, brought to this schema. `search`: whether it keeps the full-text
 * index of words. A new dataset keeps one unless false; an existing one keeps what it has, unless
 * true, which builds the index over the documents it already holds. An index is never dropped:
 * false for a dataset that has one throws SearchIndexKept before anything is written.
 */
export function openDatabase(path: string, search?: boolean): DB {
  const Database = sqlite();
  const db = new Database(path, { timeout: 10_000 });
  const isNew = db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() === 0;
  const hadIndex = hasSearchIndex(db);
  if (search === false && hadIndex) {
    db.close();
    throw new SearchIndexKept(`${path} keeps a full-text index, which is never dropped: --no-search is for a new dataset (sqlite3 ${path} "DROP TABLE sections_fts" drops it)`);
  }
  // a new dataset: pages of 16 KB hold a section's text with less left empty than 4 KB ones (5%
  // smaller, and writing 7% faster); an existing one keeps its own
  if (isNew) db.pragma('page_size = 16384');
  // WAL: readers (Datasette, the sqlite3 shell) never block a sync, and a killed run leaves the
  // last committed transaction intact
  db.pragma('journal_mode = WAL');
  // a commit waits for no disk flush: in WAL mode a killed process still leaves every committed
  // transaction whole (only a power cut may lose the last ones, never the database's consistency)
  db.pragma('synchronous = NORMAL');
  db.transaction(() => storeTextOnce(db))();
  placeDocuments(db);
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  addMissingColumns(db);
  db.transaction(() => db.exec(VIEWS))();
  if (hadIndex || search === true || (isNew && search !== false)) keepSearchIndex(db);
  else dropBesideIndex(db);
  db.prepare('INSERT OR REPLACE INTO govmine (key, value) VALUES (?, ?)').run('schema_version', SCHEMA_VERSION);
  return db;
}

/**
 * Closes a dataset a writer opened, in rollback-journal mode: at rest it is one file, which a reader
 * opens read-only (from read-only media too, or as bytes in memory) without making -wal and -shm
 * files beside it. While another connection holds it open it stays in WAL mode.
 */
export function closeDataset(db: DB): void {
  try {
    db.pragma('journal_mode = DELETE');
  } catch {
    // busy: a reader has it open
  }
  db.close();
}

/**
 * The columns a dataset an earlier version wrote lacks (ordinal, status, part_of, period, source …),
 * added when it is opened. Where the record's own fields are among them, its documents are taken for
 * another version's (their tool_version emptied), so that the next sync processes them again and
 * fills those columns.
 */
function addMissingColumns(db: DB): void {
  const missing = missingColumns(db);
  for (const [column, type] of missing) db.exec(`ALTER TABLE indicators ADD COLUMN "${column}" ${type.replace(' NOT NULL', '')}`);
  if (missing.some(([column]) => OWN_COLUMNS.some((c) => c.sql === column))) db.exec("UPDATE documents SET tool_version = ''");
}

export function missingColumns(db: DB): Array<readonly [string, string]> {
  const have = columnsOf(db, 'indicators');
  return INDICATOR_TABLE.filter(([column]) => !have.has(column));
}

export function columnsOf(db: DB, table: string): Set<string> {
  return new Set((db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name));
}

/**
 * A dataset an earlier version wrote (schema 3 and before) stores each document's text twice (in
 * documents.text and, cut by section, in sections.text) and repeats its document's fields in each
 * indicator row: brought to this schema, where the sections hold the text and the indicators only
 * what is their own. Each section's text is taken again from the document's, up to the next
 * section's start, so that the sections' texts in order are the whole text; the indicators keep their
 * context as it is.
 */
function storeTextOnce(db: DB): void {
  if (!columnsOf(db, 'documents').has('text')) return;
  const ids = db.prepare('SELECT id FROM documents').pluck().all() as number[];
  const text = db.prepare('SELECT text FROM documents WHERE id = ?').pluck();
  const sections = db.prepare('SELECT id, start, text FROM sections WHERE document_id = ? ORDER BY id');
  const update = db.prepare('UPDATE sections SET text = ? WHERE id = ?');
  for (const id of ids) {
    const whole = text.get(id) as string;
    const rows = sections.all(id) as Array<{ id: number; start: number; text: string }>;
    rows.forEach((s, i) => {
      const own = whole.slice(s.start, rows[i + 1]?.start ?? whole.length);
      if (own !== s.text) update.run(own, s.id);
    });
  }
  db.exec('ALTER TABLE documents DROP COLUMN text; DROP INDEX IF EXISTS sections_document;');
  const have = columnsOf(db, 'indicators');
  for (const c of ['doc', 'title', 'agency', 'year']) if (have.has(c)) db.exec(`ALTER TABLE indicators DROP COLUMN ${c}`);
}

/**
 * A dataset an earlier version wrote (schema 6 and before) names each document by its path as it
 * was typed (`crawl/a.html`, `/data/crawl/a.html` and `a.html` three documents of one file): its
 * documents table is made anew with a root (NULL for each of them, until a sync finds the file
 * each names and gives it its root, DatasetSync.listed), a size and a stale mark, one document a
 * root and path. Foreign keys are off while the table is replaced (openDatabase turns them on
 * after), so that no section or indicator goes with the old table; the views that read it are made
 * anew afterwards.
 */
function placeDocuments(db: DB): void {
  const have = columnsOf(db, 'documents');
  if (have.size === 0 || have.has('root')) return;
  const kept = DOCUMENT_COLUMNS.filter((c) => have.has(c)).map((c) => `"${c}"`).join(', ');
  db.pragma('foreign_keys = OFF');
  db.transaction(() => {
    db.exec('DROP VIEW IF EXISTS indicator_records; DROP VIEW IF EXISTS document_texts;');
    db.exec(documentsTable('documents_placed'));
    db.exec(`INSERT INTO documents_placed (id, ${kept}) SELECT id, ${kept} FROM documents`);
    db.exec('DROP TABLE documents; ALTER TABLE documents_placed RENAME TO documents;');
  })();
}

/**
 * Loading an empty dataset: its indexes are built once after the load rather than kept up to date
 * row by row (an eighth of the writer's time). Returns what builds them, once the load is written;
 * a run killed before has them built when the dataset is next opened.
 */
export function deferIndexes(db: DB): () => void {
  if (db.prepare('SELECT 1 FROM documents LIMIT 1').get() !== undefined) return () => {};
  db.exec(Object.keys(INDEX_ON).map((name) => `DROP INDEX IF EXISTS ${name};`).join('\n'));
  return () => db.exec(INDEXES);
}

