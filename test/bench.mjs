#!/usr/bin/env node
// npm run bench [-- DOCUMENTS] [--only=cold|figures]: speed and memory, measured (a script, never a test).
// Builds a synthetic corpus from the fixtures (default 20,000 documents, ~140 MB: paragraphs shuffled,
// numbers varied, half of it GBK, a fifth wrapped as portal HTML) in a temp folder, then prints:
// the floor (read + decode + one regex scan, MB/s, best of 3); one report cold (process start to
// exit, best of 5); a scaling table of extract and a first sync (with the full-text index and without) at 1, 2, 4 … jobs up to the cores
// (best of three rounds, speed-ups, peak RSS, the database's size), each thread's CPU time per
// document and from it a projection to more cores; the ceiling, in this process: the whole pipeline
// against what no version of it can skip; and a first and a second, unchanged sync. Then one document
// with 25,000 and 100,000 figures through extract and sync (4x the figures must cost at most 5x the
// time). --only runs one part: the cold report, or the figures of one document.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'govmine.js');
const documents = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 20_000);
const only = process.argv.slice(2).find((a) => a.startsWith('--only='))?.slice('--only='.length);
const fixtures = [join(root, 'fixtures'), join(root, 'fixtures', 'extra')].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')));

function corpus(dir) {
  let x = 12345;
  const rand = (n) => { x = (x * 1103515245 + 12345) >>> 0; return (x >>> 8) % n; };
  let bytes = 0;
  for (let i = 0; i < documents; i++) {
    const lines = fixtures[i % fixtures.length].split('\n');
    // shuffle the body's paragraphs and vary its numbers
    for (let k = lines.length - 1; k > 1; k--) { const j = 1 + rand(k); [lines[k], lines[j]] = [lines[j], lines[k]]; }
    const text = lines.join('\n').replace(/\d+/g, (d) => String(Number(d) + rand(50)));
    const html = i % 5 === 0;
    const body = html ? `<!doctype html><html><head><meta charset="${i % 2 ? 'gbk' : 'utf-8'}"><title>报告</title></head><body><nav><a href="/">首页</a></nav><div id="zoom">${text.split('\n').map((l) => `<p>${l}</p>`).join('')}</div><footer>版权所有</footer></body></html>` : text;
    const data = i % 2 ? iconv.encode(body, 'gbk') : Buffer.from(body);
    const sub = join(dir, String(i % 100).padStart(2, '0'));
    if (i < 100) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `report-${i}.${html ? 'html' : 'txt'}`), data);
    bytes += data.length;
  }
  return bytes;
}

const listFiles = (dir) => readdirSync(dir).flatMap((sub) => readdirSync(join(dir, sub)).map((f) => join(dir, sub, f)));

function decode(bytes) {
  try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { return iconv.decode(bytes, 'gb18030'); }
}

const scan = (text) => (text.match(/\d+(?:\.\d+)?[万亿]?[元人件家次项个%]/g) ?? []).length;

function floor(files) {
  const started = performance.now();
  let n = 0;
  for (const f of files) n += scan(decode(readFileSync(f)));
  return (performance.now() - started) / 1000;
}

/**
 * What one job could reach at best: in this process, over a sample of the corpus, the whole pipeline
 * against what no version of it can skip (reading and decoding as the floor does, cheerio's parse of
 * the HTML pages, jieba cutting each figure's clause for its label, JSON.stringify of each record),
 * each the best of three, in µs a document.
 */
