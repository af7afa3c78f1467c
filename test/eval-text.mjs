#!/usr/bin/env node
// npm run eval:text: main-text quality. For every page under test/vendor/html, fixtures/html and
// fixtures/pages that has a hand-cleaned `<name>.expected-main-text.txt` beside it, the F1 between
// `govmine text` and that text, and between Readability's article (with jsdom, development
// dependencies used here only) and that text, page by page and on average. Two token F1s, both with
// white space ignored: over character bigrams, and over the words jieba cuts. Where
// fixtures/pages/MANIFEST.json gives a page's expected title, publish date, agency and year, the
// metadata govmine reads is compared with them too.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const govmine = join(root, 'bin', 'govmine.js');
const folders = [join(root, 'test', 'vendor', 'html'), join(root, 'fixtures', 'html'), join(root, 'fixtures', 'pages')].filter(existsSync);

/** Token F1 of two bags of tokens: the overlap counted with repeats. */
function tokenF1(got, want) {
  const bag = (tokens) => {
    const counts = new Map();
    for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  };
  const [g, w] = [bag(got), bag(want)];
  let overlap = 0;
  for (const [k, n] of g) overlap += Math.min(n, w.get(k) ?? 0);
  const p = overlap / Math.max(1, got.length);
  const r = overlap / Math.max(1, want.length);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const bigramsOf = (text) => {
  const s = text.replace(/\s+/g, '');
  return Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
};

/** Character-bigram F1, white space ignored. */
export function bigramF1(got, want) {
  return tokenF1(bigramsOf(got), bigramsOf(want));
}

let jieba = null;
/** Word F1 over jieba's words (HMM off, punctuation and white space left out). */
export function wordF1(got, want) {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba');
    jieba = Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
  }
  const words = (text) => jieba.cut(text.replace(/\s+/g, ''), false).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return tokenF1(words(got), words(want));
}

/** Readability's article text (jsdom decodes the bytes by the page's own charset); '' when it finds none. */
async function readability(path) {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const dom = new JSDOM(readFileSync(path), { url: 'https://example.org/', virtualConsole: new VirtualConsole() });
  return new Readability(dom.window.document).parse()?.textContent ?? '';
}

function manifest(dir) {
  const file = join(dir, 'MANIFEST.json');
  return existsSync(file) ? new Map(JSON.parse(readFileSync(file, 'utf8')).map((p) => [p.page, p])) : new Map();
}

const main = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (main) {
  const rows = [];
  const metaMisses = [];
  let metaChecked = 0;
  const f = (x) => x.toFixed(3);
  console.log('page\tgovmine bigram F1\tReadability bigram F1\tgovmine word F1\tReadability word F1');
  for (const dir of folders) {
    const expected = manifest(dir);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.expected-main-text.txt')).sort()) {
      const page = ['.html', '.htm'].map((e) => join(dir, name.replace('.expected-main-text.txt', e))).find(existsSync);
      if (!page) continue;
      const got = execFileSync(process.execPath, [govmine, 'text', page, '-f', 'jsonl', '-q'], { encoding: 'utf8' });
      const doc = got.trim() ? JSON.parse(got) : { text: '', meta: {} };
      const want = readFileSync(join(dir, name), 'utf8');
      const other = await readability(page);
      const row = { page, ours: bigramF1(doc.text, want), theirs: bigramF1(other, want), oursW: wordF1(doc.text, want), theirsW: wordF1(other, want) };
      rows.push(row);
      console.log(`${basename(dirname(page))}/${basename(page)}\t${f(row.ours.f1)} (P ${f(row.ours.p)} R ${f(row.ours.r)})\t${f(row.theirs.f1)} (P ${f(row.theirs.p)} R ${f(row.theirs.r)})\t${f(row.oursW.f1)}\t${f(row.theirsW.f1)}`);
      for (const [field, value] of Object.entries(expected.get(basename(page))?.meta ?? {})) {
        metaChecked++;
        if (doc.meta[field] !== value) metaMisses.push(`${basename(page)}\t${field}\twant ${value}\tgot ${doc.meta[field]}`);
      }
    }
  }
  if (rows.length === 0) console.log('no page with an .expected-main-text.txt found');
  else {
    const mean = (pick) => f(rows.reduce((a, r) => a + pick(r), 0) / rows.length);
    const low = (pick) => f(Math.min(...rows.map(pick)));
    console.log(`mean bigram F1 over ${rows.length} page(s): govmine ${mean((r) => r.ours.f1)} (lowest ${low((r) => r.ours.f1)}), Readability ${mean((r) => r.theirs.f1)} (lowest ${low((r) => r.theirs.f1)})`);
    console.log(`mean word F1 over ${rows.length} page(s): govmine ${mean((r) => r.oursW.f1)} (lowest ${low((r) => r.oursW.f1)}), Readability ${mean((r) => r.theirsW.f1)} (lowest ${low((r) => r.theirsW.f1)})`);
  }
  if (metaChecked > 0) {
    for (const m of metaMisses) console.log(`META\t${m}`);
    console.log(`metadata: ${metaChecked - metaMisses.length} of ${metaChecked} fields as expected`);
  }
}
