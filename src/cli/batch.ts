import { createReadStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { DuplicateIndex } from '../dedupe/index.js';
import { SinkError } from '../emit/sink.js';
import { COLLECTION_EXTENSIONS } from '../ingest/index.js';
import { expandInputs, fsPath, inShard, readDocuments, type CollectionOptions, type FileSource, type RawDocument, type Shard, type Source } from '../ingest/index.js';
import type { RenderedDocument } from '../emit/index.js';
import type { DocumentRows } from '../dataset/index.js';
import type { ProcessedDocument } from '../pipeline.js';
import { StageError, type Problem, type Stage } from '../problems.js';
import type { Input, Outcome, Task } from '../worker.js';
import { exactArguments } from './arguments.js';
import { ErrorsFile, failureKey, readKnownFailures } from './failures.js';
import { interrupted } from './interrupt.js';
import { explain, plural, reportProblem, warn } from './messages.js';
import { runsInline, WorkerPool } from './pool.js';
import { progress } from './progress.js';
import { canonicalPath, ownOutputOf, refuseInputsAsOutputs, UsageError, type Output } from './safety.js';

export interface BatchOptions extends CollectionOptions {
  encoding?: string;
  /** megabytes */
  maxSize: number;
  /** seconds one document may take */
  timeout: number;
  /** worker threads */
  jobs?: number;
  quiet?: boolean;
  debug?: boolean;
  explain?: boolean;
  /** a file to write every failure to, as JSON Lines {path, stage, kind, message}: emptied once the inputs are listed, written as failures come */
  errors?: string;
  /**
   * An earlier --errors file: a failure it lists (the same path, stage and kind) is known, and
   * alone does not make the exit code 1. A file that is not there lists none.
   */
  knownFailures?: string;
  /** a file (or - for stdin) listing more inputs, one path per line or JSON Lines {path} */
  pathsFrom?: string;
  /** only the K-th (0-based `index`) of `count` stable partitions of the input list */
  shard?: Shard;
  /**
   * Decides, before any work, whether a document needs processing (false: unchanged, skipped); a
   * StageError it throws fails the document.
   */
  accept?: (raw: RawDocument) => boolean;
  /**
   * Told the sources once they are listed, before any work, and the inputs given as arguments, as
   * the sources spell them (Source.input); a RunRefused it throws stops the run (its problems
   * reported, and written to --errors).
   */
  onListed?: (sources: readonly Source[], inputs: readonly string[]) => void;
  /**
   * With `accept`: whether `accept` could turn this input away (a document the caller already
   * holds). When it could not, its file is read by its worker, not by the main thread, and `accept`
   * is not asked.
   */
  mayBeUnchanged?: (id: string) => boolean;
  /** told of every failure, after it is reported */
  onFailure?: (p: Problem) => void;
  /**
   * Near-duplicates: 'batch' (the default) flags each document that repeats an earlier one of this
   * batch (duplicateOf); 'signature' only hands each document's signature to the caller, which
   * compares them itself (sync, over its whole dataset); 'none' skips both, for an output that never
   * shows them.
   */
  duplicates?: 'batch' | 'signature' | 'none';
  /** --force: replace an existing output that govmine did not write (never an input) */
  force?: boolean;
  /** what this run writes: none may be an input (checked once the inputs are listed) */
  outputs?: Output[];
}

export interface BatchSummary {
  /** documents processed */
  documents: number;
  /** inputs that failed, each already reported */
  failed: number;
  /** of those, the ones --known-failures lists */
  known: number;
  /** documents `accept` turned away as unchanged */
  unchanged: number;
  /** per folder given, the collections inside it, which a folder does not read (this run's own outputs left out) */
  skipped: Array<{ folder: string; files: string[] }>;
}

/** Thrown by onListed: the run stops before any work, its problems reported first (exit 2). */
export class RunRefused extends UsageError {
  constructor(message: string, readonly problems: Problem[]) {
    super(message);
  }
}

/** The glob that reads the collections a folder holds. */
export const collectionGlob = (folder: string) => `${folder.replace(/\/+$/, '')}/**/*.{csv,tsv,jsonl,ndjson}`;

/** Whether a command was given nothing to read at all (bad usage, exit 2). */
export const noInputs = (inputs: readonly string[], options: BatchOptions) => inputs.length === 0 && !options.pathsFrom;

/** Input paths listed one per line, or as JSON Lines objects with a `path`. */
async function readPathList(from: string): Promise<string[]> {
  const input = from === '-' ? process.stdin : createReadStream(from);
  const paths: string[] = [];
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    const t = line.trim();
    if (!t) continue;
    if (t.startsWith('{')) {
      try {
        const path = (JSON.parse(t) as { path?: unknown }).path;
        if (typeof path === 'string') { paths.push(path); continue; }
      } catch { /* not JSON: a path that starts with { */ }
    }
    paths.push(t);
  }
  return paths;
}

