/**
 * The worker pool: threads that process documents a task at a time, each document under a time
 * limit. A document past its limit fails alone (the others of its task go again without it); a
 * document that crashes its worker is found by running each of that task's documents again on its
 * own. A lone small file is processed in the main thread instead (see `runsInline`).
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setTimeout as delay } from 'node:timers/promises';
import type { Piscina } from 'piscina';
import { mayBeDocument } from '../decode/index.js';
import { COLLECTION_EXTENSIONS } from '../ingest/index.js';
import { beforeOutputGoneExit } from './interrupt.js';
import { STAGES } from '../problems.js';
import type { Input, Outcome, Task } from '../worker.js';

/** A pool of worker threads. */
async function startPool(jobs: number): Promise<Piscina> {
  const { Piscina } = createRequire(import.meta.url)('piscina') as typeof import('piscina');
  return new Piscina({
    // the worker's bundle, built beside the command line's (scripts/bundle.mjs)
    filename: new URL('./worker.cjs', import.meta.url).href, minThreads: 1, maxThreads: jobs, idleTimeout: 1000,
    // a document's garbage is short-lived: a smaller young generation than V8's default keeps each
    // worker ~30 MB lighter (measured: 2 workers 353 MB peak instead of 413, at the same speed)
    resourceLimits: { maxYoungGenerationSizeMb: 16 },
  });
}

/** How long a pool that ends waits for its workers to end the documents they are on. */
const STOP_GRACE_MS = 1000;

/** Up to this size, one file given alone is processed in the main thread (see `runsInline`). */
const INLINE_MAX = 256 * 1024;

/**
 * Whether the inputs are one small report file. It is processed in the main thread: starting a worker
 * costs more than the document, and the stages are linear (tested), so 256 KB takes a fraction of a
 * second and needs no time limit. A PDF or Word file is not: PDF.js is no linear pass, so it keeps
 * its time limit in a worker (whose start costs less than loading PDF.js).
 */
export function runsInline(inputs: readonly string[], pathsFrom: string | undefined): boolean {
  if (inputs.length !== 1 || pathsFrom || COLLECTION_EXTENSIONS.test(inputs[0])) return false;
  try {
    const info = statSync(inputs[0]);
    return info.isFile() && info.size <= INLINE_MAX && !mayBeDocument(head(inputs[0]));
  } catch {
    return false;
  }
}

/** A file's first kilobyte. */
function head(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(1024);
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

export interface PoolOptions {
  jobs: number;
  /** seconds one document may take */
  timeout: number;
  /** process in the main thread, without workers */
  inline: boolean;
  /** start the threads only when the first task comes (a sync may find nothing to do) */
  lazy: boolean;
}

/** What every task of a batch shares: everything but its inputs. */
export type TaskKind = Omit<Task, 'inputs' | 'clock'>;

export class WorkerPool {
  private pool: Promise<Piscina> | null = null;
  /** set once the pool ends: a worker starts no further document of its task (in memory the workers share) */
  private readonly stop = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  /** the tasks in the workers or waiting for one */
  private readonly running = new Set<Promise<unknown>>();
  private ended: Promise<void> | null = null;
  private readonly unwatch: () => void;

  constructor(private readonly options: PoolOptions, private readonly kind: TaskKind) {
    // started at once (unless lazy), so that workers load while the main thread lists the inputs
    if (!options.inline && !options.lazy) this.pool = startPool(options.jobs);
    this.unwatch = options.inline ? () => {} : beforeOutputGoneExit(() => this.destroy());
  }

  /** The outcomes of a task's documents, in its order: each failure is an outcome, never a rejection. */
  async run(inputs: Input[]): Promise<Outcome[]> {
    if (inputs.length === 0) return [];
    const task: Task = { ...this.kind, inputs };
    if (this.options.inline) return (await import('../worker.js')).processTask(task);
    const limit = this.options.timeout * 1000;
    // the worker writes here when it starts each document ([0], ms since the epoch), which of the
    // task's documents that is ([1]) and the stage it is in ([2], an index into STAGES)
    const clock = new Float64Array(new SharedArrayBuffer(3 * Float64Array.BYTES_PER_ELEMENT));
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
      this.pool ??= startPool(this.options.jobs);
      const outcomes = (await this.pool).run({ ...task, clock, stop: this.stop }, { signal: abort.signal }) as Promise<Outcome[]>;
      this.running.add(outcomes);
      try {
        return await outcomes;
      } finally {
        this.running.delete(outcomes);
      }
    } catch (err) {
      error = err as Error;
    } finally {
      clearTimeout(timer);
    }
    if (abort.signal.aborted) {
      // the document past its limit fails; the others of its task go again without it
      const at = clock[1];
      const [before, after] = await Promise.all([this.run(inputs.slice(0, at)), this.run(inputs.slice(at + 1))]);
      const stage = STAGES[clock[2]] ?? 'ingest';
      return [...before, { ok: false, stage, kind: 'timeout', message: `took longer than --timeout (${this.options.timeout} s)` }, ...after];
    }
    // a document crashed the worker: each again on its own, so that only that one fails
    if (inputs.length > 1) return (await Promise.all(inputs.map((input) => this.run([input])))).flat();
    return [{ ok: false, stage: STAGES[clock[2]] ?? 'ingest', kind: 'internal', message: `internal error: ${error.message}`, stack: error.stack }];
  }

  /**
   * Ends the pool, once its workers have ended the documents they are on or after a second, whichever
   * comes first: a thread stopped in the middle of a document can bring Node down (see `watchPipes`),
   * and a long document should not hold up a stop that was asked for.
   */
  destroy(): Promise<void> {
    this.ended ??= (async () => {
      this.unwatch();
      Atomics.store(this.stop, 0, 1);
      const grace = Date.now() + STOP_GRACE_MS;
      while (this.running.size > 0 && Date.now() < grace) {
        await Promise.race([Promise.allSettled([...this.running]), delay(grace - Date.now(), null, { ref: false })]);
      }
      await (await this.pool)?.destroy();
    })();
    return this.ended;
  }
}
