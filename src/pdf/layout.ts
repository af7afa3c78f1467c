/**
 * The pages' lines and tables into the report's paragraphs: what repeats in the pages' margins
 * goes, the lines the layout broke are joined, a table spread over two pages is one.
 */
import { headingKind } from '../lang/zh/headings.js';
import { PAGE_FURNITURE } from '../lang/zh/pages.js';
import { CLOSE_BRACKET_CHARS, CLOSE_QUOTE, SENTENCE_END_CHARS } from '../lang/zh/punctuation.js';
import { joinText, linesOf, type Line } from './lines.js';
import { tablesOf, type Table } from './tables.js';
import type { PdfPage } from './types.js';

export type Block = { kind: 'line'; line: Line } | { kind: 'table'; table: Table };

/** What the layout gives: paragraphs of text and tables, in reading order. */
export type Part = { kind: 'paragraph'; text: string } | { kind: 'table'; table: Table } | { kind: 'row'; cells: string[] };

/** A page's tables and the lines outside them, top to bottom. */
export function blocksOf(page: PdfPage, index: number): Block[] {
  const { tables, rest } = tablesOf(page.runs, page.rules);
  const blocks: Array<Block & { top: number }> = [
    ...tables.map((table) => ({ kind: 'table' as const, table, top: table.top })),
    ...linesOf(rest, index).map((line) => ({ kind: 'line' as const, line, top: line.y })),
  ];
  return blocks.sort((a, b) => b.top - a.top).map(({ top: _, ...b }) => b as Block);
}

/** How many lines at the top and at the bottom of a page are its margin's. */
const MARGIN_LINES = 2;
/** A line of a margin repeats on another page when it stands this close (in its font sizes) to the same place. */
const SAME_PLACE = 1;

/** A line's text with its figures as one mark: page 2's running foot is page 3's. */
const shape = (line: Line) => line.cells.join(' ').replace(/\d+/g, '#').replace(/\s+/g, '');

const isFurniture = (cell: string) => PAGE_FURNITURE.some((f) => f.pattern.test(cell));

/**
 * Drops the lines of the pages' margins that are no part of the report: a line that stands at the
 * top or bottom of most pages in the same place (a running title, 第 3 页, a print date), and on any
 * page a margin's line made only of page numbers, print dates and addresses, with the file's own
 * title beside them (what a browser prints around a page, even on a report of one page).
 */
export function dropFurniture(pages: Block[][], title: string | undefined): Block[][] {
  const margins = pages.map((blocks) => {
    const lines = blocks.map((b, i) => ({ b, i })).filter((x) => x.b.kind === 'line');
    const edges = new Set([...lines.slice(0, MARGIN_LINES), ...lines.slice(-MARGIN_LINES)]);
    return [...edges].map((x) => ({ index: x.i, line: (x.b as { line: Line }).line }));
  });
  const drop = pages.map(() => new Set<number>());
  // repeated: the same shape in the same place on at least half the pages (two at least)
  const byShape = new Map<string, Array<{ page: number; index: number; line: Line }>>();
  margins.forEach((m, page) => {
    for (const { index, line } of m) {
      const key = shape(line);
      if (!byShape.has(key)) byShape.set(key, []);
      byShape.get(key)!.push({ page, index, line });
    }
  });
  const enough = Math.max(2, Math.ceil(pages.length / 2));
  for (const seen of byShape.values()) {
    if (seen.length < enough) continue;
    const ys = seen.map((s) => s.line.y).sort((a, b) => a - b);
    const middle = ys[Math.floor(ys.length / 2)];
    const near = seen.filter((s) => Math.abs(s.line.y - middle) <= SAME_PLACE * s.line.size);
    if (new Set(near.map((s) => s.page)).size >= enough) for (const s of near) drop[s.page].add(s.index);
  }
  // printed around the page: every piece of the line is furniture (or the file's title beside it)
  margins.forEach((m, page) => {
    for (const { index, line } of m) {
      const own = line.cells.filter((c) => !(title && c === title));
      if (own.length > 0 && own.every(isFurniture)) drop[page].add(index);
    }
  });
  return pages.map((blocks, page) => blocks.filter((_, i) => !drop[page].has(i)));
}

/** Tables whose columns line up (in points) are one table spread over pages. */
const SAME_COLUMN = 2;

/**
 * A table that ends a page and one that opens the next with the same columns are one. A cell open
 * at both sides of the page break (a merged cell, a row cut by the page's end) goes on across it.
 * The second table's runs are moved to stand right below the first's, as on one long page.
 */
