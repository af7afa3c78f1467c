/**
 * CSV as RFC 4180 and spreadsheets read it: a cell holding a comma, a double quote or a line break
 * is quoted with its quotes doubled, every row ends in \n, an absent value is an empty cell. Written
 * here rather than by a library: a lone report's rows are a few dozen, and a library's first call
 * took longer than the rest of the output (a cold start is what one report costs).
 */
const QUOTE_WHEN = /[",\r\n]/;
const QUOTES = /"/g;

function cellText(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = String(v);
  return QUOTE_WHEN.test(s) ? `"${s.replace(QUOTES, '""')}"` : s;
}

/** The CSV text of rows of cells. */
export function csvText(rows: readonly (readonly unknown[])[]): string {
  let out = '';
  for (const row of rows) out += row.map(cellText).join(',') + '\n';
  return out;
}

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell's value, with a formula's first character made text unless `raw`. */
export function csvCell(v: unknown, raw = false): string | number {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return v;
  const s = String(v);
  // a hostile page must not run a formula in a journalist's spreadsheet
  return !raw && FORMULA_START.test(s) ? `'${s}` : s;
}
