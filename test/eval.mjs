#!/usr/bin/env node
// npm run eval: extracts the bundled reports to JSON and scores them against the hand-labelled gold
// files with test/vendor/eval/score.mjs (per document, with misses), plus fixtures/extra/*.gold.json and
// fixtures/read/gold.json; where a meaning gold exists (test/vendor/gold/meaning, fixtures/read), what the
// figures mean with meaning.mjs too, and, where the gold gives it, each figure's period.
// test/vendor holds copies of the shared material (its README says from where).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { periodScore } from './period-score.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, 'test', 'vendor');
const scorer = join(shared, 'eval', 'score.mjs');
const meaningScorer = join(shared, 'eval', 'meaning.mjs');
const govmine = join(root, 'bin', 'govmine.js');
const work = mkdtempSync(join(tmpdir(), 'govmine-eval-'));

function extract(inputs, name) {
  const out = join(work, `${name}.json`);
  execFileSync(process.execPath, [govmine, 'extract', ...inputs, '-f', 'json', '-o', out, '-q'], { stdio: 'inherit' });
  return out;
}

function score(title, gold, predicted, meaning = join(dirname(gold), 'meaning', basename(gold))) {
  console.log(`\n## ${title}`);
  if (existsSync(meaningScorer) && existsSync(meaning)) {
    console.log(execFileSync(process.execPath, [meaningScorer, meaning, predicted, '--misses'], { encoding: 'utf8' }).trimEnd());
    // (a gold of the pages read gives each figure's period too)
    if (JSON.parse(readFileSync(meaning, 'utf8')).some((r) => 'period' in r)) {
      const { right, paired, share } = periodScore(meaning, predicted);
      console.log(`period ${share.toFixed(3)} (${right}/${paired})`);
    }
  }
  console.log(execFileSync(process.execPath, [scorer, gold, predicted, '--by-doc', '--misses'], { encoding: 'utf8' }).trimEnd());
}

const fixtures = join(root, 'fixtures');
const seeds = readdirSync(fixtures).filter((f) => /^\d{3}_.*\.txt$/.test(f)).map((f) => join(fixtures, f));
// the seeds are scored last, so that the closing line is theirs
const suites = [];
const extraDir = join(fixtures, 'extra');
if (existsSync(extraDir)) {
  const golds = readdirSync(extraDir).filter((f) => f.endsWith('.gold.json')).sort();
  if (golds.length > 0) {
    const merged = join(work, 'extra.gold.json');
    writeFileSync(merged, JSON.stringify(golds.flatMap((g) => JSON.parse(readFileSync(join(extraDir, g), 'utf8')))));
    suites.push(['extra reports (fixtures/extra/*.gold.json)', merged, golds.map((g) => join(extraDir, basename(g, '.gold.json') + '.txt'))]);
  }
}
// the openings of public pages read by a reader who did not see govmine's output: one gold of figures and meaning
const readDir = join(fixtures, 'read');
const readGold = join(readDir, 'gold.json');
suites.push(['pages read (fixtures/read/gold.json)', readGold, readdirSync(readDir).filter((f) => f.endsWith('.txt')).map((f) => join(readDir, f)), readGold]);
const review = join(shared, 'reports', 'gzbg2026_guangdong_review.txt');
suites.push(['provincial work report (gold/guangdong_review.json)', join(shared, 'gold', 'guangdong_review.json'), [review]]);
suites.push(['seeds (gold/seeds.json)', join(shared, 'gold', 'seeds.json'), seeds]);
suites.forEach(([title, gold, inputs, meaning], i) => score(title, gold, extract(inputs, `suite${i}`), meaning));
