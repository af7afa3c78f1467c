/**
 * One sync of a dataset: which documents need work (new ones, changed ones, and those another
 * version processed), their rows written a batch to a transaction, and, once the run is done, the
 * documents whose files are gone removed (with --prune, within its limits) or named and marked
 * stale, and the near-duplicates named again. A document is its file, wherever the path to it was
 * typed from (places.ts); a file that fails keeps its last good rows, marked stale.
 */
import { join } from 'node:path';
import type { Database as DB } from 'better-sqlite3';
import { looksLikeHtml } from '../html/index.js';
import { COLLECTION_EXTENSIONS, existingPath, placeOf as placeOfFile, type RawDocument, type Source } from '../ingest/index.js';
import type { ProcessedDocument } from '../pipeline.js';
import { StageError, type Problem } from '../problems.js';
import { fileAndRow, newPlace, place, placeTyped, type Place } from './places.js';
import { documentRows, sha256Of, type DocumentRows } from './rows.js';
import { closeDataset, deferIndexes, openDatabase } from './schema.js';
import { hasSearchIndex, tidySearchIndex } from './words.js';
import {
  documentWriter, flagDuplicates, knownDocuments, markCurrent, markStale, placeTypedDocuments, removeDocuments,
  type KnownDocument, type StoredDocument,
} from './write.js';

/**
 * Documents written per transaction: enough to amortise the commit and the full-text index's
 * flush, few enough to hold in memory (about 25 KB of rows a document), and to lose little to kill -9.
 */
const BATCH = 256;

/**
 * A page is taken for a truncated download when it holds less than this share of its last good
 * version's bytes and stops before its closing </body> or </html>: a page cut short by a failed
 * download loses its end, which a page edited shorter keeps. A text file has no such end to miss:
 * however much shorter, it is taken as an edit.
 */
export const TRUNCATED_BELOW = 0.5;

export interface SyncOptions {
  /** true: build the full-text index (over what the dataset holds too); false: a new dataset without one; absent: as the dataset has it */
  search?: boolean;
  /** this govmine's name and version: a document another version processed is processed again */
  toolVersion: string;
  /** rows rendered here from whole documents (storeDocument), rather than by the workers (store) */
  rowsHere?: boolean;
  /**
   * The folders a path an earlier version stored as typed may be relative to (the working directory,
   * the dataset's folder), for matching it to its file.
   */
  typedFrom?: readonly string[];
}

/** What the listing did to documents stored under typed paths: `typed` of them, matched to `placed` files, `dropped` copies of the same files. */
export interface Placement {
  typed: number;
  placed: number;
  dropped: number;
}

export interface SyncResult {
  written: number;
  /** where each removed document's file was (--prune) */
  removed: string[];
  /** documents whose file failed in this run: their last good rows kept, marked stale */
  stale: string[];
  /** stale documents whose file gave the bytes of their rows again */
  current: number;
  /** documents whose file is gone, kept (no --prune) and marked stale */
  gone: string[];
  /** documents of the dataset that are not among this run's inputs though their files are there (or unknown), kept */
  outside: number;
  /** --prune held back at the end: what it would have removed, more than its limit allows */
  withheld: string[];
}

export class DatasetSync {
  /** whether the rows carry the words of the full-text index */
  readonly words: boolean;
  /** the documents the dataset holds, by where their file is */
  private readonly held = new Map<string, KnownDocument>();
  /** documents an earlier version stored under typed paths, not yet matched to a file */
  private typed: KnownDocument[] = [];
  private readonly indexed: () => void;
  private readonly write: (batch: StoredDocument[]) => void;
  /** each listed source's place, by its id as given */
  private places = new Map<string, Place>();
  /** the places of the listed collections, by id: their rows are theirs and `#row` */
  private collections = new Map<string, Place>();
  /** where each listed source is, and the input that found it */
  private listing: Array<{ at: string; input: string }> = [];
  /** the places this run saw (read, unchanged or failed): none of them is gone */
  private readonly seen = new Set<string>();
  /** the hashes and sizes of documents accepted, for rows rendered here */
  private readonly hashes = new Map<string, { sha256: string; size: number }>();
  private readonly staled: string[] = [];
  private current = 0;
  private batch: StoredDocument[] = [];
  private written = 0;
  private readonly now = new Date().toISOString();

