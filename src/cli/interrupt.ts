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
const onSecond: Array<() => void> = [];

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

/** The signal that asked the run to stop, if any. */
export const interrupted = (): Signal | null => received;

/** The exit code for a run stopped by a signal. */
export const interruptedExitCode = (): number | null => (received ? 128 + SIGNALS[received] : null);

/** Registers clean-up for a second signal (removing temporary files). */
export function onForcedExit(f: () => void): void {
  onSecond.push(f);
}

/**
 * A reader that goes away (`| head`) ends nothing loudly. Standard output: govmine stops at once and
 * exits 0, as Unix tools do, since nothing more can reach anyone. Standard error: its messages are
 * dropped and the run goes on, so that what it writes to a file (-o) is still written whole.
 */
export function watchPipes(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.ok);
    // any other failure is the output's to report (exit 3); help and version text have no output of their own
    if (process.stdout.listenerCount('error') === 1) {
      fatal(`cannot write to standard output: ${err.message}`);
      process.exitCode = EXIT.cannotWrite;
    }
  });
  process.stderr.on('error', () => { /* nowhere left to say anything */ });
}
