import { existsSync, rmSync } from 'node:fs';
import { Command } from 'commander';
import { name, version } from '../version.js';
import type { DatasetSync } from '../../dataset/index.js';
import { collectionGlob, eachDocument, eachRows, noInputs, type BatchOptions, type BatchSummary } from '../batch.js';
import { interruptedExitCode } from '../interrupt.js';
import { acquireLock } from '../lock.js';
import { fatal, info } from '../messages.js';
import { EXIT, positiveNumber, documentCommand } from '../options.js';
import { failedCount, guardOutputs, refusing } from '../output.js';
import { UsageError } from '../safety.js';

interface SyncOptions extends BatchOptions {
  db: string;
  prune?: boolean;
  wait: number;
  /** true: build the full-text index (over what the dataset holds too); false: a new dataset without one; absent: as the dataset has it */
  search?: boolean;
}

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
    release = await acquireLock(opts.db, opts.wait, opts.quiet ? undefined : info);
  } catch (err) {
    fatal((err as Error).message);
    return EXIT.cannotWrite;
  }
  const { DatasetSync, SearchIndexKept } = await import('../../dataset/index.js');
  const existed = existsSync(opts.db);
  let dataset: DatasetSync;
  try {
    // --explain needs each whole document here, and so renders its rows here too
    dataset = DatasetSync.open(opts.db, { search: opts.search, toolVersion: `${name} ${version}`, rowsHere: !!opts.explain });
  } catch (err) {
    release();
    if (err instanceof SearchIndexKept) { fatal(err.message); return EXIT.usage; }
    fatal(`cannot open ${opts.db}: ${(err as Error).message}`);
    return EXIT.cannotWrite;
  }
  const started = Date.now();
  try {
    const options: BatchOptions = {
      ...opts,
      mayBeUnchanged: (id) => dataset.mayBeUnchanged(id),
      accept: (raw) => dataset.accept(raw),
      onFailure: (p) => dataset.failed(p.path),
      // near-duplicates are named over the whole dataset once the run has written it
      duplicates: 'signature',
    };
    const summary = opts.explain
      ? await eachDocument(inputs, options, async (doc, signature) => dataset.storeDocument(doc, signature))
      : await eachRows(inputs, options, dataset.words, async (rows, signature) => dataset.store(rows, signature));
    // inputs that hold no document at all are a mistake (a folder of collections, say): nothing is pruned for them
    const nothing = summary.documents + summary.unchanged + summary.failed === 0;
    const { written, removed } = dataset.finish({ prune: !!opts.prune && !opts.shard && !nothing, complete: !interruptedExitCode() });
    if (nothing && !interruptedExitCode()) {
      dataset.close();
      if (!existed) for (const f of [opts.db, `${opts.db}-wal`, `${opts.db}-shm`]) rmSync(f, { force: true });
      fatal(noDocuments(opts.db, summary, existed));
      return EXIT.someFailed;
    }
    if (!opts.quiet) {
      const nothing = written === 0 && removed === 0 ? ' (nothing changed: no extraction done)' : '';
      info(`${opts.db}: ${written} processed, ${summary.unchanged} unchanged, ${removed} removed, ${failedCount(summary)}, ${((Date.now() - started) / 1000).toFixed(1)} s${nothing}`);
    }
    return interruptedExitCode() ?? (summary.failed > summary.known ? EXIT.someFailed : EXIT.ok);
  } catch (err) {
    if (err instanceof UsageError) { fatal(err.message); return EXIT.usage; }
    fatal(`cannot write ${opts.db}: ${(err as Error).message}`);
    return EXIT.cannotWrite;
  } finally {
    dataset.close();
    release();
  }
}

/** Why a sync whose inputs held no document wrote nothing, and how to give it the collections it passed over. */
function noDocuments(db: string, summary: BatchSummary, existed: boolean): string {
  const kept = existed ? `${db} is as it was` : `no ${db} was made`;
  if (summary.skipped.length === 0) return `${db}: the inputs hold no report to sync (.txt, .html …); ${kept}`;
  const globs = summary.skipped.map((s) => `'${collectionGlob(s.folder)}'`).join(' ');
  const files = summary.skipped.reduce((n, s) => n + s.files.length, 0);
  return `${db}: the inputs hold no report to sync, only collections (CSV, TSV or JSON Lines: ${files}), which a folder does not read; ${kept}. Give them as a glob: govmine sync ${globs} --db ${db}`;
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
