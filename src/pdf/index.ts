/**
 * PDF files: the text layer read in reading order, the pages' running heads and feet dropped, the
 * lines the layout broke joined into paragraphs, and tables kept as tables, all written as a simple
 * HTML page for the html stage (which reads its tables as it reads a portal's). A file with no text
 * layer (a scan) is refused: reading images is not govmine's business.
 */
import { unradical } from '../lang/zh/script.js';
import { StageError } from '../problems.js';
import { blocksOf, dropFurniture, partsOf, type Part } from './layout.js';
import { readPages } from './read.js';
import { cellsOf, type Table } from './tables.js';
import type { PdfDocument } from './types.js';

export type { PdfDocument } from './types.js';

/** Fewer characters than this on all the pages, margins aside, is no text layer: a scan, perhaps with a stamp's word. */
const MIN_TEXT = 20;

export async function readPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const { pages, title } = await readPages(bytes);
  const parts = partsOf(dropFurniture(pages.map(blocksOf), title));
  const characters = parts.reduce((n, p) => n + (p.kind === 'paragraph' ? p.text.length : p.kind === 'row' ? p.cells.join('').length : cellsOf(p.table).reduce((k, c) => k + c.text.length, 0)), 0);
  if (characters < MIN_TEXT) {
    throw new StageError('pdf', 'no-text', `no text layer; OCR is not part of govmine (${pages.length === 1 ? 'its page is' : `its ${pages.length} pages are`} images, as a scan's are)`);
  }
  return { html: pageHtml(parts, title) };
}

/** The text as the report has it (a font's radicals back to the characters they stand for), escaped. */
const escapeHtml = (text: string) => unradical(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pageHtml(parts: readonly Part[], title: string | undefined): string {
  const body: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.kind === 'paragraph') body.push(`<p>${escapeHtml(part.text)}</p>`);
    else if (part.kind === 'table') body.push(tableHtml(part.table));
    else {
      // rows of a table drawn without rules, one after another
      const rows: string[] = [];
      for (; i < parts.length && parts[i].kind === 'row'; i++) rows.push(`<tr>${(parts[i] as { cells: string[] }).cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
      i--;
      body.push(`<table>${rows.join('')}</table>`);
    }
  }
  const head = title ? `<title>${escapeHtml(title)}</title>` : '';
  return `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>\n${body.join('\n')}\n</body></html>\n`;
}

/**
 * A ruled table as HTML: each merged cell once, with the rows and columns it spans. A band that
 * starts no cell (the part of a row cut by a page's end that went on to the next) is no row.
 */
function tableHtml(t: Table): string {
  const cells = cellsOf(t).sort((a, b) => a.column - b.column);
  const starts = new Set(cells.map((c) => c.row));
  const kept = (from: number, to: number) => { let n = 0; for (let r = from; r < to; r++) if (starts.has(r)) n++; return n; };
  const rows: string[][] = Array.from({ length: t.rows }, () => []);
  for (const c of cells) {
    const rowspan = kept(c.row, c.row + c.rowspan);
    rows[c.row].push(`<td${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}>${escapeHtml(c.text)}</td>`);
  }
  return `<table>${rows.filter((_, r) => starts.has(r)).map((tds) => `<tr>${tds.join('')}</tr>`).join('')}</table>`;
}
