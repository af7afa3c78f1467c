// The progress bar's time left and the colour decision: pure functions of what they are told.
import { describe, expect, it } from 'vitest';
import { colourLevel, terminalColour } from '../src/cli/colour.js';
import { paint, paintWith } from '../src/emit/paint.js';
import { formatSeconds, TimeLeft } from '../src/cli/progress.js';

/** A run in simulated time: the documents' sizes, and when each is handed on (ms). */
interface Run { sizes: number[]; doneAt: number[] }

/**
 * A sync of `sizes` on `jobs` workers as the batch runs it: the workers start after a second and a
 * half (the dictionary), take 32 documents at a time, each costing 0.05 ms and 0.12 ms a KB (about
 * 8 MB/s), and documents are handed on in input order, so that they finish in bursts.
 */
function simulate(sizes: number[], jobs = 2): Run {
  const free = Array<number>(jobs).fill(1500);
  const doneAt: number[] = [];
  for (let i = 0; i < sizes.length; i += 32) {
    const w = free.indexOf(Math.min(...free));
    free[w] += sizes.slice(i, i + 32).reduce((ms, bytes) => ms + 0.05 + bytes * 0.00012, 0);
    for (let j = i; j < Math.min(sizes.length, i + 32); j++) doneAt[j] = Math.max(free[w], doneAt[j - 1] ?? 0);
  }
  return { sizes, doneAt };
}

/** The worst error of the time left, as a share of the true time left, every 2 s from a tenth of the run on while 5 s or more are left. */
function worstError(run: Run, unit: (bytes: number) => number): number {
  const end = run.doneAt[run.doneAt.length - 1];
  const total = run.sizes.reduce((a, b) => a + unit(b), 0);
  const left = new TimeLeft();
  let done = 0;
  let checked = 0;
  let worst = 0;
  run.sizes.forEach((bytes, i) => {
    done += unit(bytes);
    const now = run.doneAt[i];
    const s = left.update(done, total, now);
    const truth = (end - now) / 1000;
    if (now >= end / 10 && now - checked >= 2000 && truth >= 5 && s !== null) {
      checked = now;
      worst = Math.max(worst, Math.abs(s - truth) / truth);
    }
  });
  return worst;
}

/** Reports of 6 to 16 KB and, one in ten, pages of 150 to 270 KB, in a fixed pseudo-random order. */
function crawl(n: number): number[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, () => (next() < 0.1 ? 150_000 + next() * 120_000 : 6_000 + next() * 10_000));
}

describe('time left', () => {
  it('is the real end within 25%, from the bytes still to read, whatever order the sizes come in', () => {
    const mixed = crawl(30_000);
    // a crawl in path order: the reports' folder first, then the pages'
    const grouped = [...mixed.filter((b) => b < 100_000), ...mixed.filter((b) => b >= 100_000)];
    for (const sizes of [mixed, grouped]) expect(worstError(simulate(sizes), (b) => b)).toBeLessThan(0.25);
    // documents left are no measure of the work left: counted so, the grouped crawl reads as nearly done with half its time to go
    expect(worstError(simulate(grouped), () => 1)).toBeGreaterThan(0.5);
  });

  it('goes by the work since the first burst, not by the workers\' start', () => {
    // 224 documents of one size: the first 32 after 1.5 s (the workers load their dictionary), then 32 every 0.4 s
    const left = new TimeLeft();
    const end = 1500 + 400 * 6;
    for (let done = 32, t = 1500; done < 224; done += 32, t += 400) {
      const s = left.update(done, 224, t);
      // counted from the start, the second and a half of loading would read as more than twice the time left
      if (s !== null) expect(Math.abs(s - (end - t) / 1000)).toBeLessThan(0.25 * (end - t) / 1000);
    }
  });

  it('stays steady when documents finish in bursts', () => {
    // 10 documents a second on average, handed back 32 at a time every 3.2 s
    const total = 2000;
    const left = new TimeLeft(20_000);
    const shown: Array<[number, number]> = [];
    let done = 0;
    for (let t = 3200; done < total - 32; t += 3200) {
      let s: number | null = null;
      for (let i = 0; i < 32; i++) s = left.update(++done, total, t);
      // what is shown once the burst is counted (its documents come at one instant)
      if (t > 30_000 && s !== null) shown.push([t, s]);
    }
    // once the window is full, each figure is within 15% of the true time left
    for (const [t, s] of shown) {
      const truth = (total - (t / 1000) * 10) / 10;
      expect(Math.abs(s - truth)).toBeLessThan(0.15 * truth + 5);
    }
    // and between two bursts it moves by little more than the time that passed
    for (let i = 1; i < shown.length; i++) expect(Math.abs(shown[i][1] - shown[i - 1][1])).toBeLessThan(10);
  });

  it('follows a change of speed within the window', () => {
    const left = new TimeLeft(20_000);
    let s: number | null = null;
    for (let t = 0; t <= 60_000; t += 100) s = left.update(t / 100, 10_000, t); // 10 a second
    for (let t = 60_100, done = 601; t <= 120_000; t += 100, done += 2) s = left.update(done, 10_000, t); // 20 a second
    expect(s).toBeGreaterThan(0);
    const remaining = 10_000 - (601 + 2 * 599);
    expect(Math.abs(s! - remaining / 20)).toBeLessThan(0.1 * remaining / 20);
  });

  it('reads as a person writes it', () => {
    expect(formatSeconds(null)).toBe('…');
    expect(formatSeconds(42.4)).toBe('42 s');
    expect(formatSeconds(200)).toBe('3 min 20 s');
    expect(formatSeconds(3900)).toBe('1 h 05 min');
  });
});

