import { openSink, SinkError, type Sink } from '../emit/sink.js';
import type { BatchOptions, BatchSummary } from './batch.js';
import { noInputs } from './batch.js';
import { interruptedExitCode, onForcedExit } from './interrupt.js';
import { fatal } from './messages.js';
import { EXIT } from './options.js';
import { guardOutput, refuseInputsAsOutputs, refuseSharedOutputs, UsageError, type OutputKind } from './safety.js';

/**
 * Runs a command that writes one output (a file given with -o, or standard output): the output is
 * completed and committed when the body returns, dropped when it fails, and a failure to write
 * becomes exit code 3. Bad usage (nothing to read, an output that would destroy data) is exit code
 * 2 before anything is written.
 */
export async function withOutput(
  inputs: readonly string[],
  options: BatchOptions,
  path: string | undefined,
  kind: OutputKind | null,
  body: (sink: Sink) => Promise<number>,
): Promise<number> {
  if (noInputs(inputs, options)) {
    fatal('no input documents (give files, folders, globs, --paths-from, or - for standard input)');
    return EXIT.usage;
  }
  if (refusing(() => guardOutputs(options, path && kind ? [{ path, kind }] : [], inputs)) === null) return EXIT.usage;
  let sink: Sink;
  try {
    sink = openSink(path);
    onForcedExit(() => sink.abort());
  } catch (err) {
    fatal((err as Error).message);
    return EXIT.cannotWrite;
  }
  try {
    const code = await body(sink);
    await sink.commit();
    return code;
  } catch (err) {
    sink.abort();
    if (err instanceof UsageError) { fatal(err.message); return EXIT.usage; }
    if (err instanceof SinkError) { fatal(err.message); return EXIT.cannotWrite; }
    throw err;
  }
}

/**
 * Checks, before anything is written, the files a batch writes besides its records (-o, --errors):
 * none may replace data govmine did not write, no two may be the same file, and (once the inputs
 * are listed, see batch.ts) none may be an input.
 */
export function guardOutputs(options: BatchOptions, files: ReadonlyArray<{ path: string; kind: OutputKind; option?: string }>, inputs: readonly string[]): void {
  const all = options.errors ? [...files, { path: options.errors, kind: 'errors' as const, option: '--errors' }] : files;
  options.outputs = [...(options.outputs ?? []), ...all.map((f) => ({ path: f.path, option: f.option ?? '-o' }))];
  refuseSharedOutputs(options.outputs);
  // the inputs named as they are (folders and globs are listed later), for the plainest message first
  const named = [...inputs, ...(options.pathsFrom && options.pathsFrom !== '-' ? [options.pathsFrom] : [])];
  refuseInputsAsOutputs(options.outputs, named.map((i) => ({ id: i, path: i === '-' ? null : i })));
  for (const f of all) guardOutput(f.path, f.kind, !!options.force, f.option ?? '-o');
}

/**
 * Runs a check of the command line: its value, or null once its UsageError is printed (the
 * command then exits 2, having written nothing).
 */
export function refusing<T>(check: () => T): T | null {
  try {
    return check();
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    fatal(err.message);
    return null;
  }
}

/** How many inputs failed, as a summary says it: `2 failed (1 known)`. */
export const failedCount = (summary: BatchSummary) => `${summary.failed} failed${summary.known > 0 ? ` (${summary.known} known)` : ''}`;

/**
 * The exit code of a batch: a signal's, else 1 when some input failed (but for the failures
 * --known-failures lists), else `otherwise` (0).
 */
export function exitCodeOf(summary: BatchSummary, otherwise: number = EXIT.ok): number {
  return interruptedExitCode() ?? (summary.failed > summary.known ? EXIT.someFailed : otherwise);
}
