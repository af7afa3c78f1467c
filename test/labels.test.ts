// The label spec: invented sentences in the reports' style, each with the labels of its figures in
// order, read through the whole extraction (test/spec/labels.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSpec } from './spec-extract.js';

interface Case { text: string; labels: string[] }
const spec = JSON.parse(readFileSync(new URL('./spec/labels.json', import.meta.url), 'utf8')) as Case[];

describe('labels spec (test/spec/labels.json)', () => {
  for (const c of spec) {
    it(`${c.text} → ${c.labels.join(' | ')}`, () => {
      expect(extractSpec(c.text).map((r) => r.label)).toEqual(c.labels);
    });
  }
  it('are never longer than 16 characters', () => {
    for (const c of spec) for (const r of extractSpec(c.text)) expect([...r.label].length).toBeLessThanOrEqual(16);
  });
});
