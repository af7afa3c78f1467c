/**
 * The worker-thread side of a batch: a few documents in, each one's processed result (or the problem
 * that stopped it) out. Each worker thread loads the jieba dictionary once, when it starts (thread.ts).
 */
import { createRequire } from 'node:module';
import { signature } from './dedupe/index.js';
import { renderDocument, serializer, type Format, type RenderedDocument, type SerializerOptions } from './emit/index.js';
import { processFile, type PipelineOptions, type ProcessedDocument } from './pipeline.js';
import { currentStage, inStage, StageError, watchStages, type Stage } from './problems.js';
import { documentRows, sha256Of, type DocumentRows } from './dataset/index.js';
import { readFileSource, type FileSource, type RawDocument } from './ingest/index.js';

/** piscina, which the pool's entry alone needs: loaded on its first call (see runTask). */
const load = createRequire(import.meta.url);

/** A document to process: its bytes, or (so that the main thread need not read them) its file. */
export type Input = { raw: RawDocument } | { file: FileSource & { maxSize: number } };

/** Documents go to a worker a few at a time: one message per document would keep the main thread busy. */
export interface Task {
  /**
   * When the worker started on the document it is processing (ms since the epoch, 0 before the
   * first) and that document's place in `inputs`, in memory the main thread shares: it stops a task
   * whose current document runs past its time limit, and knows which document that was, without a
   * message per document. Absent when the main thread processes the task itself.
   */
  clock?: Float64Array;
  /** set (to 1) by the main thread when the run ends: no further document of the task is started */
  stop?: Int32Array;
  inputs: Input[];
  options: PipelineOptions;
  /** write the document out here, so that only its output crosses back to the main thread */
  render?: { format: Format } & SerializerOptions;
  /** render the document's database rows here (sync), so that the main thread only binds them; `words`: with the full-text index's */
  rows?: { words: boolean };
  /** compute the signature that near-duplicate detection compares (not when the output never shows it) */
  duplicates: boolean;
}

export type Outcome =
  | { ok: true; doc: ProcessedDocument | RenderedDocument | DocumentRows; signature: Uint32Array | null; bytes: number }
  | { ok: false; stage: Stage; kind: string; message: string; stack?: string };

/**
 * A task's outcomes, where they are computed (the main thread runs a lone small file itself). One
 * document after another: a PDF or Word file is read asynchronously, and the clock is each one's.
 */
export async function processTask(task: Task): Promise<Outcome[]> {
  watchStages(task.clock ?? null);
  const outcomes: Outcome[] = [];
  for (const [i, input] of task.inputs.entries()) {
    if (task.stop && Atomics.load(task.stop, 0) === 1) {
      outcomes.push({ ok: false, stage: 'ingest', kind: 'stopped', message: 'not processed: the run stopped first' });
      continue;
    }
    if (task.clock) { task.clock[1] = i; task.clock[2] = 0; task.clock[0] = Date.now(); }
    outcomes.push(await processInput(input, task));
  }
  return outcomes;
}

/**
 * The pool's entry: the same, with the rendered bytes handed over to the main thread rather than
 * copied. piscina is loaded here, not at the top: the main thread loads this module for a lone file,
 * and piscina would add 35 ms to that cold start.
 */
export default async function runTask(task: Task): Promise<Outcome[]> {
  const outcomes = await processTask(task);
  const { move, transferableSymbol, valueSymbol } = load('piscina') as typeof import('piscina');
  const buffers = outcomes.flatMap(handedOver);
  return move({ [transferableSymbol]: buffers, [valueSymbol]: outcomes } as never) as unknown as Outcome[];
}

/** The bytes an outcome hands over without a copy: a rendered document's output, or its rows' JSON. */
function handedOver(o: Outcome): ArrayBufferLike[] {
  if (!o.ok) return [];
  if ('output' in o.doc) return [o.doc.output.buffer];
  if ('document' in o.doc) return [o.doc.sections.buffer, o.doc.indicators.buffer, ...(o.doc.words ? [o.doc.words.buffer] : [])];
  return [];
}

async function processInput(given: Input, { options, render, rows, duplicates }: Task): Promise<Outcome> {
  try {
    // bytes arrive as a plain Uint8Array after crossing the thread boundary
    const input = inStage('ingest', () => ('file' in given
      ? readFileSource(given.file, given.file.maxSize)
      : { ...given.raw, bytes: Buffer.from(given.raw.bytes.buffer, given.raw.bytes.byteOffset, given.raw.bytes.byteLength) }));
    const doc = await processFile(input, options);
    const sig = duplicates ? inStage('dedupe', () => signature(doc.text)) : null;
    const result = inStage('emit', () => (render ? renderDocument(doc, serializer(render.format, render)) : rows ? documentRows(doc, { sha256: sha256Of(input.bytes), size: input.bytes.length }, rows.words) : doc));
    return { ok: true, doc: result, signature: sig, bytes: input.bytes.length };
  } catch (err) {
    if (err instanceof StageError) return { ok: false, stage: err.stage, kind: err.kind, message: err.message, ...(err.kind === 'internal' ? { stack: err.stack } : {}) };
    // between two stages: reported in the one entered last
    const e = err as Error;
    return { ok: false, stage: currentStage(), kind: 'internal', message: `internal error: ${e.message}`, stack: e.stack };
  }
}
