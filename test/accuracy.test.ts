// The accuracy gate: figures (score.mjs) and what they mean (meaning.mjs) on the shared gold, against
// the floors pinned in accuracy-floors.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bin } from './govmine.js';

const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
const floors = JSON.parse(readFileSync(new URL('./accuracy-floors.json', import.meta.url), 'utf8')) as Record<string, Record<string, number>>;
const sets: Record<string, string[]> = {
  seeds: existsSync(join(shared, 'seeds')) ? readdirSync(join(shared, 'seeds')).map((f) => join(shared, 'seeds', f)) : [],
  guangdong_review: [join(shared, 'reports', 'gzbg2026_guangdong_review.txt')],
};
const node = (args: string[]) => execFileSync(process.execPath, args, { encoding: 'utf8' }).trim().split('\n').pop()!;
const number = (line: string, name: string) => Number(new RegExp(`${name} ([\\d.]+)`).exec(line)?.[1] ?? NaN);

describe.runIf(existsSync(join(shared, 'eval', 'meaning.mjs')))('accuracy on the shared gold (test/accuracy-floors.json)', () => {
  for (const [set, inputs] of Object.entries(sets)) {
    it(`${set}: figures and their meaning stay above their floors`, () => {
      const out = join(mkdtempSync(join(tmpdir(), 'govmine-gate-')), `${set}.json`);
      execFileSync(process.execPath, [bin, 'extract', ...inputs, '-f', 'json', '-q', '-o', out]);
      const figures = node([join(shared, 'eval', 'score.mjs'), join(shared, 'gold', `${set}.json`), out]);
      const meaning = node([join(shared, 'eval', 'meaning.mjs'), join(shared, 'gold', 'meaning', `${set}.json`), out]);
      const scores = {
        precision: number(figures, 'precision'), recall: number(figures, 'recall'),
        label: number(meaning, 'label'), status: number(meaning, 'status'), part_of_f1: number(meaning, 'F1'),
      };
      for (const [name, floor] of Object.entries(floors[set])) expect(scores[name as keyof typeof scores], `${set} ${name}`).toBeGreaterThanOrEqual(floor);
    }, 60_000);
  }
});
