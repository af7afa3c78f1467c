import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DuplicateIndex, signature, similarity } from '../src/dedupe/index.js';

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
});
