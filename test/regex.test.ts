// Every pattern stays linear on adversarial input. Each is fed its worst cases at 10 KB and 100 KB:
// ten times the input may cost at most 40 times the time, and the 100 KB
// run is bounded by a ratio to a plain scan of the same input, never by an absolute time.
// (Linear work gives a ratio near 10; a quadratic pattern gives near 100.)
import { describe, expect, it } from 'vitest';
import { BOILERPLATE, INLINE_ARTIFACTS } from '../src/lang/zh/boilerplate.js';
import { HEADINGS } from '../src/lang/zh/headings.js';
import { MASK_RES, NUMBER_RE } from '../src/extract/grammar.js';
import { cleanText } from '../src/clean/index.js';
import { flattenDeepNesting, htmlToText } from '../src/html/index.js';
import { findSpans } from '../src/extract/find.js';
import { readMeta } from '../src/meta/index.js';
import { segmentText } from '../src/segment/index.js';

/** Repeating units that make backtracking patterns rescan: runs of one class, almost-matches. */
const UNITS = ['9', '一', '十', 'a1', '1-', '1+', '1:', '1.', ' ', '\t', '《', '“1', '第', '届', '每1', '[bookmark:', '首页 ', '发布日期', '<a', '<div>', '（', '一、', '2024年', '0,', '点'];
const input = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size) + '\u0000';

function time(f: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const scan = (s: string) => { let n = 0; for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 0x3002) n++; return n; };

/**
 * Growth from 10 KB to 100 KB, measured again while high, each size at its best over every round: a
 * loaded machine slows some runs of either size, a quadratic pattern is slow every time.
 */
function growth(run: (s: string) => unknown, small: string, large: string): { ratio: number; tSmall: number; tLarge: number } {
  let tSmall = Infinity, tLarge = Infinity, ratio = Infinity;
  for (let attempt = 0; attempt < 5 && ratio >= 40; attempt++) {
    tSmall = Math.min(tSmall, time(() => run(small)));
    tLarge = Math.min(tLarge, time(() => run(large)));
    ratio = tLarge < 1 ? 0 : tLarge / Math.max(tSmall, 0.5);
  }
  return { ratio, tSmall, tLarge };
}

function assertLinear(name: string, run: (s: string) => unknown) {
  for (const unit of UNITS) {
    const small = input(unit, 10_000);
    const large = input(unit, 100_000);
    const { ratio, tSmall, tLarge } = growth(run, small, large);
    const tScan = time(() => scan(large));
    expect.soft(ratio, `${name} on ${JSON.stringify(unit)}: ${tSmall.toFixed(2)} → ${tLarge.toFixed(2)} ms`).toBeLessThan(40);
    expect.soft(tLarge / Math.max(tScan, 0.01), `${name} on ${JSON.stringify(unit)} against a plain scan`).toBeLessThan(20_000);
  }
}

const everyMatch = (re: RegExp) => (s: string) => { const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'); for (const _ of s.matchAll(g)); };

describe('regular expressions are linear', () => {
  it('masks', () => MASK_RES.forEach(({ name, re }) => assertLinear(`mask ${name}`, everyMatch(re))), 120_000);
  it('the number pattern', () => assertLinear('NUMBER_RE', everyMatch(NUMBER_RE)), 60_000);
  it('boilerplate and artifacts', () => {
    BOILERPLATE.forEach((r) => assertLinear(`boilerplate ${r.name}`, (s) => r.pattern.test(s)));
    INLINE_ARTIFACTS.forEach((a) => assertLinear(`artifact ${a.name}`, (s) => s.replace(a.pattern, '')));
  }, 120_000);
  it('headings', () => HEADINGS.forEach((h) => assertLinear(`heading ${h.kind}`, (s) => h.pattern.test(s))), 60_000);
});

describe('stages are linear', () => {
  it('clean', () => assertLinear('cleanText', cleanText), 60_000);
  it('html', () => { assertLinear('flattenDeepNesting', flattenDeepNesting); assertLinear('htmlToText', htmlToText); }, 120_000);
  it('find', () => assertLinear('findSpans', findSpans), 60_000);
  it('meta and segment', () => { assertLinear('readMeta', (s) => readMeta(s.split('\n'), s)); assertLinear('segmentText', segmentText); }, 60_000);
});
