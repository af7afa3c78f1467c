#!/usr/bin/env node
// npm run bench: throughput and memory of the whole pipeline over a corpus made from the bundled
// reports (every fixture repeated until the corpus reaches the asked size). Prints documents/s, MB/s,
// the jieba load time and the peak RSS; speed and memory targets are checked here, never in tests.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processDocument } from '../dist/pipeline.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const documents = Number(process.argv[2] ?? 2000);
const files = ['', 'extra', 'html'].flatMap((sub) =>
  readdirSync(join(root, 'fixtures', sub)).filter((f) => /\.(txt|html?)$/.test(f)).map((f) => join(root, 'fixtures', sub, f)));
const corpus = files.map((path) => ({ path, bytes: readFileSync(path) }));

let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };

const t0 = performance.now();
processDocument({ id: 'warmup', path: corpus[0].path, bytes: corpus[0].bytes });
const warm = performance.now() - t0;
sample();

let bytes = 0;
let indicators = 0;
const t1 = performance.now();
for (let i = 0; i < documents; i++) {
  const { path, bytes: b } = corpus[i % corpus.length];
  indicators += processDocument({ id: `${i}-${path}`, path, bytes: b }).indicators.length;
  bytes += b.length;
  if (i % 100 === 0) sample();
}
const seconds = (performance.now() - t1) / 1000;
sample();
console.log(`first document (loads the jieba dictionary): ${warm.toFixed(0)} ms`);
console.log(`${documents} documents, ${(bytes / 1e6).toFixed(1)} MB, ${indicators} indicators in ${seconds.toFixed(2)} s`);
console.log(`${(documents / seconds).toFixed(0)} documents/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s, peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`);
