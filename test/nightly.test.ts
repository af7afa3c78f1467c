// The nightly job a data engineer sets up, probed night after night on one crawl: cron runs
// `govmine sync <crawl> --db crawl.db --prune --errors errors.jsonl --known-failures errors.jsonl
// >>sync.log 2>&1` from its own working directory, a person tests from another, and each night
// brings adds, edits, deletes, broken files, a missing crawl, overlaps and kills. Whatever happens,
// the dataset loses and duplicates nothing, and the log says what happened to every file.
import { spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bin, runGovmine } from './govmine.js';

const Database = createRequire(import.meta.url)('better-sqlite3') as typeof import('better-sqlite3');
const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));
const SEEDS = readdirSync(fixtures).filter((f) => /^\d{3}_.*\.txt$/.test(f));
/** a 268 KB portal page, and two smaller ones */
const PAGES = ['zfxxgk_pingtan_2022.html', 'html_000_plain.html', 'html_001_table.html'];
const BIG = PAGES[0];

/** A crawl of the seed reports and three portal pages, in a folder of its own. */
function crawl(): { dir: string; crawl: string } {
  const dir = mkdtempSync(join(tmpdir(), 'govmine-nightly-'));
  const folder = join(dir, 'crawl');
  mkdirSync(folder);
  for (const s of SEEDS) copyFileSync(join(fixtures, s), join(folder, s));
  for (const p of PAGES) copyFileSync(join(fixtures, 'html', p), join(folder, p));
  return { dir, crawl: folder };
}

/**
 * One night of the cron job: the command as cron runs it (absolute paths, its own working
 * directory), its messages appended to sync.log. Returns the exit code and this night's lines.
 */
function night(dir: string, extra: string[] = [], opts: { cwd?: string; input?: string } = {}) {
  const args = ['sync', join(dir, 'crawl'), '--db', join(dir, 'crawl.db'), '--prune', '--errors', join(dir, 'errors.jsonl'), '--known-failures', join(dir, 'errors.jsonl'), ...extra];
  const r = runGovmine(args, { cwd: opts.cwd ?? tmpdir() });
  appendFileSync(join(dir, 'sync.log'), r.stderr);
  return { status: r.status, log: r.stderr };
}

const query = <T>(db: string, sql: string, ...params: unknown[]) => {
  const d = new Database(db, { readonly: true });
  try { return d.prepare(sql).all(...params) as T[]; } finally { d.close(); }
};
/** The dataset's documents: where each is, whether stale and why, and how many figures it holds. */
const documents = (dir: string) => query<{ path: string; root: string; stale_reason: string | null; figures: number }>(join(dir, 'crawl.db'),
  'SELECT d.path, d.root, d.stale_reason, (SELECT count(*) FROM indicators i WHERE i.document_id = d.id) AS figures FROM documents d ORDER BY d.path');