  /** Opens (or creates) the dataset: see openDatabase for `search`, and what it throws. */
  static open(path: string, options: SyncOptions): DatasetSync {
    return new DatasetSync(openDatabase(path, options.search), options);
  }

  private constructor(private readonly db: DB, private readonly options: SyncOptions) {
    this.words = hasSearchIndex(db);
    for (const d of knownDocuments(db)) {
      if (d.root === null) this.typed.push(d);
      else this.held.set(join(d.root, d.path), d);
    }
    this.indexed = deferIndexes(db);
    this.write = documentWriter(db);
  }

  /**
   * The inputs this run lists, before any work: each source's place (a file the dataset holds keeps
   * its own; a new one goes under a root the dataset records that holds it), and the documents an
   * earlier version stored under typed paths matched to their files, once (placeTyped).
   */
  listed(sources: readonly Source[]): Placement {
    const roots = [...new Set([...this.held.values()].map((d) => d.root!))];
    const places = new Map<string, Place>();
    for (const s of sources) {
      const held = this.held.get(join(s.root, s.name));
      const at = held ? place(held.root!, held.path) : newPlace(s, roots);
      places.set(s.id, at);
      if (s.path !== null && COLLECTION_EXTENSIONS.test(s.name)) this.collections.set(s.id, at);
    }
    this.places = places;
    this.listing = sources.map((s) => ({ at: places.get(s.id)!.at, input: s.input }));
    if (this.typed.length === 0) return { typed: 0, placed: 0, dropped: 0 };
    const typed = this.typed.length;
    const { moves, drops } = placeTyped(this.typed, new Map([...places.values()].map((p) => [p.at, p])), new Set(this.held.keys()), this.options.typedFrom ?? []);
    placeTypedDocuments(this.db, moves.map((m) => ({ id: m.doc.id, root: m.place.root, path: m.place.name })), drops.map((d) => d.id));
    for (const m of moves) this.held.set(m.place.at, { ...m.doc, root: m.place.root, path: m.place.name });
    const gone = new Set([...moves.map((m) => m.doc.id), ...drops.map((d) => d.id)]);
    this.typed = this.typed.filter((d) => !gone.has(d.id));
    return { typed, placed: moves.length, dropped: drops.length };
  }

  /** Where a document this run names (a source's id, a collection's row, or a path that failed before it was listed) is. */
  private placeOf(id: string): Place {
    const listed = this.places.get(id);
    if (listed) return listed;
    for (let i = id.indexOf('#'); i !== -1; i = id.indexOf('#', i + 1)) {
      const collection = this.collections.get(id.slice(0, i));
      if (collection) return place(collection.root, collection.name + id.slice(i));
    }
    const { root, name } = placeOfFile(id);
    return place(root, name);
  }

