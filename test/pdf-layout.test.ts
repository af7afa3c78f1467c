// The pdf stage's layout, on pages made by hand (runs of text and rules where PDF.js would place
// them): lines, the pages' margins, paragraphs and ruled tables.
import { describe, expect, it } from 'vitest';
import { blocksOf, dropFurniture, partsOf } from '../src/pdf/layout.js';
import { linesOf } from '../src/pdf/lines.js';
import { cellsOf, tablesOf } from '../src/pdf/tables.js';
import type { PdfPage, Rule, TextRun } from '../src/pdf/types.js';

const SIZE = 12;
/** A run of Chinese text: every character one font size wide. */
const run = (text: string, x: number, y: number, size = SIZE): TextRun => ({ text, x, y, size, width: [...text].length * size });
/** A page of 600 × 800 points: text from x = 50 to 550 (a full line is 500 / 12 ≈ 41 characters). */
const page = (runs: TextRun[], rules: Rule[] = []): PdfPage => ({ width: 600, height: 800, runs, rules });
const FULL = '一'.repeat(41);
const paragraphs = (pages: PdfPage[], title?: string) => partsOf(dropFurniture(pages.map(blocksOf), title)).map((p) => (p.kind === 'paragraph' ? p.text : p.kind === 'row' ? p.cells.join('|') : 'table'));

describe('lines', () => {
  it('runs on one baseline (a font a little lower) are one line, left to right; a wide gap cuts a cell', () => {
    const lines = linesOf([run('乙', 62, 700), run('甲', 50, 700.8), run('2023', 74, 699.5), run('丙', 300, 700), run('下一行', 50, 680)], 0);
    expect(lines.map((l) => l.cells)).toEqual([['甲乙2023', '丙'], ['下一行']]);
  });
  it('where Chinese meets digits, a word processor\'s autospace (a fifth of an em) is no space; a wider gap is', () => {
    const at = (gap: number) => linesOf([{ ...run('2024', 50, 700), width: 24 }, run('年度', 74 + gap * SIZE, 700)], 0)[0].cells[0];
    expect(at(0.2)).toBe('2024年度');
    expect(at(0.5)).toBe('2024 年度');
  });
  it('a space PDF.js left out stands where the gap is wider than a space', () => {
    expect(linesOf([run('来源：某县人民政府', 50, 700), run('时间：2023-02-20', 50 + 9 * SIZE + 4, 700)], 0)[0].cells).toEqual(['来源：某县人民政府 时间：2023-02-20']);
  });
});

describe('paragraphs', () => {
  it('a line broken by the layout joins the next; a sentence\'s end, a heading, a short line or an indent stops it', () => {
    const pages = [page([
      run('某市应急管理局2023年工作报告', 150, 760, 16),
      run(`${'二'.repeat(39)}`, 74, 730), run(`${'三'.repeat(20)}。`, 50, 712),
      run('一、主要举措和成效', 74, 694),
      run(FULL, 74, 676), run('(一)加强领导', 50, 658),
      run(FULL, 50, 640), run('四四四', 50, 622),
    ])];
    expect(paragraphs(pages)).toEqual([
      '某市应急管理局2023年工作报告',
      `${'二'.repeat(39)}${'三'.repeat(20)}。`,
      '一、主要举措和成效',
      FULL, '(一)加强领导',
      `${FULL}四四四`,
    ]);
  });
  it('a paragraph goes on across a page break; lines a paragraph\'s gap apart do not join', () => {
    const pages = [page([run(FULL, 50, 100)]), page([run('五五五。', 50, 760), run(FULL, 50, 742), run('六六', 50, 700)])];
    expect(paragraphs(pages)).toEqual([`${FULL}五五五。`, FULL, '六六']);
  });
  it('paragraphs set apart (half a line more, as LibreOffice prints them) do not join, even with no indent', () => {
    const pitch = 27.6;
    const gap = 41.7;
    const wide = page([run(FULL, 50, 700), run(FULL, 50, 700 - pitch), run(FULL, 50, 700 - pitch - gap), run('八八。', 50, 700 - 2 * pitch - gap)]);
    expect(paragraphs([wide])).toEqual([`${FULL}${FULL}`, `${FULL}八八。`]);
  });
  it('Latin words keep a space where a line breaks between them', () => {
    expect(paragraphs([page([{ ...run('Office of the', 50, 700), width: 500 }, run('People', 50, 682)])])).toEqual(['Office of the People']);
  });
});

