/**
 * Runs of text into lines: the runs that share a baseline, left to right, cut into pieces where a
 * wide gap stands between them (the cells of a table drawn without rules, a running head's date and
 * title).
 */
import type { TextRun } from './types.js';

export interface Line {
  /** 0-based */
  page: number;
  /** baseline */
  y: number;
  left: number;
  right: number;
  /** the font size most of the line is set in */
  size: number;
  /** the line's text, one piece per stretch without a wide gap */
  cells: string[];
}

/** Runs whose baselines are closer than this (in font sizes) share a line: fonts of one line sit a little apart. */
const SAME_LINE = 0.5;
/** A gap wider than this (in font sizes) separates two cells; justified or spaced-out prose stays under it. */
export const CELL_GAP = 2;
/** A gap wider than this (in font sizes) is a space, in any script (来源：某县人民政府 时间：…). */
const SPACE_GAP = 0.2;
/**
 * Where Chinese meets Latin letters or digits, word processors set the two a fifth of an em apart
 * (LibreOffice's autospace: 2024 年度): only a wider gap is a space there.
 */
const AUTOSPACE_GAP = 0.3;

const isWordCode = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Two pieces of text that stood one after the other: Chinese runs on without a space; two words of
 * Latin script (or figures) keep one between them.
 */
export function joinText(a: string, b: string): string {
  if (!a || !b) return a + b;
  const last = a.charCodeAt(a.length - 1);
  const next = b.charCodeAt(0);
  return isWordCode(last) && isWordCode(next) ? `${a} ${b}` : a + b;
}

/** The gap (in font sizes) that is a space between two pieces of a line. */
function spaceGap(a: string, b: string): number {
  return isWordCode(a.charCodeAt(a.length - 1)) !== isWordCode(b.charCodeAt(0)) ? AUTOSPACE_GAP : SPACE_GAP;
}

/** Runs into lines, top to bottom; each line's runs left to right, cut at wide gaps. */
export function linesOf(runs: readonly TextRun[], page: number): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const group = groups[groups.length - 1];
    if (group && group[0].y - run.y <= SAME_LINE * Math.min(group[0].size, run.size)) group.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => lineOf(group.sort((a, b) => a.x - b.x), page));
}

function lineOf(runs: readonly TextRun[], page: number): Line {
  const cells: string[] = [];
  let cell = '';
  let end = -Infinity;
  for (const run of runs) {
    const size = run.size;
    const gap = run.x - end;
    const text = run.text.replace(/\s+/g, ' ');
    if (cell && gap > CELL_GAP * size) { cells.push(cell.trim()); cell = ''; }
    if (!cell) cell = text;
    else if (gap > spaceGap(cell, text) * size && !cell.endsWith(' ') && !text.startsWith(' ')) cell += ` ${text}`;
    else cell += text;
    end = Math.max(end, run.x + run.width);
  }
  if (cell.trim()) cells.push(cell.trim());
  return { page, y: runs[0].y, left: runs[0].x, right: end, size: mainSize(runs), cells };
}

/** The font size that sets the most characters of the runs. */
export function mainSize(runs: readonly TextRun[]): number {
  const weight = new Map<number, number>();
  for (const r of runs) {
    const size = Math.round(r.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + r.text.length);
  }
  return [...weight].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}
