#!/usr/bin/env node
// npm run eval:text: main-text quality. For every page under test/vendor/html (and fixtures/html) that
// has a hand-cleaned `<name>.expected-main-text.txt` beside it, the character-bigram F1 between
// `govmine text` and that text, whitespace ignored.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const govmine = join(root, 'bin', 'govmine.js');
const folders = [join(root, 'test', 'vendor', 'html'), join(root, 'fixtures', 'html')].filter(existsSync);

function bigrams(text) {
  const s = text.replace(/\s+/g, '');
  const counts = new Map();
  for (let i = 0; i + 1 < s.length; i++) counts.set(s.slice(i, i + 2), (counts.get(s.slice(i, i + 2)) ?? 0) + 1);
  return counts;
}

export function bigramF1(got, want) {
  const g = bigrams(got);
  const w = bigrams(want);
  let overlap = 0;
  for (const [k, n] of g) overlap += Math.min(n, w.get(k) ?? 0);
  const total = (m) => [...m.values()].reduce((a, b) => a + b, 0);
  const p = overlap / Math.max(1, total(g));
  const r = overlap / Math.max(1, total(w));
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const main = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
const rows = [];
for (const dir of main ? folders : []) {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.expected-main-text.txt')).sort()) {
    const page = ['.html', '.htm'].map((e) => join(dir, f.replace('.expected-main-text.txt', e))).find(existsSync);
    if (!page) continue;
    const got = execFileSync(process.execPath, [govmine, 'text', page, '-f', 'jsonl', '-q'], { encoding: 'utf8' });
    const text = got.trim() ? JSON.parse(got).text : '';
    const score = bigramF1(text, readFileSync(join(dir, f), 'utf8'));
    rows.push({ page, ...score });
    console.log(`${page}\tP ${score.p.toFixed(3)}\tR ${score.r.toFixed(3)}\tF1 ${score.f1.toFixed(3)}`);
  }
}
if (main && rows.length === 0) console.log('no page with an .expected-main-text.txt found');
else if (main) console.log(`mean F1 ${(rows.reduce((a, r) => a + r.f1, 0) / rows.length).toFixed(3)} over ${rows.length} page(s), lowest ${Math.min(...rows.map((r) => r.f1)).toFixed(3)}`);
