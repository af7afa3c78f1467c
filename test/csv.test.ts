// The CSV writer (src/emit/csv.ts): what a CSV reader reads back is every cell as written.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../src/emit/csv.js';

describe('CSV', () => {
  it('quotes a cell with a comma, a quote or a line break, and doubles its quotes', () => {
    expect(csvText([['a', 'b,c', 'say "hi"', 'two\nlines', 'cr\r', 12.5, undefined, null, '']])).toBe('a,"b,c","say ""hi""","two\nlines","cr\r",12.5,,,\n');
    expect(csvText([])).toBe('');
  });

  it('reads back, by a CSV parser, as the cells written', () => {
    const cell = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('"', ',', '\n', '\r\n', '""', ' , '), fc.string({ unit: fc.constantFrom('a', '"', ',', '\n', '\r', '元', ' ') }));
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (rows) => {
      const width = rows[0].length;
      const even = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
      expect(parse(csvText(even), { relax_column_count: false })).toEqual(even);
    }), { numRuns: 500 });
  });

  it('makes a formula text unless raw', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-3')).toBe("'-3");
    expect(csvCell('=1+1', true)).toBe('=1+1');
    expect(csvCell(-3)).toBe(-3);
    expect(csvCell(undefined)).toBe('');
  });
});
