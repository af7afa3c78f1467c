import { fatal } from './messages.js';
import { EXIT } from './options.js';

/**
 * Ctrl-C and SIGTERM stop a run cleanly: no new document is started, what is finished is written
 * (files are completed and renamed into place), and govmine exits with 128 + the signal's number
 * (130, 143). A second signal stops at once, leaving no temporary file behind.
 */
const SIGNALS = { SIGINT: 2, SIGTERM: 15 } as const;
type Signal = keyof typeof SIGNALS;

let received: Signal | null = null;
let outputGone = false;
const onSecond: Array<() => void> = [];
const onOutputGone = new Set<() => Promise<void>>();

export function watchSignals(): void {
  for (const signal of Object.keys(SIGNALS) as Signal[]) {
    process.on(signal, () => {
      if (received) {
        onSecond.forEach((f) => f());
        process.exit(128 + SIGNALS[received]);
      }
      received = signal;
    });
  }
}

/** Whether a signal, or a reader gone from standard output, asked the run to stop. */
export const interrupted = (): boolean => received !== null || outputGone;

/** The exit code for a run stopped by a signal. */
export const interruptedExitCode = (): number | null => (received ? 128 + SIGNALS[received] : null);

/** Registers clean-up for a second signal (removing temporary files). */
export function onForcedExit(f: () => void): void {
  onSecond.push(f);
}

/**
 * Registers what must end before govmine exits for a reader gone from standard output (its worker
 * threads); returns the call that unregisters it.
 */
export function beforeOutputGoneExit(stop: () => Promise<void>): () => void {
  onOutputGone.add(stop);
  return () => onOutputGone.delete(stop);
}

/**
 * A reader that goes away (`| head`) ends nothing loudly. Standard output: govmine starts no further
 * document and exits 0, as Unix tools do, since nothing more can reach anyone; it first lets its
 * workers end the documents they are on, since a thread stopped in the middle of one can bring Node
 * down (a zlib stream of a Word file's reader, stopped while it starts, aborts the process).
 * Standard error: its messages are dropped and the run goes on, so that what it writes to a file
 * (-o) is still written whole.
 */
export function watchPipes(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') {
      if (outputGone) return;
      outputGone = true;
      void Promise.allSettled([...onOutputGone].map((stop) => stop())).then(() => process.exit(EXIT.ok));
      return;
    }
    // any other failure is the output's to report (exit 3); help and version text have no output of their own
    if (process.stdout.listenerCount('error') === 1) {
      fatal(`cannot write to standard output: ${err.message}`);
      process.exitCode = EXIT.cannotWrite;
    }
  });
  process.stderr.on('error', () => { /* nowhere left to say anything */ });
}
