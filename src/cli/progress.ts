import { createRequire } from 'node:module';

/** How far a batch is: a bar on a terminal, a line every few seconds otherwise, nothing with --quiet. */
export interface Progress {
  tick(bytes: number): void;
  stop(): void;
}

const PLAIN_EVERY_MS = 10_000;

/**
 * The time left, from the rate over the last `windowMs` (documents finish in bursts, a worker
 * hands back 32 at once: a rate over the last few documents jumps between 1 s and 15 s), and
 * eased so that the figure shown drifts rather than jumps.
 */
export class TimeLeft {
  private samples: Array<[number, number]> = [];
  private shown: number | null = null;
  private shownAt = 0;

  constructor(private readonly total: number, private readonly windowMs = 20_000, private readonly started = Date.now()) {}

  /** Seconds left after `done` of `total` at time `now`; null until there is a rate to go by. */
  update(done: number, now = Date.now()): number | null {
    // a sample every quarter second is enough, and keeps the window short whatever the document rate
    const last = this.samples[this.samples.length - 1];
    if (!last || now - last[0] >= 250) this.samples.push([now, done]);
    while (this.samples.length > 2 && now - this.samples[1][0] >= this.windowMs) this.samples.shift();
    const [t0, d0] = now - this.started < this.windowMs ? [this.started, 0] : this.samples[0];
    const elapsed = now - t0;
    if (done <= d0 || elapsed < 1000) return this.shown;
    const estimate = ((this.total - done) * elapsed) / (done - d0) / 1000;
    // ease towards the new estimate by the time passed (not by the number of documents: they come
    // in bursts), counting down meanwhile
    if (this.shown === null) {
      this.shown = estimate;
    } else {
      const dt = now - this.shownAt;
      const ease = 1 - Math.exp(-dt / 4000);
      this.shown = Math.max(0, this.shown - dt / 1000) * (1 - ease) + estimate * ease;
    }
    this.shownAt = now;
    if (done >= this.total) this.shown = 0;
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

export function progress(total: number, quiet: boolean): Progress {
  if (quiet || total < 2) return { tick() {}, stop() {} };
  const started = Date.now();
  let done = 0;
  let bytes = 0;
  const left = new TimeLeft(total, 20_000, started);
  const rate = () => (bytes / 1e6 / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
  if (process.stderr.isTTY) {
    // loaded only for a bar on a terminal
    const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
    const bar = new cliProgress.SingleBar({
      stream: process.stderr,
      format: 'govmine {bar} {value}/{total} files | {rate} MB/s | {left} left',
      hideCursor: true,
      clearOnComplete: true,
    }, cliProgress.Presets.shades_classic);
    bar.start(total, 0, { rate: '0.0', left: '…' });
    return {
      tick(b) {
        done++;
        bytes += b;
        bar.update(Math.min(done, total), { rate: rate(), left: formatSeconds(left.update(done)) });
      },
      stop() { bar.stop(); },
    };
  }
  let last = Date.now();
  return {
    tick(b) {
      done++;
      bytes += b;
      const secondsLeft = left.update(done);
      if (Date.now() - last >= PLAIN_EVERY_MS) {
        last = Date.now();
        process.stderr.write(`govmine: ${done}/${total} files, ${rate()} MB/s, ${formatSeconds(secondsLeft)} left\n`);
      }
    },
    stop() {},
  };
}
