/**
 * Tables of data: consecutive lines of tab-separated cells (as the html stage writes a <table>, and
 * as `govmine text` prints it). Each cell that holds a number alone is a figure: its unit from the
 * cell, else from its column's or row's headers, else from a unit note of the table; its label the
 * path of its row headers and then of its column headers.
 */
import { NO_VALUE_CELL, NOTE_UNIT_SEPARATOR, PARTS_ROW, ROW_HEADER_MARK, TABLE_NOTE_UNITS, TABLE_UNIT_RULES, type TableRule } from '../lang/zh/tables.js';
import { YEAR_LIKE } from '../lang/zh/units.js';
import { HAN_RANGE } from '../lang/zh/script.js';
import { cellLines, tableWidth, tablesOf, type CellLine } from '../text/index.js';
import { findSpans } from './find.js';
import type { Span } from './types.js';
import { SETTINGS } from '../lang/zh/settings.js';

/** A numeric cell of a table, found: its span (unit resolved from the headers) and the path naming it. */
export interface TableCell {
  span: Span;
  /** row header path, then column header path */
  path: string[];
  /** how many levels of the path are row headers */
  rowLevels: number;
  /** the row's line: [start, end) */
  line: [number, number];
}

const PLAIN_NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const SPACE_IN_WORD = new RegExp(`(?<=[${HAN_RANGE}])\\s+(?=[${HAN_RANGE}])`, 'g');

interface Cell { number: string; scales: string[]; unit: string | null; end: number }

/** A cell that is a number alone, or a number and its unit (12%, 3.5万元); null otherwise. */
function numericCell(text: string, start: number): Cell | null {
  if (PLAIN_NUMBER.test(text)) return { number: text.replace(/^\+/, ''), scales: [], unit: null, end: start + text.length };
  if (!/^\d/.test(text)) return null;
  const spans = findSpans(text);
  if (spans.length !== 1 || spans[0].start !== 0 || spans[0].end !== text.length || spans[0].approx || spans[0].to) return null;
  return { number: spans[0].number, scales: spans[0].scales, unit: spans[0].unit, end: start + text.length };
}

/** A unit as a header writes it (万元, %, 件): its scales and unit, read as a figure's tail would be. */
function unitOfWords(words: string, rules: readonly TableRule[] = TABLE_UNIT_RULES): { scales: string[]; unit: string } | null {
  for (const rule of rules) {
    const written = rule.pattern.exec(words)?.[1];
    if (!written) continue;
    const [span] = findSpans(`1${written}`);
    if (span?.unit && span.end === written.length + 1) return { scales: span.scales, unit: span.unit };
  }
  return null;
}

/** The rule a line above a table may name its unit by: an explicit note, not a header's wording. */
const NOTE_RULES = TABLE_UNIT_RULES.filter((r) => r.name === 'unit-note');
/** The rule a unit written alone is read by (a column of units' cell, a unit of a note's list). */
const UNIT_CELL_RULES = TABLE_UNIT_RULES.filter((r) => r.name === 'unit-cell');

const tidy = (header: string) => header.replace(SPACE_IN_WORD, '').trim();
// (its list mark, and the 其中 that opens a breakdown, name nothing)
const rowLabel = (header: string) => tidy(header).replace(ROW_HEADER_MARK, '').replace(PARTS_ROW, '').trim();

/** Drops repeats that stand next to each other (a merged header written over each column it spans). */
function distinct(levels: string[]): string[] {
  return levels.filter((l, i) => l !== '' && l !== levels[i - 1]);
}

/** Every numeric cell of every table in the text (read in its matching view, of the same offsets), in reading order. */
export function findTableCells(text: string, match: string): TableCell[] {
  if (!match.includes('\t')) return [];
  const lines = cellLines(match);
  return tablesOf(lines).flatMap(([first, end]) => readTable(text, lines.slice(first, end), lines.slice(Math.max(0, first - SETTINGS.TABLE_NOTE_LINES.value), first)));
}

