/**
 * The worker-thread side of a batch: one document in, its processed result (or the problem that
 * stopped it) out. Each worker loads the jieba dictionary once, on its first document.
 */
import { signature } from './dedupe/index.js';
import { warmUp } from './extract/label.js';
import { processDocument, type PipelineOptions, type ProcessedDocument } from './pipeline.js';
import { StageError, type Stage } from './problems.js';
import { readFileSource, type RawDocument } from './ingest/index.js';

/** A document to process: its bytes, or (so that the main thread need not read them) its file. */
export interface Task {
  raw?: RawDocument;
  file?: { id: string; path: string; maxSize: number };
  options: PipelineOptions;
}

export type Outcome =
  | { ok: true; doc: ProcessedDocument; signature: Uint32Array | null; bytes: number }
  | { ok: false; stage: Stage; kind: string; message: string; stack?: string };

// the dictionary loads while the main thread is still listing and reading the inputs
warmUp();

export default function processTask({ raw, file, options }: Task): Outcome {
  try {
    // bytes arrive as a plain Uint8Array after crossing the thread boundary
    const input = file ? readFileSource(file.id, file.path, file.maxSize) : { ...raw!, bytes: Buffer.from(raw!.bytes.buffer, raw!.bytes.byteOffset, raw!.bytes.byteLength) };
    const doc = processDocument(input, options);
    return { ok: true, doc, signature: signature(doc.text), bytes: input.bytes.length };
  } catch (err) {
    if (err instanceof StageError) return { ok: false, stage: err.stage, kind: err.kind, message: err.message };
    const e = err as Error;
    return { ok: false, stage: 'extract', kind: 'internal', message: `internal error: ${e.message}`, stack: e.stack };
  }
}