/** Collections below a folder are not read (they may be earlier outputs): say so, and how to read them. */
function warnSkipped(folder: string, files: readonly string[]): void {
  const names = files.slice(0, 3).join(', ') + (files.length > 3 ? ', …' : '');
  warn(folder, `${plural(files.length, 'collection')} (CSV, TSV or JSON Lines) inside the folder not read: ${names}. ` +
    `Only report files (.txt, .html …) are taken from a folder; to read a collection, name it or give a glob ('${collectionGlob(folder)}')`);
}

/** Resolves (with nothing) once a signal asks the run to stop. */
function stopped(): Promise<null> {
  return new Promise((resolve) => {
    const check = setInterval(() => { if (interrupted()) { clearInterval(check); resolve(null); } }, 50);
    check.unref();
  });
}

/**
 * The loop every document command shares: expand the inputs, process the documents on a pool of
 * worker threads (each under a time limit), and hand them to `onDocument` in input order, whatever
 * the number of threads. What fails is reported and the rest goes on; near-duplicates of earlier
 * documents are flagged.
 */
export async function eachDocument(
  inputs: readonly string[],
  options: BatchOptions,
  onDocument: (doc: ProcessedDocument, signature: Uint32Array | null) => Promise<void>,
): Promise<BatchSummary> {
  return eachResult(inputs, options, {}, onDocument as OnResult);
}

/** The same loop, with the workers writing each document out in `render`'s format: the main thread then only places it. */
export async function eachRendered(
  inputs: readonly string[],
  options: BatchOptions,
  render: NonNullable<Task['render']>,
  onDocument: (doc: RenderedDocument) => Promise<void>,
): Promise<BatchSummary> {
  return eachResult(inputs, options, { render }, onDocument as OnResult);
}

/**
 * The same loop, with the workers rendering each document's database rows (`words`: and the words
 * of the full-text index): the main thread then only binds them.
 */
export async function eachRows(
  inputs: readonly string[],
  options: BatchOptions,
  words: boolean,
  onDocument: (doc: DocumentRows, signature: Uint32Array | null) => Promise<void>,
): Promise<BatchSummary> {
  return eachResult(inputs, options, { rows: { words } }, onDocument as OnResult);
}

type OnResult = (doc: ProcessedDocument | RenderedDocument | DocumentRows, signature: Uint32Array | null) => Promise<void>;
/** What the workers hand back: the document itself, its output written, or its rows. */
type WorkerOutput = Pick<Task, 'render' | 'rows'>;

async function eachResult(
  inputs: readonly string[],
  options: BatchOptions,
  output: WorkerOutput,
  onDocument: OnResult,
): Promise<BatchSummary> {
  const known = options.knownFailures ? readKnownFailures(options.knownFailures) : new Set<string>();
  const errors = new ErrorsFile(options.errors);
  const tally = { failed: 0, known: 0 };
  const report = (p: Problem) => {
    const isKnown = known.has(failureKey(p));
    reportProblem(p, isKnown);
    errors.add(p);
    tally.failed++;
    if (isKnown) tally.known++;
    options.onFailure?.(p);
  };
  try {
    const summary = await processAll(inputs, options, output, report, onDocument, () => errors.open());
    return { ...summary, failed: tally.failed, known: tally.known };
  } finally {
    errors.close();
  }
}

/** Endings of the files govmine writes (reports and pages, CSV, JSON, JSON Lines): only those may be one of its outputs. */
const MAY_BE_OUTPUT = /\.(?:html?|csv|tsv|json|jsonl|ndjson)$/i;

/**
 * The inputs, expanded and checked: refuses (UsageError) a run that would write over one of them.
 * govmine's own outputs (a report or page it wrote, its CSV or JSON) are not read as reports: found
 * in a folder or by a glob they are left out (named in a warning, but for this run's own outputs),
 * and one named is a problem (kind own-output), the other inputs going on.
 */