function readTable(text: string, rows: CellLine[], above: CellLine[]): TableCell[] {
  // a cell as written (not fullwidth-folded), for labels
  const written = (c: { text: string; start: number }) => text.slice(c.start, c.start + c.text.length);
  const width = tableWidth(rows);
  const parsed = rows.map((row, r) => {
    const numbers = row.cells.map((c) => numericCell(c.text.trim(), c.start + c.text.length - c.text.trimStart().length));
    // a first row of years alone heads its columns (指标 2021 2022 2023)
    const years = r === 0 && numbers.every((n, k) => !n || (YEAR_LIKE.test(n.number) && !numbers[k]?.unit));
    return { row, numbers: years ? numbers.map(() => null) : numbers, cells: row.cells, offset: width - row.cells.length };
  });
  spreadSpans(parsed, width);
  // a note over the whole table stands above it (its caption, 单位：万元); a header's unit is its column's
  const tableNote = above.map((l) => unitOfWords(match(l), NOTE_RULES)).find(Boolean) ?? null;
  // a note may name the unit of each numeric column in turn (单位：万元，%): where it names as many as the table has
  const numericColumns = [...new Set(parsed.flatMap((p) => p.numbers.flatMap((n, k) => (n ? [p.offset + k] : []))))].sort((a, b) => a - b);
  const listed = above.map((l) => TABLE_NOTE_UNITS.exec(match(l))?.[1]).find(Boolean)?.split(NOTE_UNIT_SEPARATOR).map((u) => unitOfWords(u, UNIT_CELL_RULES));
  const noteFor = (column: number) => (listed?.length === numericColumns.length ? listed[numericColumns.indexOf(column)] : null) ?? tableNote;
  const out: TableCell[] = [];
  let headers: typeof parsed = [];
  let run: TableCell[] = [];
  let runColumns: string[][] = [];
  const closeRun = () => {
    // levels every column of the run shares (a title over all of them) name nothing: dropped, the last kept
    let shared = 0;
    const first = runColumns[0] ?? [];
    while (shared < first.length - 1 && runColumns.every((c) => c[shared] === first[shared] && c.length > shared + 1)) shared++;
    run.forEach((cell, k) => { cell.path.push(...runColumns[k].slice(shared)); });
    out.push(...run);
    run = [];
    runColumns = [];
  };
  let previousData = false;
  for (const p of parsed) {
    const isData = p.numbers.some(Boolean);
    if (!isData) {
      if (previousData) { closeRun(); headers = []; }
      headers.push(p);
      previousData = false;
      continue;
    }
    previousData = true;
    const words = p.row.cells.filter((c, k) => !p.numbers[k] && !NO_VALUE_CELL.test(c.text.trim()));
    const rowHeaders = distinct(words.map((c) => rowLabel(written(c))));
    // units are read in the matching view, where a traditional header's 億元 is 亿元
    const rowUnits = words.map((c) => c.text).reverse();
    p.row.cells.forEach((c, k) => {
      const n = p.numbers[k];
      if (!n) return;
      const column = p.offset + k;
      const above = headers.map((h) => h.cells[column - h.offset]);
      const columnHeaders = distinct(above.map((c) => tidy(c ? written(c) : '')));
      const unit = n.unit ? { scales: n.scales, unit: n.unit }
        : above.map((c) => c?.text ?? '').reverse().concat(rowUnits).map((h) => unitOfWords(tidy(h))).find(Boolean) ?? noteFor(column);
      const start = n.end - c.text.trim().length;
      const span: Span = {
        start, end: n.end, number: n.number, numberStart: start, scales: unit ? unit.scales : [], unit: unit ? unit.unit : '', approx: '',
      };
      run.push({ span, path: [...rowHeaders], rowLevels: rowHeaders.length, line: [p.row.start, p.row.end] });
      runColumns.push(columnHeaders);
    });
  }
  closeRun();
  return out;
}

interface HeaderCells { numbers: Array<Cell | null>; cells: CellLine['cells']; offset: number }

/**
 * A header row over another whose cells spanned columns, as a converter writes it in text, the spans
 * lost (分行业 | 增长% | 结构% over 2024年 | 2023年 | 2024年 | 2023年): its first cells stand over the row
 * headers the row below leaves out, and the rest share the columns below evenly, each written over
 * every column it spans, as the html stage writes a merged cell. A row that does not divide them
 * evenly is left as it stands.
 */
function spreadSpans(rows: HeaderCells[], width: number): void {
  rows.forEach((upper, r) => {
    const lower = rows[r + 1];
    if (!lower || upper.numbers.some(Boolean) || lower.numbers.some(Boolean) || upper.cells.length >= lower.cells.length) return;
    const lead = width - lower.cells.length;
    const groups = upper.cells.length - lead;
    if (lead < 0 || groups < 1 || lower.cells.length % groups !== 0) return;
    const span = lower.cells.length / groups;
    upper.cells = [...upper.cells.slice(0, lead), ...upper.cells.slice(lead).flatMap((c) => Array(span).fill(c))];
    upper.offset = 0;
  });
}

const match = (l: CellLine) => l.cells.map((c) => c.text).join('\t');
