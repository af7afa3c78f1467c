/**
 * One sync of a dataset: which documents need work (new ones, changed ones, and those another
 * version processed), their rows written a batch to a transaction, and, once the run is done, the
 * documents whose files are gone removed and the near-duplicates named again.
 */
import type { Database as DB } from 'better-sqlite3';
import type { RawDocument } from '../ingest/index.js';
import type { ProcessedDocument } from '../pipeline.js';
import { documentRows, sha256Of, type DocumentRows } from './rows.js';
import { closeDataset, deferIndexes, openDatabase } from './schema.js';
import { hasSearchIndex, tidySearchIndex } from './words.js';
import { documentWriter, flagDuplicates, knownDocuments, removeDocuments, type StoredDocument } from './write.js';

/**
 * Documents written per transaction: enough to amortise the commit and the full-text index's
 * flush, few enough to hold in memory (about 25 KB of rows a document), and to lose little to kill -9.
 */
const BATCH = 256;

export interface SyncOptions {
  /** true: build the full-text index (over what the dataset holds too); false: a new dataset without one; absent: as the dataset has it */
  search?: boolean;
  /** this govmine's name and version: a document another version processed is processed again */
  toolVersion: string;
  /** rows rendered here from whole documents (storeDocument), rather than by the workers (store) */
  rowsHere?: boolean;
}

export interface SyncResult {
  written: number;
  removed: number;
}

export class DatasetSync {
  /** whether the rows carry the words of the full-text index */
  readonly words: boolean;
  private readonly known: Map<string, { sha256: string; toolVersion: string }>;
  private readonly indexed: () => void;
  private readonly write: (batch: StoredDocument[]) => void;
  private readonly seen = new Set<string>();
  /** the hashes of documents accepted, for rows rendered here */
  private readonly hashes = new Map<string, string>();
  private batch: StoredDocument[] = [];
  private written = 0;

  /** Opens (or creates) the dataset: see openDatabase for `search`, and what it throws. */
  static open(path: string, options: SyncOptions): DatasetSync {
    return new DatasetSync(openDatabase(path, options.search), options);
  }

  private constructor(private readonly db: DB, private readonly options: SyncOptions) {
    this.words = hasSearchIndex(db);
    this.known = knownDocuments(db);
    this.indexed = deferIndexes(db);
    this.write = documentWriter(db);
  }

  /**
   * Whether an input may turn out unchanged (the dataset holds its path): its bytes must be read
   * and hashed before any work. The others are read, hashed and rendered by their workers.
   */
  mayBeUnchanged(id: string): boolean {
    this.seen.add(id);
    return this.options.rowsHere || this.known.has(id);
  }

  /** Whether a document needs processing: false when the dataset holds the same bytes, processed by this version. */
  accept(raw: RawDocument): boolean {
    this.seen.add(raw.id);
    const sha256 = sha256Of(raw.bytes);
    const before = this.known.get(raw.id);
    if (before && before.sha256 === sha256 && before.toolVersion === this.options.toolVersion) return false;
    if (this.options.rowsHere) this.hashes.set(raw.id, sha256);
    return true;
  }

  /** An input that failed: its path was seen, so that pruning keeps what the dataset holds of it. */
  failed(path: string): void {
    this.seen.add(path);
  }

  /** A document's rows, as its worker rendered them. */
  store(rows: DocumentRows, signature: Uint32Array | null): void {
    this.batch.push({ rows, signature, processedAt: new Date().toISOString(), toolVersion: this.options.toolVersion });
    if (this.batch.length >= BATCH) this.flush();
  }

  /** A whole document, its rows rendered here (a document accept took). */
  storeDocument(doc: ProcessedDocument, signature: Uint32Array | null): void {
    this.store(documentRows(doc, this.hashes.get(doc.doc)!, this.words), signature);
    this.hashes.delete(doc.doc);
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.write(this.batch);
    this.written += this.batch.length;
    this.batch = [];
  }

  /**
   * Writes what is left, builds what a first load deferred, and once a run went through every input
   * (`complete`): removes the documents whose files were not among them (`prune`; never for a shard,
   * which sees only its part), and names the near-duplicates over the whole dataset again.
   */
  finish({ prune, complete }: { prune: boolean; complete: boolean }): SyncResult {
    this.flush();
    this.indexed();
    let removed = 0;
    if (prune && complete) {
      const gone = [...this.known.keys()].filter((p) => !this.seen.has(p));
      removeDocuments(this.db, gone);
      removed = gone.length;
    }
    // once the workers have stopped, so that the index over the whole dataset does not add to their memory
    if (complete) flagDuplicates(this.db);
    tidySearchIndex(this.db);
    return { written: this.written, removed };
  }

  /** Closes the dataset (again: nothing). */
  close(): void {
    if (this.db.open) closeDataset(this.db);
  }
}