describe('the pages\' margins', () => {
  const body = (n: number) => run(`${'甲乙丙'[n - 1]}页的正文。`, 50, 700);
  it('a running title and a page number at the same place on most pages go; the same words in the body stay', () => {
    const pages = [1, 2, 3].map((n) => page([run('某市2023年工作报告', 200, 780, 8), body(n), run('某市2023年工作报告', 50, 600), run(`- ${n} -`, 290, 20, 8)]));
    expect(paragraphs(pages).filter((p) => p.includes('某市'))).toHaveLength(3);
    expect(paragraphs(pages).join()).not.toMatch(/- \d -/);
  });
  it('a browser\'s header and footer go even on a page of its own: print date, the file\'s title, address, 1/1', () => {
    const pages = [page([run('12/6/26, 12:01 AM', 24, 770, 8), run('某市报告', 260, 768, 8), run('正文。', 50, 700), run('file:///tmp/a.html', 24, 17, 8), run('1/1', 575, 17, 8)])];
    expect(paragraphs(pages, '某市报告')).toEqual(['正文。']);
    // without the title the file gives, a line that names something else is kept
    expect(paragraphs(pages)).toContain('12/6/26, 12:01 AM|某市报告');
  });
  it('a line seen on one page only is the report\'s, even at the top', () => {
    const pages = [page([run('某市应急管理局', 250, 780), run('正文。', 50, 700)]), page([run('正文二。', 50, 780)])];
    expect(paragraphs(pages)).toEqual(['某市应急管理局', '正文。', '正文二。']);
  });
});

describe('ruled tables', () => {
  /** A grid's rules: a vertical rule at each x from top to bottom, a horizontal one at each y, except those left out. */
  const grid = (xs: number[], ys: number[], skip: (r: Rule) => boolean = () => false): Rule[] => [
    ...xs.map((x) => ({ x0: x - 0.5, x1: x + 0.5, y0: ys[ys.length - 1], y1: ys[0] })),
    ...ys.flatMap((y) => xs.slice(1).map((x, i) => ({ x0: xs[i], x1: x, y0: y - 0.5, y1: y + 0.5 }))),
  ].filter((r) => !skip(r));

  it('a grid with a header merged over two columns: each cell once, with what it spans', () => {
    // the rule between columns 1 and 2 stops below the header row: the header spans both
    const rules = grid([50, 150, 250, 350], [700, 680, 660]).filter((r) => r.x0 !== 249.5).concat([{ x0: 249.5, x1: 250.5, y0: 660, y1: 680 }]);
    const { tables, rest } = tablesOf([run('项目', 55, 685), run('本年件数', 160, 685), run('收入', 55, 665), run('12', 160, 665), run('13', 260, 665), run('表外', 55, 600)], rules);
    expect(rest.map((r) => r.text)).toEqual(['表外']);
    expect(cellsOf(tables[0]).map((c) => [c.row, c.column, c.rowspan, c.colspan, c.text])).toEqual([
      [0, 0, 1, 1, '项目'], [0, 1, 1, 2, '本年件数'], [1, 0, 1, 1, '收入'], [1, 1, 1, 1, '12'], [1, 2, 1, 1, '13'],
    ]);
  });
  it('a cell\'s wrapped lines are one text, read top to bottom', () => {
    const { tables } = tablesOf([run('第二行', 55, 665), run('第一行', 55, 685), run('1', 160, 675)], grid([50, 150, 250], [700, 650]));
    expect(cellsOf(tables[0]).map((c) => c.text)).toEqual(['第一行第二行', '1']);
  });
  it('a table that goes on over the next page is one; a cell open at the page break goes on across it', () => {
    const xs = [50, 150, 250];
    // page 1 ends in a row of a merged cell (no rule closes column 0 at the bottom); page 2 opens with it (none at its top)
    const first = page([run('合计', 55, 720), run('1', 160, 720)], grid(xs, [740, 700], (r) => r.y0 > 699 && r.y1 < 701 && r.x0 < 100));
    const second = page([run('2', 160, 760)], grid(xs, [780, 740], (r) => r.y0 > 779 && r.x0 < 100));
    const parts = partsOf(dropFurniture([first, second].map(blocksOf), undefined));
    expect(parts).toHaveLength(1);
    const table = (parts[0] as { table: Parameters<typeof cellsOf>[0] }).table;
    expect(cellsOf(table).map((c) => [c.row, c.column, c.rowspan, c.text])).toEqual([[0, 0, 2, '合计'], [0, 1, 1, '1'], [1, 1, 1, '2']]);
  });
  it('a lone box is a frame, not a table', () => {
    expect(tablesOf([run('注', 55, 685)], grid([50, 550], [700, 650])).tables).toEqual([]);
  });
});
