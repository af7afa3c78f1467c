/**
 * The totals a table states: a cell under a 总计 (合计, 小计) column is the whole of the cells of its
 * row that the column closes; where no column totals, a 总计 row is the whole of the cells above it in
 * each column. A disclosure report's table of requests (自然人 … 总计; （一）予以公开 … （七）总计) is
 * both: its rows are read, so that each cell has one whole. A bulletin's table of 其中 rows breaks
 * down the row above them.
 */
import { PARTS_ROW, TOTAL_HEADER } from '../lang/zh/tables.js';
import { NOT_ADDITIVE } from '../lang/zh/check.js';
import type { Indicator } from '../extract/index.js';
import { cellLines, tablesOf, tableWidth, type CellLine } from '../text/index.js';

/** A row of a table: the column of each of its figures, and its header cells (those holding no figure), in order. */
interface Row { figures: Map<number, number>; headers: string[] }

const isTotal = (header: string) => TOTAL_HEADER.test(header.replace(/\s+/g, ''));

/** Sets `part_of` on the cells of tables that a total of their row or column adds up. */
export function linkTableTotals(records: Indicator[], match: string): void {
  const cells = records.flatMap((r, i) => (r.source === 'table' ? [i] : []));
  if (cells.length === 0) return;
  const lines = cellLines(match);
  const byLine = new Map<number, number[]>();
  for (const i of cells) {
    const start = match.lastIndexOf('\n', records[i].start - 1) + 1;
    byLine.set(start, [...(byLine.get(start) ?? []), i]);
  }
  for (const [first, end] of tablesOf(lines)) {
    const table = lines.slice(first, end);
    if (!table.some((l) => byLine.has(l.start))) continue;
    const width = tableWidth(table);
    // the rows under one run of header lines (a table may start its headers again further down)
    let headers: CellLine[] = [];
    let rows: Row[] = [];
    const close = () => { linkGroup(records, headers, rows, width); rows = []; };
    for (const line of table) {
      const figures = byLine.get(line.start);
      if (!figures) {
        if (rows.length > 0) { close(); headers = []; }
        headers.push(line);
        continue;
      }
      rows.push(rowOf(line, figures, records, width));
    }
    close();
  }
}

function rowOf(line: CellLine, figures: number[], records: readonly Indicator[], width: number): Row {
  const shift = width - line.cells.length;
  const row: Row = { figures: new Map(), headers: [] };
  line.cells.forEach((c, k) => {
    const f = figures.find((i) => records[i].start >= c.start && records[i].end <= c.start + c.text.length);
    if (f === undefined) { if (c.text.trim() && row.headers[row.headers.length - 1] !== c.text.trim()) row.headers.push(c.text.trim()); }
    else row.figures.set(shift + k, f);
  });
  return row;
}

/** Whether a cell adds into a total: of its unit, not a rate, not an average or an index (its headers say). */
const addsInto = (part: Indicator, whole: Indicator) => part.unit === whole.unit && part.category !== 'percent' && whole.category !== 'percent' && !NOT_ADDITIVE.test(whole.label);

function linkGroup(records: Indicator[], headers: readonly CellLine[], rows: readonly Row[], width: number): void {
  const totalColumns = new Set<number>();
  for (const h of headers) h.cells.forEach((c, k) => { if (isTotal(c.text)) totalColumns.add(width - h.cells.length + k); });
  if (totalColumns.size > 0) {
    for (const row of rows) linkRow(records, row, [...totalColumns].sort((a, b) => a - b));
    return;
  }
  // a total row sums the rows above it (back to the previous total row) that stand under its first header
  let from = 0;
  rows.forEach((row, r) => {
    if (!isTotal(row.headers[row.headers.length - 1] ?? '')) return;
    const group = row.headers.length > 1 ? row.headers[0] : null;
    for (const [column, whole] of row.figures) {
      if (records[whole].value <= 0) continue;
      for (let above = from; above < r; above++) {
        const part = rows[above].figures.get(column);
        if (part !== undefined && (group === null || rows[above].headers[0] === group) && addsInto(records[part], records[whole])) records[part].part_of = whole;
      }
    }
    from = r + 1;
  });
  linkPartsRows(records, rows);
  firstRowBreakdowns(records, rows);
}

