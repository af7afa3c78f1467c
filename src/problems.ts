/** Problems found inside a stage travel as data; the CLI decides how to print them. */
/** The pipeline's stages, then `dataset`: a file that sync compares with what the dataset holds of it. */
export const STAGES = ['ingest', 'pdf', 'word', 'decode', 'html', 'clean', 'meta', 'segment', 'frame', 'extract', 'meaning', 'check', 'dedupe', 'emit', 'dataset'] as const;
export type Stage = (typeof STAGES)[number];

export interface Problem {
  path: string;
  stage: Stage;
  /** a short machine-readable kind: not-found, binary, undecodable, too-large, … */
  kind: string;
  message: string;
}

/** Thrown by a stage when a document cannot go on; carries what the user needs to see. */
export class StageError extends Error {
  constructor(readonly stage: Stage, readonly kind: string, message: string) {
    super(message);
    this.name = 'StageError';
  }
}

/**
 * Where the stage a worker is in is written (index 2, an index into STAGES), in memory the main
 * thread shares: a document past its time limit, or one that crashes its worker, is reported in the
 * stage it was in. Null when nobody watches (the main thread's own documents).
 */
let watched: Float64Array | null = null;
let current: Stage = 'ingest';

/** The stage this thread entered last. */
export const currentStage = (): Stage => current;

export function watchStages(clock: Float64Array | null): void {
  watched = clock;
}

/** A failure inside a stage: a StageError as it is, anything else (a bug) an internal error of the stage, with its stack. */
function asStageError(stage: Stage, err: unknown): StageError {
  if (err instanceof StageError) return err;
  const e = err as Error;
  const failure = new StageError(stage, 'internal', `internal error: ${e?.message ?? String(err)}`);
  if (e?.stack) failure.stack = e.stack;
  return failure;
}

/**
 * Runs one stage: a failure that is not a StageError (a bug) is reported as an internal error of
 * this stage, with its stack.
 */
export function inStage<T>(stage: Stage, run: () => T): T {
  enter(stage);
  try {
    return run();
  } catch (err) {
    throw asStageError(stage, err);
  }
}

/** The same for a stage that works asynchronously (PDF.js and mammoth do). */
export async function inStageAsync<T>(stage: Stage, run: () => Promise<T>): Promise<T> {
  enter(stage);
  try {
    return await run();
  } catch (err) {
    throw asStageError(stage, err);
  }
}

function enter(stage: Stage): void {
  current = stage;
  if (watched) watched[2] = STAGES.indexOf(stage);
}
