/**
 * The worker-thread side of a batch: one document in, its processed result (or the problem that
 * stopped it) out. Each worker loads the jieba dictionary once, on its first document.
 */
import { processDocument, type PipelineOptions, type ProcessedDocument } from './pipeline.js';
import { StageError, type Stage } from './problems.js';
import type { RawDocument } from './ingest/index.js';

export interface Task {
  raw: RawDocument;
  options: PipelineOptions;
}

export type Outcome =
  | { ok: true; doc: ProcessedDocument }
  | { ok: false; stage: Stage; kind: string; message: string; stack?: string };

export default function processTask({ raw, options }: Task): Outcome {
  // bytes arrive as a plain Uint8Array after crossing the thread boundary
  const bytes = Buffer.from(raw.bytes.buffer, raw.bytes.byteOffset, raw.bytes.byteLength);
  try {
    return { ok: true, doc: processDocument({ ...raw, bytes }, options) };
  } catch (err) {
    if (err instanceof StageError) return { ok: false, stage: err.stage, kind: err.kind, message: err.message };
    const e = err as Error;
    return { ok: false, stage: 'extract', kind: 'internal', message: `internal error: ${e.message}`, stack: e.stack };
  }
}
