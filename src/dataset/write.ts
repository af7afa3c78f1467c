/**
 * Writing the dataset: a document's rows (rendered by its worker) in one statement a table, a
 * shard's tables copied whole, documents removed, and near-duplicates named again over the whole
 * dataset once it changed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database as DB } from 'better-sqlite3';
import { DuplicateIndex } from '../dedupe/index.js';
import { documentOrder } from '../ingest/index.js';
import { DOCUMENT_COLUMNS, INDICATOR_COLUMNS, SECTION_COLUMNS, type DocumentRows } from './rows.js';
import { closeDataset, missingColumns, openDatabase, SCHEMA_VERSION, sqlite } from './schema.js';
import { hasSearchIndex, indexSections, tidySearchIndex, wordsForgetter } from './words.js';

export interface StoredDocument {
  rows: DocumentRows;
  /** the body's MinHash signature (null: too short to compare), kept to find near-duplicates across runs */
  signature: Uint32Array | null;
  processedAt: string;
  toolVersion: string;
}

/** Column names quoted (end is an SQL keyword), and the named parameters of the same columns. */
const names = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(', ');
const params = (columns: readonly string[]) => columns.map((c) => `@${c}`).join(', ');

/**
 * A table's rows, as bound: JSON in UTF-8 bytes, read as the text it is (a blob alone would be taken
 * for SQLite's binary JSON).
 */
const ROWS = 'jsonb_each(CAST(? AS TEXT))';

/** The values of an array of arrays (jsonb_each's `value`, each already parsed), one column per element. */
const unpack = (columns: readonly string[]) => columns.map((_, i) => `value->>${i}`).join(', ');

/**
 * Writes documents into the dataset, each replacing whatever the same path had. The rows come
 * rendered (documentRows): each table's rows of a document go in with one statement.
 */