async function ceiling(files) {
  const dist = (m) => import(pathToFileURL(join(root, 'dist', m)).href);
  const { processDocument } = await dist('pipeline.js');
  const { renderDocument, serializer } = await dist('emit/index.js');
  const { clauseBefore, warmUp } = await dist('text/index.js');
  const { foldForMatching } = await dist('clean/normalize.js');
  const require = createRequire(join(root, 'package.json'));
  const cheerio = require('cheerio/slim');
  const { Jieba } = require('@node-rs/jieba');
  const jieba = Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
  warmUp();
  const raws = files.map((path) => ({ id: path, path, bytes: readFileSync(path), isHtml: path.endsWith('.html'), hints: {} }));
  const docs = raws.map((raw) => processDocument(raw));
  const clauses = docs.flatMap((d) => { const match = foldForMatching(d.text); return d.indicators.map((r) => clauseBefore(match, r.start)); });
  const pages = raws.filter((r) => r.isHtml).map((r) => decode(r.bytes));
  const jsonl = serializer('jsonl');
  const parts = {
    // each file read again, as the floor reads it
    govmine: () => { for (const raw of raws) renderDocument(processDocument({ ...raw, bytes: readFileSync(raw.path) }), jsonl); },
    floor: () => floor(files),
    'read + decode': () => { for (const f of files) decode(readFileSync(f)); },
    cheerio: () => { for (const html of pages) cheerio.load(html)('body').text(); },
    jieba: () => { for (const c of clauses) jieba.cut(c, true); },
    JSON: () => { for (const d of docs) for (const r of d.indicators) JSON.stringify(r); },
  };
  const best = {};
  for (let round = 0; round < 3; round++) {
    for (const [name, run] of Object.entries(parts)) {
      const started = performance.now();
      run();
      best[name] = Math.min(best[name] ?? Infinity, ((performance.now() - started) * 1000) / files.length);
    }
  }
  return best;
}

/** Runs govmine, sampling the process's resident memory (worker threads included) from /proc. */
function timed(args, cwd) {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    let peak = 0;
    // each thread's CPU seconds, as last seen (a thread that ends keeps its last sample)
    const threads = new Map();
    const sample = setInterval(() => {
      try {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
        peak = Math.max(peak, kb * 1024);
        for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
          const fields = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
          threads.set(tid, (Number(fields[11]) + Number(fields[12])) / ticks);
        }
      } catch { /* exited */ }
    }, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sample);
      // the main thread is the one whose id is the process's; the workers, the busiest of the others
      const main = threads.get(String(child.pid)) ?? 0;
      threads.delete(String(child.pid));
      resolveRun({ seconds: (performance.now() - started) / 1000, peak, code, stderr, main, others: [...threads.values()].sort((a, b) => b - a) });
    });
  });
}

/** Seconds for `node -e 0`: what any Node program's start costs on this machine right now. */
function nodeAlone() {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' }).on('error', reject).on('exit', () => resolveRun((performance.now() - started) / 1000));
  });
}

const mb = (b) => (b / 1e6).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** One report from a cold start (process start to exit), the median of 10, beside Node starting alone. */
async function coldReport() {
  const cold = [];
  const bare = [];
  for (let i = 0; i < 10; i++) {
    cold.push((await timed(['extract', join(root, 'fixtures', '001_1337db6bbca4abca.txt'), '-q'], root)).seconds);
    bare.push(await nodeAlone());
  }
  // Node's own start, beside it: on a shared machine it alone drifts by a factor of three
  console.log(`one report, cold (process start to exit, median of 10): ${(median(cold) * 1000).toFixed(0)} ms (target <= 250); Node starting and exiting alone: ${(median(bare) * 1000).toFixed(0)} ms`);
}

/**
 * One document with many figures (one sentence of them, as test/bad's figures-100000.txt), through
 * extract and sync: the work must grow with the figures, not with the figures times the text.
 */
