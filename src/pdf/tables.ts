/**
 * Tables ruled on a page: the rules that touch one another make a grid, and each run of text falls
 * in the band of the grid its middle stands in. Where a rule between two bands is missing, the two
 * are one merged cell, as rowspan and colspan would say.
 */
import { joinText, linesOf } from './lines.js';
import type { Rule, TextRun } from './types.js';

/** Rules this close (in points) touch, and boundaries this close are one. */
const TOUCH = 2;

export interface Table {
  /** column boundaries, left to right */
  xs: number[];
  /** top and bottom of the table on its page (for the reading order) */
  top: number;
  bottom: number;
  /** how many bands of rows */
  rows: number;
  /** right[r][c]: a rule stands between band (r, c) and band (r, c + 1) */
  right: boolean[][];
  /** below[r][c]: a rule stands between band (r, c) and band (r + 1, c) */
  below: boolean[][];
  /** openAbove[c], openBelow[c]: no rule closes column c at the table's top, or its bottom (a cell cut by a page's end) */
  openAbove: boolean[];
  openBelow: boolean[];
  /** the runs of text in each band */
  runs: TextRun[][][];
}

/** A cell as the table shows it: bands with no rule between them are one cell. */
export interface Cell {
  row: number;
  column: number;
  rowspan: number;
  colspan: number;
  text: string;
}

const horizontal = (r: Rule) => r.x1 - r.x0 >= r.y1 - r.y0;
const touch = (a: Rule, b: Rule) => a.x0 <= b.x1 + TOUCH && b.x0 <= a.x1 + TOUCH && a.y0 <= b.y1 + TOUCH && b.y0 <= a.y1 + TOUCH;

/** Positions closer than TOUCH as one: their mean. */
function boundaries(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1] <= TOUCH) last.push(v); else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** The outermost ends of a set of rules (the left of the leftmost, the right of the rightmost …). */
function ends(rules: readonly Rule[], low: 'x0' | 'y0', high: 'x1' | 'y1'): number[] {
  return rules.length === 0 ? [] : [Math.min(...rules.map((r) => r[low])), Math.max(...rules.map((r) => r[high]))];
}

/** The groups of rules that touch one another (each a table, if it makes a grid). */
function groupsOf(rules: readonly Rule[]): Rule[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < rules.length; i++) {
    for (let j = i + 1; j < rules.length; j++) if (touch(rules[i], rules[j])) parent[find(i)] = find(j);
  }
  const byRoot = new Map<number, Rule[]>();
  rules.forEach((r, i) => { const k = find(i); if (!byRoot.has(k)) byRoot.set(k, []); byRoot.get(k)!.push(r); });
  const groups = [...byRoot.values()];
  // a column merged down the whole page has no rule across it: its border stands apart, beside the
  // table whose height it spans
  const grids = groups.filter((g) => g.some(horizontal));
  const apart = groups.filter((g) => !g.some(horizontal));
  for (const g of apart) {
    const [y0, y1] = ends(g, 'y0', 'y1');
    const beside = grids.find((t) => {
      const [t0, t1] = ends(t.filter((r) => !horizontal(r)), 'y0', 'y1');
      return Math.abs(t0 - y0) <= TOUCH && Math.abs(t1 - y1) <= TOUCH;
    });
    if (beside) beside.push(...g); else grids.push(g);
  }
  return grids;
}

/**
 * The tables a page's rules draw, with the runs of text inside each; the runs outside every table
 * are handed back for the page's lines.
 */
