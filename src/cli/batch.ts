import { DuplicateIndex } from '../dedupe/index.js';
import { SinkError } from '../emit/sink.js';
import { expandInputs, readDocuments, type CollectionOptions } from '../ingest/index.js';
import { processDocument, type ProcessedDocument } from '../pipeline.js';
import { StageError, type Problem } from '../problems.js';
import { explain, reportProblem, warn } from './messages.js';

export interface BatchOptions extends CollectionOptions {
  encoding?: string;
  /** megabytes */
  maxSize: number;
  quiet?: boolean;
  debug?: boolean;
  explain?: boolean;
}

export interface BatchSummary {
  /** documents processed */
  documents: number;
  /** inputs that failed, each already reported */
  failed: number;
  /** nothing was given to read */
  empty: boolean;
}

/** The problem a failed document gives the user; an internal error keeps its stack only with --debug. */
function problemOf(path: string, err: unknown, debug: boolean): Problem {
  if (err instanceof StageError) return { path, stage: err.stage, kind: err.kind, message: err.message };
  const e = err as Error;
  return { path, stage: 'extract', kind: 'internal', message: debug ? e.stack ?? e.message : `internal error: ${e.message} (run with --debug for details)` };
}

/**
 * The loop every document command shares: expand the inputs, read and process each document in
 * path order, report what fails and go on, flag near-duplicates of earlier documents, and hand
 * each processed document to `onDocument`.
 */
export async function eachDocument(
  inputs: readonly string[],
  options: BatchOptions,
  onDocument: (doc: ProcessedDocument) => Promise<void>,
): Promise<BatchSummary> {
  const { sources, problems } = await expandInputs(inputs);
  problems.forEach(reportProblem);
  const duplicates = new DuplicateIndex();
  let failed = problems.length;
  let documents = 0;
  for (const source of sources) {
    try {
      for await (const item of readDocuments(source, { maxSize: options.maxSize * 1024 * 1024, textColumn: options.textColumn, idColumn: options.idColumn })) {
        if ('error' in item) {
          failed++;
          reportProblem(problemOf(item.id, item.error, !!options.debug));
          continue;
        }
        let doc: ProcessedDocument;
        try {
          doc = processDocument(item, { encoding: options.encoding });
        } catch (err) {
          failed++;
          reportProblem(problemOf(item.id, err, !!options.debug));
          continue;
        }
        doc.duplicateOf = duplicates.add(doc.doc, doc.text);
        if (!options.quiet) doc.warnings.forEach((w) => warn(doc.doc, w));
        if (options.explain) explain(doc);
        documents++;
        await onDocument(doc);
      }
    } catch (err) {
      // output failures end the run; anything else ends only this source
      if (err instanceof SinkError) throw err;
      failed++;
      reportProblem(problemOf(source.id, err, !!options.debug));
    }
  }
  return { documents, failed, empty: sources.length === 0 && problems.length === 0 };
}
