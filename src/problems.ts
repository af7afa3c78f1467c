/** Problems found inside a stage travel as data; the CLI decides how to print them. */
export type Stage = 'ingest' | 'decode' | 'html' | 'clean' | 'meta' | 'segment' | 'extract' | 'emit';

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