async function listSources(inputs: readonly string[], options: BatchOptions) {
  const given = exactArguments(inputs);
  const expanded = await expandInputs(options.pathsFrom ? [...given, ...(await readPathList(options.pathsFrom))] : given);
  const listed = options.pathsFrom && options.pathsFrom !== '-' ? [{ id: options.pathsFrom, path: options.pathsFrom }] : [];
  const own = new Set((options.outputs ?? []).map((o) => canonicalPath(o.path)));
  const outputsFound = new Map<string, string[]>();
  const isOwn = (path: string, at: string | Buffer = path) => MAY_BE_OUTPUT.test(path) && ownOutputOf(at) !== null;
  const found = expanded.sources.filter((s) => {
    if (s.path === null || s.input === s.id || !isOwn(s.path, fsPath(s as FileSource))) return true;
    if (!own.has(canonicalPath(s.path))) outputsFound.set(s.input, [...(outputsFound.get(s.input) ?? []), s.id]);
    return false;
  });
  refuseInputsAsOutputs(options.outputs ?? [], [...listed, ...found]);
  const problems = [...expanded.problems];
  const all = found.filter((s) => {
    const what = s.path !== null && s.input === s.id && MAY_BE_OUTPUT.test(s.path) ? ownOutputOf(fsPath(s as FileSource)) : null;
    if (what) problems.push({ path: s.id, stage: 'ingest', kind: 'own-output', message: `${what}: govmine's own output is not read as a report` });
    return !what;
  });
  // this run's own outputs, and govmine's, left in an input folder are skipped as they should be
  const skipped = expanded.skipped.map(({ folder, files }) => ({ folder, files: files.filter((f) => !own.has(canonicalPath(f)) && !isOwn(f)) }))
    .filter((s) => s.files.length > 0);
  if (!options.quiet) {
    for (const { folder, files } of skipped) warnSkipped(folder, files);
    for (const [input, files] of outputsFound) warn(input, `${plural(files.length, 'file')} govmine wrote (its reports, pages, CSV or JSON) not read as reports: ${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''}`);
  }
  const sources = options.shard ? all.filter((s) => inShard(s.name, options.shard!)) : all;
  return { sources, problems, skipped, inputs: expanded.inputs.slice(0, given.length) };
}

/** Each file's size, for the time left (standard input's is not known: 0). */
function sizesOf(sources: readonly Source[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const s of sources) {
    if (s.path === null) continue;
    try { sizes.set(s.id, statSync(fsPath(s as FileSource)).size); } catch { /* reported when it is read */ }
  }
  return sizes;
}

