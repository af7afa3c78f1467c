// govmine sync, shards and merge: an incremental SQLite dataset that survives interruption.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseShard } from '../src/cli/options.js';
import { RECORD_VIEW_COLUMNS, searchWords } from '../src/dataset/index.js';
import { bin, runGovmine } from './govmine.js';

const Database = createRequire(import.meta.url)('better-sqlite3') as typeof import('better-sqlite3');
const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));
const SEEDS = readdirSync(fixtures).filter((f) => /^\d{3}_.*\.txt$/.test(f));
const govmine = (args: string[], cwd: string, input?: string) => runGovmine(args, { cwd, input });

function corpus(copies = 1): string {
  const dir = mkdtempSync(join(tmpdir(), 'govmine-sync-'));
  mkdirSync(join(dir, 'in'));
  for (let c = 0; c < copies; c++) for (const s of SEEDS) copyFileSync(join(fixtures, s), join(dir, 'in', copies > 1 ? `${c}-${s}` : s));
  return dir;
}
/** figures per seed report, as extract gives them */
const PER_SEED = new Map(SEEDS.map((s) => [s, govmine(['extract', join(fixtures, s), '-f', 'jsonl', '-q'], fixtures).stdout.trim().split('\n').length]));
const TOTAL = [...PER_SEED.values()].reduce((a, b) => a + b, 0);
const query = (db: string, sql: string) => { const d = new Database(db, { readonly: true }); try { return d.prepare(sql).all(); } finally { d.close(); } };

/** Every record field but the row ids, by path: a merge numbers its rows in another order than one run. */
const recordsOf = (db: string) => query(db, `SELECT ${RECORD_VIEW_COLUMNS.map((c) => `"${c}"`).join(', ')} FROM indicator_records ORDER BY doc, ordinal`);
/** The sections (path and ordinal) whose words hold `word`. */
const hits = (db: string, word: string) => query(db, `SELECT d.path, s.ordinal FROM sections_fts JOIN sections s ON s.id = sections_fts.rowid
  JOIN documents d ON d.id = s.document_id WHERE sections_fts MATCH '${word}' ORDER BY 1, 2`);
const INDEX_NAMES = "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name";
const INDEXES = ['documents_agency_year', 'indicators_category', 'indicators_document', 'sections_document'].map((name) => ({ name }));