  /**
   * Why --prune may not run, checked before anything is written: an input that yields no document
   * (a missing or empty folder, as an unmounted mount point is; a glob that matches nothing; a
   * folder of collections), or more documents to remove than `maxPrune` percent of the dataset.
   * `inputs`: those given on the command line; `pathsFrom`: the list that named the others; `shown`:
   * a document's place as the user reads it.
   */
  pruneRefusals(inputs: readonly string[], pathsFrom: string | undefined, maxPrune: number, database: string, shown: (at: string) => string): Problem[] {
    const yielding = new Set(this.listing.map((l) => l.input));
    const given = new Set(inputs);
    const refusals: Problem[] = inputs.filter((i) => i !== '-' && !yielding.has(i)).map((path) => ({
      path, stage: 'dataset', kind: 'no-documents',
      message: '--prune: no report found here (a missing or empty folder, or an unmounted mount point?), which pruning would take for all its files gone: nothing was written or removed',
    }));
    if (pathsFrom && ![...yielding].some((i) => !given.has(i))) {
      refusals.push({ path: pathsFrom, stage: 'dataset', kind: 'no-documents', message: '--prune: the list names no report: nothing was written or removed' });
    }
    if (refusals.length > 0) return refusals;
    const listed = new Set(this.listing.map((l) => l.at));
    const unseen = this.unseen((d, at) => !listed.has(at) && !fileAndRow(d.path).some(([file, row]) => row && listed.has(join(d.root ?? '', file))));
    const limit = this.overLimit(unseen.length, maxPrune);
    const some = unseen.slice(0, 3).map((u) => shown(u.at)).join(', ') + (unseen.length > 3 ? ` and ${unseen.length - 3} more` : '');
    return limit ? [{ path: database, stage: 'dataset', kind: 'prune-limit', message: `${limit}: nothing was written or removed. They are ${some}; if their files are gone for good, run again with --max-prune 100` }] : [];
  }

  /** What removing `count` documents would be, when that is more than `maxPrune` percent of the dataset; else null. */
  private overLimit(count: number, maxPrune: number): string | null {
    const total = this.held.size + this.typed.length;
    if (count === 0 || count * 100 <= total * maxPrune) return null;
    return `--prune would remove ${count} of the ${total} documents (${Math.round((count * 100) / total)}%), more than --max-prune ${maxPrune}%`;
  }

  /** The documents held (placed, then typed) that `test` picks, each with where its file is. */
  private unseen(test: (d: KnownDocument, at: string) => boolean): Array<{ doc: KnownDocument; at: string }> {
    return [
      ...[...this.held].filter(([at, d]) => test(d, at)).map(([at, doc]) => ({ doc, at })),
      ...this.typed.filter((d) => test(d, d.path)).map((doc) => ({ doc, at: doc.path })),
    ];
  }

  /**
   * Whether an input may turn out unchanged (the dataset holds its file): its bytes must be read
   * and hashed before any work. The others are read, hashed and rendered by their workers.
   */
  mayBeUnchanged(id: string): boolean {
    const { at } = this.placeOf(id);
    this.seen.add(at);
    return !!this.options.rowsHere || this.held.has(at);
  }

  /**
   * Whether a document needs processing: false when the dataset holds the same bytes, processed by
   * this version. Throws (StageError, stage `dataset`) for a file the dataset holds that has become
   * empty or is a page cut short: it fails, and the dataset keeps its last good rows, marked stale.
   */
  accept(raw: RawDocument): boolean {
    const { at } = this.placeOf(raw.id);
    this.seen.add(at);
    const sha256 = sha256Of(raw.bytes);
    const before = this.held.get(at);
    if (before && before.signed && before.sha256 === sha256 && before.toolVersion === this.options.toolVersion) {
      if (before.staleSince !== null) {
        markCurrent(this.db, before.id);
        before.staleSince = null;
        this.current++;
      }
      return false;
    }
    if (before) notCutShort(raw, before);
    if (this.options.rowsHere) this.hashes.set(raw.id, { sha256, size: raw.bytes.length });
    return true;
  }

  /** An input that failed: none of its document is removed, and the rows the dataset holds of it are marked stale. */
  failed(problem: Problem): void {
    const { at } = this.placeOf(problem.path);
    this.seen.add(at);
    const held = this.held.get(at);
    if (!held) return;
    markStale(this.db, [held.id], problem.kind, this.now);
    held.staleSince ??= this.now;
    this.staled.push(at);
  }