const errors = (dir: string) => readFileSync(join(dir, 'errors.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { path: string; kind: string });
/** How many figures extract finds in a file today. */
const figuresOf = (file: string) => runGovmine(['extract', file, '-f', 'jsonl', '-q']).stdout.split('\n').filter(Boolean).length;

describe('a nightly sync', () => {
  it('keeps one document per file however the crawl is spelled, and says what happened to each file', () => {
    const { dir, crawl: folder } = crawl();
    const files = [...SEEDS, ...PAGES].sort();

    // night 1: everything is new
    let n = night(dir);
    expect(n.status).toBe(0);
    expect(n.log).toMatch(new RegExp(`${files.length} processed, 0 unchanged, 0 removed, 0 failed`));
    expect(documents(dir).map((d) => d.path)).toEqual(files);
    // each under the crawl's folder as the file system knows it
    expect(new Set(documents(dir).map((d) => d.root))).toEqual(new Set([realpathSync(folder)]));
    expect(errors(dir)).toEqual([]);

    // a person tests by hand, as typed from the folder above it and from inside it: the same documents, nothing extracted again
    for (const [input, cwd] of [['crawl', dir], ['.', folder], ['./crawl/../crawl/', dir]]) {
      const r = runGovmine(['sync', input, '--db', join(dir, 'crawl.db')], { cwd });
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`0 processed, ${files.length} unchanged, 0 removed, 0 failed.*nothing changed`));
    }
    // a file named alone, and a glob of the pages: still the same documents
    expect(runGovmine(['sync', join('crawl', SEEDS[0]), '--db', 'crawl.db'], { cwd: dir }).stderr).toMatch(/0 processed, 1 unchanged/);
    expect(runGovmine(['sync', 'crawl/*.html', '--db', 'crawl.db'], { cwd: dir }).stderr).toMatch(/0 processed, 3 unchanged/);
    expect(documents(dir).map((d) => d.path)).toEqual(files);

    // night 2: an add, an edit and a delete; the deleted file is named, and its rows stay (the crawl is all there)
    copyFileSync(join(fixtures, 'extra', readdirSync(join(fixtures, 'extra')).find((f) => f.endsWith('.txt'))!), join(folder, 'new.txt'));
    appendFileSync(join(folder, SEEDS[1]), '\n另检查企业12家。');
    renameSync(join(folder, SEEDS[2]), join(dir, 'aside.txt'));
    n = night(dir, [], { cwd: folder });
    expect(n.status).toBe(0);
    expect(n.log).toMatch(/2 processed, \d+ unchanged, 1 removed, 0 failed/);
    expect(n.log).toMatch(new RegExp(`removed, their files no longer among the inputs: .*${SEEDS[2]}`));
    const edited = documents(dir).find((d) => d.path === SEEDS[1])!;
    expect(edited.figures).toBe(figuresOf(join(folder, SEEDS[1])));
    expect(documents(dir).find((d) => d.path === 'new.txt')!.figures).toBe(figuresOf(join(folder, 'new.txt')));

    // without --prune a deleted file is kept, marked stale and named
    renameSync(join(dir, 'aside.txt'), join(folder, SEEDS[2]));
    night(dir);
    renameSync(join(folder, SEEDS[2]), join(dir, 'aside.txt'));
    const kept = runGovmine(['sync', folder, '--db', join(dir, 'crawl.db')]);
    expect(kept.status).toBe(0);
    expect(kept.stderr).toMatch(/0 removed, 0 failed, 1 gone/);
    expect(kept.stderr).toMatch(new RegExp(`gone, kept and marked stale \\(--prune removes them\\): .*${SEEDS[2]}`));
    expect(documents(dir).find((d) => d.path === SEEDS[2])!.stale_reason).toBe('gone');
    renameSync(join(dir, 'aside.txt'), join(folder, SEEDS[2]));
    // back: current again, nothing extracted
    expect(night(dir).log).toMatch(/0 processed.*1 stale document current again/s);
    expect(documents(dir).every((d) => d.stale_reason === null)).toBe(true);
  }, 120_000);

  it('keeps the last good rows of a file that breaks, marks them stale, and mails only when a failure is new', () => {
    const { dir, crawl: folder } = crawl();
    expect(night(dir).status).toBe(0);
    const before = new Map(documents(dir).map((d) => [d.path, d.figures]));

    // night 2: a file emptied, one overwritten with an image, the big page cut short by a failed download
    writeFileSync(join(folder, SEEDS[0]), '');
    writeFileSync(join(folder, SEEDS[1]), Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(2000, 7)]));
    writeFileSync(join(folder, BIG), readFileSync(join(fixtures, 'html', BIG)).subarray(0, 40_000));
    let n = night(dir);
    expect(n.status).toBe(1);
    expect(errors(dir).map((e) => [e.path, e.kind])).toEqual([
      [join(folder, SEEDS[0]), 'emptied'], [join(folder, SEEDS[1]), 'binary'], [join(folder, BIG), 'truncated'],
    ]);
    expect(n.log).toMatch(new RegExp(`${SEEDS[0]}: dataset: the file is empty now.*last good rows are kept, marked stale`));
    expect(n.log).toMatch(/zfxxgk_pingtan_2022\.html: dataset: 40000 bytes, under 50% of its last good version, of 267768 bytes.*cut short/);
    expect(n.log).toMatch(/0 processed, \d+ unchanged, 0 removed, 3 failed, 3 stale/);
    const docs = documents(dir);
    // nothing lost: each keeps its rows, marked stale with the reason
    expect(new Map(docs.map((d) => [d.path, d.figures]))).toEqual(before);
    expect(docs.filter((d) => d.stale_reason).map((d) => [d.path, d.stale_reason])).toEqual([[SEEDS[0], 'emptied'], [SEEDS[1], 'binary'], [BIG, 'truncated']]);
    const since = query<{ stale_since: string }>(join(dir, 'crawl.db'), 'SELECT stale_since FROM documents WHERE stale_since IS NOT NULL');
    expect(since).toHaveLength(3);

    // night 3: the same failures again: known, exit 0, and still stale since the first night
    n = night(dir);
    expect(n.status).toBe(0);
    expect(n.log).toMatch(/3 failed \(3 known\)/);
    expect(n.log.match(/a known failure/g)).toHaveLength(3);
    expect(query(join(dir, 'crawl.db'), 'SELECT stale_since FROM documents WHERE stale_since IS NOT NULL')).toEqual(since);

    // night 4: one more breaks: that one is new, and the job says so
    writeFileSync(join(folder, SEEDS[2]), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    n = night(dir);
    expect(n.status).toBe(1);
    expect(n.log).toMatch(/4 failed \(3 known\)/);

    // night 5: mended: processed anew, current again, no failure left
    for (const s of SEEDS) copyFileSync(join(fixtures, s), join(folder, s));
    copyFileSync(join(fixtures, 'html', BIG), join(folder, BIG));
    n = night(dir);
    expect(n.status).toBe(0);
    expect(errors(dir)).toEqual([]);
    expect(documents(dir).every((d) => d.stale_reason === null)).toBe(true);
    expect(new Map(documents(dir).map((d) => [d.path, d.figures]))).toEqual(before);
  }, 120_000);

  it('never empties the dataset for a crawl that is not there, and prunes no more than it may', () => {
    const { dir, crawl: folder } = crawl();
    expect(night(dir).status).toBe(0);
    const all = documents(dir);

    // the mount point is there but empty (unmounted), then not there at all
    renameSync(folder, join(dir, 'mounted'));
    mkdirSync(folder);
    let n = night(dir);
    expect(n.status).toBe(2);
    expect(n.log).toMatch(/crawl: dataset: --prune: no report found here \(a missing or empty folder, or an unmounted mount point\?\).*nothing was written or removed/);
    expect(errors(dir).map((e) => e.kind)).toEqual(['no-documents']);
    rmSync(folder, { recursive: true });
    n = night(dir);
    expect(n.status).toBe(2);
    expect(errors(dir).map((e) => e.kind)).toEqual(['not-found', 'no-documents']);
    expect(documents(dir)).toEqual(all);

    // back, but most of it deleted: more than half the dataset would go, so nothing goes until told
    renameSync(join(dir, 'mounted'), folder);
    for (const s of SEEDS) rmSync(join(folder, s));
    n = night(dir);
    expect(n.status).toBe(2);
    expect(n.log).toMatch(/--prune would remove 5 of the 8 documents \(63%\), more than --max-prune 50%: nothing was written or removed/);
    expect(documents(dir)).toEqual(all);
    n = night(dir, ['--max-prune', '100']);
    expect(n.status).toBe(0);
    expect(n.log).toMatch(/0 processed, 3 unchanged, 5 removed/);
    expect(documents(dir).map((d) => d.path)).toEqual([...PAGES].sort());
  }, 120_000);

  it('says whom it waits for, writes this run\'s errors file even when killed, and a rerun completes the work', async () => {
    const { dir, crawl: folder } = crawl();
    // many documents, a broken one first in path order
    for (let c = 0; c < 100; c++) for (const s of SEEDS) copyFileSync(join(fixtures, s), join(folder, `${c}-${s}`));
    writeFileSync(join(folder, '0-broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]));
    writeFileSync(join(dir, 'errors.jsonl'), '{"path":"last-night.html","stage":"decode","kind":"binary","message":"not text"}\n');

    // another run holds the database (until this test lets it go): the job waits, saying for whom
    // since when, and goes on when it is done
    const holder = spawn('sleep', ['600']);
    writeFileSync(join(dir, 'crawl.db.lock'), String(holder.pid));
    const waited = runGovmine(['sync', folder, '--db', join(dir, 'crawl.db'), '--wait', '0.5']);
    expect(waited.status).toBe(3);
    expect(waited.stderr).toMatch(new RegExp(`waiting for pid ${holder.pid} \\(since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d, when it took .*crawl\\.db\\.lock\\), at most 0\\.5 s`));

    // killed with SIGKILL once it has written documents: the errors file is this run's already
    const child = spawn(process.execPath, [bin, 'sync', folder, '--db', join(dir, 'crawl.db'), '--errors', join(dir, 'errors.jsonl'), '-j', '1', '--wait', '600'], { cwd: tmpdir() });
    let log = '';
    child.stderr.on('data', (d: Buffer) => { log += d.toString(); });
    const pause = () => new Promise((resolve) => setTimeout(resolve, 100));
    for (let i = 0; i < 600 && !log.includes('waiting for pid'); i++) await pause();
    holder.kill();
    const written = () => { try { return query<{ n: number }>(join(dir, 'crawl.db'), 'SELECT count(*) AS n FROM documents')[0].n; } catch { return 0; } };
    for (let i = 0; i < 600 && written() === 0; i++) await pause();
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    expect(log).toMatch(new RegExp(`waiting for pid ${holder.pid}.*\\n.*pid ${holder.pid} is done with it; going on after waiting \\d+ s`));
    expect(errors(dir)).toEqual([expect.objectContaining({ path: join(folder, '0-broken.txt'), kind: 'binary' })]);
    const partial = written();
    expect(partial).toBeLessThan(SEEDS.length * 101 + PAGES.length);

    // the next night completes the work: one document per good file, the broken one named again
    const n = night(dir);
    expect(n.status).toBe(0);
    expect(n.log).toMatch(/1 failed \(1 known\)/);
    expect(documents(dir)).toHaveLength(SEEDS.length * 101 + PAGES.length);
    expect(existsSync(join(dir, 'crawl.db.lock'))).toBe(false);
  }, 120_000);

  it('reads no report govmine wrote itself, and names one given by name; a PDF report is read', () => {
    const { dir, crawl: folder } = crawl();
    copyFileSync(join(fixtures, 'documents', '001_1337db6bbca4abca.pdf'), join(folder, 'report.pdf'));
    // a person writes an HTML report into the crawl, twice, as the same command
    for (let i = 0; i < 2; i++) expect(runGovmine(['report', '.', '-o', 'all.html', '-q'], { cwd: folder }).status).toBe(0);
    expect(readFileSync(join(folder, 'all.html'), 'utf8')).toMatch(/<meta name="generator" content="govmine report">/);
    copyFileSync(join(folder, 'all.html'), join(folder, 'copy.html'));
    expect(runGovmine(['extract', '.', '-f', 'csv', '-o', join(folder, 'figures.csv'), '-q'], { cwd: folder }).status).toBe(0);
    const n = night(dir);
    expect(n.status).toBe(0);
    expect(n.log).toMatch(/crawl: warning: 2 files govmine wrote \(its reports, pages, CSV or JSON\) not read as reports: .*all\.html, .*copy\.html\n/);
    // figures.csv, a collection a folder does not read anyway, is not offered as one
    expect(n.log).not.toMatch(/figures\.csv/);
    expect(documents(dir).map((d) => d.path)).toEqual([...SEEDS, ...PAGES, 'report.pdf'].sort());
    expect(documents(dir).find((d) => d.path === 'report.pdf')!.figures).toBeGreaterThan(0);
    // named, it is skipped, said so, and the others go on
    const named = runGovmine(['extract', 'copy.html', 'figures.csv', SEEDS[0], 'report.pdf', '-f', 'jsonl'], { cwd: folder });
    expect(named.status).toBe(1);
    expect(named.stderr).toMatch(/copy\.html: ingest: an HTML page written by govmine: govmine's own output is not read as a report/);
    expect(named.stderr).toMatch(/figures\.csv: ingest: a CSV written by govmine extract: govmine's own output is not read as a report/);
    expect(named.stderr).not.toMatch(/report\.pdf/);
    expect(named.stdout.split('\n').filter(Boolean).length).toBe(figuresOf(join(folder, SEEDS[0])) + figuresOf(join(folder, 'report.pdf')));
  }, 60_000);

  it('brings a dataset an earlier version wrote under typed paths over once: one document per file, nothing extracted again', () => {
    const { dir, crawl: folder } = crawl();
    expect(runGovmine(['sync', 'crawl', '--db', 'crawl.db', '--no-search', '-q'], { cwd: dir }).status).toBe(0);
    const figures = new Map(documents(dir).map((d) => [d.path, d.figures]));
    // as schema 6 left it after `sync crawl`, `sync /…/crawl` and `sync .` inside it: three documents a file
    asTypedPaths(join(dir, 'crawl.db'), (name) => [`crawl/${name}`, join(folder, name), name]);
    expect(query(join(dir, 'crawl.db'), 'SELECT count(*) AS n FROM documents')).toEqual([{ n: 3 * figures.size }]);
    const n = night(dir);
    expect(n.status).toBe(0);
    expect(n.log).toMatch(new RegExp(`${3 * figures.size} documents stored by an earlier govmine under paths as typed: ${figures.size} matched to their files, now each under its input folder, ${2 * figures.size} copies of the same files dropped`));
    expect(n.log).toMatch(new RegExp(`0 processed, ${figures.size} unchanged, 0 removed, 0 failed`));
    expect(new Map(documents(dir).map((d) => [d.path, d.figures]))).toEqual(figures);
    expect(query(join(dir, 'crawl.db'), "SELECT value FROM govmine WHERE key = 'schema_version'")).toEqual([{ value: '7' }]);
  }, 60_000);

  it('says in its help what happens to each file, its exit codes, and how to sum a year\'s own results', () => {
    const help = runGovmine(['sync', '--help']).stdout;
    expect(help).toMatch(/Exit codes: 0 .*--known-failures.*1 some inputs failed.*2 bad usage, or --prune refused.*3 the database could not be written/s);
    for (const what of ['new or changed', 'unchanged', 'failed', 'deleted']) expect(help).toMatch(new RegExp(`^  ${what} +\\S`, 'm'));
    expect(help).toMatch(/status = 'actual' AND part_of IS NULL GROUP BY/);
    expect(help).toMatch(/--max-prune <percent>/);
  });
});

/**
 * Turns a dataset this version wrote (without the full-text index) into one schema 6 wrote, each
 * document under its path as typed, once per spelling `spellings` gives for its name: the
 * documents table without root, size and stale mark, and each document's rows copied for the
 * other spellings.
 */
function asTypedPaths(path: string, spellings: (name: string) => string[]): void {
  const db = new Database(path);
  db.pragma('foreign_keys = OFF');
  db.exec(`
    DROP VIEW indicator_records; DROP VIEW document_texts;
    CREATE TABLE typed (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL, encoding TEXT, format TEXT,
      title TEXT, agency TEXT, year INTEGER, published TEXT, url TEXT, index_number TEXT, doc_number TEXT, duplicate_of TEXT,
      processed_at TEXT NOT NULL, tool_version TEXT NOT NULL);
    INSERT INTO typed SELECT id, path, sha256, encoding, format, title, agency, year, published, url, index_number, doc_number,
      duplicate_of, processed_at, tool_version FROM documents;
    DROP TABLE documents; ALTER TABLE typed RENAME TO documents;
    UPDATE govmine SET value = '6' WHERE key = 'schema_version';
  `);
  const docs = db.prepare('SELECT id, path FROM documents').all() as Array<{ id: number; path: string }>;
  const columns = (table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => `"${c.name}"`).filter((c) => c !== '"id"' && c !== '"document_id"').join(', ');
  const [sections, indicators] = [columns('sections'), columns('indicators')];
  for (const d of docs) {
    const [first, ...others] = spellings(d.path);
    db.prepare('UPDATE documents SET path = ? WHERE id = ?').run(first, d.id);
    for (const other of others) {
      const id = db.prepare(`INSERT INTO documents (path, sha256, encoding, format, title, agency, year, published, url, index_number, doc_number, duplicate_of, processed_at, tool_version)
        SELECT ?, sha256, encoding, format, title, agency, year, published, url, index_number, doc_number, duplicate_of, processed_at, tool_version FROM documents WHERE id = ?`).run(other, d.id).lastInsertRowid;
      db.prepare(`INSERT INTO sections (document_id, ${sections}) SELECT ?, ${sections} FROM sections WHERE document_id = ?`).run(id, d.id);
      db.prepare(`INSERT INTO indicators (document_id, ${indicators}) SELECT ?, ${indicators} FROM indicators WHERE document_id = ?`).run(id, d.id);
      db.prepare('INSERT INTO signatures (document_id, minhash) SELECT ?, minhash FROM signatures WHERE document_id = ?').run(id, d.id);
    }
  }
  db.close();
}
