// The accuracy gate: figures (score.mjs), what they mean (meaning.mjs) and the provincial panel
// (panel.mjs), scored on the gold copied from the shared material (test/vendor), against the floors
// pinned in accuracy-floors.json. It runs in every checkout: nothing beside the clone is read.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bin } from './govmine.js';
import { periodScore } from './period-score.mjs';

const vendor = fileURLToPath(new URL('./vendor/', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const floors = JSON.parse(readFileSync(new URL('./accuracy-floors.json', import.meta.url), 'utf8')) as Record<string, Record<string, number>>;
const report = (name: string) => join(vendor, 'reports', name);
/**
 * Each set: the reports it extracts, whether a gold of the figures themselves stands beside the gold of
 * their meaning, and where a gold of its own is (else test/vendor/gold).
 */
const sets: Record<string, { inputs: string[]; figures: boolean; gold?: string }> = {
  // the seed reports of gold/seeds.json are the fixtures, byte for byte
  seeds: { inputs: readdirSync(fixtures).filter((f) => /^\d{3}_.*\.txt$/.test(f)).map((f) => join(fixtures, f)), figures: true },
  guangdong_review: { inputs: [report('gzbg2026_guangdong_review.txt')], figures: true },
  gzbg2026_beijing: { inputs: [report('gzbg2026_beijing.txt')], figures: false },
  gzbg2026_zhejiang: { inputs: [report('gzbg2026_zhejiang.txt')], figures: false },
  // the openings of public pages of other genres, read by a reader who did not see govmine's output (fixtures/read/README.md)
  pages_read: {
    inputs: readdirSync(join(fixtures, 'read')).filter((f) => f.endsWith('.txt')).map((f) => join(fixtures, 'read', f)),
    figures: true, gold: join(fixtures, 'read', 'gold.json'),
  },
};
const node = (args: string[]) => execFileSync(process.execPath, args, { encoding: 'utf8' }).trim().split('\n').pop()!;
const score = (line: string, name: string) => Number(new RegExp(`${name} (?:\\d+/\\d+ \\()?([\\d.]+)`).exec(line)?.[1] ?? NaN);
const work = () => mkdtempSync(join(tmpdir(), 'govmine-gate-'));

/**
 * score.mjs's precision and recall, as it prints them: it pairs each document's figures by scanning the
 * figures of all documents, so on many documents it is run on slices of them and its counts summed (the
 * pairs are per document: the counts are the same).
 */
const SLICE = 100;
function figureScores(gold: string, out: string): { precision: number; recall: number } {
  const of = (r: { doc?: string }) => basename(String(r.doc ?? ''));
  const goldRecords = JSON.parse(readFileSync(gold, 'utf8')) as Array<{ doc?: string }>;
  const documents = JSON.parse(readFileSync(out, 'utf8')) as Array<{ doc?: string }>;
  const names = [...new Set(goldRecords.map(of))].sort();
  const dir = work();
  let [goldCount, predicted, matched] = [0, 0, 0];
  for (let i = 0; i < names.length; i += SLICE) {
    const slice = new Set(names.slice(i, i + SLICE));
    writeFileSync(join(dir, 'gold.json'), JSON.stringify(goldRecords.filter((r) => slice.has(of(r)))));
    writeFileSync(join(dir, 'out.json'), JSON.stringify(documents.filter((d) => slice.has(of(d)))));
    const line = node([join(vendor, 'eval', 'score.mjs'), join(dir, 'gold.json'), join(dir, 'out.json')]);
    const counts = /gold (\d+), predicted (\d+), matched (\d+)/.exec(line);
    if (!counts) throw new Error(`score.mjs printed no counts: ${line}`);
    goldCount += Number(counts[1]);
    predicted += Number(counts[2]);
    matched += Number(counts[3]);
  }
  const printed = (x: number) => Number(x.toFixed(3));
  return { precision: printed(matched / predicted), recall: printed(matched / goldCount) };
}

describe('accuracy on the shared gold (test/vendor) and the pages read (fixtures/read), floors in test/accuracy-floors.json', () => {
  for (const [set, { inputs, figures, gold }] of Object.entries(sets)) {
    it(`${set}: ${figures ? 'figures and ' : ''}their meaning stay above their floors`, () => {
      expect(inputs.length).toBeGreaterThan(0);
      const out = join(work(), `${set}.json`);
      execFileSync(process.execPath, [bin, 'extract', ...inputs, '-f', 'json', '-q', '-o', out]);
      const found = figures ? figureScores(gold ?? join(vendor, 'gold', `${set}.json`), out) : { precision: NaN, recall: NaN };
      const meaning = node([join(vendor, 'eval', 'meaning.mjs'), gold ?? join(vendor, 'gold', 'meaning', `${set}.json`), out]);
      const scores: Record<string, number> = {
        precision: found.precision, recall: found.recall,
        label: score(meaning, 'label'), status: score(meaning, 'status'), part_of_f1: score(meaning, 'F1'),
        // (only the pages read have a gold of periods)
        ...(gold ? { period: periodScore(gold, out).share } : {}),
      };
      for (const [name, floor] of Object.entries(floors[set])) expect(scores[name], `${set} ${name}`).toBeGreaterThanOrEqual(floor);
    }, 120_000);
  }

  // the same reports as scrapers and converters hand them over: a body flattened onto one line (its
  // paragraphs parted by spaces, or glued together), and a text wrapped at a page's width, as a PDF
  // saved as text is (paragraphs indented, chapter headings flush left)
  const shapes: Record<string, (lines: string[]) => string> = {
    'one line': (lines) => lines.join(' '),
    'one line, glued': (lines) => lines.join(''),
    'wrapped at 37 characters': (lines) => lines.flatMap((l) => {
      const line = l.trim() && !/^[一二三四五六七八九十]+、/.test(l) ? `\u3000\u3000${l}` : l;
      return Array.from({ length: Math.max(1, Math.ceil(line.length / 37)) }, (_, k) => line.slice(k * 37, (k + 1) * 37));
    }).join('\n'),
  };
  for (const set of ['guangdong_review', 'gzbg2026_beijing']) {
    for (const [shape, reshape] of Object.entries(shapes)) {
      it(`${set}, ${shape}: its figures and their meaning stay above the same floors`, () => {
        const original = readFileSync(sets[set].inputs[0], 'utf8').split('\n');
        // the page's chrome and the title keep their lines; the body after the title takes the shape
        const title = original.findIndex((l) => l.includes('工作报告')) + 1;
        const dir = work();
        const input = join(dir, basename(sets[set].inputs[0]));
        writeFileSync(input, `${original.slice(0, title).join('\n')}\n${reshape(original.slice(title))}`);
        const out = join(dir, `${set}.json`);
        execFileSync(process.execPath, [bin, 'extract', input, '-f', 'json', '-q', '-o', out]);
        const found = sets[set].figures ? node([join(vendor, 'eval', 'score.mjs'), join(vendor, 'gold', `${set}.json`), out]) : '';
        const meaning = node([join(vendor, 'eval', 'meaning.mjs'), join(vendor, 'gold', 'meaning', `${set}.json`), out]);
        const scores: Record<string, number> = {
          precision: score(found, 'precision'), recall: score(found, 'recall'), label: score(meaning, 'label'), status: score(meaning, 'status'),
        };
        for (const name of Object.keys(scores).filter((n) => n in floors[set])) expect(scores[name], `${set} ${shape} ${name}`).toBeGreaterThanOrEqual(floors[set][name]);
      }, 60_000);
    }
  }

  it('the panel of the nine provincial work reports: 2025 cells stay above their floors', () => {
    const gold = join(vendor, 'gold', 'panel', 'provinces_2025.json');
    const provinces = Object.keys((JSON.parse(readFileSync(gold, 'utf8')) as { cells: object }).cells);
    expect(provinces).toHaveLength(9);
    const out = join(work(), 'panel.jsonl');
    execFileSync(process.execPath, [bin, 'panel', ...provinces.map((p) => report(`provinces/gzbg2026_${p}.csv`)), '-f', 'jsonl', '-q', '-o', out]);
    const line = node([join(vendor, 'eval', 'panel.mjs'), gold, out]);
    const scores: Record<string, number> = { cells: score(line, 'cells right'), stated: score(line, 'stated figures') };
    for (const [name, floor] of Object.entries(floors.panel_provinces_2025)) expect(scores[name], `panel ${name}`).toBeGreaterThanOrEqual(floor);
  }, 60_000);
});
