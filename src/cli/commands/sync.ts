import { existsSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { Command } from 'commander';
import { name, version } from '../version.js';
import type { DatasetSync, SyncResult } from '../../dataset/index.js';
import { collectionGlob, eachDocument, eachRows, noInputs, RunRefused, type BatchOptions, type BatchSummary } from '../batch.js';
import { interrupted, interruptedExitCode } from '../interrupt.js';
import { acquireLock } from '../lock.js';
import { fatal, info, plural } from '../messages.js';
import { EXIT, percent, positiveNumber, documentCommand } from '../options.js';
import { failedCount, guardOutputs, refusing } from '../output.js';
import { UsageError } from '../safety.js';

interface SyncOptions extends BatchOptions {
  db: string;
  prune?: boolean;
  maxPrune: number;
  wait: number;
  /** true: build the full-text index (over what the dataset holds too); false: a new dataset without one; absent: as the dataset has it */
  search?: boolean;
}

const EXAMPLES = `
Examples:
  $ govmine sync crawl/ --db reports.db              add new and changed reports; unchanged ones are skipped
  $ govmine sync crawl/ --db reports.db --prune      also remove reports whose files are gone
  $ govmine sync crawl/ --db figures.db --no-search  a dataset without the full-text index: faster, smaller
  $ govmine sync /data/crawl --db /data/crawl.db --prune --errors /data/errors.jsonl \\
      --known-failures /data/errors.jsonl >>/data/sync.log 2>&1      every night, from cron
  $ sqlite3 reports.db "SELECT agency, period, sum(value) FROM indicator_records
      WHERE category = 'fine' AND status = 'actual' AND part_of IS NULL GROUP BY 1, 2"
                                                     fines by agency and the year they are of: each
                                                     year's own results, each amount once

What happens to each file:
  new or changed   processed; its rows replace what the dataset held of it
  unchanged        skipped without extraction (the same bytes, read by the same govmine version)
  failed           named on stderr and in --errors; a file the dataset holds keeps its last good rows,
                   marked stale (documents.stale_since and stale_reason): so does a file now empty,
                   and a page under half its last size that stops before </html> (a download cut short)
  deleted          kept, marked stale (stale_reason 'gone') and named in the summary; --prune removes it

A document is its file: its path is stored below the input folder it was found under (documents.root),
so crawl/, /data/crawl and . inside it, from any working directory, are the same documents.
--prune refuses (exit 2, nothing written) an input that holds no report (missing, empty, an
unmounted mount point) and a run that would remove more than --max-prune percent of the dataset.
Runs are safe to interrupt (Ctrl-C, kill -9): the database stays consistent and the next run
completes the work. A second sync of the same database waits for the first (up to --wait seconds),
saying for which process.

Exit codes: 0 done (failures that --known-failures lists leave it 0); 1 some inputs failed (anew);
2 bad usage, or --prune refused: nothing written; 3 the database could not be written, or another
sync held it longer than --wait; 130, 143 stopped by Ctrl-C, SIGTERM.`;

/** At most this many documents are named on a line of the summary; a query finds the others. */
const NAMED = 20;

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
  /** a dataset this run made and left empty goes again */
  const discard = () => { if (!existed) for (const f of [opts.db, `${opts.db}-wal`, `${opts.db}-shm`]) rmSync(f, { force: true }); };
  let dataset: DatasetSync;
  try {
    // --explain needs each whole document here, and so renders its rows here too
    dataset = DatasetSync.open(opts.db, {
      search: opts.search, toolVersion: `${name} ${version}`, rowsHere: !!opts.explain, typedFrom: [process.cwd(), dirname(resolve(opts.db))],
    });
  } catch (err) {
    release();
    if (err instanceof SearchIndexKept) { fatal(err.message); return EXIT.usage; }
    fatal(`cannot open ${opts.db}: ${(err as Error).message}`);
    return EXIT.cannotWrite;
  }
  const started = Date.now();
  // never for a shard, which does not see the other shards' files
  const prune = !!opts.prune && !opts.shard;
  try {
    const options: BatchOptions = {
      ...opts,
      onListed: (sources, given) => {
        const placed = dataset.listed(sources);
        if (placed.typed > 0 && !opts.quiet) info(typedPlaced(opts.db, placed));
        const refusals = prune ? dataset.pruneRefusals(given, opts.pathsFrom, opts.maxPrune, opts.db, shown) : [];
        if (refusals.length > 0) throw new RunRefused(`${opts.db}: --prune refused: nothing was written or removed`, refusals);
      },
      mayBeUnchanged: (id) => dataset.mayBeUnchanged(id),
      accept: (raw) => dataset.accept(raw),
      onFailure: (p) => dataset.failed(p),
      // near-duplicates are named over the whole dataset once the run has written it
      duplicates: 'signature',
    };
    const summary = opts.explain
      ? await eachDocument(inputs, options, async (doc, signature) => dataset.storeDocument(doc, signature))
      : await eachRows(inputs, options, dataset.words, async (rows, signature) => dataset.store(rows, signature));
    // inputs that hold no document at all are a mistake (a folder of collections, say): nothing is pruned or marked for them
    const nothing = summary.documents + summary.unchanged + summary.failed === 0;
    const result = dataset.finish({ prune, complete: !interrupted(), whole: !opts.shard && !nothing, maxPrune: opts.maxPrune });
    if (nothing && !interrupted()) {
      dataset.close();
      discard();
      fatal(noDocuments(opts.db, summary, existed));
      return EXIT.someFailed;
    }
    if (!opts.quiet) summaryLines(opts.db, summary, result, Date.now() - started).forEach((l) => info(l));
    if (result.withheld.length > 0) {
      fatal(`${opts.db}: --prune held back: it would remove ${result.withheld.length} documents, more than --max-prune ${opts.maxPrune}% of the dataset: ${named(result.withheld)}; if their files are gone for good, run again with --max-prune 100`);
      return EXIT.usage;
    }
    return interruptedExitCode() ?? (summary.failed > summary.known ? EXIT.someFailed : EXIT.ok);
  } catch (err) {
    if (err instanceof UsageError) {
      dataset.close();
      discard();
      fatal(err.message);
      return EXIT.usage;
    }
    fatal(`cannot write ${opts.db}: ${(err as Error).message}`);
    return EXIT.cannotWrite;
  } finally {
    dataset.close();
    release();
  }
}