describe('govmine sync', () => {
  it('builds the dataset, then skips what did not change, replaces what did, and prunes only when asked', () => {
    const dir = corpus();
    expect(govmine(['sync', 'in', '--db', 'r.db'], dir).status).toBe(0);
    expect(query(join(dir, 'r.db'), 'SELECT count(*) AS n FROM documents')).toEqual([{ n: 5 }]);
    expect(query(join(dir, 'r.db'), 'SELECT count(*) AS n FROM indicators')).toEqual([{ n: TOTAL }]);
    // built after the first load rather than row by row, and there all the same
    expect(query(join(dir, 'r.db'), INDEX_NAMES)).toEqual(INDEXES);
    expect(query(join(dir, 'r.db'), 'PRAGMA page_size')).toEqual([{ page_size: 16384 }]);

    const again = govmine(['sync', 'in', '--db', 'r.db'], dir);
    expect(again.stderr).toMatch(/0 processed, 5 unchanged, 0 removed, 0 failed.*nothing changed: no extraction done/);

    appendFileSync(join(dir, 'in', SEEDS[0]), '\n另检查企业12家。');
    expect(govmine(['sync', 'in', '--db', 'r.db'], dir).stderr).toMatch(/1 processed, 4 unchanged/);
    // a document is named by its path below the input folder
    expect(query(join(dir, 'r.db'), `SELECT count(*) AS n FROM indicator_records WHERE doc = '${SEEDS[0]}'`)).toEqual([{ n: PER_SEED.get(SEEDS[0])! + 1 }]);

    rmSync(join(dir, 'in', SEEDS[1]));
    expect(govmine(['sync', 'in', '--db', 'r.db'], dir).stderr).toMatch(/0 removed/);
    expect(govmine(['sync', 'in', '--db', 'r.db', '--prune'], dir).stderr).toMatch(/1 removed/);
    expect(query(join(dir, 'r.db'), 'SELECT count(*) AS n FROM documents')).toEqual([{ n: 4 }]);
    expect(query(join(dir, 'r.db'), 'SELECT count(*) AS n FROM sections WHERE document_id NOT IN (SELECT id FROM documents)')).toEqual([{ n: 0 }]);
    // the words of what was replaced and pruned are out of the index: it answers as one made anew
    expect(govmine(['sync', 'in', '--db', 'once.db', '-q'], dir).status).toBe(0);
    for (const word of ['企业', '行政复议', '罚款', '2024', '一']) expect(hits(join(dir, 'r.db'), word)).toEqual(hits(join(dir, 'once.db'), word));
    expect(query(join(dir, 'r.db'), 'SELECT count(*) AS n FROM sections_deleted')).toEqual([{ n: 0 }]);
  });

  it('takes a deleted section\'s words out of the index, and merges the index once many were', () => {
    const dir = corpus();
    govmine(['sync', 'in', '--db', 'r.db', '-q'], dir);
    appendFileSync(join(dir, 'in', SEEDS[0]), '\n另检查鹦鹉螺养殖企业12家。');
    govmine(['sync', 'in', '--db', 'r.db', '-q'], dir);
    expect(hits(join(dir, 'r.db'), '鹦鹉螺')).toHaveLength(1);
    writeFileSync(join(dir, 'in', SEEDS[0]), readFileSync(join(dir, 'in', SEEDS[0]), 'utf8').replace('鹦鹉螺', '海龟'));
    govmine(['sync', 'in', '--db', 'r.db', '-q'], dir);
    // the index alone, without the join that would hide a stale row
    const alone = (word: string) => query(join(dir, 'r.db'), `SELECT rowid FROM sections_fts WHERE sections_fts MATCH '${word}'`);
    expect(alone('鹦鹉螺')).toEqual([]);
    expect(alone('海龟')).toHaveLength(1);
    // deleted by hand (foreign keys on, as govmine opens it): the next sync takes the words out
    const d = new Database(join(dir, 'r.db'));
    d.pragma('foreign_keys = ON');
    d.prepare('DELETE FROM documents WHERE path = ?').run(SEEDS[0]);
    d.close();
    expect(query(join(dir, 'r.db'), 'SELECT count(*) AS n FROM sections_deleted')).not.toEqual([{ n: 0 }]);
    govmine(['sync', 'in', '--db', 'r.db', '-q'], dir);
    expect(query(join(dir, 'r.db'), 'SELECT count(*) AS n FROM sections_deleted')).toEqual([{ n: 0 }]);
    expect(alone('海龟')).toHaveLength(1);
    // every document replaced: the words taken out come to more than a quarter of the sections, and
    // the index is merged, as large as one made anew rather than holding them beside its words
    for (const s of SEEDS) appendFileSync(join(dir, 'in', s), '\n');
    govmine(['sync', 'in', '--db', 'r.db', '-q'], dir);
    govmine(['sync', 'in', '--db', 'once.db', '-q'], dir);
    expect(query(join(dir, 'r.db'), "SELECT count(*) AS n FROM govmine WHERE key = 'search_forgotten'")).toEqual([{ n: 0 }]);
    const size = (db: string) => (query(join(dir, db), 'SELECT sum(length(block)) AS n FROM sections_fts_data') as Array<{ n: number }>)[0].n;
    expect(size('r.db')).toBeLessThan(size('once.db') * 1.1);
    expect(alone('海龟')).toHaveLength(1);
  }, 90_000);

  it('answers full-text queries over section text, by agency and year', () => {
    const dir = corpus();
    govmine(['sync', 'in', '--db', 'r.db'], dir);
    const hits = query(join(dir, 'r.db'), `SELECT DISTINCT d.agency FROM sections_fts JOIN sections s ON s.id = sections_fts.rowid
      JOIN documents d ON d.id = s.document_id WHERE sections_fts MATCH '行政复议' AND d.year = 2024 ORDER BY 1`);
    expect(hits.length).toBeGreaterThan(0);
  });

  it('cuts all of a document\'s texts in one call, each into the words it has alone', () => {
    const texts = ['中华人民共和国行政复议法', '', '办理案件12件，罚款3.5万元。', 'a\u001fb 复议', '一、'];
    const alone = texts.map((t) => searchWords([t])[0]);
    expect(searchWords(texts)).toEqual(alone);
    expect(alone[0].split(' ')).toEqual(expect.arrayContaining(['行政复议', '行政', '复议', '共和国']));
    // a separator in a text stays a boundary between words, never a word
    expect(alone[3]).toBe('a b 复议');
    expect(alone[4]).toBe('一');
    expect(searchWords([])).toEqual([]);
  });

  it('names near-duplicates over the whole dataset, whichever run brought them', () => {
    const dir = corpus();
    govmine(['sync', 'in', '--db', 'r.db'], dir);
    // a copy that arrives later, under a name that comes first: a single run would call the original its duplicate
    copyFileSync(join(fixtures, SEEDS[0]), join(dir, 'in', '0.txt'));
    expect(govmine(['sync', 'in', '--db', 'r.db'], dir).stderr).toMatch(/1 processed, 5 unchanged/);
    const duplicates = (db: string) => query(join(dir, db), 'SELECT path, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL ORDER BY path');
    expect(duplicates('r.db')).toEqual([{ path: SEEDS[0], duplicate_of: '0.txt' }]);
    govmine(['sync', 'in', '--db', 'once.db'], dir);
    expect(duplicates('once.db')).toEqual(duplicates('r.db'));
    rmSync(join(dir, 'in', '0.txt'));
    govmine(['sync', 'in', '--db', 'r.db', '--prune'], dir);
    expect(duplicates('r.db')).toEqual([]);
  });

  it('makes no dataset of inputs that hold no report (a folder of collections), and names the glob that reads them', () => {
    const dir = corpus();
    mkdirSync(join(dir, 'prov'));
    copyFileSync(join(fixtures, 'collections', 'reports.csv'), join(dir, 'prov', 'reports.csv'));
    const none = govmine(['sync', 'prov', '--db', 'prov.db', '-q'], dir);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/prov\.db: the inputs hold no report to sync, only collections .*no prov\.db was made\. Give them as a glob: govmine sync 'prov\/\*\*\/\*\.\{csv,tsv,jsonl,ndjson\}' --db prov\.db/);
    expect(readdirSync(dir).filter((f) => f.startsWith('prov.db'))).toEqual([]);
    expect(govmine(['sync', 'prov/**/*.{csv,tsv,jsonl,ndjson}', '--db', 'prov.db', '-q'], dir).status).toBe(0);
    // an existing dataset is left as it was: nothing pruned for inputs that hold nothing
    const before = query(join(dir, 'prov.db'), 'SELECT path FROM documents ORDER BY path');
    expect(before).toHaveLength(SEEDS.length);
    expect(govmine(['sync', 'prov', '--db', 'prov.db', '-q'], dir).stderr).toMatch(/prov\.db is as it was/);
    // and with --prune, such an input is refused outright
    const again = govmine(['sync', 'prov', '--db', 'prov.db', '--prune', '-q'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/prov: dataset: --prune: no report found here .*nothing was written or removed/);
    expect(query(join(dir, 'prov.db'), 'SELECT path FROM documents ORDER BY path')).toEqual(before);
  });

  it('keeps a file whose name is not UTF-8 under its readable name, never gone while it is there, and takes such a folder for --prune', () => {
    const dir = corpus();
    const gbk = Buffer.from([0xb1, 0xa8, 0xb8, 0xe6]); // 报告, as a zip made on Windows leaves it
    mkdirSync(Buffer.concat([Buffer.from(join(dir, 'in/')), gbk]));
    copyFileSync(join(fixtures, SEEDS[0]), Buffer.concat([Buffer.from(join(dir, 'in/')), gbk, Buffer.from('/'), gbk, Buffer.from('.txt')]));
    expect(govmine(['sync', 'in', '--db', 'r.db', '-q'], dir).status).toBe(0);
    const db = join(dir, 'r.db');
    expect(query(db, "SELECT path FROM documents WHERE path LIKE '报告/%'")).toEqual([{ path: '报告/报告.txt' }]);
    // a run over the other files leaves it aside, there still: not gone
    rmSync(join(dir, 'in', SEEDS[1]));
    const other = govmine(['sync', `in/${SEEDS[0]}`, '--db', 'r.db'], dir);
    expect(other.stderr).toMatch(/1 gone/);
    expect(query(db, 'SELECT path, stale_reason FROM documents WHERE stale_reason IS NOT NULL')).toEqual([{ path: SEEDS[1], stale_reason: 'gone' }]);
    // its folder, passed by a shell glob, is an input that holds a report
    const pruned = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" sync in/* --db r.db --prune`], { cwd: dir, encoding: 'utf8' });
    expect(pruned.stderr).toMatch(/1 removed/);
    expect(pruned.status).toBe(0);
  });

  it('is read (panel --db, search) without a file made beside it or a byte changed', () => {
    const dir = corpus();
    expect(govmine(['sync', 'in', '--db', 'r.db', '-q'], dir).status).toBe(0);
    const files = () => readdirSync(dir).filter((f) => f.startsWith('r.db')).sort();
    expect(files()).toEqual(['r.db']);
    const bytes = readFileSync(join(dir, 'r.db'));
    expect(govmine(['panel', '--db', 'r.db', '-q'], dir).status).toBe(0);
    expect(govmine(['search', '企业', '--db', 'r.db', '-q'], dir).status).toBe(0);
    expect(files()).toEqual(['r.db']);
    expect(readFileSync(join(dir, 'r.db')).equals(bytes)).toBe(true);
  });

  it('waits for another writer, then says who holds the database', () => {
    const dir = corpus();
    writeFileSync(join(dir, 'r.db.lock'), String(process.pid));
    const r = govmine(['sync', 'in', '--db', 'r.db', '--wait', '0.5'], dir);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/r\.db: waiting for pid \d+ \(since \d{4}-\d\d-\d\d \d\d:\d\d:\d\d, when it took r\.db\.lock\), at most 0\.5 s/);
    expect(r.stderr).toMatch(/r\.db is being written by another govmine \(pid \d+, since /);
    writeFileSync(join(dir, 'r.db.lock'), '999999999');
    expect(govmine(['sync', 'in', '--db', 'r.db'], dir).status).toBe(0);
  });

  it('stays consistent when killed with SIGKILL, and the next run completes the work', async () => {
    const dir = corpus(60);
    const child = spawn(process.execPath, [bin, 'sync', 'in', '--db', 'r.db', '-j', '1'], { cwd: dir });
    // killed once some documents are written, mid-run
    const written = () => { try { return (query(join(dir, 'r.db'), 'SELECT count(*) AS n FROM documents') as Array<{ n: number }>)[0].n; } catch { return 0; } };
    for (let i = 0; i < 300 && written() === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    const db = join(dir, 'r.db');
    expect(query(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    // every document written is whole: its indicators are all there
    const partial = query(db, `SELECT d.path, count(i.id) AS n FROM documents d LEFT JOIN indicators i ON i.document_id = d.id GROUP BY d.id`) as Array<{ path: string; n: number }>;
    for (const { path, n } of partial) expect(n).toBe(PER_SEED.get(path.replace(/^\d+-/, '')));
    expect(partial.length).toBeLessThan(300);
    const rerun = govmine(['sync', 'in', '--db', 'r.db'], dir);
    expect(rerun.status).toBe(0);
    // the indexes a first load builds at its end, built by the next run when the first was killed
    expect(query(db, INDEX_NAMES)).toEqual(INDEXES);
    expect(rerun.stderr).toMatch(new RegExp(`${300 - partial.length} processed, ${partial.length} unchanged`));
    // and names each copy's first one (0-…) as a single run would
    const docs = query(db, 'SELECT path, duplicate_of FROM documents') as Array<{ path: string; duplicate_of: string | null }>;
    expect(docs).toHaveLength(300);
    for (const d of docs) expect(d.duplicate_of).toBe(d.path.startsWith('0-') ? null : d.path.replace(/^\d+-/, '0-'));
  }, 60_000);
});

describe('a dataset without the full-text index', () => {
  const hasIndex = (db: string) => query(db, "SELECT name FROM sqlite_master WHERE name IN ('sections_fts', 'sections_ad') ORDER BY name").map((r) => (r as { name: string }).name);
  const search = (db: string) => query(db, "SELECT d.path, s.ordinal FROM sections_fts JOIN sections s ON s.id = sections_fts.rowid JOIN documents d ON d.id = s.document_id WHERE sections_fts MATCH '行政复议' ORDER BY 1, 2");

  it('is made with --no-search, holds the same records, stays so, and gets the index with --search', () => {
    const dir = corpus();
    const bare = join(dir, 'bare.db');
    const full = join(dir, 'full.db');
    expect(govmine(['sync', 'in', '--db', 'bare.db', '--no-search', '-q'], dir).status).toBe(0);
    expect(govmine(['sync', 'in', '--db', 'full.db', '-q'], dir).status).toBe(0);
    expect(hasIndex(bare)).toEqual([]);
    expect(hasIndex(full)).toEqual(['sections_ad', 'sections_fts']);
    expect(recordsOf(bare)).toEqual(recordsOf(full));
    // a document replaced and a plain sync: still no index, the rows replaced all the same
    appendFileSync(join(dir, 'in', SEEDS[0]), '\n另检查企业12家。');
    expect(govmine(['sync', 'in', '--db', 'bare.db'], dir).stderr).toMatch(/1 processed, 4 unchanged/);
    expect(hasIndex(bare)).toEqual([]);
    expect(govmine(['sync', 'in', '--db', 'full.db', '-q'], dir).status).toBe(0);
    expect(recordsOf(bare)).toEqual(recordsOf(full));
    // asked for: built over what the dataset holds, answering as the one kept along
    expect(govmine(['sync', 'in', '--db', 'bare.db', '--search', '-q'], dir).status).toBe(0);
    expect(hasIndex(bare)).toEqual(['sections_ad', 'sections_fts']);
    expect(search(bare).length).toBeGreaterThan(0);
    expect(search(bare)).toEqual(search(full));
  });

  it('is never made of a dataset that has the index: --no-search there is refused and changes nothing', () => {
    const dir = corpus();
    govmine(['sync', 'in', '--db', 'r.db', '-q'], dir);
    const before = readFileSync(join(dir, 'r.db'));
    const refused = govmine(['sync', 'in', '--db', 'r.db', '--no-search'], dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/r\.db keeps a full-text index.*--no-search is for a new dataset/);
    expect(readFileSync(join(dir, 'r.db')).equals(before)).toBe(true);
    govmine(['sync', 'in', '--db', 's.db', '--no-search', '-q'], dir);
    const merged = govmine(['merge', '-o', 'r.db', 's.db', '--no-search'], dir);
    expect(merged.status).toBe(2);
    expect(merged.stderr).toMatch(/r\.db keeps a full-text index/);
    expect(readFileSync(join(dir, 'r.db')).equals(before)).toBe(true);
  });

  it('merges as sync makes it: shards without the index into a dataset without, or with it built', () => {
    const dir = corpus(2);
    for (const k of [1, 2]) expect(govmine(['sync', 'in', '--db', `s${k}.db`, '--shard', `${k}/2`, '--no-search', '-q'], dir).status).toBe(0);
    expect(govmine(['merge', '-o', 'bare.db', 's1.db', 's2.db', '--no-search', '-q'], dir).status).toBe(0);
    expect(govmine(['merge', '-o', 'full.db', 's1.db', 's2.db', '-q'], dir).status).toBe(0);
    govmine(['sync', 'in', '--db', 'one.db', '-q'], dir);
    expect(hasIndex(join(dir, 'bare.db'))).toEqual([]);
    expect(recordsOf(join(dir, 'bare.db'))).toEqual(recordsOf(join(dir, 'one.db')));
    expect(search(join(dir, 'full.db'))).toEqual(search(join(dir, 'one.db')));
    expect(govmine(['merge', '-o', 'all.jsonl', 's1.db', '--no-search'], dir).stderr).toMatch(/--no-search is for a dataset/);
  });
});

describe('shards and merge', () => {
  it('three shards merged equal one run, as SQLite and as JSON Lines', () => {
    const dir = corpus(3);
    for (const k of [1, 2, 3]) {
      expect(govmine(['sync', 'in', '--db', `s${k}.db`, '--shard', `${k}/3`, '-q'], dir).status).toBe(0);
      expect(govmine(['extract', 'in', '--shard', `${k}/3`, '-f', 'jsonl', '-o', `p${k}.jsonl`, '-q'], dir).status).toBe(0);
    }
    expect(govmine(['merge', '-o', 'all.db', 's1.db', 's2.db', 's3.db', '-q'], dir).status).toBe(0);
    govmine(['sync', 'in', '--db', 'one.db', '-q'], dir);
    const rows = (db: string) => query(join(dir, db), 'SELECT doc, value, unit, category, raw, context, start, section FROM indicator_records ORDER BY doc, start');
    expect(rows('all.db')).toEqual(rows('one.db'));
    // copies in different shards are named near-duplicates once merged, as in one run
    const duplicates = (db: string) => query(join(dir, db), 'SELECT path, duplicate_of FROM documents ORDER BY path');
    expect(duplicates('all.db')).toEqual(duplicates('one.db'));
    expect(duplicates('one.db').filter((d) => (d as { duplicate_of: string | null }).duplicate_of)).toHaveLength(10);
    expect(query(join(dir, 'all.db'), 'SELECT count(*) AS n FROM documents')).toEqual([{ n: 15 }]);

    expect(govmine(['merge', '-o', 'all.jsonl', 'p1.jsonl', 'p2.jsonl', 'p3.jsonl', '-q'], dir).status).toBe(0);
    const one = govmine(['extract', 'in', '-f', 'jsonl', '-q'], dir).stdout;
    expect(spawnSync('cat', ['all.jsonl'], { cwd: dir, encoding: 'utf8' }).stdout).toBe(one);
  }, 60_000);

  it('keeps the later input\'s rows of a path two shards hold, and leaves nothing of the earlier', () => {
    const dir = corpus();
    expect(govmine(['sync', 'in', '--db', 'a.db', '-q'], dir).status).toBe(0);
    appendFileSync(join(dir, 'in', SEEDS[0]), '\n另检查企业12家。');
    expect(govmine(['sync', join('in', SEEDS[0]), '--db', 'b.db', '-q'], dir).status).toBe(0);
    expect(govmine(['merge', '-o', 'all.db', 'a.db', 'b.db', '-q'], dir).status).toBe(0);
    expect(govmine(['sync', 'in', '--db', 'one.db', '-q'], dir).status).toBe(0);
    const db = join(dir, 'all.db');
    const records = (file: string) => recordsOf(join(dir, file));
    expect(records('all.db')).toEqual(records('one.db'));
    // every section, indicator and signature belongs to a document, and each section is in the index once
    for (const table of ['sections', 'indicators', 'signatures']) {
      expect(query(db, `SELECT count(*) AS n FROM ${table} WHERE document_id NOT IN (SELECT id FROM documents)`)).toEqual([{ n: 0 }]);
    }
    expect(query(db, 'SELECT count(*) AS n FROM documents')).toEqual([{ n: SEEDS.length }]);
    const texts = (file: string) => query(join(dir, file), 'SELECT path, text FROM document_texts ORDER BY path');
    expect(texts('all.db')).toEqual(texts('one.db'));
    const hits = (file: string) => query(join(dir, file), "SELECT d.path, s.ordinal FROM sections_fts JOIN sections s ON s.id = sections_fts.rowid JOIN documents d ON d.id = s.document_id WHERE sections_fts MATCH '企业' ORDER BY 1, 2");
    expect(hits('all.db').length).toBeGreaterThan(0);
    expect(hits('all.db')).toEqual(hits('one.db'));
  });

  it('partitions are stable and cover every input once', async () => {
    const { inShard } = await import('../src/ingest/index.js');
    const ids = Array.from({ length: 200 }, (_, i) => `crawl/page-${i}.html`);
    const owners = ids.map((id) => [0, 1, 2].filter((index) => inShard(id, { index, count: 3 })));
    expect(owners.every((o) => o.length === 1)).toBe(true);
    expect(new Set(owners.map((o) => o[0])).size).toBe(3);
  });

  it('reads --shard from a Slurm array task or a Kubernetes indexed Job', () => {
    expect(parseShard('2/3')).toEqual({ index: 1, count: 3 });
    expect(parseShard('auto', { SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_MIN: '3', SLURM_ARRAY_TASK_MAX: '5' })).toEqual({ index: 1, count: 3 });
    expect(parseShard('auto', { SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_COUNT: '4' })).toEqual({ index: 0, count: 4 });
    expect(parseShard('auto/5', { JOB_COMPLETION_INDEX: '4' })).toEqual({ index: 4, count: 5 });
    expect(() => parseShard('auto', {})).toThrow(/needs a Slurm array task/);
    expect(() => parseShard('4/3')).toThrow(/1 <= K <= N/);
  });

  it('takes input paths on stdin, as a map step', () => {
    const dir = corpus();
    const paths = SEEDS.map((s) => JSON.stringify({ path: `in/${s}` })).join('\n');
    const r = govmine(['extract', '--paths-from', '-', '-f', 'jsonl', '-q'], dir, paths);
    expect(r.stdout.trim().split('\n')).toHaveLength(TOTAL);
  });
});

describe('meaning in the dataset', () => {
  it('stores status and part_of, which point to a whole by its ordinal', () => {
    const dir = corpus();
    expect(govmine(['sync', 'in', '--db', 'r.db'], dir).status).toBe(0);
    const db = join(dir, 'r.db');
    expect(query(db, 'SELECT count(*) AS n FROM indicators WHERE status IS NULL OR ordinal IS NULL')).toEqual([{ n: 0 }]);
    expect(query(db, "SELECT count(*) AS n FROM indicators WHERE status = 'baseline'")).toEqual([{ n: 4 }]);
    const pairs = query(db, 'SELECT w.raw AS whole, p.raw AS part FROM indicators p JOIN indicators w ON w.document_id = p.document_id AND w.ordinal = p.part_of ORDER BY p.id');
    expect(pairs).toContainEqual({ whole: '27项', part: '10项' });
    expect(pairs).toContainEqual({ whole: '27项', part: '17项' });
  });

  it('adds the newer columns to a dataset an earlier version wrote, and the next sync fills them', () => {
    const dir = corpus();
    expect(govmine(['sync', 'in', '--db', 'r.db'], dir).status).toBe(0);
    // as an earlier version left it: no such columns, another tool version
    asSchema3(join(dir, 'r.db'), true);
    expect(govmine(['sync', 'in', '--db', 'r.db'], dir).stderr).toMatch(/5 processed/);
    expect(query(join(dir, 'r.db'), 'SELECT count(*) AS n FROM indicator_records WHERE status IS NULL')).toEqual([{ n: 0 }]);
  });

  it('brings a dataset of the previous schema (text twice, document fields in each indicator) to this one, losing nothing', () => {
    const dir = corpus();
    expect(govmine(['sync', 'in', '--db', 'r.db'], dir).status).toBe(0);
    const records = (db: string) => query(join(dir, db), 'SELECT * FROM indicator_records ORDER BY id');
    const texts = (db: string) => query(join(dir, db), 'SELECT path, text FROM document_texts ORDER BY path');
    const panel = (db: string) => govmine(['panel', '--db', db, '-f', 'jsonl', '-q'], dir).stdout;
    const [before, text, cells] = [records('r.db'), texts('r.db'), panel('r.db')];
    expect((text as Array<{ text: string }>).every((t) => t.text.length > 1000)).toBe(true);
    asSchema3(join(dir, 'r.db'));
    copyFileSync(join(dir, 'r.db'), join(dir, 'old.db'));
    // read as it is (read-only), then merged from (its file untouched), then brought to this schema by sync
    expect(panel('old.db')).toBe(cells);
    expect(govmine(['merge', '-o', 'merged.db', 'old.db', '-q'], dir).status).toBe(0);
    expect(query(join(dir, 'old.db'), "SELECT value FROM govmine WHERE key = 'schema_version'")).toEqual([{ value: '3' }]);
    expect(records('merged.db')).toEqual(before);
    expect(govmine(['sync', 'in', '--db', 'r.db'], dir).stderr).toMatch(/0 processed, 5 unchanged/);
    expect(records('r.db')).toEqual(before);
    expect(texts('r.db')).toEqual(text);
    expect(query(join(dir, 'r.db'), 'SELECT count(*) AS n FROM pragma_table_info(\'documents\') WHERE name = \'text\'')).toEqual([{ n: 0 }]);
  });

  it('brings a dataset of schema 5 (an index and a view SQLite 3.43 and 3.44 alone read) to this one', () => {
    const dir = corpus();
    expect(govmine(['sync', 'in', '--db', 'r.db', '-q'], dir).status).toBe(0);
    govmine(['sync', 'in', '--db', 'once.db', '-q'], dir);
    const texts = (db: string) => query(join(dir, db), 'SELECT path, text FROM document_texts ORDER BY path');
    asSchema5(join(dir, 'r.db'));
    expect(query(join(dir, 'r.db'), "SELECT sql FROM sqlite_master WHERE name = 'sections_fts'")).toEqual([{ sql: expect.stringMatching(/contentless_delete/) }]);
    expect(govmine(['sync', 'in', '--db', 'r.db'], dir).stderr).toMatch(/5 processed/);
    expect(query(join(dir, 'r.db'), "SELECT sql FROM sqlite_master WHERE name IN ('sections_fts', 'document_texts') AND (sql LIKE '%contentless_delete%' OR sql LIKE '%group_concat(s.text%')")).toEqual([]);
    expect(query(join(dir, 'r.db'), "SELECT value FROM govmine WHERE key = 'schema_version'")).toEqual([{ value: '7' }]);
    for (const word of ['企业', '行政复议', '一']) expect(hits(join(dir, 'r.db'), word)).toEqual(hits(join(dir, 'once.db'), word));
    expect(texts('r.db')).toEqual(texts('once.db'));
    expect(recordsOf(join(dir, 'r.db'))).toEqual(recordsOf(join(dir, 'once.db')));
  });

  it('stores each record whole: every field as extract gives it, the context from its section\'s text', () => {
    const dir = corpus();
    expect(govmine(['sync', 'in', '--db', 'r.db'], dir).status).toBe(0);
    const fields = ['doc', 'title', 'agency', 'year', 'section', 'category', 'label', 'indicator', 'value', 'unit', 'approx', 'raw', 'context', 'start', 'end', 'status', 'part_of', 'period', 'source'];
    // the dataset names a document by its path below the input folder: as extract does, run in it
    const extracted = govmine(['extract', '.', '-f', 'jsonl', '-q'], join(dir, 'in')).stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
      .map((r) => Object.fromEntries(fields.map((f) => [f, r[f] ?? null])));
    const stored = query(join(dir, 'r.db'), `SELECT ${fields.map((f) => `"${f}"`).join(', ')} FROM indicator_records ORDER BY doc, ordinal`);
    expect(stored).toEqual(extracted);
    // the context is where it stands in the section, not a copy; so is the section's path, nearly always
    expect(query(join(dir, 'r.db'), 'SELECT count(*) AS n FROM indicators WHERE context IS NOT NULL')).toEqual([{ n: 0 }]);
    const [{ n: own }] = query(join(dir, 'r.db'), 'SELECT count(*) AS n FROM indicators WHERE section IS NOT NULL') as Array<{ n: number }>;
    expect(own).toBeLessThan(stored.length / 10);
    const text = govmine(['text', '.', '-q'], join(dir, 'in')).stdout;
    for (const { path, text: t } of query(join(dir, 'r.db'), 'SELECT path, text FROM document_texts') as Array<{ path: string; text: string }>) expect(text).toContain(`==> ${path} <==\n${t}`);
  });
});

/**
 * Turns a dataset this version wrote into one schema 3 wrote: each document's text in
 * documents.text too, each indicator with its document's fields, its section path and its context, each section's
 * text without the line break before the next one; `meaningless`: without ordinal, status and
 * part_of, by an earlier govmine (schema 1).
 */
function asSchema3(path: string, meaningless = false): void {
  const db = new Database(path);
  db.exec(`
    CREATE TEMP TABLE t AS SELECT document_id, text FROM document_texts;
    CREATE TEMP TABLE r AS SELECT id, doc, title, agency, year, section, context FROM indicator_records;
    DROP VIEW indicator_records; DROP VIEW document_texts;
    ALTER TABLE documents ADD COLUMN text TEXT;
    UPDATE documents SET text = (SELECT text FROM t WHERE document_id = documents.id);
    ALTER TABLE indicators ADD COLUMN doc TEXT; ALTER TABLE indicators ADD COLUMN title TEXT;
    ALTER TABLE indicators ADD COLUMN agency TEXT; ALTER TABLE indicators ADD COLUMN year INTEGER;
    UPDATE indicators SET (doc, title, agency, year, section, context) = (SELECT doc, title, agency, year, section, context FROM r WHERE r.id = indicators.id);
    ALTER TABLE indicators DROP COLUMN context_section; ALTER TABLE indicators DROP COLUMN context_at; ALTER TABLE indicators DROP COLUMN context_length;
    UPDATE sections SET text = rtrim(text, char(10));
    DROP INDEX sections_document; CREATE INDEX sections_document ON sections(document_id);
    UPDATE govmine SET value = '3' WHERE key = 'schema_version';
  `);
  if (meaningless) {
    for (const c of ['ordinal', 'status', 'part_of']) db.exec(`ALTER TABLE indicators DROP COLUMN ${c}`);
    db.exec("UPDATE documents SET tool_version = 'govmine 0.1.0'");
  }
  db.close();
}

/**
 * Turns a dataset this version wrote into one schema 5 wrote: its full-text index with deletes only
 * SQLite 3.43 reads (contentless_delete), its text view with group_concat(… ORDER BY …) (3.44), and
 * no period or source.
 */
function asSchema5(path: string): void {
  const db = new Database(path);
  const sections = db.prepare('SELECT id, title, text FROM sections').all() as Array<{ id: number; title: string; text: string }>;
  db.exec(`
    DROP TRIGGER sections_ad; DROP TABLE sections_deleted; DROP TABLE sections_fts;
    CREATE VIRTUAL TABLE sections_fts USING fts5(title, text, content='', contentless_delete=1, tokenize='ascii');
    CREATE TRIGGER sections_ad AFTER DELETE ON sections BEGIN DELETE FROM sections_fts WHERE rowid = old.id; END;
    DROP VIEW document_texts;
    CREATE VIEW document_texts AS SELECT d.id AS document_id, d.path,
      coalesce((SELECT group_concat(s.text, '' ORDER BY s.id) FROM sections s WHERE s.document_id = d.id), '') AS text FROM documents d;
    DROP VIEW indicator_records;
    ALTER TABLE indicators DROP COLUMN period; ALTER TABLE indicators DROP COLUMN source;
    UPDATE govmine SET value = '5' WHERE key = 'schema_version'; DELETE FROM govmine WHERE key = 'search_words';
  `);
  const insert = db.prepare('INSERT INTO sections_fts (rowid, title, text) VALUES (?, ?, ?)');
  for (const s of sections) insert.run(s.id, ...searchWords([s.title, s.text]));
  db.close();
}
