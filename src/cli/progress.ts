import { createRequire } from 'node:module';

/** How far a batch is: a bar on a terminal, a line every few seconds otherwise, nothing with --quiet. */
export interface Progress {
  /** a document done (processed, or failed), of so many bytes */
  tick(bytes: number): void;
  /** a document that needs no work (sync: unchanged): its bytes leave what is still to do */
  skip(bytes: number): void;
  stop(): void;
}

const PLAIN_EVERY_MS = 10_000;

/**
 * The time left, from the bytes still to read and the rate over the last `windowMs`. Documents
 * finish in bursts (a worker hands back 32 at once: a rate over the last few documents jumps
 * between 1 s and 15 s) and differ in size (a 268 KB page takes as long as thirty 9 KB reports, so
 * that the documents left are no measure of the work left). The rate is counted from the first
 * burst on, not from the start: workers load their dictionary first, and a rate that counted that
 * second over the first 32 documents read as minutes for a run of seconds. The figure shown eases
 * towards each new estimate by the time passed, so that it drifts rather than jumps.
 */
export class TimeLeft {
  /** [time, bytes done by then], a quarter of a second apart at least, over the window */
  private samples: Array<[number, number]> = [];
  private shown: number | null = null;
  private shownAt = 0;
  /** what was shown before the instant of the last update, which a burst's later documents ease from */
  private before: number | null = null;
  private beforeAt = 0;

  constructor(private readonly windowMs = 20_000) {}

  /** Seconds left after `done` of `total` bytes at time `now`; null until there is a rate to go by. */
  update(done: number, total: number, now = Date.now()): number | null {
    if (done >= total) return (this.shown = 0);
    // a burst's documents make one sample, taken as its last document is counted
    const last = this.samples[this.samples.length - 1];
    if (last && now === last[0]) last[1] = done;
    else if (!last || now - last[0] >= 250) this.samples.push([now, done]);
    while (this.samples.length > 2 && now - this.samples[1][0] >= this.windowMs) this.samples.shift();
    const [t0, d0] = this.samples[0];
    const elapsed = now - t0;
    if (done <= d0 || elapsed < 1000) return this.shown;
    const estimate = ((total - done) * elapsed) / (done - d0) / 1000;
    if (now !== this.shownAt) {
      this.before = this.shown;
      this.beforeAt = this.shownAt;
    }
    if (this.before === null) {
      this.shown = estimate;
    } else {
      // counting down meanwhile, by the time passed (not by the number of documents: they come in bursts)
      const dt = now - this.beforeAt;
      const ease = 1 - Math.exp(-dt / 4000);
      this.shown = Math.max(0, this.before - dt / 1000) * (1 - ease) + estimate * ease;
    }
    this.shownAt = now;
    return this.shown;
  }
}

/** 42 s, 3 min 20 s, 1 h 05 min. */
export function formatSeconds(s: number | null): string {
  if (s === null || !Number.isFinite(s)) return '…';
  const t = Math.max(0, Math.round(s));
  if (t < 60) return `${t} s`;
  if (t < 3600) return `${Math.floor(t / 60)} min ${String(t % 60).padStart(2, '0')} s`;
  return `${Math.floor(t / 3600)} h ${String(Math.floor((t % 3600) / 60)).padStart(2, '0')} min`;
}

/**
 * `files` documents to go through, `bytes` in all (0 when their sizes are not known: the time
 * left then goes by documents).
 */
export function progress(files: number, bytes: number, quiet: boolean): Progress {
  if (quiet || files < 2) return { tick() {}, skip() {}, stop() {} };
  const started = Date.now();
  const byBytes = bytes > 0;
  let done = 0;
  let read = 0;
  let total = byBytes ? bytes : files;
  const left = new TimeLeft();
  const rate = () => (read / 1e6 / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
  const count = (b: number) => {
    done++;
    read += b;
    return done >= files ? 0 : left.update(byBytes ? read : done, total);
  };
  const skip = (b: number) => {
    done++;
    total -= byBytes ? b : 1;
  };
  if (process.stderr.isTTY) {
    // loaded only for a bar on a terminal
    const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
    const bar = new cliProgress.SingleBar({
      stream: process.stderr,
      format: 'govmine {bar} {value}/{total} files | {rate} MB/s | {left} left',
      hideCursor: true,
      clearOnComplete: true,
    }, cliProgress.Presets.shades_classic);
    bar.start(files, 0, { rate: '0.0', left: '…' });
    return {
      tick(b) {
        const secondsLeft = count(b);
        bar.update(Math.min(done, files), { rate: rate(), left: formatSeconds(secondsLeft) });
      },
      skip(b) {
        skip(b);
        bar.update(Math.min(done, files));
      },
      stop() { bar.stop(); },
    };
  }
  let last = Date.now();
  return {
    tick(b) {
      const secondsLeft = count(b);
      if (Date.now() - last >= PLAIN_EVERY_MS) {
        last = Date.now();
        process.stderr.write(`govmine: ${done}/${files} files, ${rate()} MB/s, ${formatSeconds(secondsLeft)} left\n`);
      }
    },
    skip,
    stop() {},
  };
}
