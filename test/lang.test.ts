// Every language table carries its own proof (lang/zh/types.ts, Examples): this walks every export of
// lang/zh and runs every example and counter-example it finds, so adding a unit, marker, slogan or
// rule is one edit with its own proof, and a pattern with none fails. A pattern's examples are run on
// the pattern itself (`input → expected`: its first group, or the whole match); a table whose examples
// are read through the engine (a unit is a figure's unit, a label its first figure's) says how in MODELS.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOf, oneOf, oneOfSpaced } from '../src/lang/build.js';
import { charCodes } from '../src/lang/chars.js';
import { CHANGE_WORDS } from '../src/lang/zh/change.js';
import { CHROME_LABELS, CHROME_WORDS, SHARE_TARGETS, TOOL_PHRASES } from '../src/lang/zh/boilerplate.js';
import { FIELD_LABELS, HINT_COLUMNS, TEXT_COLUMNS } from '../src/lang/zh/meta.js';
import { DROP_SELECTORS, GENERIC_MAIN_SELECTORS, META_TAGS, SPECIFIC_MAIN_SELECTORS } from '../src/lang/zh/portal.js';
import { INDICATORS } from '../src/lang/zh/indicators.js';
import { SLOGANS } from '../src/lang/zh/slogans.js';
import { CATEGORY_KEYWORDS, MEASURE_WORDS, PERSON_NOUNS, UNITS } from '../src/lang/zh/units.js';
import { SETTINGS } from '../src/lang/zh/settings.js';
import type { Examples } from '../src/lang/zh/types.js';
import { indicatorFor } from '../src/extract/label.js';
import { findSpans } from '../src/extract/find.js';
import { cleanText, foldForMatching } from '../src/clean/index.js';
import { processDocument } from '../src/pipeline.js';
import { extractSpec } from './spec-extract.js';

const spansOf = (text: string) => findSpans(foldForMatching(text));
const unitsOf = (text: string) => spansOf(`共${text}。`).map((s) => s.unit);
const statusOf = (text: string) => processDocument({ id: 't', path: null, bytes: Buffer.from(text) }).indicators[0]?.status;
/**
 * What cleaning makes of lines above a body: `true` where they all go as a breadcrumb split over
 * lines and the body stays whole, `false` where none goes as one, else `'partly'`.
 */
const BODY = '2023年，全市坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。';
function splitBreadcrumbOf(lines: string): boolean | 'partly' {
  const cleaned = cleanText(`${lines}\n${BODY}`);
  const crumbs = cleaned.dropped.filter((d) => d.rule === 'breadcrumb');
  if (crumbs.length === 0) return false;
  return cleaned.text === BODY && crumbs.length === cleaned.dropped.length ? true : 'partly';
}

/** Every export of every language table, by module name (units, labels, …). */
const ZH = new URL('../src/lang/zh/', import.meta.url);
const modules: Record<string, Record<string, unknown>> = Object.fromEntries(await Promise.all(readdirSync(ZH).filter((f) => f.endsWith('.ts'))
  .map(async (f) => [f.replace(/\.ts$/, ''), await import(new URL(f, ZH).href)] as const)));

/** An entry of a table, as the models read it: its own fields are the table's. */
type Entry = Examples & Record<string, any>;

/**
 * How the examples of a table read through the engine are run, by `module.export` (or by module, for
 * all of its tables): `read` gives what an input makes of the entry; an example holds when that is
 * (or, for a list, holds) what it expects: what it says after ` → `, else `implied` for the entry, else
 * true. A counter-example must not hold.
 */