export function documentWriter(db: DB) {
  const remove = db.prepare('DELETE FROM documents WHERE root IS ? AND path = ?');
  const insertDoc = db.prepare(`INSERT INTO documents (${names(DOCUMENT_COLUMNS)}) VALUES (${params(DOCUMENT_COLUMNS)})`);
  const insertSections = db.prepare(`INSERT INTO sections (document_id, ${names(SECTION_COLUMNS)}) SELECT ?, ${unpack(SECTION_COLUMNS)} FROM ${ROWS}`);
  const indexed = hasSearchIndex(db);
  // the words of the sections a document had, taken out of the index before any new section takes an id
  const forget = indexed ? wordsForgetter(db) : () => {};
  // the sections of one INSERT take consecutive ids, in the order of their rows (this connection is the only writer)
  const insertWords = indexed ? db.prepare(`INSERT INTO sections_fts (rowid, title, text) SELECT ? + key, value->>0, value->>1 FROM ${ROWS}`) : null;
  const insertIndicators = db.prepare(`INSERT INTO indicators (document_id, ${names(INDICATOR_COLUMNS)}) SELECT ?, ${unpack(INDICATOR_COLUMNS)} FROM ${ROWS}`);
  const insertSignature = db.prepare('INSERT INTO signatures (document_id, minhash) VALUES (?, ?)');
  /** one transaction for the whole batch: a run killed midway leaves the last batch whole or absent */
  return db.transaction((batch: StoredDocument[]) => {
    markDuplicatesStale(db);
    for (const { rows, signature, processedAt, toolVersion } of batch) {
      remove.run(rows.document.root, rows.document.path);
      forget();
      const { lastInsertRowid: id } = insertDoc.run({
        ...rows.document, duplicate_of: rows.duplicateOf ?? null, processed_at: processedAt, tool_version: toolVersion, stale_since: null, stale_reason: null,
      });
      const sections = insertSections.run(id, rows.sections);
      if (insertWords && rows.words && sections.changes > 0) insertWords.run(BigInt(sections.lastInsertRowid) - BigInt(sections.changes) + 1n, rows.words);
      insertIndicators.run(id, rows.indicators);
      insertSignature.run(id, signature && Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength));
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
 * order one run over all of them would take (by input folder, then path): so duplicate_of depends
 * neither on which night a copy arrived nor on how the work was split into shards. Does nothing
 * unless the dataset changed since the last time. Returns how many documents' duplicate_of changed.
 */
export function flagDuplicates(db: DB): number {
  const state = db.prepare("SELECT value FROM govmine WHERE key = 'duplicates'").pluck().get();
  if (state !== 'stale') return 0;
  const docs = db.prepare("SELECT id, coalesce(root, '') AS root, path, duplicate_of AS duplicateOf FROM documents JOIN signatures ON document_id = id")
    .all() as Array<{ id: number; root: string; path: string; duplicateOf: string | null }>;
  docs.sort((a, b) => (a.root !== b.root ? (a.root < b.root ? -1 : 1) : documentOrder(a.path, b.path)));
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

/** A document the dataset holds, as sync compares it with its file. */
export interface KnownDocument {
  id: number;
  /** its input folder; null: its path is as an earlier version stored it, typed */
  root: string | null;
  path: string;
  sha256: string;
  toolVersion: string;
  /** it has a signature: a document stored before they were kept is processed again, once */
  signed: boolean;
  /** bytes of the version its rows come from (null: stored before sizes were kept) */
  size: number | null;
  processedAt: string;
  staleSince: string | null;
}

/** Every document the dataset holds. */
export function knownDocuments(db: DB): KnownDocument[] {
  return db.prepare(`SELECT id, root, path, sha256, tool_version AS toolVersion, document_id IS NOT NULL AS signed, size,
    processed_at AS processedAt, stale_since AS staleSince FROM documents LEFT JOIN signatures ON document_id = id`)
    .all().map((r) => ({ ...(r as KnownDocument), signed: !!(r as { signed: number }).signed }));
}

export function removeDocuments(db: DB, ids: readonly number[]): void {
  const remove = db.prepare('DELETE FROM documents WHERE id = ?');
  const forget = hasSearchIndex(db) ? wordsForgetter(db) : () => {};
  db.transaction(() => {
    markDuplicatesStale(db);
    ids.forEach((id) => remove.run(id));
    forget();
  })();
}

/**
 * Marks documents stale: their file failed or is gone, and their rows, kept, are those of the last
 * version that worked. `since` is kept from an earlier mark: it says since when.
 */
export function markStale(db: DB, ids: readonly number[], reason: string, since: string): void {
  const mark = db.prepare('UPDATE documents SET stale_since = coalesce(stale_since, ?), stale_reason = ? WHERE id = ?');
  db.transaction(() => ids.forEach((id) => mark.run(since, reason, id)))();
}

/** A stale document whose file gives the same bytes again: its rows are current once more. */
export function markCurrent(db: DB, id: number): void {
  db.prepare('UPDATE documents SET stale_since = NULL, stale_reason = NULL WHERE id = ?').run(id);
}

/**
 * Gives documents stored under typed paths their root and path (`moves`), and removes the other
 * copies of the same files (`drops`), in one transaction.
 */
export function placeTypedDocuments(db: DB, moves: ReadonlyArray<{ id: number; root: string; path: string }>, drops: readonly number[]): void {
  const move = db.prepare('UPDATE documents SET root = ?, path = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM documents WHERE id = ?');
  const forget = hasSearchIndex(db) ? wordsForgetter(db) : () => {};
  db.transaction(() => {
    // duplicate_of names documents by path: named again once the paths are placed
    markDuplicatesStale(db);
    drops.forEach((id) => remove.run(id));
    forget();
    moves.forEach((m) => move.run(m.root, m.path, m.id));
  })();
}

/**
 * A shard an earlier version wrote, as this version stores it: a migrated copy in a temporary
 * folder (the shard's own file is never written), or the shard itself when it needs no change.
 */
function currentSchema(other: string): { path: string; done: () => void } {
  const Database = sqlite();
  const shard = new Database(other, { readonly: true, fileMustExist: true });
  try {
    const versioned = shard.prepare("SELECT 1 FROM sqlite_master WHERE name = 'govmine'").get() !== undefined;
    const version = versioned && shard.prepare("SELECT value FROM govmine WHERE key = 'schema_version'").pluck().get();
    if (version === SCHEMA_VERSION && missingColumns(shard).length === 0) return { path: other, done: () => {} };
    const dir = mkdtempSync(join(tmpdir(), 'govmine-merge-'));
    const copy = join(dir, 'shard.db');
    // a consistent snapshot, the shard's write-ahead log included
    shard.prepare('VACUUM INTO ?').run(copy);
    closeDataset(openDatabase(copy));
    return { path: copy, done: () => rmSync(dir, { recursive: true, force: true }) };
  } finally {
    shard.close();
  }
}

/**
 * Copies every document of another dataset (a shard's) into this one, each replacing the same
 * path, in one transaction. Returns how many documents came over.
 */
function mergeDatabase(db: DB, other: string): number {
  const source = currentSchema(other);
  const indexed = hasSearchIndex(db);
  db.prepare('ATTACH DATABASE ? AS other').run(source.path);
  try {
    const copy = db.transaction(() => {
      markDuplicatesStale(db);
      // a document the dataset holds already (the same root and path): its rows give way to the shard's (the later input's)
      db.exec('DELETE FROM main.documents WHERE id IN (SELECT m.id FROM other.documents o JOIN main.documents m ON m.root IS o.root AND m.path = o.path)');
      if (indexed) wordsForgetter(db)();
      // each table in one statement, the shard's documents numbered on from the dataset's own
      const first = (sql: string) => db.prepare(sql).pluck().get() as number;
      const offset = first('SELECT coalesce(max(id), 0) FROM main.documents');
      const sectionsBefore = first('SELECT coalesce(max(id), 0) FROM main.sections');
      const docs = db.prepare(`INSERT INTO main.documents (id, ${names(DOCUMENT_COLUMNS)}) SELECT id + ?, ${names(DOCUMENT_COLUMNS)} FROM other.documents ORDER BY id`).run(offset).changes;
      db.prepare(`INSERT INTO main.sections (document_id, ${names(SECTION_COLUMNS)}) SELECT document_id + ?, ${names(SECTION_COLUMNS)} FROM other.sections ORDER BY id`).run(offset);
      db.prepare(`INSERT INTO main.indicators (document_id, ${names(INDICATOR_COLUMNS)}) SELECT document_id + ?, ${names(INDICATOR_COLUMNS)} FROM other.indicators ORDER BY id`).run(offset);
      // a dataset written before signatures were kept has none: its documents are processed again by the next sync
      db.prepare('INSERT INTO main.signatures (document_id, minhash) SELECT document_id + ?, minhash FROM other.signatures').run(offset);
      // the sections just copied took the ids after the dataset's last
      if (indexed) indexSections(db, 'SELECT id, title, text FROM main.sections WHERE id > ? ORDER BY id', sectionsBefore);
      return docs;
    });
    return copy();
  } finally {
    db.prepare('DETACH DATABASE other').run();
    source.done();
  }
}

/**
 * Merges datasets (sync --shard's) into the one at `path` (opened as openDatabase opens it, with
 * `search`), each replacing the paths it holds, and names near-duplicates again over the result:
 * each shard knew only its own documents. Returns how many documents came over.
 */
export function mergeDatasets(path: string, inputs: readonly string[], search?: boolean): number {
  const db = openDatabase(path, search);
  try {
    let docs = 0;
    for (const input of inputs) docs += mergeDatabase(db, input);
    flagDuplicates(db);
    tidySearchIndex(db);
    return docs;
  } finally {
    closeDataset(db);
  }
}
