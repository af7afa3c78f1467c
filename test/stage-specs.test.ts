// The spec files of dates, boilerplate and metadata (test/spec/{dates,boilerplate,meta}.json), each
// case an input and the output the stage gives today, counter-examples included (expected null,
// nothing dropped). One test per case, named from its input.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/clean/index.js';
import { parseDate, readMeta } from '../src/meta/index.js';

interface Case<I, E> { input: I; expected: E; note?: string }

/** Loads test/spec/<name>.json and runs `check` on each of its cases, one test each. */
function spec<I, E>(name: string, check: (input: I, expected: E) => void): void {
  const cases = JSON.parse(readFileSync(new URL(`./spec/${name}.json`, import.meta.url), 'utf8')) as Case<I, E>[];
  describe(`${name} spec (test/spec/${name}.json)`, () => {
    it('holds cases that match and cases that yield nothing', () => expect(cases.length).toBeGreaterThan(10));
    for (const c of cases) {
      const text = typeof c.input === 'string' ? c.input : (c.input as { text: string }).text;
      it(text.replace(/\n/g, ' ⏎ ').slice(0, 90), () => check(c.input, c.expected));
    }
  });
}

spec<string, string | null>('dates', (input, expected) => expect(parseDate(input)).toBe(expected));

spec<string, { kept: string[]; dropped: Array<{ text: string; rule: string }> }>('boilerplate', (input, expected) => {
  const cleaned = cleanText(input);
  expect({
    kept: cleaned.text.split('\n').filter(Boolean),
    dropped: cleaned.dropped.map(({ text, rule }) => ({ text, rule })),
  }).toEqual(expected);
});

// as the pipeline reads it: the cleaned text's lines, and the text before cleaning
spec<{ text: string }, Record<string, unknown>>('meta', ({ text }, expected) => {
  expect(readMeta(cleanText(text).text.split('\n'), text)).toMatchObject(expected);
});
