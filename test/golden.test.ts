// Golden files: the whole result for each bundled report. When a change alters one, vitest shows the
// diff; review it by eye, then accept it with `npx vitest run -u`.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentJson } from '../src/emit/index.js';
import { processDocument, processFile } from '../src/pipeline.js';

const dir = new URL('../fixtures/', import.meta.url);
const reports = ['', 'extra/', 'html/']
  .flatMap((sub) => readdirSync(new URL(sub, dir)).filter((f) => /\.(?:txt|html?)$/.test(f)).map((f) => sub + f))
  .sort();

describe('golden documents (fixtures/*.expected.json)', () => {
  it('has reports to check', () => expect(reports.length).toBeGreaterThanOrEqual(19));
  for (const name of reports) {
    it(name, async () => {
      const doc = processDocument({ id: name, path: name, bytes: readFileSync(new URL(name, dir)) });
      const golden = { ...documentJson(doc), text: doc.text };
      await expect(JSON.stringify(golden, null, 2) + '\n').toMatchFileSnapshot(`../fixtures/${name.replace(/\.[^.]+$/, '')}.expected.json`);
    });
  }
});

describe('HTML pages give the figures of their plain-text report', () => {
  const manifest = JSON.parse(readFileSync(new URL('html/MANIFEST.json', dir), 'utf8')) as Array<{ page: string; seed: string }>;
  const figures = (name: string) =>
    processDocument({ id: name, path: name, bytes: readFileSync(new URL(name, dir)) }).indicators.map((r) => [r.value, r.unit, r.category]);
  for (const { page, seed } of manifest) {
    it(`${page} = ${seed}`, () => expect(figures(`html/${page}`)).toEqual(figures(seed)));
  }
});

describe('golden documents read from PDF and Word files (fixtures/documents/*.expected.json)', () => {
  const files = readdirSync(new URL('documents/', dir)).filter((f) => /\.(?:pdf|docx?)$/.test(f)).sort();
  it('has PDF, .docx and .doc files to check', () => expect(new Set(files.map((f) => f.replace(/^.*\./, '')))).toEqual(new Set(['pdf', 'docx', 'doc'])));
  for (const name of files) {
    it(name, async () => {
      const path = `documents/${name}`;
      const doc = await processFile({ id: path, path, bytes: readFileSync(new URL(path, dir)) });
      const golden = { ...documentJson(doc), text: doc.text };
      await expect(JSON.stringify(golden, null, 2) + '\n').toMatchFileSnapshot(`../fixtures/documents/${name}.expected.json`);
    });
  }
});
