import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textStats } from '../src/html/index.js';

describe('text statistics of a page element', () => {
  // every character JavaScript's \s takes, and characters either side of each range counted
  const edges = ' \t\n\v\f\r\u00a0\u1680\u2000\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\u4dff\u4e00\u9fff\ua000。，；：、！？.,a1';
  const text = fc.oneof(fc.string({ unit: fc.constantFrom(...edges), maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));

  it('count what the regexes they replace count: Chinese characters, prose punctuation, sentence ends, non-spaces', () => {
    fc.assert(fc.property(text, (t) => {
      const s = textStats(t);
      return s.cjk === (t.match(/[\u4e00-\u9fff]/g)?.length ?? 0)
        && s.punct === (t.match(/[。，；：、！？]/g)?.length ?? 0)
        && s.stops === (t.match(/[。；！？]/g)?.length ?? 0)
        && s.chars === t.replace(/\s+/g, '').length;
    }), { numRuns: 3000 });
  });

  it('counts a sample by hand', () => {
    expect(textStats('全年检查 12家，\u3000罚款。')).toEqual({ cjk: 7, punct: 2, stops: 1, chars: 11 });
  });
});
