// The built command, run as a user runs it: stdout, stderr and exit codes.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, runGovmine } from './govmine.js';

const seed = fileURLToPath(new URL('../fixtures/001_1337db6bbca4abca.txt', import.meta.url));

function govmine(args: string[], opts: { cwd?: string; input?: string | Buffer } = {}) {
  const r = runGovmine(args, opts);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'govmine-cli-'));
  copyFileSync(seed, join(dir, 'good report.txt'));
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
});

describe('govmine extract', () => {
  it('writes CSV with the contract columns and exits 0', () => {
    const r = govmine(['extract', 'good report.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trim().split('\n');
    expect(header).toBe('doc,title,agency,year,section,category,label,value,unit,approx,raw,context,start,end,indicator,to,change_direction,change_from,change_to,change_rate,check,status,part_of,period,source');
    expect(rows.length).toBe(34);
    expect(r.stderr).toMatch(/1 document, 34 indicators \(.*\), 0 failed/);
  });

  it('writes JSON Lines, one indicator a line', () => {
    const r = govmine(['extract', 'good report.txt', '-f', 'jsonl'], { cwd: dir });
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(34);
    expect(records.find((x) => x.raw === '260.5529万元')).toMatchObject({ value: 2605529, unit: '元', category: 'fine' });
  });

  it('writes JSON documents with meta, sections and indicators to a file', () => {
    const r = govmine(['extract', 'good report.txt', '-f', 'json', '-o', 'out.json', '-q'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [doc] = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    expect(doc.meta.year).toBe(2024);
    expect(doc.sections.length).toBeGreaterThan(5);
    expect(doc.indicators).toHaveLength(34);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('loses nothing through a pipe: stdout equals the file output', () => {
    // every fixture but the pages read (a run over those is the benchmark's to time) and the PDF and Word
    // files, whose reading is most of a run's time and writes nothing else (documents.test.ts reads each,
    // and the test of workers' bytes below one of each kind)
    const root = fileURLToPath(new URL('../fixtures', import.meta.url));
    const fixtures = readdirSync(root, { withFileTypes: true }).filter((e) => !['read', 'documents'].includes(e.name) && (e.isDirectory() || e.name.endsWith('.txt'))).map((e) => join(root, e.name));
    const piped = govmine(['extract', ...fixtures, '-f', 'jsonl', '-q']).stdout;
    govmine(['extract', ...fixtures, '-f', 'jsonl', '-q', '-o', join(dir, 'all.jsonl')]);
    expect(piped.length).toBeGreaterThan(100_000);
    expect(piped).toBe(readFileSync(join(dir, 'all.jsonl'), 'utf8'));
  }, 120_000); // two runs over every fixture

  it('writes to a device given with -o without replacing it', () => {
    const r = govmine(['extract', 'good report.txt', '-o', '/dev/null', '-q'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('reads standard input', () => {
    const r = govmine(['extract', '-', '-f', 'jsonl'], { input: '全年检查企业123家,罚款5万元。' });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).value)).toEqual([123, 50000]);
  });

  it('reads a folder and a glob', () => {
    expect(govmine(['extract', '.', '-f', 'jsonl'], { cwd: dir }).stdout.trim().split('\n')).toHaveLength(34);
    expect(govmine(['extract', '*.txt', '-f', 'jsonl'], { cwd: dir }).stdout.trim().split('\n')).toHaveLength(34);
  });

  it('names a bad input on stderr, keeps the others, exits 1', () => {
    const r = govmine(['extract', 'good report.txt', 'image.txt', 'missing.txt', '-f', 'jsonl'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(34);
    expect(r.stderr).toMatch(/^govmine: image\.txt: decode: not text: looks like a PNG image$/m);
    expect(r.stderr).toMatch(/^govmine: missing\.txt: ingest: no such file or folder$/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on bad usage', () => {
    expect(govmine(['extract', 'good report.txt', '-f', 'xml'], { cwd: dir }).code).toBe(2);
    expect(govmine(['frobnicate']).code).toBe(2);
    expect(govmine(['extract']).code).toBe(2);
  });

  it('exits 3 when the output cannot be written, leaving nothing behind', () => {
    const r = govmine(['extract', 'good report.txt', '-o', join(dir, 'no-such-dir', 'out.csv')], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot write/);
    expect(existsSync(join(dir, 'no-such-dir'))).toBe(false);
  });

  it('writes the same bytes whether the workers or the main thread write the records', () => {
    // every kind of input the fixtures hold: the reports, pages and collections, and one of each kind of
    // document file (reading PDFs is the slow part, and the same for every PDF)
    const fixtures = join(dir, 'every kind');
    const from = fileURLToPath(new URL('../fixtures/', import.meta.url));
    mkdirSync(join(fixtures, 'documents'), { recursive: true });
    for (const f of readdirSync(from).filter((f) => f.endsWith('.txt'))) copyFileSync(join(from, f), join(fixtures, f));
    for (const sub of ['extra', 'html', 'pages', 'collections']) cpSync(join(from, sub), join(fixtures, sub), { recursive: true });
    for (const f of ['001_1337db6bbca4abca.pdf', '001_1337db6bbca4abca.docx', 'extra_06_transport.doc']) copyFileSync(join(from, 'documents', f), join(fixtures, 'documents', f));
    for (const format of ['csv', 'jsonl', 'json']) {
      // --explain needs whole documents in the main thread, which then writes the records itself
      const workers = govmine(['extract', fixtures, '-f', format, '-q', '-j', '2']);
      const main = govmine(['extract', fixtures, '-f', format, '-q', '-j', '2', '--explain']);
      expect(workers.code).toBe(0);
      expect(workers.stdout.length).toBeGreaterThan(10_000);
      expect(main.stdout).toBe(workers.stdout);
    }
  }, 180_000); // six runs over every kind of fixture, PDF and Word files included

  it('flags a near-duplicate and drops its figures with --dedupe', () => {
    copyFileSync(seed, join(dir, 'same report.txt'));
    const run = (extra: string[]) => JSON.parse(govmine(['extract', 'good report.txt', 'same report.txt', '-f', 'json', '-q', ...extra], { cwd: dir }).stdout);
    const plain = run([]);
    expect(plain.map((d: { duplicate_of: string | null }) => d.duplicate_of)).toEqual([null, 'good report.txt']);
    expect(plain[1].indicators).toHaveLength(34);
    expect(run(['--dedupe'])[1].indicators).toHaveLength(0);
  });

  it('explains which lines it dropped and why', () => {
    const r = govmine(['extract', '-', '--explain', '-q'], { input: '首页 > 政务公开\n巡查企业5家。' });
    expect(r.stderr).toMatch(/<stdin>:1: dropped \(breadcrumb\): 首页 > 政务公开/);
  });

  it('keeps going past a collection with a broken row, naming it, and exits 1', () => {
    writeFileSync(join(dir, 'rows.jsonl'), '{"content":"检查企业5家。"}\n{broken\n{"content":"罚款3万元。"}\n');
    const r = govmine(['extract', 'rows.jsonl', '-f', 'jsonl'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).doc)).toEqual(['rows.jsonl#1', 'rows.jsonl#3']);
    expect(r.stderr).toMatch(/^govmine: rows\.jsonl#2: ingest: line 2 is not valid JSON/m);
  });

  it('reads a CSV collection past a row with a broken quote: that row named by number and line, the rows on both sides written', () => {
    const row = (n: number, text: string) => `广东,2026,报告${n},https://example.gov.cn/${n},2026-01-2${n},"${text}"`;
    writeFileSync(join(dir, 'provinces.csv'), ['province,year,title,source_url,publish_date,full_text',
      row(1, '全年检查企业5家。'), row(2, '群众说"好"，罚款9万元。'), row(3, '全年罚款3万元。'), ''].join('\n'));
    const r = govmine(['extract', 'provinces.csv', '-f', 'jsonl'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).doc)).toEqual(['provinces.csv#1', 'provinces.csv#3']);
    expect(r.stderr).toMatch(/^govmine: provinces\.csv#2: ingest: row 2 \(line 3\) is left out: a quote inside a quoted field is not doubled \(""\) at 群众说"$/m);
  });

  it('reads files whose names are not UTF-8 (GBK, as a Windows zip leaves them), from a folder and from a shell glob, and names them readably', () => {
    const zip = mkdtempSync(join(tmpdir(), 'govmine-names-'));
    mkdirSync(join(zip, 'd'));
    const gbk = Buffer.from([0xb1, 0xa8, 0xb8, 0xe6]); // 报告 in GBK
    writeFileSync(Buffer.concat([Buffer.from(join(zip, 'd/')), gbk, Buffer.from('.txt')]), readFileSync(seed));
    writeFileSync(Buffer.concat([Buffer.from(join(zip, 'd/')), Buffer.from([0x41, 0xff]), Buffer.from('.txt')]), '罚款3万元。');
    const folder = govmine(['extract', 'd', '-f', 'jsonl', '-q'], { cwd: zip });
    expect(folder.code).toBe(0);
    const records = folder.stdout.trim().split('\n').map((l) => JSON.parse(l) as { doc: string; raw: string });
    expect([...new Set(records.map((x) => x.doc))]).toEqual(['d/A\\xff.txt', 'd/报告.txt']);
    const alone = govmine(['extract', seed, '-f', 'jsonl', '-q']).stdout.trim().split('\n').map((l) => JSON.parse(l).raw);
    expect(records.filter((x) => x.doc === 'd/报告.txt').map((x) => x.raw)).toEqual(alone);
    const globbed = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" extract d/*.txt -f jsonl -q`], { cwd: zip, encoding: 'utf8' });
    expect(globbed.status).toBe(0);
    expect(globbed.stdout).toBe(folder.stdout);
    const missing = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" extract "$(printf 'd/\\377.txt')"`], { cwd: zip, encoding: 'utf8' });
    expect(missing.stderr).toMatch(/^govmine: d\/\\xff\.txt: ingest: no such file or folder$/m);
  });

  it('shows examples in --help', () => {
    expect(govmine(['--help']).stdout).toMatch(/Examples:/);
    const r = govmine(['extract', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/govmine extract fixtures -f csv/);
  });

  it('guards CSV cells against formula injection, unless --raw-csv', () => {
    const r = govmine(['extract', '-'], { input: '=HYPERLINK("x")检查企业5家' });
    expect(r.stdout).toMatch(/,"'=HYPERLINK/);
    expect(govmine(['extract', '-', '--raw-csv'], { input: '=HYPERLINK("x")检查企业5家' }).stdout).toMatch(/,"=HYPERLINK/);
  });

  it('stops cleanly on SIGTERM: finished documents written, no temporary file, exit 143', async () => {
    const work = mkdtempSync(join(tmpdir(), 'govmine-sig-'));
    copyFileSync(seed, join(work, 'a.txt'));
    writeFileSync(join(work, 'zz-slow.txt'), '检查企业5家，'.repeat(1_000_000));
    const child = spawn(process.execPath, [bin, 'extract', '.', '-f', 'json', '-o', 'out.json', '--timeout', '100', '-j', '1'], { cwd: work });
    const code = await new Promise<number | null>((resolve) => {
      setTimeout(() => child.kill('SIGTERM'), 2500);
      child.on('exit', (c) => resolve(c));
    });
    expect(code).toBe(143);
    const docs = JSON.parse(readFileSync(join(work, 'out.json'), 'utf8'));
    expect(docs.map((d: { doc: string }) => d.doc)).toEqual(['a.txt']);
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 20_000);

  it('starts CSV with a BOM on request', () => {
    expect(govmine(['extract', 'good report.txt', '--bom'], { cwd: dir }).stdout.startsWith('\ufeffdoc,')).toBe(true);
  });
});

describe('a reader that goes away (| head)', () => {
  const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
  /** The writing end of a pipe whose reader has already gone: every write to it fails with EPIPE, at once. */
  const brokenPipe = () => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'govmine-pipe-')), 'fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY);
    closeSync(reader);
    return writer;
  };
  const run = (args: string[], stdio: ['ignore', number | 'pipe', number | 'pipe']) => {
    const r = spawnSync(process.execPath, [bin, ...args], { stdio, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    stdio.forEach((fd) => typeof fd === 'number' && closeSync(fd));
    return r;
  };

  // (the reports of one folder, not every page read: a run over those is the benchmark's to time)
  const reports = join(fixtures, 'extra');
  const commands = [['--help'], ['show', '--help'], ['panel', '--help'], ['--version'], ['extract', reports, '-f', 'jsonl'],
    ['text', reports], ['show', reports], ['check', reports], ['report', reports, '-o', '-'], ['panel', join(fixtures, 'panel')]];
  for (const args of commands) {
    it(`on standard output, ends govmine ${args.join(' ').replace(fixtures, 'fixtures/')} quietly, exit 0`, () => {
      const r = run(args, ['ignore', brokenPipe(), 'pipe']);
      expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /); // warnings about the inputs may come first
      expect(r.status).toBe(0);
    });
  }

  it('on standard error, drops the messages and still writes the output file whole', () => {
    // (folders that warn, not the pages read: a run over those is the benchmark's to time)
    const inputs = [join(fixtures, 'collections'), join(fixtures, 'html')];
    const out = join(mkdtempSync(join(tmpdir(), 'govmine-pipe-')), 'all.csv');
    const r = run(['extract', ...inputs, 'no-such-file.txt', '-o', out], ['ignore', 'pipe', brokenPipe()]);
    expect(r.status).toBe(1); // the missing input still counts
    expect(readFileSync(out, 'utf8')).toBe(govmine(['extract', ...inputs, '-q']).stdout);
  });
});
