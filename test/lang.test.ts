// Every language table carries examples and counter-examples; this walks them all, so adding a
// unit, marker, slogan or rule is one edit with its own proof.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOf, oneOf, oneOfSpaced } from '../src/lang/build.js';
import { charCodes } from '../src/lang/chars.js';
import { CHANGE_TO, CHANGE_TO_EXAMPLES, CHANGE_WORDS } from '../src/lang/zh/change.js';
import { HAN_EXAMPLES, HAN_RUN } from '../src/lang/zh/script.js';
import { APPROX } from '../src/lang/zh/approx.js';
import { BOILERPLATE, INLINE_ARTIFACTS, SPLIT_BREADCRUMB } from '../src/lang/zh/boilerplate.js';
import { HEADINGS, INLINE_HEADING, RUN_IN_HEADING } from '../src/lang/zh/headings.js';
import { BYLINE_DATE, DELIVERED, DOC_NUMBER, FIELD_AFTER_DATE, MEDIA, REGION, REGION_LEAD, REPORT_KINDS, TITLE_CHROME, YEAR_REPORTED } from '../src/lang/zh/meta.js';
import * as LABELS from '../src/lang/zh/labels.js';
import { INDICATORS } from '../src/lang/zh/indicators.js';
import { indicatorFor } from '../src/extract/label.js';
import { extractSpec } from './spec-extract.js';
import { MASKS } from '../src/lang/zh/masks.js';
import { SLOGANS } from '../src/lang/zh/slogans.js';
import { MEASURE_WORDS, PERSON_NOUNS, UNITS } from '../src/lang/zh/units.js';
import { ROW_HEADER_MARK, ROW_HEADER_MARK_EXAMPLES, TABLE_UNIT_RULES } from '../src/lang/zh/tables.js';
import { findSpans } from '../src/extract/find.js';
import { cleanText, foldForMatching } from '../src/clean/index.js';
import { PARTS_AFTER_WHOLE_EXAMPLES } from '../src/lang/zh/check.js';
import {
  AVERAGE_RATE, AVERAGE_RATE_EXAMPLES, BASELINE_COMPARED, BASELINE_EARLIER, DOCUMENT_CONTENTS, LEVEL_WORDS_EXAMPLES, SENTENCE_CUES, THRESHOLD_AFTER, YEAR_AVERAGE, YEAR_AVERAGE_EXAMPLES,
} from '../src/lang/zh/status.js';
import {
  CLAUSE_SPANS, HEADING_CUES, OPENING_CUES, RUNNING_TOTAL, SENTENCE_OPENINGS, YEAR_OF_FIGURE, YEAR_OF_FIGURE_EXAMPLES, type TimeCue,
} from '../src/lang/zh/time.js';
import type { Examples } from '../src/lang/zh/types.js';
import { processDocument } from '../src/pipeline.js';

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

describe('measure words (the open vocabulary of units)', () => {
  for (const m of MEASURE_WORDS) {
    for (const ex of m.examples ?? []) {
      it(`${m.word}: "${ex}" is a figure counted in ${m.word}`, () => expect(spansOf(`共${ex}。`).map((s) => s.unit)).toContain(m.word));
    }
    for (const ex of m.counterExamples ?? []) {
      it(`${m.word}: "${ex}" is no figure in ${m.word}`, () => expect(spansOf(`共${ex}。`).map((s) => s.unit)).not.toContain(m.word));
    }
  }
  it.each(MEASURE_WORDS.map((m) => m.word))('%s after an Arabic number is a unit', (w) => {
    expect(spansOf(`共35${w}。`).map((s) => s.unit)).toContain(w);
  });
  it.each(PERSON_NOUNS)('12万%s counts people', (noun) => expect(spansOf(`帮扶12万${noun}。`).map((s) => s.unit)).toEqual(['人']));
});

