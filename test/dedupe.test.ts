import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DuplicateIndex, NEAR_DUPLICATE, signature, similarity } from '../src/dedupe/index.js';

const seed = (n: string) => readFileSync(new URL(`../fixtures/${n}`, import.meta.url), 'utf8');
const a = seed('000_0a1174e0e61f44a7.txt');
const b = seed('001_1337db6bbca4abca.txt');

describe('near-duplicate documents', () => {
  it('finds the same body with different whitespace and an extra header', () => {
    const index = new DuplicateIndex();
    expect(index.add('a.txt', signature(a))).toBeNull();
    expect(index.add('b.txt', signature(b))).toBeNull();
    expect(index.add('a-copy.html', signature(`首页 > 政务公开\n发布日期：2024-01-19\n${a.replace(/\n/g, '\n\n  ')}`))).toBe('a.txt');
  });
  it('tells different reports apart', () => {
    expect(similarity(signature(a)!, signature(b)!)).toBeLessThan(0.3);
  });
  it('leaves very short texts alone', () => {
    expect(signature('巡查企业5家')).toBeNull();
    const index = new DuplicateIndex();
    index.add('x', signature('巡查企业5家'));
    expect(index.add('y', signature('巡查企业5家'))).toBeNull();
  });
  it('names the same earlier document as comparing every pair would', () => {
    // signatures drawn from a few bases with some rows changed: near, borderline and far copies
    const corpus = fc.array(fc.record({ base: fc.nat(3), changed: fc.array(fc.tuple(fc.nat(63), fc.nat(5)), { maxLength: 24 }) }), { minLength: 1, maxLength: 60 });
    fc.assert(fc.property(corpus, (docs) => {
      const bases = [1, 2, 3, 4].map((b) => Uint32Array.from({ length: 64 }, (_, k) => (b * 7919 + k * 104729) >>> 0));
      const sigs = docs.map(({ base, changed }) => {
        const sig = Uint32Array.from(bases[base]);
        for (const [row, to] of changed) sig[row] = to;
        return sig;
      });
      const index = new DuplicateIndex();
      const kept: number[] = [];
      sigs.forEach((sig, i) => {
        const expected = kept.find((j) => similarity(sigs[j], sig) >= NEAR_DUPLICATE);
        expect(index.add(`d${i}`, sig)).toBe(expected === undefined ? null : `d${expected}`);
        if (expected === undefined) kept.push(i);
      });
    }), { numRuns: 300 });
  });
  it('finds copies among thousands of documents, past every growth of its tables', () => {
    // seeded, so that a failure replays: random bodies, then copies of some with a few rows changed
    let state = 12345;
    const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
    const sigs = Array.from({ length: 3000 }, () => Uint32Array.from({ length: 64 }, random));
    const index = new DuplicateIndex();
    sigs.forEach((sig, i) => expect(index.add(`d${i}`, sig)).toBeNull());
    for (let c = 0; c < 200; c++) {
      const of = random() % sigs.length;
      const copy = Uint32Array.from(sigs[of]);
      for (let k = random() % 10; k > 0; k--) copy[random() % 64] = random();
      expect(index.add(`copy${c}`, copy)).toBe(`d${of}`);
    }
  });
});
