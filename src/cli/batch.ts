import { createReadStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import type { Piscina } from 'piscina';
import { DuplicateIndex } from '../dedupe/index.js';
import { openSink, SinkError } from '../emit/sink.js';
import { COLLECTION_EXTENSIONS } from '../ingest/index.js';
import { expandInputs, inShard, readDocuments, type CollectionOptions, type RawDocument, type Shard } from '../ingest/index.js';
import type { RenderedDocument } from '../emit/index.js';
import type { ProcessedDocument } from '../pipeline.js';
import { StageError, type Problem, type Stage } from '../problems.js';
import type { Input, Outcome, Task } from '../worker.js';
import { interrupted } from './interrupt.js';
import { explain, plural, reportProblem, warn } from './messages.js';
import { progress } from './progress.js';
import { canonicalPath, refuseInputsAsOutputs, UsageError, type Output } from './safety.js';

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
  /** a file to write every failure to, as JSON Lines {path, stage, kind, message} */
  errors?: string;
  /** a file (or - for stdin) listing more inputs, one path per line or JSON Lines {path} */
  pathsFrom?: string;
  /** only the K-th (0-based `index`) of `count` stable partitions of the input list */
  shard?: Shard;
  /** decides, before any work, whether a document needs processing (false: unchanged, skipped) */
  accept?: (raw: RawDocument) => boolean;
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
  /** documents `accept` turned away as unchanged */
  unchanged: number;
}

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
  const pattern = `${folder.replace(/\/+$/, '')}/**/*.{csv,tsv,jsonl,ndjson}`;
  warn(folder, `${plural(files.length, 'collection')} (CSV, TSV or JSON Lines) inside the folder not read: ${names}. ` +
    `Only report files (.txt, .html …) are taken from a folder; to read a collection, name it or give a glob ('${pattern}')`);
}

/** A pool of worker threads. */
async function startPool(jobs: number): Promise<Piscina> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: new URL('../worker.js', import.meta.url).href, minThreads: 1, maxThreads: jobs, idleTimeout: 1000,
    // a document's garbage is short-lived: a smaller young generation than V8's default keeps each
    // worker ~30 MB lighter (measured: 2 workers 353 MB peak instead of 413, at the same speed)
    resourceLimits: { maxYoungGenerationSizeMb: 16 },
  });
  return pool;
}

/** Up to this size, one file given alone is processed in the main thread (see `inline`). */
const INLINE_MAX = 256 * 1024;

/**
 * Whether the inputs are one small report file. It is processed in the main thread: starting a worker
 * costs more than the document, and the stages are linear (tested), so 256 KB takes a fraction of a
 * second and needs no time limit.
 */
function inline(inputs: readonly string[], options: BatchOptions): boolean {
  if (inputs.length !== 1 || options.pathsFrom || COLLECTION_EXTENSIONS.test(inputs[0])) return false;
  try {
    const info = statSync(inputs[0]);
    return info.isFile() && info.size <= INLINE_MAX;
  } catch {
    return false;
  }
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
  return eachResult(inputs, options, undefined, onDocument as OnResult);
}

/** The same loop, with the workers writing each document out in `render`'s format: the main thread then only places it. */
export async function eachRendered(
  inputs: readonly string[],
  options: BatchOptions,
  render: NonNullable<Task['render']>,
  onDocument: (doc: RenderedDocument) => Promise<void>,
): Promise<BatchSummary> {
  return eachResult(inputs, options, render, onDocument as OnResult);
}

type OnResult = (doc: ProcessedDocument | RenderedDocument, signature: Uint32Array | null) => Promise<void>;

async function eachResult(
  inputs: readonly string[],
  options: BatchOptions,
  render: Task['render'],
  onDocument: OnResult,
): Promise<BatchSummary> {
  const failures: Problem[] = [];
  const report = (p: Problem) => { reportProblem(p); failures.push(p); options.onFailure?.(p); };
  let refused = false;
  try {
    return await processAll(inputs, options, render, report, onDocument);
  } catch (err) {
    refused = err instanceof UsageError;
    throw err;
  } finally {
    // written whole at the end, even when empty, so that a cron job can always read it (but not
    // when the run was refused before reading anything: that file could be an input)
    if (options.errors && !refused) {
      const sink = openSink(options.errors);
      await sink.write(failures.map((f) => JSON.stringify({ path: f.path, stage: f.stage, kind: f.kind, message: f.message }) + '\n').join(''));
      await sink.commit();
    }
  }
}