export function tablesOf(runs: readonly TextRun[], rules: readonly Rule[]): { tables: Table[]; rest: TextRun[] } {
  const tables: Array<Table & { ys: number[] }> = [];
  for (const group of groupsOf(rules)) {
    const hs = group.filter(horizontal);
    const vs = group.filter((r) => !horizontal(r));
    // the rules' own ends bound the table too: a row cut by the page's end has no rule across it there
    const xs = boundaries([...vs.map((r) => (r.x0 + r.x1) / 2), ...ends(hs, 'x0', 'x1')]);
    const ys = boundaries([...hs.map((r) => (r.y0 + r.y1) / 2), ...ends(vs, 'y0', 'y1')]).reverse();
    // a grid of at least two cells; a lone box or line is a frame, not a table
    if (xs.length < 2 || ys.length < 2 || (xs.length - 1) * (ys.length - 1) < 2) continue;
    const rows = ys.length - 1;
    const cols = xs.length - 1;
    const midX = (c: number) => (xs[c] + xs[c + 1]) / 2;
    const midY = (r: number) => (ys[r] + ys[r + 1]) / 2;
    const ruledAcross = (y: number, x: number) => hs.some((h) => Math.abs((h.y0 + h.y1) / 2 - y) <= TOUCH && h.x0 - TOUCH <= x && x <= h.x1 + TOUCH);
    const ruledDown = (x: number, y: number) => vs.some((v) => Math.abs((v.x0 + v.x1) / 2 - x) <= TOUCH && v.y0 - TOUCH <= y && y <= v.y1 + TOUCH);
    tables.push({
      xs, ys, top: ys[0], bottom: ys[rows], rows,
      right: Array.from({ length: rows }, (_, r) => Array.from({ length: cols - 1 }, (_, c) => ruledDown(xs[c + 1], midY(r)))),
      below: Array.from({ length: rows - 1 }, (_, r) => Array.from({ length: cols }, (_, c) => ruledAcross(ys[r + 1], midX(c)))),
      openAbove: Array.from({ length: cols }, (_, c) => !ruledAcross(ys[0], midX(c))),
      openBelow: Array.from({ length: cols }, (_, c) => !ruledAcross(ys[rows], midX(c))),
      runs: Array.from({ length: rows }, () => Array.from({ length: cols }, () => [] as TextRun[])),
    });
  }
  const rest: TextRun[] = [];
  for (const run of runs) {
    const x = run.x + run.width / 2;
    // the middle of the letters, a little above the baseline
    const y = run.y + run.size / 3;
    const table = tables.find((t) => t.xs[0] <= x && x <= t.xs[t.xs.length - 1] && t.bottom <= y && y <= t.top);
    if (!table) { rest.push(run); continue; }
    const c = Math.max(0, table.xs.findIndex((edge, i) => i > 0 && x <= edge) - 1);
    let r = 0;
    while (r < table.rows - 1 && y < table.ys[r + 1]) r++;
    table.runs[r][c].push(run);
  }
  return {
    tables: tables.map(({ ys: _, ...t }) => t),
    rest,
  };
}

/**
 * The table's cells: bands with no rule between them joined (as rowspan and colspan say), each
 * cell's text its runs read line by line, top to bottom, run together as a wrapped cell's are.
 */
export function cellsOf(t: Table): Cell[] {
  const cols = t.xs.length - 1;
  const parent = Array.from({ length: t.rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => { parent[find(a)] = find(b); };
  for (let r = 0; r < t.rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c < cols - 1 && !t.right[r][c]) union(r * cols + c, r * cols + c + 1);
      if (r < t.rows - 1 && !t.below[r][c]) union(r * cols + c, (r + 1) * cols + c);
    }
  }
  const cells = new Map<number, { cell: Cell; runs: TextRun[] }>();
  for (let r = 0; r < t.rows; r++) {
    for (let c = 0; c < cols; c++) {
      const k = find(r * cols + c);
      const found = cells.get(k);
      if (!found) { cells.set(k, { cell: { row: r, column: c, rowspan: 1, colspan: 1, text: '' }, runs: [...t.runs[r][c]] }); continue; }
      found.cell.rowspan = Math.max(found.cell.rowspan, r - found.cell.row + 1);
      found.cell.colspan = Math.max(found.cell.colspan, c - found.cell.column + 1);
      found.runs.push(...t.runs[r][c]);
    }
  }
  return [...cells.values()].map(({ cell, runs }) => ({ ...cell, text: linesOf(runs, 0).map((l) => l.cells.join(' ')).reduce(joinText, '') }));
}
