// The check spec (test/spec/checks.json): invented sentences in the genre's style, each relation kind
// consistent and inconsistent, and the false-alarm patterns that must not be flagged. Every listed
// check must be made with that outcome; no mismatch may be flagged beyond those listed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/pipeline.js';

interface Case { name: string; text: string; checks: Array<{ kind: string; status: 'ok' | 'mismatch' }>; note?: string }
const spec = JSON.parse(readFileSync(new URL('./spec/checks.json', import.meta.url), 'utf8')) as Case[];

describe('checks spec (test/spec/checks.json)', () => {
  it('holds every kind, consistent and not', () => {
    for (const kind of ['rate', 'difference', 'average', 'parts', 'share', 'items', 'repeated']) {
      expect(spec.some((c) => c.checks.some((k) => k.kind === kind && k.status === 'ok')), `${kind} ok`).toBe(true);
      expect(spec.some((c) => c.checks.some((k) => k.kind === kind && k.status === 'mismatch')), `${kind} mismatch`).toBe(true);
    }
  });
  for (const c of spec) {
    it(`${c.name}: ${c.text}`, () => {
      const got = processDocument({ id: 'spec', path: null, bytes: Buffer.from(c.text) }).checks.map((k) => ({ kind: k.kind, status: k.status }));
      for (const want of c.checks) expect(got).toContainEqual(want);
      const mismatches = got.filter((k) => k.status === 'mismatch');
      expect(mismatches).toEqual(c.checks.filter((k) => k.status === 'mismatch'));
    });
  }
});