describe('table headers and notes', () => {
  for (const r of TABLE_UNIT_RULES) {
    for (const ex of r.examples ?? []) it(`${r.name} reads a unit in "${ex}"`, () => expect(r.pattern.exec(ex)?.[1]).toBeTruthy());
    for (const ex of r.counterExamples ?? []) it(`${r.name} reads no unit in "${ex}"`, () => expect(r.pattern.test(ex)).toBe(false));
  }
  for (const ex of ROW_HEADER_MARK_EXAMPLES.examples) it(`a row header's list mark opens "${ex}"`, () => expect(ROW_HEADER_MARK.test(ex)).toBe(true));
  for (const ex of ROW_HEADER_MARK_EXAMPLES.counterExamples) it(`no list mark opens "${ex}"`, () => expect(ROW_HEADER_MARK.test(ex)).toBe(false));
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
  for (const p of [DOC_NUMBER, DELIVERED, REGION, REGION_LEAD, YEAR_REPORTED, MEDIA, BYLINE_DATE, FIELD_AFTER_DATE, ...TITLE_CHROME]) {
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
  const body = '2023年，全市坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。';
  for (const ex of SPLIT_BREADCRUMB.examples) {
    it(`a breadcrumb split over lines: ${ex.replace(/\n/g, ' / ')}`, () => {
      const cleaned = cleanText(`${ex}\n${body}`);
      expect(cleaned.text).toBe(body);
      expect(cleaned.dropped.every((d) => d.rule === 'breadcrumb')).toBe(true);
    });
  }
  for (const ex of SPLIT_BREADCRUMB.counterExamples) {
    it(`no breadcrumb split over lines: ${ex.replace(/\n/g, ' / ')}`, () => {
      expect(cleanText(`${ex}\n${body}`).dropped.filter((d) => d.rule === 'breadcrumb')).toEqual([]);
    });
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
    for (const ex of e.examples ?? []) it(`${e.indicator} names "${ex}"`, () => expect(indicatorFor(e.categories[0], ex, '', e.units[0])).toBe(e.indicator));
    for (const ex of e.counterExamples ?? []) {
      it(`${e.indicator} does not name "${ex}"`, () => {
        for (const c of e.categories) for (const u of e.units) expect(indicatorFor(c, ex, '', u)).not.toBe(e.indicator);
      });
    }
  }
  it('names no figure in a unit its indicator does not count in', () => {
    expect(indicatorFor('fine', '罚款', '', '元')).toBe('罚款金额');
    expect(indicatorFor('person', '城镇新增就业', '', '人')).toBe('城镇新增就业');
    expect(indicatorFor('person', '城镇新增就业', '', '户')).toBe('');
  });
  it('names a labelOnly indicator from the label, never from the clause alone', () => {
    expect(indicatorFor('percent', '比率', '社会物流总费用与地区生产总值的比率降至', '%')).toBe('');
    expect(indicatorFor('percent', '地区生产总值', '地区生产总值增长', '%')).toBe('地区生产总值增长率');
  });
  it('has each indicator once, with a unit', () => {
    expect(new Set(INDICATORS.map((e) => e.indicator)).size).toBe(INDICATORS.length);
    for (const e of INDICATORS) expect(e.units.length).toBeGreaterThan(0);
  });
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

describe('status cues (lang/zh/status.ts): the first figure of each example takes the status', () => {
  const statusOf = (text: string) => processDocument({ id: 't', path: null, bytes: Buffer.from(text) }).indicators[0]?.status;
  for (const cue of [...SENTENCE_CUES, THRESHOLD_AFTER, BASELINE_COMPARED, BASELINE_EARLIER]) {
    for (const ex of cue.examples ?? []) it(`${cue.status}: "${ex}"`, () => expect(statusOf(ex)).toBe(cue.status));
    for (const ex of cue.counterExamples ?? []) it(`not ${cue.status}: "${ex}"`, () => expect(statusOf(ex)).not.toBe(cue.status));
  }
  it.each(LEVEL_WORDS_EXAMPLES.examples!)('in a review of five years, "%s" is the level reached', (ex) => expect(statusOf(`五年来，${ex}。`)).toBe('actual'));
  it.each(LEVEL_WORDS_EXAMPLES.counterExamples!)('in a review of five years, "%s" is what the years added', (ex) => expect(statusOf(`五年来，${ex}。`)).toBe('cumulative'));
});

describe('time cues (lang/zh/time.ts): each pattern matches its examples and none of its counter-examples', () => {
  const cues: Array<[string, { pattern: RegExp } & Examples]> = [
    ...HEADING_CUES.map((c) => [`heading ${c.time}`, c] as [string, TimeCue]),
    ...OPENING_CUES.map((c) => [`opening ${c.time}`, c] as [string, TimeCue]),
    ...SENTENCE_OPENINGS.map((c) => [`sentence ${c.time}`, c] as [string, TimeCue]),
    ...CLAUSE_SPANS.map((c) => [`clause ${c.time}`, c] as [string, TimeCue]),
    ['running total', RUNNING_TOTAL],
    ['year of a figure', { pattern: YEAR_OF_FIGURE, ...YEAR_OF_FIGURE_EXAMPLES }],
    ['a document\'s contents', { ...DOCUMENT_CONTENTS, pattern: { test: (s: string) => DOCUMENT_CONTENTS.subject.test(s) && DOCUMENT_CONTENTS.verb.test(s) } as RegExp }],
    ['a year\'s average', { pattern: YEAR_AVERAGE, ...YEAR_AVERAGE_EXAMPLES }],
    ['an average rate', { pattern: AVERAGE_RATE, ...AVERAGE_RATE_EXAMPLES }],
    ['the end of a change', { pattern: CHANGE_TO, ...CHANGE_TO_EXAMPLES }],
    ['an inline heading', { ...INLINE_HEADING, pattern: new RegExp(INLINE_HEADING.pattern.source) }],
  ];
  for (const [name, cue] of cues) {
    for (const ex of cue.examples ?? []) it(`${name}: "${ex}"`, () => expect(cue.pattern.test(ex)).toBe(true));
    for (const ex of cue.counterExamples ?? []) it(`${name}, not: "${ex}"`, () => expect(cue.pattern.test(ex)).toBe(false));
  }
  it('a heading\'s plan words count only where they end its title', () => {
    const plan = HEADING_CUES.find((c) => c.plan)!;
    expect(plan.pattern.test('三、2026年重点工作')).toBe(true);
    expect(plan.pattern.test('（三）改革重点任务全面完成')).toBe(false);
  });
});

describe('parts markers (lang/zh/check.ts)', () => {
  const partsOf = (text: string) => processDocument({ id: 't', path: null, bytes: Buffer.from(text) }).indicators.map((r) => r.part_of);
  it.each(PARTS_AFTER_WHOLE_EXAMPLES.examples!)('"%s" states parts', (ex) => expect(partsOf(ex).slice(1).every((p) => p === 0)).toBe(true));
  it.each(PARTS_AFTER_WHOLE_EXAMPLES.counterExamples!)('"%s" states none', (ex) => expect(partsOf(ex).every((p) => p === null)).toBe(true));
});

describe('the script (lang/zh/script.ts)', () => {
  it.each(HAN_EXAMPLES.examples!)('"%s" is a run of Han characters', (ex) => expect(HAN_RUN.test(ex)).toBe(true));
  it.each(HAN_EXAMPLES.counterExamples!)('"%s" is not', (ex) => expect(HAN_RUN.test(ex)).toBe(false));
});

describe('change words (lang/zh/change.ts): each, before a figure, states a change its way', () => {
  const changeOf = (text: string) => processDocument({ id: 't', path: null, bytes: Buffer.from(text) }).indicators[0]?.change;
  for (const w of CHANGE_WORDS) {
    // one-character words (多, 少) need their figure after a comparison, as reports write them
    const text = w.word.length > 1 ? `检查企业数量${w.word}25%。` : `检查企业比上年${w.word}25家。`;
    it(`${w.word}: ${text}`, () => expect(changeOf(text)?.direction).toBe(w.direction));
  }
});

describe('alternations built from word lists (lang/build.ts)', () => {
  it('refuse an empty list or an empty word, which would match everywhere', () => {
    expect(() => oneOf([])).toThrow();
    expect(() => oneOf(['罚款', ''])).toThrow();
    expect(() => anyOf('')).toThrow();
  });
  it('put the longest word first and escape what regexes treat specially', () => {
    expect(new RegExp(oneOf(['分享', '分享到'])).exec('分享到：')?.[0]).toBe('分享到');
    expect(new RegExp(`^${oneOf(['a.b'])}$`).test('axb')).toBe(false);
    expect(new RegExp(`^${oneOfSpaced(['标题'])}$`).test('标 题')).toBe(true);
  });
});
