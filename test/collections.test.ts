// Scraped collections: each row a document, extracted exactly like the same report given as a file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCollection, type RowFailure } from '../src/ingest/collection.js';
import type { RawDocument } from '../src/ingest/index.js';
import { processDocument } from '../src/pipeline.js';

const fixture = (p: string) => new URL(`../fixtures/${p}`, import.meta.url).pathname;
const figures = (raw: RawDocument) => processDocument(raw).indicators.map((r) => [r.value, r.unit, r.category, r.raw]);
const fromFile = (name: string) => figures({ id: name, path: fixture(name), bytes: readFileSync(fixture(name)) });

async function rows(path: string, options = {}) {
  const out: Array<RawDocument | RowFailure> = [];
  for await (const r of readCollection(path, options)) out.push(r);
  return out;
}

const SEEDS = ['000_0a1174e0e61f44a7.txt', '001_1337db6bbca4abca.txt', '002_aae4e83fbe399c5d.txt', '003_82e0cdeab1434db4.txt', '004_5c4622553a17020d.txt'];

describe('collections', () => {
  it('a CSV row extracts exactly like its report as a file', async () => {
    const docs = (await rows(fixture('collections/reports.csv'))) as RawDocument[];
    expect(docs.map((d) => d.id)).toEqual(SEEDS.map((_, i) => `${fixture('collections/reports.csv')}#${i + 1}`));
    docs.forEach((d, i) => expect(figures(d)).toEqual(fromFile(SEEDS[i])));
  });

  it('a JSON Lines row, HTML or text, extracts exactly like its report as a file', async () => {
    const docs = (await rows(fixture('collections/reports.jsonl'))) as RawDocument[];
    expect(docs.map((d) => d.isHtml)).toEqual([true, true, false]);
    docs.forEach((d, i) => expect(figures(d)).toEqual(fromFile(SEEDS[i])));
  });

  it('fills metadata from the other columns where the text lacks it', async () => {
    const [doc] = (await rows(fixture('collections/reports.csv'))) as RawDocument[];
    expect(processDocument(doc).meta.url).toBe('https://example.gov.cn/report/0');
    const jsonl = (await rows(fixture('collections/reports.jsonl'))) as RawDocument[];
    expect(processDocument(jsonl[0]).meta.published).toBe('2024-01-18'); // the text's own date wins
  });

  it('names rows by an id column on request, and finds a chosen text column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmine-coll-'));
    const path = join(dir, 'c.tsv');
    writeFileSync(path, 'key\t正文\tother\nA7\t检查企业5家。\tx\n');
    const [doc] = (await rows(path, { idColumn: 'key' })) as RawDocument[];
    expect(doc.id).toBe(`${path}#A7`);
    expect(figures(doc)).toEqual([[5, '家', 'count', '5家']]);
  });

  it('reports a bad row and goes on with the next', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmine-coll-'));
    const path = join(dir, 'c.jsonl');
    writeFileSync(path, '{"content":"检查企业5家。"}\n{broken\n{"title":"no text"}\n{"content":"罚款3万元。"}\n');
    const out = await rows(path);
    expect(out.map((r) => ('error' in r ? r.error.kind : 'ok'))).toEqual(['ok', 'bad-row', 'no-text-column', 'ok']);
    expect((out[1] as RowFailure).id).toBe(`${path}#2`);
  });

  it('fails a row whose CSV quote never closes, by its number and line, after the rows before it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmine-coll-'));
    const path = join(dir, 'c.csv');
    writeFileSync(path, 'content\n检查企业5家。\n"unclosed,\n罚款3万元。\n');
    const out = await rows(path);
    expect(out.map((r) => ('error' in r ? r.error.kind : 'ok'))).toEqual(['ok', 'bad-row']);
    expect((out[1] as RowFailure).id).toBe(`${path}#2`);
    expect((out[1] as RowFailure).error.message).toBe('row 2 (line 3) is left out: a quote opened in this row is never closed, so every line after it is part of one field');
  });

  it('leaves out a row with a quote that is not doubled, naming it, and reads the rows on both sides', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmine-coll-'));
    const path = join(dir, 'c.csv');
    const row = (n: number, text: string) => `${n},"${text}"`;
    writeFileSync(path, ['id,content', row(1, '某局工作总结\n检查企业5家。'), row(2, '某局工作总结\n他说"好"，罚款9万元。'), row(3, '罚款3万元。'), row(4, '某局工作总结\n“立案”12件。'), ''].join('\n'));
    const out = await rows(path);
    expect(out.map((r) => r.id.slice(path.length))).toEqual(['#1', '#2', '#3', '#4']);
    expect(out.map((r) => ('error' in r ? r.error.kind : 'ok'))).toEqual(['ok', 'bad-row', 'ok', 'ok']);
    expect((out[1] as RowFailure).error.message).toBe('row 2 (line 4) is left out: a quote inside a quoted field is not doubled ("") at …工作总结 他说"');
    expect(figures(out[3] as RawDocument)).toEqual([[12, '件', 'case', '12件']]);
  });
});