async function manyFigures(dir) {
  const counts = [25_000, 100_000];
  const seconds = {};
  for (const n of counts) {
    const file = join(dir, `figures-${n}.txt`);
    writeFileSync(file, '检查企业5家，'.repeat(n));
    for (const [kind, args] of [['extract', ['extract', file, '-f', 'jsonl', '-o', join(dir, 'figures.jsonl'), '-q']], ['sync', ['sync', file, '--db', join(dir, 'figures.db'), '-q']]]) {
      const runs = [];
      for (let round = 0; round < 2; round++) {
        for (const f of ['figures.jsonl', 'figures.db']) rmSync(join(dir, f), { force: true });
        const r = await timed(args, dir);
        if (r.code !== 0) throw new Error(`${kind} of ${n} figures exited ${r.code}: ${r.stderr}`);
        runs.push(r.seconds);
      }
      (seconds[kind] ??= {})[n] = Math.min(...runs);
    }
  }
  for (const [kind, t] of Object.entries(seconds)) {
    const ratio = t[100_000] / t[25_000];
    console.log(`one document, ${kind} (best of 2): 25,000 figures ${t[25_000].toFixed(2)} s, 100,000 figures ${t[100_000].toFixed(2)} s (target < 10 s), ${ratio.toFixed(2)}x the time for 4x the figures (target <= 5x)`);
  }
}
const ticks = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
const dir = mkdtempSync(join(tmpdir(), 'govmine-bench-'));
const data = join(dir, 'corpus');
mkdirSync(data);
if (only) {
  try {
    if (only === 'cold') await coldReport();
    else if (only === 'figures') await manyFigures(dir);
    else throw new Error(`--only takes cold or figures, not ${only}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(0);
}
try {
  const bytes = corpus(data);
  console.log(`corpus: ${documents} documents, ${mb(bytes)} MB (half GBK, a fifth HTML) in ${data}`);
  execFileSync('sync'); // the corpus on disk, so that writing it back does not slow what is measured
  const files = listFiles(data);
  floor(files); // warm the page cache
  // the best of three, like the runs it is compared with: one run alone drifts with the machine
  const tFloor = Math.min(floor(files), floor(files), floor(files));
  const floorRate = bytes / 1e6 / tFloor;
  console.log(`floor (read + decode + one regex scan, best of 3): ${floorRate.toFixed(1)} MB/s`);

  // first, while the machine is quiet: the big runs below leave hundreds of MB of output for the kernel to write back
  await coldReport();

  // the scaling table: extract and a first sync at 1, 2, 4 … jobs up to the cores, in rounds (the
  // order of the job counts swaps every round); each the best of its rounds. On a shared machine the
  // speed drifts from minute to minute: compare within one run, as ratios
  const cores = availableParallelism();
  const jobCounts = [...new Set([1, 2, 4, 8, 16, 32, 64].filter((j) => j < cores).concat(cores))];
  const ROUNDS = 3;
  // sync as a new dataset gets it (with the full-text index of words) and with --no-search
  const commands = {
    extract: () => ['extract', 'corpus', '-f', 'jsonl', '-o', join(dir, 'out.jsonl'), '-q'],
    sync: (db) => ['sync', 'corpus', '--db', db, '-q'],
    'sync --no-search': (db) => ['sync', 'corpus', '--db', db, '-q', '--no-search'],
  };
  const kinds = Object.keys(commands);
  const runs = Object.fromEntries(kinds.map((k) => [k, new Map()]));
  const dbBytes = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const jobs of round % 2 === 0 ? jobCounts : [...jobCounts].reverse()) {
      for (const kind of kinds) {
        const db = join(dir, `scale-${jobs}.db`);
        const r = await timed([...commands[kind](db), '-j', String(jobs)], dir);
        if (kind === 'extract') rmSync(join(dir, 'out.jsonl')); // each run starts with nothing left to write back
        else {
          dbBytes[kind] = statSync(db).size;
          for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
        }
        execFileSync('sync');
        runs[kind].set(jobs, [...(runs[kind].get(jobs) ?? []), r]);
      }
    }
  }
  const best = (rs) => rs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const table = jobCounts.map((jobs) => ({ jobs, ...Object.fromEntries(kinds.map((k) => [k, best(runs[k].get(jobs))])) }));
  const [one] = table;
  console.log(`scaling (best of ${ROUNDS} rounds; speed-up against 1 job of the same command; sync against extract at the same jobs):`);
  console.log(`| jobs | ${kinds.map((k) => (k === 'extract' ? `${k} s | docs/s | × 1 job | peak RSS MB` : `${k} s | docs/s | × 1 job | / extract | peak RSS MB`)).join(' | ')} |`);
  console.log(`| --- | ${kinds.map((k) => (k === 'extract' ? '--- | --- | --- | ---' : '--- | --- | --- | --- | ---')).join(' | ')} |`);
  for (const row of table) {
    const cells = kinds.map((k) => {
      const r = row[k];
      const common = `${r.seconds.toFixed(1)} | ${(documents / r.seconds).toFixed(0)} | ${(one[k].seconds / r.seconds).toFixed(2)}`;
      return k === 'extract' ? `${common} | ${mb(r.peak)}` : `${common} | ${(row.extract.seconds / r.seconds).toFixed(2)} | ${mb(r.peak)}`;
    });
    console.log(`| ${row.jobs} | ${cells.join(' | ')} |`);
  }
  // a worker's own memory: what each job beyond the first adds to the process's peak
  const last = table[table.length - 1];
  if (last.jobs > 1) {
    const perWorker = (kind) => mb((last[kind].peak - one[kind].peak) / (last.jobs - 1));
    console.log(`peak RSS per worker (what each job beyond the first adds, at ${last.jobs} jobs): ${kinds.map((k) => `${k} ${perWorker(k)} MB`).join(', ')} (target <= 150)`);
  }
  console.log(`  all runs, seconds: ${jobCounts.map((j) => kinds.map((k) => `${k} ${j} job(s) ${runs[k].get(j).map((r) => r.seconds.toFixed(1)).join(', ')}`).join('; ')).join('; ')}`);
  const rate1 = bytes / 1e6 / one.extract.seconds;
  console.log(`extract, 1 job: ${rate1.toFixed(1)} MB/s, ${(100 * rate1 / floorRate).toFixed(0)}% of the floor (target >= 20%)`);
  console.log(`database: ${kinds.filter((k) => k !== 'extract').map((k) => `${k} ${mb(dbBytes[k])} MB, ${(dbBytes[k] / bytes).toFixed(2)}x the input`).join('; ')} (target <= 2x)`);
  // where the time goes with one job, per document, from each thread's CPU time: the main thread
  // (ordering, writing), the worker, and V8's own threads. The main thread is the one that cannot be
  // multiplied: with J jobs on J cores, a command runs at most at min(J / worker, 1 / main) documents
  // a second
  const perDoc = (r) => ({ main: r.main / documents, worker: r.others[0] / documents, v8: r.others.slice(1).reduce((a, b) => a + b, 0) / documents });
  const ms = (v) => (v * 1000).toFixed(3);
  const projection = (p, jobs) => Math.min(jobs / p.worker, 1 / p.main);
  const cpu = Object.fromEntries(kinds.map((k) => [k, perDoc(one[k])]));
  for (const k of kinds) console.log(`${k}, 1 job, CPU ms a document: main thread ${ms(cpu[k].main)}, worker ${ms(cpu[k].worker)}, V8's threads ${ms(cpu[k].v8)}`);
  for (const jobs of [2, 16]) {
    const e = projection(cpu.extract, jobs);
    const syncs = kinds.filter((k) => k !== 'extract').map((k) => {
      const s = projection(cpu[k], jobs);
      return `${k} ${s.toFixed(0)} documents/s (${(s / e).toFixed(2)}x extract)`;
    });
    console.log(`projected for ${jobs} jobs on ${jobs} free cores: extract ${e.toFixed(0)} documents/s (${(e * cpu.extract.worker).toFixed(1)}x 1 job; target at 16 >= 12x), ${syncs.join(', ')} (target >= ${jobs === 2 ? '0.8' : '0.6'}x)`);
  }

  const SAMPLE = 10; // every tenth document
  const c = await ceiling(files.filter((_, i) => i % SAMPLE === 0));
  const fixed = c['read + decode'] + c.cheerio + c.jieba + c.JSON;
  const us = (v) => v.toFixed(0);
  console.log(`ceiling (in this process, every ${SAMPLE}th document, best of 3, µs a document): govmine ${us(c.govmine)}, the floor ${us(c.floor)}; what no version can skip ${us(fixed)} (reading and decoding ${us(c['read + decode'])}, cheerio ${us(c.cheerio)}, jieba on each figure's clause ${us(c.jieba)}, JSON ${us(c.JSON)}): with the rest free, one job would reach ${(100 * c.floor / fixed).toFixed(0)}% of the floor; as it is, ${(100 * c.floor / c.govmine).toFixed(0)}%`);

  const first = await timed(['sync', 'corpus', '--db', join(dir, 'bench.db'), '-q'], dir);
  const again = await timed(['sync', 'corpus', '--db', join(dir, 'bench.db')], dir);
  console.log(`sync: first ${first.seconds.toFixed(1)} s (peak RSS ${mb(first.peak)} MB), unchanged again ${again.seconds.toFixed(2)} s (target <= 3 s): ${again.stderr.trim().split('\n').pop()}`);
  await manyFigures(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