async function processAll(
  inputs: readonly string[],
  options: BatchOptions,
  output: WorkerOutput,
  report: (p: Problem) => void,
  onDocument: OnResult,
  listedOk: () => void,
): Promise<Omit<BatchSummary, 'failed' | 'known'>> {
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  // started before the inputs are listed, so that workers load while the main thread reads; a sync
  // that may find nothing changed starts them only when a document needs work
  const inline = runsInline(inputs, options.pathsFrom);
  const pool = new WorkerPool(
    { jobs, timeout: options.timeout, inline, lazy: !!options.accept },
    { options: { encoding: options.encoding, alone: inline }, ...output, duplicates: options.duplicates !== 'none' },
  );
  let listed: Awaited<ReturnType<typeof listSources>>;
  try {
    listed = await listSources(inputs, options);
  } catch (err) {
    await pool.destroy();
    throw err;
  }
  const { sources, problems, skipped } = listed;
  try {
    listedOk();
    problems.forEach(report);
    options.onListed?.(sources, listed.inputs);
  } catch (err) {
    if (err instanceof RunRefused) err.problems.forEach(report);
    await pool.destroy();
    throw err;
  }
  if (sources.length === 0) { await pool.destroy(); return { documents: 0, unchanged: 0, skipped }; }

  const duplicates = (options.duplicates ?? 'batch') === 'batch' ? new DuplicateIndex() : null;
  let documents = 0;
  let unchanged = 0;
  const sizes = options.quiet || sources.length < 2 ? new Map<string, number>() : sizesOf(sources);
  const bar = progress(sources.length, [...sizes.values()].reduce((a, b) => a + b, 0), !!options.quiet);

  const finish = async (id: string, outcome: Outcome) => {
    if (!outcome.ok) {
      bar.tick(sizes.get(id) ?? 0);
      const message = options.debug && outcome.stack ? outcome.stack : outcome.kind === 'internal' ? `${outcome.message} (run with --debug for details)` : outcome.message;
      report({ path: id, stage: outcome.stage, kind: outcome.kind, message });
      return;
    }
    bar.tick(outcome.bytes);
    const doc = outcome.doc;
    if (duplicates) doc.duplicateOf = duplicates.add(id, outcome.signature);
    if (!options.quiet) doc.warnings.forEach((w) => warn(doc.doc, w));
    if (options.explain && 'dropped' in doc) explain(doc);
    documents++;
    await onDocument(doc, outcome.signature);
  };

  // several documents per message (each message costs the main thread, which shares the machine with
  // the workers): 32 written-out documents, or 8 whole ones (they weigh more in the main thread while
  // they wait for their turn); fewer when there are few, so that every worker gets some
  const batchSize = Math.max(1, Math.min(output.render || output.rows ? 32 : 8, Math.floor(sources.length / (jobs * 4))));
  const queue = new InOrder(pool, batchSize, jobs * Math.max(32, batchSize * 4), finish);
  const maxSize = options.maxSize * 1024 * 1024;
  try {
    for (const source of sources) {
      if (interrupted()) break;
      // a plain file is read by its worker; the main thread reads only what it must look at first
      // (collections, standard input, and the files `accept` decides on by their bytes)
      const unread = !options.accept || (options.mayBeUnchanged && !options.mayBeUnchanged(source.id));
      if (source.path !== null && unread && !COLLECTION_EXTENSIONS.test(source.path)) {
        await queue.add(source.id, { file: { ...source, path: source.path, maxSize } });
        continue;
      }
      try {
        for await (const item of readDocuments(source, { maxSize, textColumn: options.textColumn, idColumn: options.idColumn })) {
          if ('error' in item) { queue.failed(item.id, item.error); continue; }
          let needed = true;
          try {
            needed = !options.accept || options.accept(item);
          } catch (err) {
            if (!(err instanceof StageError)) throw err;
            queue.failed(item.id, err);
            continue;
          }
          if (!needed) { unchanged++; bar.skip(item.bytes.length); continue; }
          await queue.add(item.id, { raw: item });
          if (interrupted()) break;
        }
      } catch (err) {
        if (err instanceof SinkError) throw err;
        queue.failed(source.id, err instanceof StageError ? err : new StageError('ingest', 'unreadable', (err as Error).message));
      }
    }
    await queue.drain();
  } finally {
    bar.stop();
    await pool.destroy();
  }
  return { documents, unchanged, skipped };
}

/**
 * Documents on their way through the pool, handed on in input order. Sent a task at a time; a
 * window of a few tasks per worker keeps the workers busy while a slow document holds the head of
 * the line.
 */
class InOrder {
  private pending: Array<{ id: string; outcome: Promise<Outcome> }> = [];
  private task: Array<{ id: string; input: Input }> = [];

  constructor(
    private readonly pool: WorkerPool,
    private readonly taskSize: number,
    private readonly window: number,
    private readonly finish: (id: string, outcome: Outcome) => Promise<void>,
  ) {}

  private send(): void {
    if (this.task.length === 0) return;
    const task = this.task;
    this.task = [];
    const outcomes = this.pool.run(task.map((t) => t.input));
    task.forEach((t, i) => this.pending.push({ id: t.id, outcome: outcomes.then((o) => o[i]) }));
  }

  async add(id: string, input: Input): Promise<void> {
    this.task.push({ id, input });
    if (this.task.length >= this.taskSize) this.send();
    while (this.pending.length >= this.window && !interrupted()) { const next = this.pending.shift()!; await this.finish(next.id, await next.outcome); }
  }

  /** A document that failed before it could be sent, in its place in the order. */
  failed(id: string, e: { stage: Stage; kind: string; message: string }): void {
    this.send(); // keeps input order
    this.pending.push({ id, outcome: Promise.resolve({ ok: false, stage: e.stage, kind: e.kind, message: e.message }) });
  }

  /** Hands on everything still on its way; on a signal, documents still in the workers are dropped (a finished document is never cut short). */
  async drain(): Promise<void> {
    this.send();
    while (this.pending.length > 0 && !interrupted()) {
      const next = this.pending.shift()!;
      const outcome = await Promise.race([next.outcome, stopped()]);
      if (outcome) await this.finish(next.id, outcome);
    }
  }
}
