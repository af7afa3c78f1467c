// Nothing a user types destroys data: every way an output could replace an input, or a file govmine
// did not write, is refused with exit 2 and the file left as it was.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { runGovmine } from './govmine.js';

const seed = fileURLToPath(new URL('../fixtures/001_1337db6bbca4abca.txt', import.meta.url));
const collections = fileURLToPath(new URL('../fixtures/collections/', import.meta.url));
const REPORT = readFileSync(seed);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'govmine-safety-'));
  copyFileSync(seed, join(dir, 'report.txt'));
});

const govmine = (args: string[], env?: Record<string, string | undefined>) => {
  const r = runGovmine(args, { cwd: dir, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const read = (name: string) => readFileSync(join(dir, name));
const temporaries = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

/** A refusal: exit 2, one message saying what to do, the named files as they were, nothing left behind. */
function refused(args: string[], unchanged: Record<string, Buffer | string>, message: RegExp) {
  const r = govmine(args);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  for (const [name, content] of Object.entries(unchanged)) expect(read(name).equals(Buffer.from(content))).toBe(true);
  expect(temporaries()).toEqual([]);
}

describe('an output is never one of the inputs', () => {
  it('refuses -o naming the input itself, even with --force', () => {
    refused(['extract', 'report.txt', '-o', 'report.txt'], { 'report.txt': REPORT }, /-o report\.txt is also an input/);
    refused(['extract', 'report.txt', '-o', 'report.txt', '--force'], { 'report.txt': REPORT }, /is also an input/);
  });

  it('sees through another spelling, a symbolic link and a hard link', () => {
    mkdirSync(join(dir, 'sub'));
    refused(['extract', './sub/../report.txt', '-o', 'report.txt', '--force'], { 'report.txt': REPORT }, /is also an input/);
    symlinkSync('report.txt', join(dir, 'link.txt'));
    refused(['extract', 'link.txt', '-o', 'report.txt', '--force'], { 'report.txt': REPORT }, /is also an input/);
    refused(['extract', 'report.txt', '-o', 'link.txt', '--force'], { 'report.txt': REPORT }, /is also an input/);
    linkSync(join(dir, 'report.txt'), join(dir, 'hard.txt'));
    refused(['extract', 'hard.txt', '-o', 'report.txt', '--force'], { 'report.txt': REPORT }, /is also an input/);
  });

  it('sees an input found below a folder, through a glob, or listed by --paths-from', () => {
    refused(['extract', '.', '-o', 'report.txt', '--force'], { 'report.txt': REPORT }, /-o report\.txt is also an input \(report\.txt\)/);
    refused(['extract', '*.txt', '-o', 'report.txt', '--force'], { 'report.txt': REPORT }, /is also an input/);
    writeFileSync(join(dir, 'list.txt'), 'report.txt\n');
    refused(['extract', '--paths-from', 'list.txt', '-o', 'report.txt', '--force'], { 'report.txt': REPORT }, /is also an input/);
    refused(['extract', '--paths-from', 'list.txt', '-o', 'list.txt', '--force'], { 'list.txt': 'report.txt\n' }, /is also an input/);
  });

  it('refuses a collection written over by its own figures', () => {
    copyFileSync(join(collections, 'reports.csv'), join(dir, 'scraped.csv'));
    const before = read('scraped.csv');
    refused(['extract', 'scraped.csv', '-o', 'scraped.csv', '--force'], { 'scraped.csv': before }, /is also an input/);
  });

  it('refuses --errors naming an input, and -o and --errors naming one file', () => {
    refused(['extract', 'report.txt', '--errors', 'report.txt', '--force'], { 'report.txt': REPORT }, /--errors report\.txt is also an input/);
    refused(['extract', 'report.txt', '-o', 'out.csv', '--errors', 'out.csv'], { 'report.txt': REPORT }, /-o and --errors name the same file/);
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
  });

  it('refuses the input as the output of check and report', () => {
    refused(['check', 'report.txt', '-o', 'report.txt', '--force'], { 'report.txt': REPORT }, /is also an input/);
    writeFileSync(join(dir, 'page.html'), '<html><body><p>罚款5万元。</p></body></html>');
    refused(['report', 'page.html', '-o', 'page.html', '--force'], { 'page.html': read('page.html') }, /is also an input/);
  });

  it('refuses text -o into a folder that holds an input', () => {
    refused(['text', '.', '-o', '.', '--force'], { 'report.txt': REPORT }, /-o \. holds an input/);
    // a second run over its own earlier output folder would read and rewrite it
    expect(govmine(['text', 'report.txt', '-o', 'clean', '-q']).code).toBe(0);
    refused(['text', '.', '-o', 'clean'], { 'report.txt': REPORT }, /holds an input \(clean\/report\.txt\)/);
  });

  it('refuses sync --db naming an input', () => {
    refused(['sync', 'report.txt', '--db', 'report.txt', '--force'], { 'report.txt': REPORT }, /--db report\.txt is also an input/);
  });
});

describe('an existing file govmine did not write is not replaced', () => {
  it('refuses -o over a file of other data, and --force replaces it', () => {
    writeFileSync(join(dir, 'notes.csv'), 'name,phone\nA,1\n');
    refused(['extract', 'report.txt', '-o', 'notes.csv'], { 'notes.csv': 'name,phone\nA,1\n' }, /notes\.csv already exists and is not a CSV written by govmine extract.*--force/);
    expect(govmine(['extract', 'report.txt', '-o', 'notes.csv', '--force', '-q']).code).toBe(0);
    expect(read('notes.csv').toString()).toMatch(/^doc,title,/);
  });

  it('replaces its own earlier output of the same kind, and an empty file', () => {
    for (const name of ['out.csv', 'out.json', 'out.jsonl']) {
      expect(govmine(['extract', 'report.txt', '-o', name, '-q']).code).toBe(0);
      expect(govmine(['extract', 'report.txt', '-o', name, '-q']).code).toBe(0);
    }
    expect(govmine(['extract', 'report.txt', '-o', 'out.csv', '--bom', '-q']).code).toBe(0);
    expect(govmine(['extract', 'report.txt', '-o', 'out.csv', '-q']).code).toBe(0);
    writeFileSync(join(dir, 'empty.csv'), '');
    expect(govmine(['extract', 'report.txt', '-o', 'empty.csv', '-q']).code).toBe(0);
    expect(govmine(['check', 'report.txt', '-o', 'checks.txt']).code).toBe(0);
    expect(govmine(['check', 'report.txt', '-o', 'checks.txt']).code).toBe(0);
    expect(govmine(['report', 'report.txt', '-o', 'r.html', '-q']).code).toBe(0);
    expect(govmine(['report', 'report.txt', '-o', 'r.html', '-q']).code).toBe(0);
  });

  it('refuses an output of another kind: check CSV over extract CSV, a page over a report', () => {
    expect(govmine(['check', 'report.txt', '-o', 'checks.csv']).code).toBe(0);
    const checks = read('checks.csv');
    refused(['extract', 'report.txt', '-o', 'checks.csv'], { 'checks.csv': checks }, /not a CSV written by govmine extract/);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>my page</title>');
    refused(['report', 'report.txt', '-o', 'index.html'], { 'index.html': '<!doctype html><title>my page</title>' }, /not an HTML report written by govmine report/);
  });

  it('refuses a folder given as -o, and an --errors file of other data', () => {
    mkdirSync(join(dir, 'out'));
    refused(['extract', 'report.txt', '-o', 'out'], {}, /out is a folder: -o takes a file name/);
    writeFileSync(join(dir, 'log.jsonl'), '{"level":"info"}\n');
    refused(['extract', 'report.txt', '--errors', 'log.jsonl'], { 'log.jsonl': '{"level":"info"}\n' }, /log\.jsonl already exists and is not an --errors file/);
  });

  it('text -o takes a new, empty or earlier text folder, not one holding other files', () => {
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'notes.txt'), 'my notes');
    refused(['text', 'report.txt', '-o', 'mine'], { 'mine/notes.txt': 'my notes' }, /mine already holds files govmine did not write.*--force/);
    refused(['text', 'report.txt', '-o', 'report.txt'], { 'report.txt': REPORT }, /report\.txt is a file: text -o takes a folder/);
    expect(govmine(['text', 'report.txt', '-o', 'clean', '-q']).code).toBe(0);
    expect(govmine(['text', 'report.txt', '-o', 'clean', '-q']).code).toBe(0);
    expect(readdirSync(join(dir, 'clean')).sort()).toEqual(['.govmine-text', 'report.txt']);
  });

  it('sync --db refuses a file that is not SQLite, or a database govmine did not write', () => {
    writeFileSync(join(dir, 'notes.db'), 'not a database');
    refused(['sync', 'report.txt', '--db', 'notes.db'], { 'notes.db': 'not a database' }, /notes\.db already exists and is not a dataset written by govmine/);
    spawnSync('python3', ['-c', 'import sqlite3; c = sqlite3.connect("other.db"); c.execute("create table people (name text)"); c.commit()'], { cwd: dir });
    if (existsSync(join(dir, 'other.db'))) {
      const other = read('other.db');
      refused(['sync', 'report.txt', '--db', 'other.db'], { 'other.db': other }, /other\.db already exists and is not a dataset/);
    }
    expect(govmine(['sync', 'report.txt', '--db', 'ok.db', '-q']).code).toBe(0);
    expect(govmine(['sync', 'report.txt', '--db', 'ok.db', '-q']).code).toBe(0);
    writeFileSync(join(dir, 'empty.db'), '');
    expect(govmine(['sync', 'report.txt', '--db', 'empty.db', '-q']).code).toBe(0);
  });
});

describe('merge', () => {
  beforeEach(() => {
    for (const k of [1, 2]) expect(govmine(['extract', 'report.txt', '--shard', `${k}/2`, '-f', 'jsonl', '-o', `part-${k}.jsonl`, '-q']).code).toBe(0);
    writeFileSync(join(dir, 'part-3.jsonl'), '');
  });

  it('without -o writes nothing: the first part is not taken as the output', () => {
    const first = read('part-1.jsonl');
    refused(['merge', 'part-1.jsonl', 'part-2.jsonl', 'part-3.jsonl'], { 'part-1.jsonl': first }, /merge needs -o OUTPUT.*govmine merge -o merged\.jsonl part-1\.jsonl part-2\.jsonl part-3\.jsonl/);
  });

  it('refuses -o naming one of its inputs, or a file govmine did not write', () => {
    const first = read('part-1.jsonl');
    refused(['merge', '-o', 'part-1.jsonl', 'part-1.jsonl', 'part-2.jsonl'], { 'part-1.jsonl': first }, /-o part-1\.jsonl is also an input/);
    writeFileSync(join(dir, 'events.jsonl'), '{"event":"x"}\n');
    refused(['merge', '-o', 'events.jsonl', 'part-1.jsonl', 'part-2.jsonl'], { 'events.jsonl': '{"event":"x"}\n' }, /not JSON Lines written by govmine/);
    refused(['merge', '-o', 'all.csv', 'part-1.jsonl'], {}, /merge writes a SQLite dataset .* or JSON Lines/);
  });

  it('merges with -o, and names a broken input line without writing', () => {
    const r = govmine(['merge', '-o', 'all.jsonl', 'part-1.jsonl', 'part-2.jsonl', 'part-3.jsonl']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/all\.jsonl: 1 document from 3 inputs/);
    expect(read('all.jsonl').toString()).toBe(govmine(['extract', 'report.txt', '-f', 'jsonl', '-q']).stdout);
    writeFileSync(join(dir, 'bad.jsonl'), '{"doc":"a"}\n{broken\n');
    const bad = govmine(['merge', '-o', 'more.jsonl', 'part-1.jsonl', 'bad.jsonl']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^govmine: bad\.jsonl: line 2 is not valid JSON .*nothing was written$/m);
    expect(existsSync(join(dir, 'more.jsonl'))).toBe(false);
  });

  it('refuses a database input govmine did not write', () => {
    expect(govmine(['sync', 'report.txt', '--db', 'part-1.db', '-q']).code).toBe(0);
    writeFileSync(join(dir, 'notes.db'), 'not a database');
    refused(['merge', '-o', 'all.db', 'part-1.db', 'notes.db'], { 'notes.db': 'not a database' }, /notes\.db: not a dataset govmine wrote/);
    expect(existsSync(join(dir, 'all.db'))).toBe(false);
  });
});

describe('the output name chooses the format', () => {
  it('writes JSON Lines to .jsonl and .ndjson, JSON to .json, CSV to .csv', () => {
    for (const [name, test] of [['a.jsonl', /^\{"doc":/], ['a.ndjson', /^\{"doc":/], ['a.json', /^\[\n\{\n {2}"doc"/], ['a.csv', /^doc,title/]] as const) {
      expect(govmine(['extract', 'report.txt', '-o', name, '-q']).code).toBe(0);
      expect(read(name).toString()).toMatch(test);
    }
    expect(govmine(['check', 'report.txt', '-o', 'c.json', '-q']).code).toBe(0);
    expect(JSON.parse(read('c.json').toString())).toBeInstanceOf(Array);
  });

  it('refuses an -f that contradicts the name, and a database name', () => {
    refused(['extract', 'report.txt', '-f', 'csv', '-o', 'out.jsonl'], {}, /-f csv contradicts the name out\.jsonl \(jsonl\)/);
    refused(['extract', 'report.txt', '-o', 'out.db'], {}, /extract does not write SQLite; for a dataset use `govmine sync <inputs> --db out\.db`/);
    refused(['check', 'report.txt', '-o', 'out.jsonl'], {}, /check does not write JSONL; it writes table, json, csv/);
    expect(existsSync(join(dir, 'out.jsonl'))).toBe(false);
  });

  it('takes -f for a name without a known extension', () => {
    expect(govmine(['extract', 'report.txt', '-f', 'jsonl', '-o', 'figures', '-q']).code).toBe(0);
    expect(read('figures').toString()).toMatch(/^\{"doc":/);
  });
});

describe('options with a fixed set of values', () => {
  it('refuse others with exit 2, listing the valid ones', () => {
    const cases: Array<[string[], RegExp]> = [
      [['extract', 'report.txt', '--encoding', 'no-such-charset'], /unknown encoding "no-such-charset"; use one of utf-8, gbk, gb18030/],
      [['show', 'report.txt', '--category', 'fines'], /--category takes a comma-separated list of fine, money, case, person, percent, count; "fines" is not one of them/],
      [['extract', 'report.txt', '-f', 'xml'], /Allowed choices are csv, json, jsonl/],
      [['check', 'report.txt', '-f', 'xml'], /Allowed choices are table, json, csv/],
      [['text', 'report.txt', '-f', 'xml'], /Allowed choices are txt, jsonl/],
      [['extract', 'report.txt', '--shard', '4/3'], /1 <= K <= N/],
    ];
    for (const [args, message] of cases) {
      const r = govmine(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
    expect(govmine(['show', 'report.txt', '--category', 'fine,case']).code).toBe(0);
    expect(govmine(['extract', 'report.txt', '--encoding', 'GB18030', '-q']).code).toBe(0);
  });
});

describe('conventions of the tools beside it', () => {
  const ESC = '\u001b[';

  it('colours with FORCE_COLOR, not with --no-color or NO_COLOR', () => {
    expect(govmine(['show', 'report.txt'], { NO_COLOR: undefined, FORCE_COLOR: '1' }).stdout).toContain(ESC);
    expect(govmine(['show', 'report.txt', '--no-color'], { NO_COLOR: undefined, FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
    expect(govmine(['--no-color', 'show', 'report.txt'], { NO_COLOR: undefined, FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
    expect(govmine(['show', 'report.txt'], { NO_COLOR: undefined, FORCE_COLOR: '0' }).stdout).not.toContain(ESC);
  });

  it.runIf(existsSync('/usr/bin/script'))('on a terminal: colour, except with NO_COLOR or --no-color', () => {
    const onTerminal = (command: string, env: Record<string, string | undefined>) => {
      // A clean environment: a CI runner's own variables (CI, TERM …) turn colour detection off.
      const full: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TERM: 'xterm-256color', ...env };
      for (const [k, v] of Object.entries(full)) if (v === undefined) delete full[k];
      return spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, env: full, encoding: 'utf8' }).stdout;
    };
    const show = `"${process.execPath}" "${fileURLToPath(new URL('../bin/govmine.js', import.meta.url))}" show report.txt`;
    expect(onTerminal(show, { NO_COLOR: undefined, FORCE_COLOR: undefined })).toContain(ESC);
    expect(onTerminal(show, { NO_COLOR: '1', FORCE_COLOR: undefined })).not.toContain(ESC);
    expect(onTerminal(`${show} --no-color`, { NO_COLOR: undefined, FORCE_COLOR: undefined })).not.toContain(ESC);
  });

  it('says which collections a folder held and did not read, and how to read them', () => {
    mkdirSync(join(dir, 'scraped'));
    copyFileSync(join(collections, 'reports.csv'), join(dir, 'scraped', 'reports.csv'));
    copyFileSync(join(collections, 'reports.jsonl'), join(dir, 'scraped', 'reports.jsonl'));
    const r = govmine(['extract', 'scraped']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^govmine: scraped: warning: 2 collections \(CSV, TSV or JSON Lines\) inside the folder not read: scraped\/reports\.csv, scraped\/reports\.jsonl\. .*'scraped\/\*\*\/\*\.\{csv,tsv,jsonl,ndjson\}'/m);
    expect(r.stderr).toMatch(/0 documents/);
    const glob = govmine(['extract', 'scraped/**/*.{csv,tsv,jsonl,ndjson}', '-f', 'jsonl']);
    expect(glob.code).toBe(0);
    expect(glob.stdout.trim().split('\n').length).toBeGreaterThan(100);
    // this run's own output left in the folder is not worth a word
    expect(govmine(['extract', '.', '-o', 'figures.csv']).stderr).not.toMatch(/figures\.csv/);
    expect(govmine(['extract', '.', '-o', 'figures.csv', '-q']).stderr).toBe('');
  });

  it('names a forced encoding that garbles the text', () => {
    const r = govmine(['extract', 'report.txt', '--encoding', 'gbk']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^govmine: report\.txt: warning: --encoding gbk read a file that is valid UTF-8: its text is likely garbled/m);
    expect(govmine(['extract', 'report.txt', '--encoding', 'utf-8']).stderr).not.toMatch(/warning/);
  });

  it('packs the built command, so that a tarball installs a working govmine', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>)[0].files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['bin/govmine.js', 'bin/package.json', 'dist/cli/index.cjs', 'dist/cli/index.cjs.cache', 'dist/cli/worker.cjs', 'dist/cli/dictionary/groups.bin', 'package.json', 'README.md']));
    expect(files.filter((f) => f.startsWith('test/') || f.startsWith('src/'))).toEqual([]);
  }, 30_000);

  it('counts in the singular for one', () => {
    expect(govmine(['extract', 'report.txt']).stderr).toMatch(/govmine: 1 document, 34 indicators/);
    expect(govmine(['text', 'report.txt']).stderr).toMatch(/govmine: 1 document, 0 failed/);
    expect(govmine(['report', 'report.txt', '-o', 'r.html']).stderr).toMatch(/r\.html: 1 document, 0 failed/);
    expect(govmine(['check', 'report.txt']).stderr).toMatch(/1 document, \d+ checks?, 0 mismatches/);
  });
});
