import { createRequire } from 'node:module';

/** How far a batch is: a bar on a terminal, a line every few seconds otherwise, nothing with --quiet. */
export interface Progress {
  tick(bytes: number): void;
  stop(): void;
}

const PLAIN_EVERY_MS = 10_000;

export function progress(total: number, quiet: boolean): Progress {
  if (quiet || total < 2) return { tick() {}, stop() {} };
  const started = Date.now();
  let done = 0;
  let bytes = 0;
  const rate = () => (bytes / 1e6 / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
  if (process.stderr.isTTY) {
    // loaded only for a bar on a terminal
    const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
    const bar = new cliProgress.SingleBar({
      stream: process.stderr,
      format: 'govmine {bar} {value}/{total} files | {rate} MB/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    }, cliProgress.Presets.shades_classic);
    bar.start(total, 0, { rate: '0.0' });
    return {
      tick(b) { done++; bytes += b; bar.update(Math.min(done, total), { rate: rate() }); },
      stop() { bar.stop(); },
    };
  }
  let last = Date.now();
  return {
    tick(b) {
      done++;
      bytes += b;
      if (Date.now() - last >= PLAIN_EVERY_MS) {
        last = Date.now();
        process.stderr.write(`govmine: ${done}/${total} files, ${rate()} MB/s\n`);
      }
    },
    stop() {},
  };
}
