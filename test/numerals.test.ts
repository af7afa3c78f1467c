import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseArabic, parseChineseNumeral, shiftDecimal } from '../src/text/index.js';
import { extractIndicators } from '../src/extract/index.js';
import { findSpans } from '../src/extract/find.js';
import { indexByChar, wordAt, wordEndingAt } from '../src/text/index.js';
import { foldForMatching } from '../src/clean/index.js';

// nzh renders numbers in Chinese numerals: a test-only oracle for the parser
const nzh = createRequire(import.meta.url)('nzh/cn') as { encodeS(n: number): string };

describe('parseChineseNumeral', () => {
  it.each([
    ['十一', 11], ['一十一', 11], ['三千零五', 3005], ['两千', 2000], ['一千二百三十四', 1234], ['十', 10],
    ['二〇二三', 2023], ['十二万三千', 123000], ['一亿零十一', 100000011], ['三万亿', 3e12], ['五千万', 5e7],
    ['两百', 200], ['九十五', 95], ['千', 1000], ['万', 10000], ['百', 100],
  ])('%s = %d', (text, value) => expect(parseChineseNumeral(text)).toBe(value));

  it.each(['', '三二百', '零万', '是', '十二三'])('%s is not a numeral', (text) => expect(parseChineseNumeral(text)).toBeNull());

  it('reads back every integer nzh writes', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => parseChineseNumeral(nzh.encodeS(n)) === n), { numRuns: 2000 });
  });
});

describe('Arabic numbers', () => {
  it('agree with and without thousands separators', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (n) => parseArabic(n.toLocaleString('en-US')) === n && parseArabic(String(n)) === n));
  });

  it('agree in fullwidth forms once folded', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }), (int, frac) => {
      const half = `${int}.${frac}%`;
      const full = [...half].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
      const [a] = findSpans(`增长${half}`);
      const [b] = findSpans(foldForMatching(`增长${full}`));
      return a !== undefined && b !== undefined && a.number === b.number && a.unit === b.unit;
    }));
  });

  it('scales by powers of ten without binary noise', () => {
    expect(shiftDecimal(121.1, 4)).toBe(1211000);
    expect(shiftDecimal(3.86, 4)).toBe(38600);
    expect(shiftDecimal(260.5529, 4)).toBe(2605529);
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 8 }), (n, p) => shiftDecimal(n, p) === n * 10 ** p));
  });

  it('refuses digit runs too long to be figures', () => {
    expect(parseArabic('1'.repeat(100_000))).toBeNull();
  });
});

describe('extractor robustness', () => {
  const input = (text: string) => ({ doc: 'x', title: '', agency: '', year: null, text, match: foldForMatching(text), sectionAt: () => '' });
  it('never throws, and every record points at its own raw text', () => {
    const alphabet = fc.constantFrom(...'0123456789.,%万亿千百十一二三四五六七八九两零余多近约超人元件起个次项家名罚款立案“”《》、：；。（）()-至\n 　１２％'.split(''));
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')), (text) => {
      for (const r of extractIndicators(input(text))) {
        if (text.slice(r.start, r.end) !== r.raw || !Number.isFinite(r.value)) return false;
      }
      return true;
    }), { numRuns: 500 });
  });
});

describe('word lookups by character (grammar.ts)', () => {
  const words = fc.array(fc.string({ unit: fc.constantFrom(...'万亿余多近约超过人次'), minLength: 1, maxLength: 3 }), { maxLength: 12 });
  const text = fc.string({ unit: fc.constantFrom(...'万亿余多近约超过人次12'), maxLength: 12 });
  it('find the same word as searching the whole list, in its order', () => {
    fc.assert(fc.property(words, text, fc.nat(12), (list, t, at) => {
      const starts = indexByChar(list, (w) => w[0]);
      const ends = indexByChar(list, (w) => w[w.length - 1]);
      return wordAt(t, at, starts) === list.find((w) => t.startsWith(w, at))
        && wordEndingAt(t, at, ends) === list.find((w) => at >= w.length && t.startsWith(w, at - w.length));
    }), { numRuns: 5000 });
  });
});