async function processAll(
  inputs: readonly string[],
  options: BatchOptions,
  render: Task['render'],
  report: (p: Problem) => void,
  onDocument: OnResult,
): Promise<BatchSummary> {
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const here = inline(inputs, options);
  const startPoolHere = () => startPool(jobs);
  // started before the inputs are listed, so that workers load while the main thread reads; a sync
  // that may find nothing changed starts them only when a document needs work
  let pool: Promise<Piscina> | null = options.accept || here ? null : startPoolHere();
  const expanded = await expandInputs(options.pathsFrom ? [...inputs, ...(await readPathList(options.pathsFrom))] : inputs);
  try {
    const listed = options.pathsFrom && options.pathsFrom !== '-' ? [{ id: options.pathsFrom, path: options.pathsFrom }] : [];
    refuseInputsAsOutputs(options.outputs ?? [], [...listed, ...expanded.sources]);
  } catch (err) {
    await (await pool)?.destroy();
    throw err;
  }
  const { problems } = expanded;
  if (!options.quiet) {
    // this run's own outputs left in an input folder are skipped as they should be, without a word
    const own = new Set((options.outputs ?? []).map((o) => canonicalPath(o.path)));
    for (const { folder, files } of expanded.skipped) {
      const others = own.size ? files.filter((f) => !own.has(canonicalPath(f))) : files;
      if (others.length > 0) warnSkipped(folder, others);
    }
  }
  const sources = options.shard ? expanded.sources.filter((s) => inShard(s.id, options.shard!)) : expanded.sources;
  problems.forEach(report);
  if (sources.length === 0) { await (await pool)?.destroy(); return { documents: 0, failed: problems.length, unchanged: 0 }; }

  const duplicates = (options.duplicates ?? 'batch') === 'batch' ? new DuplicateIndex() : null;
  let failed = problems.length;
  let documents = 0;
  let unchanged = 0;

  const limit = options.timeout * 1000;
  const run = async (batch: Input[]): Promise<Outcome[]> => {
    if (batch.length === 0) return [];
    const task: Task = { inputs: batch, options: { encoding: options.encoding }, render, duplicates: options.duplicates !== 'none' };
    if (here) return (await import('../worker.js')).processTask(task);
    const clock = new Float64Array(new SharedArrayBuffer(2 * Float64Array.BYTES_PER_ELEMENT));
    const abort = new AbortController();
    // each document may take --timeout seconds from when a worker starts on it (a worker still
    // loading, or busy with other tasks, is not its fault): checked when that time could be up
    let timer: NodeJS.Timeout;
    const watch = () => {
      const left = clock[0] === 0 ? limit : clock[0] + limit - Date.now();
      if (left <= 0) abort.abort(); else timer = setTimeout(watch, left);
    };
    timer = setTimeout(watch, limit);
    let error: Error;
    try {
      pool ??= startPoolHere();
      return (await (await pool).run({ ...task, clock }, { signal: abort.signal })) as Outcome[];
    } catch (err) {
      error = err as Error;
    } finally {
      clearTimeout(timer);
    }
    if (abort.signal.aborted) {
      // the document past its limit fails; the others of its task go again without it
      const at = clock[1];
      const [before, after] = await Promise.all([run(batch.slice(0, at)), run(batch.slice(at + 1))]);
      return [...before, { ok: false, stage: 'extract', kind: 'timeout', message: `took longer than --timeout (${options.timeout} s)` }, ...after];
    }
    // a document crashed the worker: each again on its own, so that only that one fails
    if (batch.length > 1) return (await Promise.all(batch.map((input) => run([input])))).flat();
    return [{ ok: false, stage: 'extract', kind: 'internal', message: `internal error: ${error.message}`, stack: error.stack }];
  };

  const finish = async (id: string, outcome: Outcome) => {
    if (!outcome.ok) {
      bar.tick(0);
      failed++;
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
  const batchSize = Math.max(1, Math.min(render ? 32 : 8, Math.floor(sources.length / (jobs * 4))));
  // results are handed on in input order; a window of a few tasks per worker keeps the workers busy
  // while a slow document holds the head of the line
  const pending: Array<{ id: string; outcome: Promise<Outcome> }> = [];
  const bar = progress(sources.length, !!options.quiet);
  const maxSize = options.maxSize * 1024 * 1024;
  const window = jobs * Math.max(32, batchSize * 4);
  let batch: Array<{ id: string; input: Input }> = [];
  const send = () => {
    if (batch.length === 0) return;
    const outcomes = run(batch.map((b) => b.input));
    batch.forEach((b, i) => pending.push({ id: b.id, outcome: outcomes.then((o) => o[i]) }));
    batch = [];
  };
  const add = async (id: string, input: Input) => {
    batch.push({ id, input });
    if (batch.length >= batchSize) send();
    while (pending.length >= window && !interrupted()) { const next = pending.shift()!; await finish(next.id, await next.outcome); }
  };
  const failedEarly = (id: string, e: { stage: Stage; kind: string; message: string }) => {
    send(); // keeps input order
    pending.push({ id, outcome: Promise.resolve({ ok: false, stage: e.stage, kind: e.kind, message: e.message }) });
  };
  try {
    for (const source of sources) {
      if (interrupted()) break;
      // a plain file is read by its worker; the main thread reads only what it must look at first
      // (collections, standard input, and every file when `accept` decides on its bytes)
      if (source.path !== null && !options.accept && !COLLECTION_EXTENSIONS.test(source.path)) {
        await add(source.id, { file: { id: source.id, path: source.path, maxSize } });
        continue;
      }
      try {
        for await (const item of readDocuments(source, { maxSize, textColumn: options.textColumn, idColumn: options.idColumn })) {
          if ('error' in item) { failedEarly(item.id, item.error); continue; }
          if (options.accept && !options.accept(item)) { unchanged++; bar.tick(item.bytes.length); continue; }
          await add(item.id, { raw: item });
          if (interrupted()) break;
        }
      } catch (err) {
        if (err instanceof SinkError) throw err;
        failedEarly(source.id, err instanceof StageError ? err : new StageError('ingest', 'unreadable', (err as Error).message));
      }
    }
    send();
    // on a signal, documents still in the workers are dropped: a finished document is never cut short
    while (pending.length > 0 && !interrupted()) {
      const next = pending.shift()!;
      const outcome = await Promise.race([next.outcome, stopped()]);
      if (outcome) await finish(next.id, outcome);
    }
  } finally {
    bar.stop();
    await (await pool)?.destroy();
  }
  return { documents, failed, unchanged };
}