describe('colour', () => {
  it('--no-color wins, then FORCE_COLOR, then NO_COLOR, then the terminal', () => {
    expect(colourLevel(['show', 'a', '--no-color'], { FORCE_COLOR: '1' }, 1)).toBe(0);
    expect(colourLevel(['show', '--', '--no-color'], {}, 1)).toBe(1);
    expect(colourLevel(['show'], { FORCE_COLOR: '1', NO_COLOR: '1' }, 1)).toBe(1);
    expect(colourLevel(['show'], { NO_COLOR: '1' }, 2)).toBe(0);
    expect(colourLevel(['show'], { NO_COLOR: '' }, 2)).toBe(2);
    expect(colourLevel(['show'], {}, 0)).toBe(0);
  });

  it('FORCE_COLOR: 0 and false off; 1 to 3, true and empty on, even with no terminal', () => {
    expect(colourLevel(['show'], { FORCE_COLOR: '0' }, 2)).toBe(0);
    expect(colourLevel(['show'], { FORCE_COLOR: 'false' }, 2)).toBe(0);
    expect(colourLevel(['show'], { FORCE_COLOR: '' }, 0)).toBe(1);
    expect(colourLevel(['show'], { FORCE_COLOR: 'true' }, 0)).toBe(1);
    expect(colourLevel(['show'], { FORCE_COLOR: '3' }, 0)).toBe(3);
    expect(colourLevel(['show'], { FORCE_COLOR: '9' }, 0)).toBe(3);
  });

  it('a terminal says how many colours it takes; a pipe or a dumb terminal none', () => {
    expect(terminalColour(false, { TERM: 'xterm-256color' }, 'linux')).toBe(0);
    expect(terminalColour(true, { TERM: 'dumb', COLORTERM: 'truecolor' }, 'linux')).toBe(0);
    expect(terminalColour(true, { TERM: 'xterm-256color' }, 'linux')).toBe(2);
    expect(terminalColour(true, { TERM: 'xterm', COLORTERM: 'truecolor' }, 'linux')).toBe(3);
    expect(terminalColour(true, { TERM: 'screen' }, 'linux')).toBe(1);
    expect(terminalColour(true, { TERM: 'linux' }, 'linux')).toBe(1);
    expect(terminalColour(true, {}, 'linux')).toBe(0);
    expect(terminalColour(true, {}, 'win32')).toBe(1);
  });

  it('paints only when on, and a style closed inside another reopens the outer one', () => {
    try {
      paintWith(false);
      expect(paint.cyan(`[${paint.red('x')}]`)).toBe('[x]');
      paintWith(true);
      expect(paint.cyan(`[${paint.red('x')}]`)).toBe('\u001b[36m[\u001b[31mx\u001b[39m\u001b[36m]\u001b[39m');
      expect(paint.mark('3')).toBe('\u001b[1m\u001b[33m\u001b[7m3\u001b[27m\u001b[39m\u001b[22m');
    } finally {
      paintWith(false);
    }
  });
});