/**
 * A bulletin's table opening on its whole (地区生产总值 | 184413 / 农林牧渔业 | 37554 / … / 第一产业 | 29811 / …):
 * each run of two rows or more right below it that adds up to the first row, up to rounding, column by
 * column, is a breakdown of it (by industry, then by sector). A run that passes the whole ends the search:
 * the rows after are of another breakdown (营利性服务业 under 其他服务业) or another measure. Rows a total or
 * 其中 already linked end it too.
 */
function firstRowBreakdowns(records: Indicator[], rows: readonly Row[]): void {
  const [first, ...rest] = rows;
  if (!first) return;
  for (const [column, w] of first.figures) {
    const whole = records[w];
    if (whole.value <= 0 || whole.part_of !== null) continue;
    let run: number[] = [];
    let sum = 0;
    for (const row of rest) {
      const f = row.figures.get(column);
      if (f === undefined || records[f].part_of !== null || !addsInto(records[f], whole)) break;
      run.push(f);
      sum += records[f].value;
      if (Math.abs(sum - whole.value) <= whole.value * ROUNDING) {
        if (run.length > 1) for (const part of run) records[part].part_of = w;
        run = [];
        sum = 0;
      } else if (sum > whole.value) break;
    }
  }
}

/**
 * Rows opening on 其中 (or #) and those after them, column by column, as parts of the nearest row above
 * that opens none, while they add up to no more than it (常住人口 | 262.3 / 其中：城镇 | 168.4 / 乡村 | 93.9 /
 * 其中：男性 | 134.3 / 女性 | 128.0: each breakdown is of the 262.3). A row that would take a breakdown
 * past its whole is no part of it, and may be the whole of the rows after it. A row opening on the other
 * mark right after an opening row breaks down that row (#区级一般公共预算收入 | 299.40 / 其中：税收收入 |
 * 259.14 / #增值税 | 68.05: each of the row above); the same mark again lists a sibling (#A / #B).
 */
function linkPartsRows(records: Indicator[], rows: readonly Row[]): void {
  let whole: Row | null = null;
  let sums: Map<number, number> | null = null;
  // the row before, where it opened a breakdown, and its mark
  let opened: { row: Row; mark: string } | null = null;
  const fits = (row: Row) => [...row.figures].some(([c, f]) => {
    const w = whole!.figures.get(c);
    return w !== undefined && addsInto(records[f], records[w]) && sums!.get(c)! + records[f].value <= records[w].value * (1 + ROUNDING);
  });
  for (const row of rows) {
    const mark = PARTS_ROW.exec(row.headers[0] ?? '')?.[1] ?? null;
    const opens = mark !== null;
    if (opens && opened && opened.mark !== mark) whole = opened.row;
    opened = opens ? { row, mark } : null;
    if (whole && (opens || (sums && fits(row)))) {
      if (opens) sums = new Map([...whole.figures.keys()].map((c) => [c, 0]));
      for (const [c, f] of row.figures) {
        const w = whole.figures.get(c);
        // (a part is never more than its whole: an index's row under another is no part of it, 食品烟酒 100.3 / #粮食 101.6)
        if (w === undefined || records[f].part_of !== null || !addsInto(records[f], records[w]) || records[f].value > records[w].value * (1 + ROUNDING)) continue;
        records[f].part_of = w;
        sums!.set(c, sums!.get(c)! + records[f].value);
      }
    } else {
      whole = row;
      sums = null;
    }
  }
}

/** How far a breakdown may exceed its whole by the rounding of its figures. */
const ROUNDING = 0.001;

/**
 * A row's totals: each total column closes the columns since the previous one (结果维持 结果纠正 …
 * 总计 | 结果维持 … 总计), or, where it comes first in its run, opens those up to the next.
 */
function linkRow(records: Indicator[], row: Row, totals: readonly number[]): void {
  const columns = [...row.figures.keys()].sort((a, b) => a - b);
  totals.forEach((t, n) => {
    const whole = row.figures.get(t);
    if (whole === undefined || records[whole].value <= 0) return;
    const before = columns.filter((c) => c < t && c > (totals[n - 1] ?? -1));
    const members = before.length > 0 ? before : columns.filter((c) => c > t && c < (totals[n + 1] ?? Infinity));
    for (const c of members) {
      const part = row.figures.get(c)!;
      if (addsInto(records[part], records[whole])) records[part].part_of = whole;
    }
  });
}
