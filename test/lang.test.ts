// Every language table carries examples and counter-examples; this walks them all, so adding a
// unit, marker, slogan or rule is one edit with its own proof.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charCodes } from '../src/lang/chars.js';
import { APPROX } from '../src/lang/zh/approx.js';
import { BOILERPLATE, INLINE_ARTIFACTS } from '../src/lang/zh/boilerplate.js';
import { HEADINGS } from '../src/lang/zh/headings.js';
import * as LABELS from '../src/lang/zh/labels.js';
import { INDICATORS } from '../src/lang/zh/indicators.js';
import { indicatorFor } from '../src/extract/label.js';
import { extractSpec } from './spec-extract.js';
import { MASKS, SLOGANS } from '../src/lang/zh/slogans.js';
import { UNITS } from '../src/lang/zh/units.js';
import { findSpans } from '../src/extract/index.js';
import { foldForMatching } from '../src/clean/index.js';

const spansOf = (text: string) => findSpans(foldForMatching(text));

describe('units table', () => {
  for (const u of UNITS) {
    for (const ex of u.examples ?? []) {
      it(`${u.unit}: "${ex}" is a figure in ${u.unit}`, () => {
        expect(spansOf(`共${ex}。`).map((s) => s.unit)).toContain(u.unit);
      });
    }
    for (const ex of u.counterExamples ?? []) {
      it(`${u.unit}: "${ex}" is not a figure in ${u.unit}`, () => {
        expect(spansOf(`共${ex}。`).map((s) => s.unit)).not.toContain(u.unit);
      });
    }
  }
  it('has no unit twice', () => {
    expect(new Set(UNITS.map((u) => u.unit)).size).toBe(UNITS.length);
  });
});

describe('approximation markers', () => {
  for (const a of APPROX) {
    for (const ex of a.examples ?? []) {
      it(`"${ex}" carries ${a.marker}`, () => expect(spansOf(ex)[0]?.approx).toBe(a.marker));
    }
  }
});

describe('masks: numbers that are not indicators', () => {
  for (const m of MASKS) {
    const re = new RegExp(m.pattern);
    for (const ex of m.examples ?? []) it(`${m.name} matches "${ex}"`, () => expect(re.test(ex)).toBe(true));
    for (const ex of m.counterExamples ?? []) it(`${m.name} does not match "${ex}"`, () => expect(re.test(ex)).toBe(false));
  }
  it.each(SLOGANS)('slogan %s yields no figure', (s) => expect(spansOf(`落实${s}要求`)).toEqual([]));
});

describe('heading patterns', () => {
  for (const h of HEADINGS) {
    for (const ex of h.examples ?? []) it(`${h.kind} matches "${ex}"`, () => expect(h.pattern.test(foldForMatching(ex))).toBe(true));
    for (const ex of h.counterExamples ?? []) it(`${h.kind} does not match "${ex}"`, () => expect(h.pattern.test(foldForMatching(ex))).toBe(false));
  }
});

describe('boilerplate rules', () => {
  for (const r of BOILERPLATE) {
    for (const ex of r.examples ?? []) it(`${r.name} drops "${ex}"`, () => expect(r.pattern.test(foldForMatching(ex)) && ex.length <= r.maxLength).toBe(true));
    for (const ex of r.counterExamples ?? []) it(`${r.name} keeps "${ex}"`, () => expect(r.pattern.test(foldForMatching(ex))).toBe(false));
  }
  for (const a of INLINE_ARTIFACTS) {
    for (const ex of a.examples) it(`${a.name} removes "${ex}"`, () => expect(`前${ex}后`.replace(a.pattern, '')).toBe('前后'));
  }
});

describe('label grammar (examples read "sentence → label of its first figure")', () => {
  for (const [name, table] of Object.entries(LABELS)) {
    if (typeof table !== 'object' || !('examples' in table || 'counterExamples' in table)) continue;
    const { examples = [], counterExamples = [] } = table as { examples?: string[]; counterExamples?: string[] };
    const read = (ex: string) => ex.split(' → ') as [string, string];
    for (const ex of examples) {
      const [text, label] = read(ex);
      it(`${name}: ${ex}`, () => expect(extractSpec(text)[0]?.label).toBe(label));
    }
    for (const ex of counterExamples) {
      const [text, label] = read(ex);
      it(`${name}: ${text} is not labelled ${label}`, () => expect(extractSpec(text)[0]?.label).not.toBe(label));
    }
  }
});

describe('indicators', () => {
  for (const e of INDICATORS) {
    for (const ex of e.examples ?? []) it(`${e.indicator} names "${ex}"`, () => expect(indicatorFor(e.categories[0], ex, '')).toBe(e.indicator));
  }
  it('a rate is never named by a count', () => {
    for (const e of INDICATORS) if (!e.categories.includes('percent')) expect(indicatorFor('percent', e.keywords[0], '')).not.toBe(e.indicator);
  });
});

describe('character lists compiled to tests', () => {
  it('say of every code unit what the list itself says', () => {
    const char = fc.integer({ min: 0, max: 0xffff });
    fc.assert(fc.property(fc.array(char, { maxLength: 20 }), fc.array(char, { minLength: 1, maxLength: 50 }), (listed, probes) => {
      // lone surrogates excluded: a list is split by code point
      const list = listed.filter((c) => c < 0xd800 || c > 0xdfff).map((c) => String.fromCharCode(c)).join('');
      const test = charCodes(list);
      for (const code of [...probes, ...listed]) expect(test(code)).toBe(list.includes(String.fromCharCode(code)));
    }), { numRuns: 500 });
  });
});
