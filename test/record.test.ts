// The indicator record is listed once (src/record/schema.ts): every output, and the README, follow it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentJson, serializer } from '../src/emit/index.js';
import { processDocument } from '../src/pipeline.js';
import { CSV_COLUMNS, FIELD_NAMES, recordTable } from '../src/record/schema.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const seed = new URL('../fixtures/003_82e0cdeab1434db4.txt', import.meta.url);
const doc = processDocument({ id: 'seed.txt', path: 'seed.txt', bytes: readFileSync(seed) });

/** The table that follows a heading of the README. */
function tableAfter(heading: string): string {
  const at = readme.indexOf(heading);
  const start = readme.indexOf('\n|', at) + 1;
  return readme.slice(start, readme.indexOf('\n\n', start));
}

describe('the record schema', () => {
  it('is the README\'s table of the record, field for field', () => {
    expect(tableAfter('## The indicator record')).toBe(recordTable());
  });

  it('gives the CSV header: the fields in order, change flattened, the newest last', () => {
    const header = serializer('csv').begin().trim();
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(CSV_COLUMNS.slice(0, 4)).toEqual(['doc', 'title', 'agency', 'year']);
    expect(CSV_COLUMNS).toContain('change_rate');
    expect(CSV_COLUMNS).not.toContain('change');
    expect(CSV_COLUMNS.slice(-2)).toEqual(['period', 'source']);
  });

  it('orders every JSON record\'s fields as listed, an absent optional field left out', () => {
    const json = documentJson(doc).indicators;
    expect(json.length).toBeGreaterThan(10);
    const order = (keys: string[]) => keys.map((k) => FIELD_NAMES.indexOf(k as never));
    for (const r of json) {
      const keys = Object.keys(r);
      expect(order(keys)).toEqual([...order(keys)].sort((a, b) => a - b));
      expect(keys).toEqual(expect.arrayContaining(['doc', 'value', 'status', 'part_of', 'period', 'source']));
    }
    const lines = serializer('jsonl').render(doc).trim().split('\n').map((l) => Object.keys(JSON.parse(l)));
    expect(lines).toEqual(json.map((r) => Object.keys(r)));
  });

  it('says where each figure stands: a sentence, or a table\'s cell', () => {
    const table = processDocument({ id: 't.txt', path: 't.txt', bytes: readFileSync(new URL('../fixtures/html/zfxxgk_pingtan_2022.html', import.meta.url)) });
    const sources = new Set(table.indicators.map((r) => r.source));
    expect(sources).toEqual(new Set(['prose', 'table']));
    // a cell's label is the path of its headers; a sentence's never is
    for (const r of table.indicators) expect(r.label.includes(' / ')).toBe(r.source === 'table');
    expect(doc.indicators.every((r) => r.source === 'prose')).toBe(true);
    // and when: the year of the report it stands in, for its results
    expect(table.indicators.filter((r) => r.status === 'actual').every((r) => r.period === '2022')).toBe(true);
  });
});
