// Every language table carries examples and counter-examples; this walks them all, so adding a
// unit, marker, slogan or rule is one edit with its own proof.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charCodes } from '../src/lang/chars.js';
import { APPROX } from '../src/lang/zh/approx.js';
import { BOILERPLATE, INLINE_ARTIFACTS } from '../src/lang/zh/boilerplate.js';
import { HEADINGS, RUN_IN_HEADING } from '../src/lang/zh/headings.js';
import { DELIVERED, DOC_NUMBER, REGION, REGION_LEAD, REPORT_KINDS, TITLE_CHROME } from '../src/lang/zh/meta.js';
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

describe('run-in headings', () => {
  const re = () => new RegExp(RUN_IN_HEADING.pattern.source);
  for (const ex of RUN_IN_HEADING.examples) it(`breaks "${ex}"`, () => expect(re().test(ex)).toBe(true));
  for (const ex of RUN_IN_HEADING.counterExamples) it(`keeps "${ex}"`, () => expect(re().test(ex)).toBe(false));
});

describe('metadata patterns', () => {
  for (const p of [DOC_NUMBER, DELIVERED, REGION, REGION_LEAD, ...TITLE_CHROME]) {
    const re = () => new RegExp(p.pattern.source, p.pattern.flags.replace('g', ''));
    for (const ex of p.examples ?? []) it(`${p.name} matches "${ex}"`, () => expect(re().test(ex)).toBe(true));
    for (const ex of p.counterExamples ?? []) it(`${p.name} does not match "${ex}"`, () => expect(re().test(ex)).toBe(false));
  }
  for (const k of REPORT_KINDS) {
    for (const ex of k.examples ?? []) it(`${k.name} is the kind of "${ex}"`, () => expect(k.title.test(ex)).toBe(true));
    for (const ex of k.counterExamples ?? []) it(`${k.name} is not the kind of "${ex}"`, () => expect(k.title.test(ex)).toBe(false));
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
