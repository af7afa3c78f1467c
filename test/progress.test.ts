// The progress bar's time left and the colour decision: pure functions of what they are told.
import { describe, expect, it } from 'vitest';
import { colourLevel } from '../src/cli/colour.js';
import { formatSeconds, TimeLeft } from '../src/cli/progress.js';

describe('time left', () => {
  it('stays steady when documents finish in bursts', () => {
    // 10 documents a second on average, handed back 32 at a time every 3.2 s
    const total = 2000;
    const left = new TimeLeft(total, 20_000, 0);
    const shown: Array<[number, number]> = [];
    let done = 0;
    for (let t = 3200; done < total - 32; t += 3200) {
      for (let i = 0; i < 32; i++) {
        done++;
        const s = left.update(done, t);
        if (t > 30_000 && s !== null) shown.push([t, s]);
      }
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
    const left = new TimeLeft(10_000, 20_000, 0);
    let s: number | null = null;
    for (let t = 0; t <= 60_000; t += 100) s = left.update(t / 100, t); // 10 a second
    for (let t = 60_100, done = 601; t <= 120_000; t += 100, done += 2) s = left.update(done, t); // 20 a second
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
});
