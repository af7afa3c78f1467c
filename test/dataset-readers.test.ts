// A dataset every tool opens: SQLite 3.31 (sql.js 1.2.2 is SQLite 3.31.1 compiled to JavaScript),
// Debian's sqlite3 shell and Python's sqlite3 module read every table and view of a fresh dataset;
// the SQL the README and `sync --help` show works as written.
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { RECORD_VIEW_COLUMNS } from '../src/dataset/index.js';
import { INDICATOR_COLUMNS } from '../src/dataset/rows.js';
import { runGovmine } from './govmine.js';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3') as typeof import('better-sqlite3');
const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
/** The dataset's tables, column by column, told in docs/dataset.md. */
const datasetDoc = readFileSync(new URL('../docs/dataset.md', import.meta.url), 'utf8');

/** Whether a command is on PATH; where it is not, the tests that need it say so in their names. */
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const skipped = (command: string, install: string) => (has(command) ? '' : ` (skipped: no ${command} on PATH; ${install})`);
const SQLITE3 = skipped('sqlite3', 'apt-get install sqlite3');
const PYTHON3 = skipped('python3', 'apt-get install python3');
const R = has('Rscript') && spawnSync('Rscript', ['-e', 'library(DBI); library(RSQLite)']).status === 0 ? '' : ' (skipped: no Rscript with DBI and RSQLite; apt-get install r-cran-rsqlite)';

let dir: string;
let db: string;
/** Every table and view of the dataset, and each one's rows as govmine's own SQLite counts them. */
let counts: Record<string, number>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'govmine-readers-'));
  mkdirSync(join(dir, 'in'));
  const seeds = readdirSync(fixtures).filter((f) => /^\d{3}_.*\.txt$/.test(f));
  for (const s of seeds) copyFileSync(join(fixtures, s), join(dir, 'in', s));
  expect(runGovmine(['sync', 'in', '--db', 'reports.db', '-q'], { cwd: dir }).status).toBe(0);
  // a document replaced: its sections' words taken out of the index, as a nightly sync does
  appendFileSync(join(dir, 'in', seeds[0]), '\n另检查企业12家。');
  expect(runGovmine(['sync', 'in', '--db', 'reports.db', '-q'], { cwd: dir }).status).toBe(0);
  db = join(dir, 'reports.db');
  const d = new Database(db, { readonly: true });
  const names = d.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  counts = Object.fromEntries(names.map((n) => [n, d.prepare(`SELECT count(*) FROM "${n}"`).pluck().get() as number]));
  d.close();
}, 60_000);

const MATCH = "SELECT count(*) AS n FROM sections_fts WHERE sections_fts MATCH '行政复议'";