  /** A document's rows, as its worker rendered them, stored at its place. */
  store(rows: DocumentRows, signature: Uint32Array | null): void {
    const { root, name } = this.placeOf(rows.doc);
    rows.document.root = root;
    rows.document.path = name;
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
   * (`complete`) deals with the documents it did not see, where it saw the whole of what it keeps
   * (`whole`: not a shard, whose other parts it does not see): with `prune`, removes them (at most
   * `maxPrune` percent of the dataset: more is held back, and said); without, marks stale and names
   * those whose files are gone. Then names the near-duplicates over the whole dataset again.
   */
  finish({ prune, complete, whole, maxPrune }: { prune: boolean; complete: boolean; whole: boolean; maxPrune: number }): SyncResult {
    this.flush();
    this.indexed();
    const result: SyncResult = { written: this.written, removed: [], stale: this.staled, current: this.current, gone: [], outside: 0, withheld: [] };
    const unseen = complete && whole ? this.unseen((_, at) => !this.seen.has(at)) : [];
    if (prune && unseen.length > 0) {
      if (this.overLimit(unseen.length, maxPrune)) {
        result.withheld = unseen.map((u) => u.at);
      } else {
        removeDocuments(this.db, unseen.map((u) => u.doc.id));
        result.removed = unseen.map((u) => u.at);
      }
    } else if (unseen.length > 0) {
      const gone = unseen.filter((u) => this.isGone(u.doc, u.at));
      markStale(this.db, gone.map((u) => u.doc.id), 'gone', this.now);
      result.gone = gone.map((u) => u.at);
      result.outside = unseen.length - gone.length;
    }
    // once the workers have stopped, so that the index over the whole dataset does not add to their memory
    if (complete) flagDuplicates(this.db);
    tidySearchIndex(this.db);
    return result;
  }

  /**
   * Whether an unseen document's file is gone: it is not there, or it is a row of a collection this
   * run read without it. A typed path (an earlier version's, matched to no file) cannot be told.
   */
  private isGone(doc: KnownDocument, at: string): boolean {
    if (doc.root === null) return false;
    const collection = fileAndRow(doc.path).find(([, row]) => row !== '');
    if (collection) {
      const file = join(doc.root, collection[0]);
      return this.seenCollection(file) || existingPath(file) === null;
    }
    // by the name as stored: one that is not UTF-8 is found by its bytes
    return existingPath(at) === null;
  }

  private seenCollection(at: string): boolean {
    for (const p of this.collections.values()) if (p.at === at) return true;
    return false;
  }

  /** Closes the dataset (again: nothing). */
  close(): void {
    if (this.db.open) closeDataset(this.db);
  }
}

/** Nothing, or only white space (spaces, tabs, line ends) after a UTF-8 byte-order mark or none. */
function blank(bytes: Uint8Array): boolean {
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}

const PAGE_END = /<\/(?:body|html)\s*>/i;

/**
 * Refuses the new bytes of a file the dataset holds that cannot be a report any longer: empty, or
 * a page cut short (TRUNCATED_BELOW). What the file held before stays in the dataset, marked stale.
 */
function notCutShort(raw: RawDocument, before: KnownDocument): void {
  const last = `its last good version, of ${before.size ?? 'unknown'} bytes, read ${before.processedAt.slice(0, 10)}`;
  if (blank(raw.bytes)) {
    throw new StageError('dataset', 'emptied', `the file is empty now (${last}): its last good rows are kept, marked stale`);
  }
  if (before.size === null || raw.bytes.length >= before.size * TRUNCATED_BELOW) return;
  const text = Buffer.from(raw.bytes.buffer, raw.bytes.byteOffset, raw.bytes.byteLength).toString('latin1');
  if ((raw.isHtml || looksLikeHtml(text, raw.path)) && !PAGE_END.test(text)) {
    throw new StageError('dataset', 'truncated', `${raw.bytes.length} bytes, under ${TRUNCATED_BELOW * 100}% of ${last}, and the page stops before its closing </body> or </html>: a download cut short; its last good rows are kept, marked stale`);
  }
}
