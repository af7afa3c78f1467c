// One spec per stage (test/spec/{dates,headings,boilerplate,meta,units}.json), in the manner of
// Recognizers-Text: each case an input and the output the stage gives today, counter-examples included
// (expected null, nothing dropped, no figure). One test per case, named from its input.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/clean/index.js';
import { parseDate, readMeta } from '../src/meta/index.js';
import { processDocument } from '../src/pipeline.js';
import { headingOf } from '../src/segment/index.js';

interface Case<I, E> { input: I; expected: E; note?: string }

/** Loads test/spec/<name>.json and runs `check` on each of its cases, one test each. */
function spec<I, E>(name: string, check: (input: I, expected: E) => void): void {
  const cases = JSON.parse(readFileSync(new URL(`./spec/${name}.json`, import.meta.url), 'utf8')) as Case<I, E>[];
  describe(`${name} spec (test/spec/${name}.json)`, () => {
    it('holds cases that match and cases that yield nothing', () => expect(cases.length).toBeGreaterThan(10));
    for (const c of cases) {
      const { text, html } = (typeof c.input === 'string' ? { text: c.input } : c.input) as { text?: string; html?: string };
      it((text ?? c.note ?? html!).replace(/\n/g, ' ⏎ ').slice(0, 90), () => check(c.input, c.expected));
    }
  });
}

spec<string, string | null>('dates', (input, expected) => expect(parseDate(input)).toBe(expected));

spec<string, ReturnType<typeof headingOf>>('headings', (input, expected) => expect(headingOf(input)).toEqual(expected));

spec<string, { kept: string[]; dropped: Array<{ text: string; rule: string }> }>('boilerplate', (input, expected) => {
  const cleaned = cleanText(input);
  expect({
    kept: cleaned.text.split('\n').filter(Boolean),
    dropped: cleaned.dropped.map(({ text, rule }) => ({ text, rule })),
  }).toEqual(expected);
});

// as the pipeline reads it: the cleaned text's lines, and the text before cleaning; a page (html) whole
spec<{ text?: string; html?: string }, Record<string, unknown>>('meta', ({ text, html }, expected) => {
  const meta = html !== undefined
    ? processDocument({ id: 'spec.html', path: null, bytes: Buffer.from(html), isHtml: true }).meta
    : readMeta(cleanText(text!).text.split('\n'), text!);
  expect(meta).toMatchObject(expected);
});

spec<string, Array<{ value: number; unit: string; category: string }>>('units', (input, expected) => {
  expect(processDocument({ id: 't', path: null, bytes: Buffer.from(input) }).indicators).toMatchObject(expected);
});

// what each figure refers to in time, and its status, as the whole pipeline gives them on a short report
spec<{ text: string }, Array<{ raw: string; status: string; period: string }>>('periods', ({ text }, expected) => {
  const d = processDocument({ id: 'spec', path: null, bytes: Buffer.from(text) });
  expect(d.indicators.map(({ raw, status, period }) => ({ raw, status, period }))).toEqual(expected);
});
