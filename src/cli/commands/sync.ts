import { Command } from 'commander';
import { name, version } from '../version.js';
import type { StoredDocument } from '../../emit/sqlite.js';
import { documentRows, sha256Of, type DocumentRows } from '../../emit/rows.js';
import { eachDocument, eachRows, noInputs, type BatchOptions } from '../batch.js';
import { interruptedExitCode } from '../interrupt.js';
import { acquireLock } from '../lock.js';
import { fatal, info } from '../messages.js';
import { EXIT, positiveNumber, documentCommand } from '../options.js';
import { guardOutputs, refusing } from '../output.js';
import { UsageError } from '../safety.js';

interface SyncOptions extends BatchOptions {
  db: string;
  prune?: boolean;
  wait: number;
  /** true: build the full-text index (over what the dataset holds too); false: a new dataset without one; absent: as the dataset has it */
  search?: boolean;
}

/** Documents processed by another version are processed again. */
export const TOOL_VERSION = `${name} ${version}`;
/**
 * Documents written per transaction: enough to amortise the commit and the full-text index's
 * flush, few enough to hold in memory (about 25 KB of rows a document), and to lose little to kill -9.
 */
const BATCH = 256;

const EXAMPLES = `
Examples:
  $ govmine sync crawl/ --db reports.db              add new and changed reports; unchanged ones are skipped
  $ govmine sync crawl/ --db reports.db --prune      also remove reports whose files are gone
  $ govmine sync crawl/ --db figures.db --no-search  a dataset without the full-text index: faster, smaller
  $ sqlite3 reports.db "select agency, year, sum(value) from indicator_records where category = 'fine' group by 1, 2"

A document whose bytes (sha256) and govmine version are unchanged is skipped without extraction; a
changed one replaces its rows in one transaction. Runs are safe to interrupt (Ctrl-C, kill -9): the
database stays consistent and the next run completes the work. A second sync of the same database
waits for the first (up to --wait seconds).`;

async function run(inputs: string[], opts: SyncOptions): Promise<number> {
  if (noInputs(inputs, opts)) {
    fatal('no input documents (give files, folders, globs, --paths-from, or - for standard input)');
    return EXIT.usage;
  }
  // --db must be a govmine dataset (or new, or empty), and no input
  if (refusing(() => guardOutputs(opts, [{ path: opts.db, kind: 'sqlite', option: '--db' }], inputs)) === null) return EXIT.usage;
  let release: () => void;
  try {
    release = await acquireLock(opts.db, opts.wait);
  } catch (err) {
    fatal((err as Error).message);
    return EXIT.cannotWrite;
  }
  const { openDatabase, deferIndexes, documentWriter, flagDuplicates, hasSearchIndex, knownDocuments, removeDocuments, SearchIndexKept } = await import('../../emit/sqlite.js');
  let db;
  try {
    db = openDatabase(opts.db, opts.search);
  } catch (err) {
    release();
    if (err instanceof SearchIndexKept) { fatal(err.message); return EXIT.usage; }
    fatal(`cannot open ${opts.db}: ${(err as Error).message}`);
    return EXIT.cannotWrite;
  }
  const words = hasSearchIndex(db);
  const started = Date.now();
  const known = knownDocuments(db);
  const indexed = deferIndexes(db);
  const write = documentWriter(db);
  const seen = new Set<string>();
  const hashes = new Map<string, string>();
  let batch: StoredDocument[] = [];
  let written = 0;
  const flush = () => { if (batch.length) { write(batch); written += batch.length; batch = []; } };
  const store = async (rows: DocumentRows, signature: Uint32Array | null) => {
    batch.push({ rows, signature, processedAt: new Date().toISOString(), toolVersion: TOOL_VERSION });
    if (batch.length >= BATCH) flush();
  };
  try {
    const options: BatchOptions = {
      ...opts,
      // a document the dataset lacks is read, hashed and rendered into rows by its worker; one it
      // holds is read here first, to compare its hash
      mayBeUnchanged: (id) => { seen.add(id); return opts.explain || known.has(id); },
      accept(raw) {
        seen.add(raw.id);
        const sha256 = sha256Of(raw.bytes);
        const before = known.get(raw.id);
        if (before && before.sha256 === sha256 && before.toolVersion === TOOL_VERSION) return false;
        if (opts.explain) hashes.set(raw.id, sha256);
        return true;
      },
      onFailure: (p) => seen.add(p.path),
      // near-duplicates are named over the whole dataset once the run has written it (flagDuplicates)
      duplicates: 'signature',
    };
    // --explain needs each whole document here, and so renders its rows here too
    const summary = opts.explain
      ? await eachDocument(inputs, options, async (doc, signature) => {
        await store(documentRows(doc, hashes.get(doc.doc)!, words), signature);
        hashes.delete(doc.doc);
      })
      : await eachRows(inputs, options, words, store);
    flush();
    indexed();
    let removed = 0;
    if (opts.prune && !interruptedExitCode() && !opts.shard) {
      const gone = [...known.keys()].filter((p) => !seen.has(p));
      removeDocuments(db, gone);
      removed = gone.length;
    }
    // once the workers have stopped, so that the index over the whole dataset does not add to their memory
    if (!interruptedExitCode()) flagDuplicates(db);
    if (!opts.quiet) {
      const nothing = written === 0 && removed === 0 ? ' (nothing changed: no extraction done)' : '';
      info(`${opts.db}: ${written} processed, ${summary.unchanged} unchanged, ${removed} removed, ${summary.failed} failed, ${((Date.now() - started) / 1000).toFixed(1)} s${nothing}`);
    }
    return interruptedExitCode() ?? (summary.failed > 0 ? EXIT.someFailed : EXIT.ok);
  } catch (err) {
    if (err instanceof UsageError) { fatal(err.message); return EXIT.usage; }
    fatal(`cannot write ${opts.db}: ${(err as Error).message}`);
    return EXIT.cannotWrite;
  } finally {
    db.close();
    release();
  }
}

export function syncCommand(): Command {
  const cmd = new Command('sync')
    .description('keep a SQLite dataset of documents, sections and indicators up to date')
    .argument('[inputs...]', 'files, folders (searched recursively), globs, collections, or - for standard input')
    .requiredOption('--db <file>', 'the SQLite database to create or update (a new file, or one govmine wrote)')
    .option('--prune', 'remove documents whose files are no longer among the inputs')
    // --search first: defined after it, --no-search leaves the option unset unless given (the dataset decides)
    .option('--search', 'build the full-text index in a dataset made without one, over the documents it holds')
    .option('--no-search', 'make a new dataset without the full-text index of words (a faster first sync, a smaller dataset)')
    .option('--wait <seconds>', 'how long to wait for another sync of the same database', positiveNumber('--wait'), 60);
  return documentCommand(cmd, EXAMPLES, run);
}
