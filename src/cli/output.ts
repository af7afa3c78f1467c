import { openSink, SinkError, type Sink } from '../emit/sink.js';
import type { BatchOptions, BatchSummary } from './batch.js';
import { noInputs } from './batch.js';
import { interruptedExitCode, onForcedExit } from './interrupt.js';
import { fatal } from './messages.js';
import { EXIT } from './options.js';

/**
 * Runs a command that writes one output (a file given with -o, or standard output): the output is
 * completed and committed when the body returns, dropped when it fails, and a failure to write
 * becomes exit code 3. Bad usage (nothing to read) is exit code 2 before anything is opened.
 */
export async function withOutput(
  inputs: readonly string[],
  options: BatchOptions,
  path: string | undefined,
  body: (sink: Sink) => Promise<number>,
): Promise<number> {
  if (noInputs(inputs, options)) {
    fatal('no input documents (give files, folders, globs, --paths-from, or - for standard input)');
    return EXIT.usage;
  }
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
    if (err instanceof SinkError) { fatal(err.message); return EXIT.cannotWrite; }
    throw err;
  }
}

/** The exit code of a batch: a signal's, else 1 when some input failed, else `otherwise` (0). */
export function exitCodeOf(summary: BatchSummary, otherwise: number = EXIT.ok): number {
  return interruptedExitCode() ?? (summary.failed > 0 ? EXIT.someFailed : otherwise);
}
