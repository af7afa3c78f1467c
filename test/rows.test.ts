// A document's rows for the dataset: each record's context placed in its section's text, in time
// that grows with the figures alone (a unit test counts the work, never the time).
import { describe, expect, it, vi } from 'vitest';
import { documentRows } from '../src/dataset/index.js';
import { processDocument } from '../src/pipeline.js';

const doc = (text: string) => processDocument({ id: 'x.txt', path: 'x.txt', bytes: Buffer.from(text) });
/** The indicator rows of a document, each as an object of its columns. */
function rows(d: ReturnType<typeof doc>) {
  const r = documentRows(d, { sha256: '', size: 0 }, false);
  const decode = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as unknown[][];
  return { sections: decode(r.sections), indicators: decode(r.indicators) };
}

describe('documentRows', () => {
  it('reads a bounded stretch of the text per figure, however many figures share a section', () => {
    const many = doc('检查企业5家，'.repeat(20_000));
    expect(many.indicators).toHaveLength(20_000);
    let scanned = 0;
    const count = <T extends object>(proto: T, name: keyof T, input: (self: unknown, args: unknown[]) => number) => {
      const original = proto[name] as (...args: unknown[]) => unknown;
      return vi.spyOn(proto, name as never).mockImplementation(function (this: unknown, ...args: unknown[]) {
        scanned += input(this, args);
        return original.apply(this, args);
      } as never);
    };
    const spies = [
      ...(['indexOf', 'lastIndexOf', 'includes'] as const).map((m) => count(String.prototype, m, (self) => String(self).length)),
      ...(['test', 'exec'] as const).map((m) => count(RegExp.prototype, m, (_, args) => String(args[0]).length)),
    ];
    try {
      documentRows(many, { sha256: '', size: 0 }, false);
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
    // about 1,200 characters a figure now; reading the section's whole text for each, 2.4 billion
    expect(scanned).toBeLessThan(20_000 * 2_000);
  });

  it('places a context by characters, as SQLite counts them, where the text holds a character beyond 16 bits', () => {
    const d = doc('一、概况\n𠀀𠀁字号的企业检查5家。𠀂另罚款3万元。\n二、其他\n𠀃检查企业12家。');
    const { sections, indicators } = rows(d);
    expect(indicators).toHaveLength(3);
    indicators.forEach((row, i) => {
      const [ordinal, at, length] = row.slice(-3) as number[];
      const text = sections.find((s) => s[0] === ordinal)![7] as string;
      // substr(text, at, length) in SQLite: characters, from 1
      expect([...text].slice(at - 1, at - 1 + length).join('')).toBe(d.indicators[i].context);
    });
  });
});
