// The bad-input suite: every kind in test/bad/corpus.mjs is processed correctly or fails with one
// line naming the file and the problem; a good report beside them yields exactly its records.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, shared with `node test/bad/corpus.mjs`
import { KINDS, NAMED, SEED_FIGURES, makeCorpus } from './bad/corpus.mjs';
import { runGovmine, runGovmineAsync } from './govmine.js';

interface Kind { name: string; figures?: number | 'seed'; fails?: string }
const good = fileURLToPath(new URL('../fixtures/001_1337db6bbca4abca.txt', import.meta.url));
const govmine = (args: string[], cwd: string) => runGovmine(args, { cwd });

let dir: string;
let run: Awaited<ReturnType<typeof runGovmineAsync>>;
let docs: Map<string, { indicators: unknown[]; raw: string }>;
let errors: Array<{ path: string; stage: string; kind: string; message: string }>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'govmine-bad-'));
  makeCorpus(dir);
  const named = (NAMED as Kind[]).filter((k) => k.fails !== 'timeout').map((k) => `named/${k.name}`);
  // the longest run of the suite, awaited: it would hold the test thread for most of a minute. The
  // documents' time limit is far above what any takes alone (the one of 100,000 figures, 5 s): a busy
  // machine running the other suites beside it must not make this a test of speed
  run = await runGovmineAsync(['extract', 'folder', ...named, 'no/such/path.txt', good, '-f', 'json', '-o', 'out.json', '--errors', 'errors.jsonl', '--timeout', '90'], { cwd: dir });
  docs = new Map(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).map((d: { doc: string; indicators: unknown[] }) => [d.doc, d]));
  errors = readFileSync(join(dir, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
}, 240_000);

describe(`bad input: ${KINDS.length + NAMED.length} kinds`, () => {
  it('exits 1: some inputs failed, the rest was written', () => expect(run.status).toBe(1));

  for (const k of KINDS as Kind[]) {
    if (k.fails) {
      it(`${k.name}: fails as ${k.fails}, in one line naming it`, () => {
        expect(errors.find((e) => e.path === `folder/${k.name}`)?.kind).toBe(k.fails);
        const lines = run.stderr.split('\n').filter((l) => l.includes(`folder/${k.name}:`));
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(new RegExp(`^govmine: folder/.+: (ingest|pdf|word|decode|html|clean|extract): .+`));
      });
    } else {
      it(`${k.name}: processed, ${k.figures === 'seed' ? SEED_FIGURES : k.figures} figures`, () => {
        expect(docs.get(`folder/${k.name}`)?.indicators).toHaveLength(k.figures === 'seed' ? SEED_FIGURES : (k.figures as number));
      });
    }
  }

  for (const k of (NAMED as Kind[]).filter((n) => n.fails !== 'timeout')) {
    it(`${k.name}: its good rows give ${k.figures} figures, the bad part fails as ${k.fails}`, () => {
      const rows = [...docs.entries()].filter(([id]) => id.startsWith(`named/${k.name}#`));
      expect(rows.reduce((n, [, d]) => n + d.indicators.length, 0)).toBe(k.figures);
      expect(errors.some((e) => e.path.startsWith(`named/${k.name}`) && e.kind === k.fails)).toBe(true);
    });
  }

  it('a path that does not exist is named', () => {
    expect(errors).toContainEqual({ path: 'no/such/path.txt', stage: 'ingest', kind: 'not-found', message: 'no such file or folder' });
  });

  it('a folder that links to itself is not walked forever', () => {
    expect([...docs.keys()].some((id) => id.includes('loop-dir'))).toBe(false);
  });

  it('prints no stack trace', () => expect(run.stderr).not.toMatch(/\n\s+at /));

  it('the good report beside them yields exactly its records', () => {
    const alone = JSON.parse(govmine(['extract', good, '-f', 'json', '-q'], dir).stdout)[0];
    expect(docs.get(good)?.indicators).toEqual(alone.indicators);
  });

  it('a name with a leading dash is read after --', () => {
    const r = govmine(['extract', '-q', '-f', 'jsonl', '--', '-leading-dash.txt'], join(dir, 'folder'));
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(SEED_FIGURES);
  });

  it('a document that takes too long is given up on, named, and the others still come', () => {
    const slow = join(dir, 'named', 'million-figures.txt');
    const r = govmine(['extract', slow, good, '-f', 'jsonl', '--timeout', '1'], dir);
    expect(r.status).toBe(1);
    // the stage it was in when time ran out depends on the machine's speed, not on govmine
    expect(r.stderr).toMatch(new RegExp(`^govmine: ${slow}: [a-z]+: took longer than --timeout \\(1 s\\)$`, 'm'));
    expect(r.stdout.trim().split('\n').every((l) => JSON.parse(l).doc === good)).toBe(true);
  });

  it('a slow document sharing a worker task with others fails alone: the others of its task go again without it', () => {
    const slow = join(dir, 'named', 'million-figures.txt');
    // twelve inputs on one worker go in tasks of three, in path order: the slow one is the middle
    // of the last task (copies/… before it, z-copies/… after it)
    const goods = [...Array.from({ length: 10 }, (_, i) => join(dir, 'copies', `good-${i}.txt`)), join(dir, 'z-copies', 'good.txt')];
    goods.forEach((g) => { mkdirSync(dirname(g), { recursive: true }); copyFileSync(good, g); });
    const r = govmine(['extract', ...goods, slow, '-f', 'jsonl', '--timeout', '1', '-j', '1'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr.match(/took longer than --timeout/g)).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^govmine: ${slow}: [a-z]+: took longer`, 'm'));
    const alone = govmine(['extract', good, '-f', 'jsonl', '-q'], dir).stdout.trim().split('\n');
    const docs = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { doc: string }).doc);
    expect(docs).toHaveLength(11 * alone.length);
    expect(docs.at(-1)).toBe(goods.at(-1));
  }, 30_000);

  it('refuses files over --max-size before reading them', () => {
    const r = govmine(['extract', 'folder/over-max-size.txt', '--max-size', '1'], dir);
    expect(r.stderr).toMatch(/over-max-size\.txt: ingest: 52428801 bytes is more than --max-size \(1048576 bytes\)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