/** A document's place as the user reads it: relative to the working directory where it is below it. */
function shown(at: string): string {
  if (!isAbsolute(at)) return at;
  const rel = relative(process.cwd(), at);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? at : rel;
}

function named(places: readonly string[]): string {
  const some = places.slice(0, NAMED).map(shown).join(', ');
  return places.length > NAMED ? `${some} and ${places.length - NAMED} more` : some;
}

/** The closing summary: the counts, then the documents removed, kept stale, gone and left aside, by name. */
function summaryLines(db: string, summary: BatchSummary, r: SyncResult, ms: number): string[] {
  const unchangedRun = r.written === 0 && r.removed.length === 0 && r.stale.length === 0 && r.gone.length === 0 && r.current === 0;
  const lines = [`${db}: ${r.written} processed, ${summary.unchanged} unchanged, ${r.removed.length} removed, ${failedCount(summary)}` +
    `${r.stale.length ? `, ${r.stale.length} stale` : ''}${r.gone.length ? `, ${r.gone.length} gone` : ''}, ${(ms / 1000).toFixed(1)} s` +
    `${unchangedRun ? ' (nothing changed: no extraction done)' : ''}`];
  if (r.removed.length) lines.push(`${db}: removed, their files no longer among the inputs: ${named(r.removed)}`);
  if (r.stale.length) lines.push(`${db}: failed, their last good rows kept and marked stale: ${named(r.stale)}`);
  if (r.gone.length) lines.push(`${db}: gone, kept and marked stale (--prune removes them): ${named(r.gone)}`);
  if (r.current) lines.push(`${db}: ${plural(r.current, 'stale document')} current again: ${r.current === 1 ? 'its file gives' : 'their files give'} the bytes of ${r.current === 1 ? 'its' : 'their'} rows`);
  if (r.outside) lines.push(`${db}: ${plural(r.outside, 'document')} of the dataset not among these inputs, kept (${r.outside === 1 ? 'its file is' : 'their files are'} still there, or not known)`);
  return lines;
}

/** What the listing did to an earlier version's typed paths. */
function typedPlaced(db: string, p: { typed: number; placed: number; dropped: number }): string {
  const left = p.typed - p.placed - p.dropped;
  return `${db}: ${plural(p.typed, 'document')} stored by an earlier govmine under paths as typed: ${p.placed} matched to their files, now each under its input folder` +
    `${p.dropped ? `, ${plural(p.dropped, 'copy', 'copies')} of the same files dropped` : ''}${left ? `, ${left} matched to no file among these inputs (kept as they were)` : ''}`;
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
    .option('--prune', 'remove documents whose files are no longer among the inputs (never for an input that holds no report)')
    .option('--max-prune <percent>', 'with --prune: stop, writing nothing, when more than this share of the dataset would go', percent('--max-prune'), 50)
    // --search first: defined after it, --no-search leaves the option unset unless given (the dataset decides)
    .option('--search', 'build the full-text index in a dataset made without one, over the documents it holds')
    .option('--no-search', 'make a new dataset without the full-text index of words (a faster first sync, a smaller dataset)')
    .option('--wait <seconds>', 'how long to wait for another sync of the same database', positiveNumber('--wait'), 60);
  return documentCommand(cmd, EXAMPLES, run);
}
