#!/usr/bin/env node
// Copies into test/vendor/ what the tests score against, from ../shared beside this checkout (the
// project's shared material), so that `npm test` needs nothing beside a clone. Run it again when the
// shared gold changes, and read the diff. The panel gold keeps the nine working provinces only: the
// other four provinces are held out, and neither their reports nor their gold cells are copied.
// usage: node test/vendor/refresh.mjs
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const vendor = dirname(fileURLToPath(import.meta.url));
const shared = resolve(vendor, '..', '..', '..', 'shared');
if (!existsSync(join(shared, 'gold'))) {
  console.error(`refresh: ${shared} not found; ../shared must stand beside this checkout`);
  process.exit(2);
}
const PROVINCES = ['beijing', 'tianjin', 'hebei', 'shanxi', 'neimenggu', 'liaoning', 'jilin', 'zhejiang', 'guangdong'];
const FILES = [
  'eval/score.mjs', 'eval/meaning.mjs', 'eval/panel.mjs',
  'gold/GUIDE.md', 'gold/seeds.json', 'gold/guangdong_review.json',
  'gold/meaning/seeds.json', 'gold/meaning/guangdong_review.json', 'gold/meaning/gzbg2026_beijing.json', 'gold/meaning/gzbg2026_zhejiang.json',
  'reports/gzbg2026_guangdong.txt', 'reports/gzbg2026_guangdong_review.txt', 'reports/gzbg2026_beijing.txt', 'reports/gzbg2026_zhejiang.txt',
  ...PROVINCES.map((p) => `reports/provinces/gzbg2026_${p}.csv`),
  ...readdirSync(join(shared, 'html')).map((f) => `html/${f}`),
];

const place = (file) => { mkdirSync(dirname(join(vendor, file)), { recursive: true }); return join(vendor, file); };
for (const file of FILES) copyFileSync(join(shared, file), place(file));
const panel = JSON.parse(readFileSync(join(shared, 'gold/panel/provinces_2025.json'), 'utf8'));
panel.cells = Object.fromEntries(PROVINCES.map((p) => [p, panel.cells[p]]));
writeFileSync(place('gold/panel/provinces_2025.json'), JSON.stringify(panel, null, 1) + '\n');
console.log(`refresh: ${FILES.length + 1} files from ${shared} into ${vendor}`);