interface Model { read: (entry: Entry, input: string) => unknown; implied?: (entry: Entry) => unknown }
// the label of the last figure: a rate or a reach named alone, after the figure whose it is
const lastLabel: Model = { read: (_, input) => extractSpec(input).at(-1)?.label };
const statusCue: Model = { read: (_, input) => statusOf(input), implied: (cue) => cue.status };
const MODELS: Record<string, Model> = {
  // a figure in the unit (共…。 around it, as a sentence holds it)
  'units.UNITS': { read: (_, input) => unitsOf(input), implied: (u) => u.unit },
  'units.MEASURE_WORDS': { read: (_, input) => unitsOf(input), implied: (m) => m.word },
  'approx.APPROX': { read: (_, input) => spansOf(input)[0]?.approx, implied: (a) => a.marker },
  // a mask is a regex source
  'masks.MASKS': { read: (m, input) => new RegExp(m.pattern).test(input) },
  // a line the rule drops: it matches the line as matching reads it, and the line is short enough
  // a text in traditional characters, as matching reads it
  'traditional.TRADITIONAL': { read: (_, input) => foldForMatching(input, true) },
  'boilerplate.BOILERPLATE': { read: (r, input) => input.length <= r.maxLength && r.pattern.test(foldForMatching(input)) },
  // lines above a report (written one a line, \n between them) that cleaning drops as a breadcrumb split over lines
  'boilerplate.SPLIT_BREADCRUMB': { read: (_, input) => splitBreadcrumbOf(input) },
  // the indicator a label names, under any of the entry's categories and units
  'indicators.INDICATORS': { read: (e, input) => e.categories.flatMap((c: string) => e.units.map((u: string) => indicatorFor(c as never, input, '', u))), implied: (e) => e.indicator },
  'indicators.OWN_WHOLE_PREFIXES': { read: (o, input) => o.words.some((w: string) => input.startsWith(w)) },
  // the status of the first figure of a sentence
  'status.SENTENCE_CUES': statusCue,
  'status.THRESHOLD_AFTER': statusCue,
  'status.MONEY_CLASS_AFTER': statusCue,
  'status.CLASS_COUNTED_AFTER': statusCue,
  'status.BOUNDED_CLASS_AFTER': statusCue,
  'status.QUOTA_SHARED': statusCue,
  'status.TARGET_AFTER': statusCue,
  'status.BASELINE_COMPARED': statusCue,
  'status.BASELINE_EARLIER': statusCue,
  // in a review of five years, a level reached is a result of its last year, not what the years added
  'status.LEVEL_WORDS': { read: (_, input) => statusOf(`五年来，${input}。`), implied: () => 'actual' },
  'status.STOCK_QUANTITY': { read: (_, input) => statusOf(`五年来，${input}。`), implied: () => 'actual' },
  'labels.RATE_ALONE': lastLabel,
  'labels.RESPECTIVE_SHARE': lastLabel,
  'labels.REACH_ALONE': lastLabel,
  'labels.SHARE_OF_FOLLOWING': lastLabel,
  'labels.IN_ANOTHER_UNIT': lastLabel,
  'labels.PLAN_SHARE': lastLabel,
  'labels.PART_OF_YEAR': lastLabel,
  'labels.CARRIED_OVER': lastLabel,
  'labels.REMAINDER': lastLabel,
  'labels.NET_CHANGE': lastLabel,
  'labels.PULLED_GROWTH': lastLabel,
  'labels.RANK_CLAUSE': lastLabel,
  'labels.AVERAGED': lastLabel,
  // the label of the first figure of a sentence
  labels: { read: (_, input) => extractSpec(input)[0]?.label },
  // a term is cut whole: the label of the first figure holds it
  terms: { read: (_, input) => extractSpec(input)[0]?.label },
};

const readExample = (ex: string) => {
  const at = ex.indexOf(' → ');
  return at < 0 ? { input: ex, expected: undefined } : { input: ex.slice(0, at), expected: ex.slice(at + ' → '.length) };
};
const hasExamples = (v: object) => 'examples' in v || 'counterExamples' in v;

/** Whether an example holds for an entry: through its table's model, else on its pattern. */
function holds(table: string, entry: Entry, example: string): boolean {
  const { input, expected } = readExample(example);
  const model = MODELS[table] ?? MODELS[table.split('.')[0]];
  if (model) {
    const got = model.read(entry, input);
    const want = expected ?? model.implied?.(entry) ?? true;
    return Array.isArray(got) ? got.includes(want) : got === want;
  }
  const patterns = entry instanceof RegExp ? [entry] : Object.values(entry).filter((v): v is RegExp => v instanceof RegExp);
  if (patterns.length !== 1) throw new Error(`no model runs the examples of ${table}, and it holds ${patterns.length} patterns`);
  const m = new RegExp(patterns[0].source, patterns[0].flags.replace(/[gy]/g, '')).exec(input);
  return m !== null && (expected === undefined || (m.length > 1 ? m[1] : m[0]) === expected);
}

