/**
 * The failures of a run as a cron job keeps them: the --errors file, written as they come, and an
 * earlier one read back (--known-failures), so that the job tells a new failure from the same old ones.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { SinkError } from '../emit/sink.js';
import type { Problem } from '../problems.js';
import { UsageError } from './safety.js';

/** How a failure is matched with an earlier run's: its path, stage and kind (the message may say more or less). */
export const failureKey = (f: { path: string; stage: string; kind: string }) => `${f.path}\u0000${f.stage}\u0000${f.kind}`;

/** The failures an earlier --errors file lists (none when it is not there); a line that is not one is passed over. */
export function readKnownFailures(path: string): Set<string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw new UsageError(`--known-failures ${path}: cannot read it: ${(err as Error).message}`);
  }
  const keys = new Set<string>();
  for (const line of text.split('\n')) {
    try {
      const f = JSON.parse(line) as { path?: unknown; stage?: unknown; kind?: unknown };
      if (typeof f.path === 'string' && typeof f.stage === 'string' && typeof f.kind === 'string') keys.add(failureKey(f as { path: string; stage: string; kind: string }));
    } catch { /* not a failure record */ }
  }
  return keys;
}

/**
 * The --errors file: emptied (or made) once the inputs are listed, then a line written as each
 * failure comes, so that after a kill it holds this run's failures so far, never an earlier run's.
 * Untouched by a run refused before that (the file could be one of its inputs).
 */
export class ErrorsFile {
  private fd: number | null = null;

  constructor(private readonly path: string | undefined) {}

  open(): void {
    if (!this.path) return;
    try {
      this.fd = this.path === '-' ? process.stdout.fd : openSync(this.path, 'w');
    } catch (err) {
      throw new SinkError(`cannot write ${this.path}: ${(err as Error).message}`);
    }
  }

  add(f: Problem): void {
    if (this.fd !== null) writeSync(this.fd, JSON.stringify({ path: f.path, stage: f.stage, kind: f.kind, message: f.message }) + '\n');
  }

  close(): void {
    if (this.fd !== null && this.path !== '-') closeSync(this.fd);
    this.fd = null;
  }
}
