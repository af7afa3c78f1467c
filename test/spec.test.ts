// The spec files (test/spec/*.json), in the manner of Recognizers-Text: one shape for every file,
// { "model": …, "cases": [{ "input": …, "expected": …, "note"? }] }, and this one runner. The model
// names what the input is run through; the case holds when the output matches what it expects (the
// fields listed, every element of a list and no other). Expected outputs are what the code gives
// today, cases that must yield nothing included; one test per case, named from its input (a page,
// from its note).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText, foldForMatching } from '../src/clean/index.js';
import { parseDate } from '../src/meta/index.js';
import { SETTINGS } from '../src/lang/zh/settings.js';
import { unradical } from '../src/lang/zh/script.js';
import { processDocument } from '../src/pipeline.js';
import { headingOf } from '../src/segment/index.js';
import { statesDifference } from '../src/text/index.js';
import { extractSpec } from './spec-extract.js';

interface Case { input: string; expected: unknown; note?: string }
interface Spec { model: string; cases: Case[] }

const documentOf = (text: string) => processDocument({ id: 'spec', path: null, bytes: Buffer.from(text) });

interface Model {
  /** the function under test, from a case's input to what its expected output describes */
  run: (input: string) => unknown;
  /** how a case holds, where it is not by matching (see the head of this file) */
  holds?: (got: any, expected: any) => void;
  /** what the cases of this model, together, must show */
  covers?: (cases: Case[]) => void;
}

const MODELS: Record<string, Model> = {
  // each figure of a sentence, read alone and then related (the changes stated), as records
  figures: {
    run: extractSpec,
    // a label read from prose names the row, it does not quote the sentence (a table's is its header path)
    covers: (cases) => {
      for (const c of cases) for (const r of extractSpec(c.input).filter((r) => r.source === 'prose')) expect([...r.label].length, `${c.input}: ${r.label}`).toBeLessThanOrEqual(SETTINGS.LIST_MAX_CHARS.value);
    },
  },
  // the records of a short document, through the whole pipeline
  document: { run: (text) => documentOf(text).indicators },
  // what each figure is a stated part of, as [part, whole] by their raw text: every pair, no other
  parts: {
    run: (text) => {
      const records = documentOf(text).indicators;
      return records.filter((r) => r.part_of !== null).map((r) => [r.raw, records[r.part_of!].raw]);
    },
  },
  // the checks of a document: every one listed is made with that outcome, no mismatch beyond those listed
  checks: {
    run: (text) => documentOf(text).checks.map((k) => ({ kind: k.kind, status: k.status })),
    holds: (got: Array<{ kind: string; status: string }>, expected: typeof got) => {
      for (const want of expected) expect(got).toContainEqual(want);
      expect(got.filter((k) => k.status === 'mismatch')).toEqual(expected.filter((k) => k.status === 'mismatch'));
    },
    covers: (cases) => {
      for (const kind of ['rate', 'difference', 'average', 'parts', 'share', 'items', 'repeated']) {
        for (const status of ['ok', 'mismatch']) {
          expect(cases.some((c) => (c.expected as Array<{ kind: string; status: string }>).some((k) => k.kind === kind && k.status === status)), `${kind} ${status}`).toBe(true);
        }
      }
    },
  },
  // whether the last figure of a sentence states a difference from an earlier value (比上年增加7.2万人), not a quantity acted on
  differences: {
    run: (text) => {
      const doc = documentOf(text);
      return statesDifference(foldForMatching(doc.text), doc.indicators[doc.indicators.length - 1]);
    },
  },
  // a date as written, as YYYY-MM-DD (null: no date)
  dates: { run: parseDate },
  // what cleaning keeps of a text, line by line, and what it drops by which rule
  boilerplate: {
    run: (text) => {
      const cleaned = cleanText(text);
      return { kept: cleaned.text.split('\n').filter(Boolean), dropped: cleaned.dropped.map(({ text, rule }) => ({ text, rule })) };
    },
  },
  // a document's metadata, as the pipeline reads it: from the cleaned text's lines and the text before
  // cleaning (in simplified characters where it is written in traditional ones); a page (HTML) whole,
  // its markup and the lines beside its article read too
  meta: { run: (input) => documentOf(input).meta },
  // the heading a line opens with
  headings: { run: (line) => headingOf(line, foldForMatching(line)) },
  // a text read from a PDF, each radical that stands for a character made that character
  unradical: { run: unradical },
};

const holds = (got: unknown, expected: unknown) => {
  if (expected !== null && typeof expected === 'object') expect(got).toMatchObject(expected);
  else expect(got).toBe(expected);
};

const dir = new URL('./spec/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

for (const file of files) {
  const spec = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Spec;
  const model = MODELS[spec.model];
  describe(`test/spec/${file} (${spec.model})`, () => {
    it('names a model this runner knows, and holds cases', () => {
      expect(Object.keys(MODELS)).toContain(spec.model);
      expect(spec.cases.length).toBeGreaterThan(0);
    });
    if (!model) return;
    for (const c of spec.cases) {
      const empty = Array.isArray(c.expected) && c.expected.length === 0;
      // (a page is named by its note: its input opens with markup alike in every page)
      const shown = c.input.startsWith('<') && c.note ? c.note : c.input;
      it(`${shown.replace(/\n/g, ' ⏎ ').slice(0, 90)}${empty ? ' → nothing' : ''}`, () => (model.holds ?? holds)(model.run(c.input), c.expected));
    }
    if (model.covers) it('covers what the model must show', () => model.covers!(spec.cases));
  });
}
