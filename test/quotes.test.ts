// The text layer's asWritten: a phrase read without quotation marks, given back as the text writes it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asWritten } from '../src/text/index.js';

const text = '2024年，新增“四上”企业251家，建设“四好农村路”30公里。';
const figureAt = (raw: string) => text.indexOf(raw);

describe('asWritten', () => {
  it('puts back the marks inside and around the phrase nearest before the figure', () => {
    expect(asWritten('新增四上企业', text, figureAt('251家'))).toBe('新增“四上”企业');
    expect(asWritten('四上企业', text, figureAt('251家'))).toBe('“四上”企业');
    expect(asWritten('建设四好农村路', text, figureAt('30公里'))).toBe('建设“四好农村路”');
  });

  it('gives the phrase as it is where the text does not hold it, or holds it with no marks', () => {
    expect(asWritten('新增企业', text, figureAt('251家'))).toBe('新增企业');
    expect(asWritten('公里', text, text.length)).toBe('公里');
    expect(asWritten('', text, 0)).toBe('');
  });

  it('only ever adds quotation marks, and never throws', () => {
    const quote = fc.constantFrom('“', '”', '"', '「', '」');
    const char = fc.oneof(fc.constantFrom('新', '增', '企', '业', '四', '上', '，', '1'), quote);
    fc.assert(fc.property(fc.array(char, { maxLength: 30 }).map((cs) => cs.join('')), fc.nat(40), fc.nat(40), fc.nat(8), (t, at, from, len) => {
      const phrase = t.replace(/[“”"「」]/g, '').slice(from % 20, (from % 20) + len);
      expect(asWritten(phrase, t, at).replace(/[“”"「」]/g, '')).toBe(phrase);
    }));
  });
});
