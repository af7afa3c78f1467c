// govmine search: words and phrases as a user types them, cut the way the dataset's index was.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchExpression } from '../src/dataset/index.js';
import { runGovmine } from './govmine.js';

const Database = createRequire(import.meta.url)('better-sqlite3') as typeof import('better-sqlite3');
const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));
let dir: string;
const govmine = (args: string[], env?: Record<string, string | undefined>) => runGovmine(args, { cwd: dir, env });
const query = (db: string, sql: string, ...params: unknown[]) => {
  const d = new Database(join(dir, db), { readonly: true });
  try { return d.prepare(sql).pluck().get(...params); } finally { d.close(); }
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'govmine-search-'));
  mkdirSync(join(dir, 'in'));
  for (const s of readdirSync(fixtures).filter((f) => /^\d{3}_.*\.txt$/.test(f))) copyFileSync(join(fixtures, s), join(dir, 'in', s));
  expect(govmine(['sync', 'in', '--db', 'r.db', '-q']).status).toBe(0);
  expect(govmine(['sync', 'in', '--db', 'bare.db', '--no-search', '-q']).status).toBe(0);
}, 60_000);

describe('govmine search', () => {
  it('finds a phrase the index holds as two words, where a plain MATCH finds nothing', () => {
    expect(query('r.db', "SELECT count(*) FROM sections_fts WHERE sections_fts MATCH '营商环境'")).toBe(0);
    const r = govmine(['search', '营商环境', '--db', 'r.db', '-f', 'jsonl']);
    expect(r.status).toBe(0);
    const hits = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { doc: string; section: string; at: number; sentence: string; marks: Array<[number, number]> });
    // every section whose text says it, and each hit's sentence with the phrase marked where it stands in the document
    expect(hits).toHaveLength(query('r.db', "SELECT count(*) FROM sections WHERE text LIKE '%营商环境%'") as number);
    expect(hits.length).toBeGreaterThan(2);
    for (const h of hits) {
      expect(h.marks.length).toBeGreaterThan(0);
      for (const [s, e] of h.marks) expect(h.sentence.slice(s, e)).toBe('营商环境');
      const text = query('r.db', 'SELECT text FROM document_texts WHERE path = ?', h.doc) as string;
      expect(text.slice(h.at, h.at + h.sentence.length)).toBe(h.sentence);
    }
    expect(r.stderr).toMatch(/sections match \(sections_fts MATCH '"营商 环境"'\)/);
    // the expression it prints is one SQL takes as it is
    expect(query('r.db', `SELECT count(*) FROM sections_fts WHERE sections_fts MATCH '"营商 环境"'`)).toBe(hits.length);
  });

  it('needs every word, marks the match «» off a terminal and in colour on one, and stops at --limit', () => {
    const both = govmine(['search', '行政复议', '案件', '--db', 'r.db']);
    const one = govmine(['search', '行政复议', '--db', 'r.db']);
    const count = (stderr: string) => Number(/(\d+) sections? match/.exec(stderr)![1]);
    expect(count(both.stderr)).toBeGreaterThan(0);
    expect(count(both.stderr)).toBeLessThan(count(one.stderr));
    expect(one.stdout).toContain('«行政复议»');
    expect(one.stdout).not.toContain('\u001b[');
    const coloured = govmine(['search', '行政复议', '--db', 'r.db'], { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(coloured.stdout).toContain('\u001b[');
    expect(coloured.stdout).not.toContain('«');
    const limited = govmine(['search', '一', '--db', 'r.db', '--limit', '2', '-f', 'jsonl']);
    expect(limited.stdout.trim().split('\n')).toHaveLength(2);
    expect(limited.stderr).toMatch(/the best 2 shown/);
  });

  it('says how to build the index a dataset lacks, and refuses a query with no word', () => {
    const bare = govmine(['search', '营商环境', '--db', 'bare.db']);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toMatch(/bare\.db: holds no full-text index .*govmine sync <reports> --db bare\.db --search/);
    expect(bare.stdout).toBe('');
    const none = govmine(['search', '，。', '--db', 'r.db']);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no word to search for/);
    expect(govmine(['search', '营商环境', '--db', 'missing.db']).status).toBe(2);
  });

  it('cuts each part into the words the index holds, a phrase each, every part needed', () => {
    expect(matchExpression('营商环境')).toBe('"营商 环境"');
    expect(matchExpression('行政复议  罚款')).toBe('"行政 复议 行政复议" AND "罚款"');
    expect(matchExpression('"营商 环境" 罚款')).toBe('"营商 环境" AND "罚款"');
    expect(matchExpression('say "no')).toBe('"say" AND "no"');
    expect(matchExpression('，。 ')).toBeNull();
  });
});
