/**
 * Tables of data as the html stage writes them (and `govmine text` prints them): consecutive lines of
 * tab-separated cells, a merged cell written over each column it spans, rows aligned to the right
 * (a row's missing cells are its first ones, merged away). Extract reads its figures from them;
 * meaning reads which cell totals which.
 */

/** Joins the levels of a table cell's label, its row headers and then its column headers: 本年新收政府信息公开申请数量 / 自然人. */
export const PATH_SEPARATOR = ' / ';

/** A line of the text cut at its tabs: each cell as it stands and where it starts. */
export interface CellLine {
  start: number;
  end: number;
  cells: Array<{ text: string; start: number }>;
}

/** Every line of a text, cut into its cells (a line with no tab is one cell). */
export function cellLines(text: string): CellLine[] {
  const lines: CellLine[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const cells: CellLine['cells'] = [];
    let at = start;
    for (const cell of line.split('\t')) { cells.push({ text: cell, start: at }); at += cell.length + 1; }
    lines.push({ start, end: start + line.length, cells });
    start += line.length + 1;
  }
  return lines;
}

/** The tables among a text's lines: each run of consecutive lines of two cells or more, as [first, end) line indices. */
export function tablesOf(lines: readonly CellLine[]): Array<[number, number]> {
  const tables: Array<[number, number]> = [];
  for (let i = 0; i < lines.length;) {
    if (lines[i].cells.length < 2) { i++; continue; }
    let j = i;
    while (j < lines.length && lines[j].cells.length >= 2) j++;
    tables.push([i, j]);
    i = j;
  }
  return tables;
}

/** How many columns a table spans: its widest row's. */
export const tableWidth = (table: readonly CellLine[]) => Math.max(...table.map((l) => l.cells.length));