function joinTables(a: Table, b: Table): Table | null {
  if (a.xs.length !== b.xs.length || a.xs.some((x, i) => Math.abs(x - b.xs[i]) > SAME_COLUMN)) return null;
  const shift = b.top - a.bottom;
  const moved = b.runs.map((row) => row.map((runs) => runs.map((run) => ({ ...run, y: run.y - shift }))));
  return {
    ...a, bottom: b.bottom - shift, rows: a.rows + b.rows, openBelow: b.openBelow,
    right: [...a.right, ...b.right],
    below: [...a.below, a.openBelow.map((open, c) => !(open && b.openAbove[c])), ...b.below],
    runs: [...a.runs, ...moved],
  };
}

const endsSentence = (() => {
  const closing = new Set([...CLOSE_BRACKET_CHARS, CLOSE_QUOTE, '\u2019', '\u300d', '\u300f', '\u300b']);
  const ends = new Set([...SENTENCE_END_CHARS.replace('\n', '')]);
  return (text: string) => {
    let i = text.length - 1;
    while (i >= 0 && (closing.has(text[i]) || text[i] === ' ')) i--;
    return i >= 0 && ends.has(text[i]);
  };
})();
const opensHeading = (text: string) => headingKind(text) !== undefined;

/** A line reaching to within this many of its font sizes of the text's right edge is full: the layout broke it. */
const FULL_LINE = 4;
/** A line starting this many font sizes right of the text's left edge is indented: a paragraph's first line. */
const INDENT = 1;
/** A line starting further right than this (in font sizes) is centred or set to the right (a title, a signature): no paragraph's. */
const CENTRED = 4;
/** Lines further apart than this many times the text's usual line pitch are paragraphs apart (LibreOffice sets them 1.5 apart). */
const PARAGRAPH_GAP = 1.3;
/** Font sizes this close (as a ratio) are the same text: a title set larger is not the body's first line. */
const SAME_SIZE = 0.15;

/** A value below which a share of the values fall (values sorted as they come). */
function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

/**
 * The report in reading order: lines of one cell joined into paragraphs, lines of several cells
 * kept as rows, tables whole. A line goes on in the next unless it ends a sentence, the next opens
 * a heading or list item, or the page says otherwise: the line stops short of the text's right
 * edge or is centred, the next is indented, set in another size, or stands a paragraph's gap below.
 */
export function partsOf(pages: Block[][]): Part[] {
  const lines = pages.flat().flatMap((b) => (b.kind === 'line' && b.line.cells.length === 1 ? [b.line] : []));
  const left = percentile(lines.map((l) => l.left), 0.05);
  const right = percentile(lines.map((l) => l.right), 0.95);
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) if (lines[i].page === lines[i - 1].page) pitches.push(lines[i - 1].y - lines[i].y);
  // (the pitch within paragraphs: the gaps between them are the fewer)
  const pitch = percentile(pitches, 0.25);

  const goesOn = (a: Line, b: Line) => {
    const text = a.cells[0];
    if (endsSentence(text) || opensHeading(b.cells[0])) return false;
    if (a.right < right - FULL_LINE * a.size || a.left > left + CENTRED * a.size || b.left > left + INDENT * b.size) return false;
    if (Math.abs(a.size - b.size) > SAME_SIZE * Math.max(a.size, b.size)) return false;
    return a.page !== b.page || a.y - b.y <= PARAGRAPH_GAP * pitch;
  };

  const parts: Part[] = [];
  let previous: Line | null = null;
  // whether the last part is a table that closed its page
  let tableEndsPage = false;
  for (const blocks of pages) {
    blocks.forEach((block, i) => {
      const last = parts[parts.length - 1];
      if (block.kind === 'table') {
        previous = null;
        const joined = i === 0 && tableEndsPage && last?.kind === 'table' ? joinTables(last.table, block.table) : null;
        if (joined && last?.kind === 'table') last.table = joined; else parts.push({ kind: 'table', table: block.table });
        return;
      }
      const line = block.line;
      if (line.cells.length > 1) { parts.push({ kind: 'row', cells: line.cells }); previous = null; return; }
      if (previous && last?.kind === 'paragraph' && goesOn(previous, line)) last.text = joinText(last.text, line.cells[0]);
      else parts.push({ kind: 'paragraph', text: line.cells[0] });
      previous = line;
    });
    tableEndsPage = blocks[blocks.length - 1]?.kind === 'table';
  }
  return parts;
}