/** Every entry carrying examples among an export's values, and the patterns that carry none and stand in no such entry. */
function proofs(value: unknown, path: string, found: { entries: Array<[string, Entry]>; unproven: string[] }, covered = false) {
  if (value === null || typeof value !== 'object' || value instanceof Map) return found;
  const own = !Array.isArray(value) && hasExamples(value);
  if (own) found.entries.push([path, value as Entry]);
  else if (value instanceof RegExp && !covered) found.unproven.push(path);
  if (!(value instanceof RegExp)) for (const [k, v] of Object.entries(value)) proofs(v, Array.isArray(value) ? `${path}[${k}]` : `${path}.${k}`, found, covered || own);
  return found;
}

describe('every example and counter-example of every language table', () => {
  const tables = Object.entries(modules).flatMap(([file, exports]) => Object.entries(exports).map(([name, v]) => [`${file}.${name}`, v] as const));
  const found = { entries: [] as Array<[string, Entry]>, unproven: [] as string[] };
  for (const [table, value] of tables) proofs(value, table, found);

  it('leaves no regular expression without examples', () => expect(found.unproven).toEqual([]));
  // a pattern that matches an empty input (an optional prefix or suffix) is proven by what it takes
  it('gives every pattern a counter-example, unless it matches the empty input', () => {
    // a pattern, or an entry holding one (a regex source among them: masks, label grammar)
    const patternsOf = (e: Entry) => (e instanceof RegExp ? [e] : [...Object.values(e), ...(typeof e.pattern === 'string' ? [new RegExp(e.pattern)] : [])].filter((v): v is RegExp => v instanceof RegExp));
    const without = found.entries.filter(([, e]) => patternsOf(e).length > 0 && !e.counterExamples?.length
      && !patternsOf(e).some((v) => new RegExp(v.source, v.flags.replace(/[gy]/g, '')).test('')));
    expect(without.map(([path]) => path)).toEqual([]);
  });
  it('finds the tables, and every table a model names', () => {
    expect(found.entries.length).toBeGreaterThan(200);
    for (const name of Object.keys(MODELS)) expect(tables.some(([t]) => t === name || t.startsWith(`${name}.`)), name).toBe(true);
  });
  for (const [path, entry] of found.entries) {
    const table = path.replace(/\[.*$/, '').split('.').slice(0, 2).join('.');
    for (const ex of entry.examples ?? []) it(`${path}: ${ex}`, () => expect(holds(table, entry, ex)).toBe(true));
    for (const ex of entry.counterExamples ?? []) it(`${path}, not: ${ex}`, () => expect(holds(table, entry, ex)).toBe(false));
  }
  it('can fail', () => {
    const re = /(\d{4})年/;
    expect(proofs({ a: re, b: { pattern: re, examples: [] } }, 'x', { entries: [], unproven: [] }).unproven).toEqual(['x.a']);
    expect(holds('x.y', re, '2024年 → 2024')).toBe(true);
    expect(holds('x.y', re, '2024年 → 2023')).toBe(false);
    expect(holds('units.UNITS', UNITS[0], '3株')).toBe(false);
  });
});

describe('every word of a list', () => {
  it.each(MEASURE_WORDS.map((m) => m.word))('%s after an Arabic number is a unit', (w) => expect(unitsOf('35' + w)).toContain(w));
  it.each(PERSON_NOUNS)('12万%s counts people', (noun) => expect(spansOf(`帮扶12万${noun}。`).map((s) => s.unit)).toEqual(['人']));
  it.each(SLOGANS)('slogan %s yields no figure', (s) => expect(spansOf(`落实${s}要求`)).toEqual([]));
  const changeOf = (text: string) => processDocument({ id: 't', path: null, bytes: Buffer.from(text) }).indicators[0]?.change;
  for (const w of CHANGE_WORDS) {
    // one-character words (多, 少) need their figure after a comparison, as reports write them
    const text = w.word.length > 1 ? `检查企业数量${w.word}25%。` : `检查企业比上年${w.word}25家。`;
    it(`change word ${w.word}: ${text}`, () => expect(changeOf(text)?.direction).toBe(w.direction));
  }
});

describe('indicators', () => {
  it('names no figure in a unit its indicator does not count in', () => {
    expect(indicatorFor('fine', '罚款', '', '元')).toBe('罚款金额');
    expect(indicatorFor('person', '城镇新增就业', '', '人')).toBe('城镇新增就业');
    expect(indicatorFor('person', '城镇新增就业', '', '户')).toBe('');
  });
  it('names a labelOnly indicator from the label, never from the clause alone', () => {
    expect(indicatorFor('percent', '比率', '社会物流总费用与地区生产总值的比率降至', '%')).toBe('');
    expect(indicatorFor('percent', '地区生产总值', '地区生产总值增长', '%')).toBe('地区生产总值增长率');
  });
  it('each have a unit', () => { for (const e of INDICATORS) expect(e.units.length).toBeGreaterThan(0); });
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

/** What names an entry of a table of entries: its word, unit, marker, name, indicator or kind. */
const ENTRY_KEYS = ['unit', 'word', 'marker', 'name', 'indicator', 'kind'];
/** The word lists among the exports: lists of words, the keys of lists of entries, and character lists (notBefore, *_CHARS). */
function wordLists(value: unknown, path: string, out: Array<[string, string[]]> = []): Array<[string, string[]]> {
  if (typeof value === 'string' && /(?:notBefore|_CHARS)$/.test(path)) out.push([path, [...value]]);
  if (value === null || typeof value !== 'object' || value instanceof RegExp || value instanceof Map) return out;
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((v) => typeof v === 'string')) out.push([path, value]);
    const key = ENTRY_KEYS.find((k) => value.length > 0 && value.every((v) => typeof v?.[k] === 'string'));
    if (key) out.push([`${path}.${key}`, value.map((v) => v[key])]);
  }
  for (const [k, v] of Object.entries(value)) wordLists(v, `${path}.${k}`, out);
  return out;
}
const twice = (words: readonly string[]) => words.filter((w, i) => words.indexOf(w) !== i);

/**
 * Tables that mean the same (a word in two of them says two things, or one thing twice): each word
 * stands in one of them only.
 */
const SAME_MEANING: Record<string, Record<string, readonly string[]>> = {
  'units and measure words': { UNITS: UNITS.map((u) => u.unit), MEASURE_WORDS: MEASURE_WORDS.map((m) => m.word) },
  'case and count keywords': CATEGORY_KEYWORDS,
  'metadata labels': { ...FIELD_LABELS, CHROME_LABELS },
  'page tools': { TOOL_PHRASES, CHROME_WORDS, SHARE_TARGETS },
  'collection columns': { TEXT_COLUMNS, ...HINT_COLUMNS },
  'meta tags': META_TAGS,
  'portal selectors': { SPECIFIC_MAIN_SELECTORS, GENERIC_MAIN_SELECTORS, DROP_SELECTORS },
};

describe('each piece of language knowledge stands once', () => {
  const lists = Object.entries(modules).flatMap(([file, exports]) => Object.entries(exports).flatMap(([name, v]) => wordLists(v, `${file}.${name}`)));
  it('finds the word lists', () => expect(lists.length).toBeGreaterThan(100));
  it('no list holds a word twice', () => {
    expect(lists.map(([path, words]) => [path, twice(words)]).filter(([, d]) => d.length > 0)).toEqual([]);
  });
  it.each(Object.entries(SAME_MEANING))('no word stands in two of the %s', (_, tables) => {
    const all = Object.values(tables).flat();
    expect(twice(all).map((w) => `${w}: ${Object.keys(tables).filter((t) => tables[t].includes(w)).join(', ')}`)).toEqual([]);
  });
  it('can fail', () => {
    expect(twice(wordLists({ words: ['备案', '案卷', '备案'] }, 'x')[0][1])).toEqual(['备案']);
    expect(wordLists([{ unit: '株', notBefore: '洲洲' }], 'x').map(([, w]) => twice(w))).toEqual([[], ['洲']]);
  });
});

describe('thresholds (lang/zh/settings.ts)', () => {
  const src = new URL('../src/', import.meta.url);
  const files = (dir: URL): string[] => readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(new URL(`${e.name}/`, dir)) : e.name.endsWith('.ts') ? [readFileSync(new URL(e.name, dir), 'utf8')] : []));
  const code = files(src).join('\n');
  it.each(Object.entries(SETTINGS))('%s says what it bounds and why, and is read', (name, s) => {
    expect(s.value).toBeGreaterThan(0);
    expect(s.bounds.length).toBeGreaterThan(10);
    expect(s.why.length).toBeGreaterThan(10);
    expect(code).toContain(`SETTINGS.${name}.value`);
  });
});