describe('a dataset older SQLite reads in full', () => {
  it('has the tables and views the README names, rows in each', () => {
    expect(Object.keys(counts)).toEqual(expect.arrayContaining(['documents', 'sections', 'indicators', 'signatures', 'govmine', 'indicator_records', 'document_texts', 'sections_fts']));
    for (const name of ['documents', 'sections', 'indicators', 'indicator_records', 'document_texts', 'sections_fts']) expect(counts[name]).toBeGreaterThan(0);
  });

  it('SQLite 3.31.1 reads every table and view (its build lacks FTS5 alone, which 3.31 has)', async () => {
    const init = require('sql.js/dist/sql-asm.js') as (config?: object) => Promise<{ Database: new (data: Uint8Array) => { exec(sql: string): Array<{ values: unknown[][] }>; close(): void } }>;
    const SQL = await init();
    const old = new SQL.Database(readFileSync(db));
    try {
      expect(old.exec('SELECT sqlite_version()')[0].values[0][0]).toBe('3.31.1');
      for (const [name, n] of Object.entries(counts)) {
        if (name === 'sections_fts') {
          expect(() => old.exec(`SELECT count(*) FROM "${name}"`)).toThrow(/no such module: fts5/);
          continue;
        }
        expect([name, old.exec(`SELECT count(*) FROM "${name}"`)[0].values[0][0]]).toEqual([name, n]);
        old.exec(`SELECT * FROM "${name}"`);
      }
      const texts = old.exec('SELECT text FROM document_texts')[0].values.map(([t]) => String(t));
      expect(texts.every((t) => t.length > 1000)).toBe(true);
    } finally {
      old.close();
    }
  });

  it(`the sqlite3 shell reads every table and view, and searches${SQLITE3}`, { skip: !!SQLITE3 }, () => {
    const tables = spawnSync('sqlite3', [db, '.tables'], { encoding: 'utf8' });
    expect(tables.stderr).toBe('');
    for (const name of Object.keys(counts)) expect(tables.stdout.split(/\s+/)).toContain(name);
    const sql = [...Object.keys(counts).map((n) => `SELECT '${n}', count(*) FROM "${n}";`), ...Object.keys(counts).map((n) => `SELECT * FROM "${n}" LIMIT 1;`), `${MATCH};`].join('\n');
    const r = spawnSync('sqlite3', ['-bail', db], { input: sql, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    for (const [name, n] of Object.entries(counts)) expect(lines).toContain(`${name}|${n}`);
    expect(Number(lines.filter(Boolean).at(-1))).toBeGreaterThan(0);
  });

  it(`Python's sqlite3 module reads every table and view, and searches${PYTHON3}`, { skip: !!PYTHON3 }, () => {
    const script = `
import json, sqlite3, sys
con = sqlite3.connect(sys.argv[1])
names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")]
counts = {n: len(con.execute('SELECT * FROM "%s"' % n).fetchall()) for n in names}
counts['match'] = con.execute(sys.argv[2]).fetchone()[0]
print(json.dumps(counts))`;
    const r = spawnSync('python3', ['-c', script, db, MATCH], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const read = JSON.parse(r.stdout) as Record<string, number>;
    for (const [name, n] of Object.entries(counts)) expect([name, read[name]]).toEqual([name, n]);
    expect(read.match).toBeGreaterThan(0);
  });
});

describe('the table of the dataset in docs/dataset.md', () => {
  /** The names a row of the table gives, each at its first mention, those of `names` alone. */
  const listed = (table: string, names: readonly string[]) => {
    const row = datasetDoc.split('\n').find((l) => l.startsWith(`| \`${table}\``))!;
    return [...new Set([...row.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]))].filter((n) => names.includes(n));
  };

  it('lists the columns of indicators and of the view indicator_records as the schema makes them, in order', () => {
    const table = ['id', 'document_id', ...INDICATOR_COLUMNS];
    const view = ['id', 'document_id', ...RECORD_VIEW_COLUMNS];
    expect(listed('indicators', table)).toEqual(table);
    expect(listed('indicator_records', view)).toEqual(view);
    const d = new Database(db, { readonly: true });
    try {
      expect(d.prepare('SELECT name FROM pragma_table_info(\'indicator_records\')').pluck().all()).toEqual(view);
      expect(new Set(d.prepare('SELECT name FROM pragma_table_info(\'indicators\')').pluck().all())).toEqual(new Set(table));
    } finally {
      d.close();
    }
  });
});

describe('the SQL the README and sync --help show', () => {
  /** Each statement of the README's SQL blocks. */
  const statements = [...readme.matchAll(/```sql\n([^]*?)```/g)].flatMap((m) => m[1].replace(/^--.*$/gm, '').split(';').map((s) => s.trim()).filter(Boolean));

  it('runs as written on a fresh dataset, each query giving rows', () => {
    expect(statements.length).toBeGreaterThanOrEqual(4);
    const d = new Database(db, { readonly: true });
    try {
      for (const sql of statements) expect([sql, d.prepare(sql).all().length > 0]).toEqual([sql, true]);
    } finally {
      d.close();
    }
  });

  it(`runs as written in the sqlite3 shell${SQLITE3}`, { skip: !!SQLITE3 }, () => {
    for (const sql of statements) {
      const r = spawnSync('sqlite3', ['-bail', db, sql], { encoding: 'utf8' });
      expect([sql, r.stderr]).toEqual([sql, '']);
      expect(r.stdout.length).toBeGreaterThan(0);
    }
  });

  it('sync --help\'s example query runs as written', () => {
    const help = runGovmine(['sync', '--help']).stdout;
    const example = /\$ sqlite3 reports\.db "([^"]+)"/.exec(help);
    expect(example).not.toBeNull();
    const d = new Database(db, { readonly: true });
    try {
      expect(d.prepare(example![1]).all().length).toBeGreaterThan(0);
    } finally {
      d.close();
    }
  });

  it(`the README's Python example runs as written${PYTHON3}`, { skip: !!PYTHON3 }, () => {
    const python = /```python\n([^]*?)```/.exec(readme);
    expect(python).not.toBeNull();
    // pandas is the example's second half: without it, the standard module's half alone
    const pandas = spawnSync('python3', ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0;
    const code = pandas ? python![1] : python![1].split('\nimport pandas')[0];
    const r = spawnSync('python3', ['-c', code], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').length).toBeGreaterThan(1);
  });

  it(`the README's R example runs as written${R}`, { skip: !!R }, () => {
    const code = /```r\n([^]*?)```/.exec(readme);
    expect(code).not.toBeNull();
    const r = spawnSync('Rscript', ['-e', code![1]], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/agency/);
  });
});
