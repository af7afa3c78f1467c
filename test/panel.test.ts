// govmine panel over fixtures/panel (two agencies over two years: a target and a five-year total, a
// near-duplicate, two documents that disagree) and over the provincial work report, through the
// built command; the HTML page in a real browser.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { displayScale } from '../src/emit/panel.js';
import { runGovmine, runGovmineAsync } from './govmine.js';

const CHROMIUM = '/usr/bin/chromium';
const fixtures = fileURLToPath(new URL('../fixtures/panel/', import.meta.url));
const guangdong = fileURLToPath(new URL('./vendor/reports/gzbg2026_guangdong.txt', import.meta.url));
const output = fileURLToPath(new URL('./output/', import.meta.url));
const panel = (args: string[], cwd = fixtures) => runGovmine(['panel', ...args], { cwd });
const A = '甲市市场监督管理局';
const B = '乙区应急管理局';

interface Cell { agency: string; year: number; indicator: string; value: number | null; unit: string; conflict: boolean; values: Array<{ value: number; docs: string[] }>; rule: string; figures: number; documents: string[]; sources: Array<{ doc: string; raw: string; context: string }> }
const long = (args: string[] = []) => {
  const r = panel(['.', '-f', 'jsonl', ...args]);
  expect(r.status).toBe(0);
  return r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Cell);
};
const cell = (cells: Cell[], agency: string, year: number, indicator: string) => cells.find((c) => c.agency === agency && c.year === year && c.indicator === indicator);

describe('the unit a panel page shows an indicator in', () => {
  it('is the largest scale its middle value reaches: 亿元 for 地区生产总值, 万人 for 城镇新增就业, none for rates and small counts', () => {
    expect(displayScale([5.2e12, 1.458e13, 2.5e12], '元')).toEqual({ factor: 1e8, unit: '亿元' });
    expect(displayScale([1494000, 320000, 600000], '人')).toEqual({ factor: 1e4, unit: '万人' });
    expect(displayScale([850000, 1120000, 3.5e8], '元')).toEqual({ factor: 1e4, unit: '万元' }); // one large fine does not set the scale
    expect(displayScale([3.9, 5.4, -0.5], '%')).toEqual({ factor: 1, unit: '%' });
    expect(displayScale([120, 156, 45], '件')).toEqual({ factor: 1, unit: '件' });
  });
});

describe('govmine panel', () => {
  const cells = long();

  it('gives each agency, year and indicator its value, traced to the sentence and document', () => {
    const c = cell(cells, A, 2023, '行政处罚案件数')!;
    expect(c).toMatchObject({ value: 120, unit: '件', conflict: false, figures: 1, documents: ['a_2023.txt'] });
    expect(c.sources[0]).toMatchObject({ doc: 'a_2023.txt', raw: '120件' });
    expect(c.sources[0].context).toContain('全年共查处行政处罚案件120件');
    expect(cell(cells, A, 2024, '行政处罚案件数')!.value).toBe(156);
  });

  it('counts results of the year only: no target, no five-year total', () => {
    // 2024: 156 件 of the year, not the 600余件 of five years; 罚没 stated only as a five-year total has no cell
    expect(cell(cells, A, 2024, '行政处罚案件数')!.sources.map((s) => s.raw)).toEqual(['156件']);
    expect(cell(cells, A, 2024, '罚没金额')).toBeUndefined();
    expect(cell(cells, A, 2023, '培训人数')!.value).toBe(420); // not the 500人次 aimed at for 2024
    expect(cells.every((c) => c.year === 2023 || c.year === 2024)).toBe(true);
  });

  it('never adds a part to its whole, and takes the largest of one document\'s different amounts', () => {
    const y2023 = cell(cells, A, 2023, '罚款金额')!;
    expect(y2023).toMatchObject({ value: 850000, rule: 'one', figures: 1 }); // 其中…30万元 is inside the 85万元
    const y2024 = cell(cells, A, 2024, '罚款金额')!;
    expect(y2024).toMatchObject({ value: 1120000, rule: 'largest', figures: 2 }); // 112万元 beside a 专项行动's 40万元, not 152万元
  });

  it('counts a near-duplicate document once, and says so', () => {
    expect(cell(cells, A, 2024, '执法检查次数')).toMatchObject({ value: 1720, documents: ['a_2024.txt'] });
    expect(cells.some((c) => c.documents.includes('a_2024_repost.txt'))).toBe(false);
    expect(panel(['.']).stderr).toMatch(/a_2024_repost\.txt: warning: near-duplicate of a_2024\.txt/);
  });

  it('flags two documents that disagree instead of adding them, and agrees where they agree', () => {
    const fines = cell(cells, B, 2023, '罚款金额')!;
    expect(fines).toMatchObject({ value: null, conflict: true });
    expect(fines.values).toEqual([{ value: 360000, docs: ['b_2023.txt'] }, { value: 380000, docs: ['b_2023_summary.txt'] }]);
    expect(cell(cells, B, 2023, '行政处罚案件数')).toMatchObject({ value: 45, conflict: false, documents: ['b_2023.txt', 'b_2023_summary.txt'], figures: 2 });
    const csv = parse(panel(['.']).stdout, { columns: true }) as Array<Record<string, string>>;
    const row = csv.find((r) => r.agency === B && r.indicator === '罚款金额')!;
    expect(row).toMatchObject({ value: '', conflict: 'yes', values: '360000 (b_2023.txt) | 380000 (b_2023_summary.txt)' });
  });

  it('writes the wide form: a row per agency × indicator, a column per year, a missing cell empty (never 0)', () => {
    const r = panel(['.', '--wide', '-q']);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    expect((parse(r.stdout) as string[][])[0]).toEqual(['agency', 'indicator', 'unit', '2023', '2024', 'conflicts']);
    expect(rows.find((x) => x.agency === A && x.indicator === '行政处罚案件数')).toMatchObject({ 2023: '120', 2024: '156', conflicts: '' });
    // 乙区 has no 2024 report; 甲市 no 行政复议 figure in 2023
    expect(rows.find((x) => x.agency === B && x.indicator === '行政处罚案件数')).toMatchObject({ 2023: '45', 2024: '' });
    expect(rows.find((x) => x.agency === A && x.indicator === '行政复议案件数')).toMatchObject({ 2023: '', 2024: '6' });
    expect(rows.find((x) => x.agency === B && x.indicator === '罚款金额')).toMatchObject({ 2023: '360000 | 380000', conflicts: '2023' });
    const wide = JSON.parse(panel(['.', '--wide', '-f', 'json', '-q']).stdout) as Array<{ agency: string; indicator: string; years: Record<string, number | null> }>;
    expect(wide.find((x) => x.agency === B && x.indicator === '隐患数')!.years).toEqual({ 2023: 1250, 2024: null });
  });

  it('filters by indicator, agency and year', () => {
    const some = long(['--indicator', '罚款金额,隐患数', '--agency', '甲市', '--year', '2024']);
    expect(some.map((c) => [c.agency, c.year, c.indicator])).toEqual([[A, 2024, '罚款金额'], [A, 2024, '隐患数']]);
    expect(long(['--year', '2022-2023']).every((c) => c.year === 2023)).toBe(true);
    const bad = panel(['.', '--indicator', '罚款']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--indicator takes a comma-separated list of .*罚款金额.*"罚款" is not one of them/);
    expect(panel(['.', '--year', '23']).status).toBe(2);
  });

  it('says which years, agencies or indicators there are when a filter matches nothing', async () => {
    const [year, agency, indicator, together, some, quiet] = await Promise.all([
      ['--year', '2026'], ['--agency', '丙县'], ['--indicator', '城镇新增就业'], ['--agency', '乙区', '--year', '2024'], ['--year', '2024'], ['--year', '2026', '-q'],
    ].map((filter) => runGovmineAsync(['panel', '.', ...filter], { cwd: fixtures })));
    expect(year.status).toBe(0);
    expect(year.stderr).toMatch(/^govmine: --year 2026 matches no cell: the documents report on 2023, 2024 \(a cell's year is the year a report is about/m);
    expect(agency.stderr).toMatch(/^govmine: --agency 丙县 matches no agency; the documents' agencies are 乙区应急管理局, 甲市市场监督管理局$/m);
    expect(indicator.stderr).toMatch(/^govmine: --indicator 城镇新增就业 matches no cell; the documents give 罚款金额, .*行政处罚案件数/m);
    expect(together.stderr).toMatch(/no cell matches them all together \(years 2023, 2024;/);
    expect(some.stderr).not.toMatch(/matches no/);
    expect(quiet.stderr).toBe('');
  });

  it('picks the format from the -o name, and refuses what it must not write over', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmine-panel-'));
    expect(panel([fixtures, '-o', join(dir, 'p.json'), '-q']).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8'))[0]).toHaveProperty('agency');
    expect(panel([fixtures, '-o', join(dir, 'p.json'), '--wide', '-q']).status).toBe(0); // its own output: replaced
    writeFileSync(join(dir, 'notes.csv'), 'my,own\n');
    const refused = panel([fixtures, '-o', join(dir, 'notes.csv')]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/notes\.csv already exists and is not a CSV written by govmine panel; nothing was written/);
    expect(readFileSync(join(dir, 'notes.csv'), 'utf8')).toBe('my,own\n');
    const input = panel(['a_2023.txt', '-o', 'a_2023.txt', '--force']);
    expect(input.status).toBe(2);
    expect(input.stderr).toMatch(/is also an input/);
    expect(panel(['.', '-f', 'csv', '-o', join(dir, 'x.jsonl')]).status).toBe(2);
    expect(panel([]).status).toBe(2);
  });

  it('reads a sync dataset read-only, with the same cells as the reports give', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmine-panel-'));
    expect(runGovmine(['sync', fixtures, '--db', join(dir, 'r.db'), '-q']).status).toBe(0);
    const before = readFileSync(join(dir, 'r.db'));
    const r = panel(['--db', join(dir, 'r.db'), '-f', 'jsonl', '-q']);
    expect(r.status).toBe(0);
    const fromDb = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Cell);
    const strip = (cs: Cell[]) => cs.map((c) => [c.agency, c.year, c.indicator, c.value, c.conflict, c.figures]);
    expect(strip(fromDb)).toEqual(strip(cells));
    expect(readFileSync(join(dir, 'r.db')).equals(before)).toBe(true);
    writeFileSync(join(dir, 'not.db'), 'hello');
    const bad = panel(['--db', join(dir, 'not.db')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/not\.db: not an SQLite file/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const missing = panel(['--db', join(dir, 'missing.db')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/missing\.db: cannot open the dataset/);
    expect(panel(['.', '--db', join(dir, 'r.db')]).status).toBe(2);
  });
});

describe('the provincial work report (delivered 2026, on 2025)', () => {
  let cells: Cell[] = [];
  const of = (indicator: string) => cells.find((c) => c.indicator === indicator);
  beforeAll(() => {
    const r = runGovmine(['panel', guangdong, '-f', 'jsonl', '-q']);
    expect(r.status).toBe(0);
    cells = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Cell);
  });

  it('gives the 2025 values its review section states', () => {
    expect(cells.every((c) => c.agency === '广东省人民政府' && c.year === 2025)).toBe(true);
    expect(of('城镇新增就业')).toMatchObject({ value: 1494000, unit: '人', figures: 1 }); // 149.4万人
    expect(of('地区生产总值')).toMatchObject({ value: 14580000000000, unit: '元' }); // 14.58万亿元, not 11.37万亿元 of 2020
    expect(of('地区生产总值增长率')).toMatchObject({ value: 3.9, unit: '%' }); // not 5%左右 (年均) or 4.5%—5% (2026's target)
  });

  it('leaves empty what it states only as a five-year total or a target', () => {
    // 城镇累计新增就业超700万人 (five years) and 城镇新增就业110万人以上 (2026's target) are not 2025's
    expect(of('城镇新增就业')!.sources.map((s) => s.raw)).toEqual(['149.4万人']);
    // 培训 appears only in 2026's tasks (超5万人次 …): no cell
    expect(of('培训人数')).toBeUndefined();
    const wide = JSON.parse(runGovmine(['panel', guangdong, '--wide', '-f', 'json', '-q', '--indicator', '城镇新增就业,培训人数']).stdout);
    expect(wide).toEqual([{ agency: '广东省人民政府', indicator: '城镇新增就业', unit: '人', years: { 2025: 1494000 }, conflicts: {} }]);
  });
});

describe('govmine panel on averages', () => {
  it('counts a rate averaged over the year, never an average rate of change, whatever frame it stands in', () => {
    // a paragraph of the five years that opens with no word of time: its 年均增长 stands in 2025's frame
    const dir = mkdtempSync(join(tmpdir(), 'govmine-panel-'));
    writeFileSync(join(dir, 'report.txt'), '某市2026年政府工作报告\n一、2025年工作回顾\n全年地区生产总值增长5.5%，城镇调查失业率平均值为5.0%。\n经济总量稳步提升，地区生产总值年均增长5.9%，固定资产投资年均增长7.2%。\n');
    const r = runGovmine(['panel', join(dir, 'report.txt'), '-f', 'jsonl', '-q']);
    expect(r.status).toBe(0);
    const cells = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Cell);
    expect(cells.map((c) => [c.year, c.indicator, c.value])).toEqual([[2025, '地区生产总值增长率', 5.5], [2025, '城镇调查失业率', 5]]);
  });
});

describe('govmine panel on a loose name', () => {
  it('counts 财政收入 as the budget revenue only where the report states no 一般公共预算收入', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmine-panel-'));
    const cells = (text: string) => {
      writeFileSync(join(dir, 'report.txt'), `某市2026年政府工作报告\n一、2025年工作回顾\n${text}\n`);
      const r = runGovmine(['panel', join(dir, 'report.txt'), '-f', 'jsonl', '-q', '--indicator', '一般公共预算收入']);
      expect(r.status).toBe(0);
      return r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as Cell).value);
    };
    expect(cells('全市财政收入完成23.9亿元，一般公共预算收入17.85亿元。')).toEqual([1785000000]);
    expect(cells('全市财政收入达到1350亿元。')).toEqual([135000000000]);
  });
});

describe.runIf(existsSync(CHROMIUM))('the panel page in a browser', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmine-panel-'));
    const r = panel(['.', '--html', join(dir, 'panel.html'), '--title', '甲乙 panel']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(''); // --html without -o: only the page
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(pathToFileURL(join(dir, 'panel.html')).href);
  }, 60_000);

  afterAll(async () => { await browser?.close(); });

  /** One year across twelve agencies (invented provincial work reports): a cross-section. */
  async function crossSection(): Promise<Page> {
    const dir = mkdtempSync(join(tmpdir(), 'govmine-panel-'));
    const names = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸', '子', '丑'];
    names.forEach((n, i) => writeFileSync(join(dir, `${i}.txt`), `${n}省人民政府2026年政府工作报告\n一、2025年工作回顾\n` +
      `2025年，全省地区生产总值${[56700, 1200, 33676, 98000, 4350.5, 61000, 27000, 130500, 8800, 45100, 70200, 15000][i]}亿元。城镇新增就业${20 + i * 7}.5万人。\n`));
    expect((await runGovmineAsync(['panel', '.', '--html', 'panel.html', '-q'], { cwd: dir })).status).toBe(0);
    const bars = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await bars.goto(pathToFileURL(join(dir, 'panel.html')).href);
    return bars;
  }

  it('draws one year across agencies as ranked bars, each named, in the unit its table uses', async () => {
    const bars = await crossSection();
    const gdp = bars.locator('section.indicator[data-indicator="地区生产总值"]');
    expect(await gdp.locator('h2 .unit').innerText()).toBe('(亿元)');
    expect(await gdp.locator('svg.bars rect.bar').count()).toBe(12);
    const named = await gdp.locator('svg.bars text.name').allTextContents();
    expect(named.slice(0, 3)).toEqual(['辛省人民政府', '丁省人民政府', '子省人民政府']); // 130,500 > 98,000 > 70,200亿元
    const widths = await gdp.locator('svg.bars rect.bar').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))));
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    // the table ranks as the bars do, in 亿元 too; the exact value in 元 on hover
    const rows = gdp.locator('tbody tr');
    expect(await rows.locator('td:first-child').allInnerTexts()).toEqual(named);
    expect(await rows.first().locator('td.num').innerText()).toBe('130,500');
    expect(await rows.first().locator('td.num a').getAttribute('title')).toMatch(/^辛省人民政府 2025: 13,050,000,000,000 元 · 130500亿元 · 7\.txt$/);
    expect(await gdp.locator('svg.bars text.value').first().textContent()).toBe('130,500');
    expect(await rows.nth(10).locator('td.num').innerText()).toBe('4,350.5');
    const jobs = bars.locator('section.indicator[data-indicator="城镇新增就业"]');
    expect(await jobs.locator('h2 .unit').innerText()).toBe('(万人)');
    expect(await jobs.locator('tbody tr').first().locator('td.num').innerText()).toBe('97.5');
    mkdirSync(output, { recursive: true });
    await bars.screenshot({ path: join(output, 'panel-bars.png') });
    await bars.close();
  });

  it('sorts a table by the column whose header is clicked, largest first, a second click the other way', async () => {
    const bars = await crossSection();
    const table = bars.locator('section.indicator[data-indicator="地区生产总值"] table');
    const column = (n: number) => table.locator(`tbody td:nth-child(${n})`).allInnerTexts();
    const numbers = async () => (await column(2)).map((t) => Number(t.replace(/,/g, '')));
    expect(await numbers()).toEqual([...(await numbers())].sort((a, b) => b - a));
    await table.locator('th', { hasText: '2025' }).click();
    expect(await numbers()).toEqual([...(await numbers())].sort((a, b) => a - b));
    await table.locator('th', { hasText: 'agency' }).click();
    expect(await column(1)).toEqual([...(await column(1))].sort((a, b) => a.localeCompare(b, 'zh')));
    expect(await table.locator('th', { hasText: 'agency' }).getAttribute('aria-sort')).toBe('ascending');
    await bars.close();
  });

  it('draws a line chart and a table per indicator, with every agency', async () => {
    const indicators = new Set(long().map((c) => c.indicator));
    expect(await page.locator('section.indicator').count()).toBe(indicators.size);
    const fines = page.locator('section.indicator[data-indicator="罚款金额"]');
    expect(await fines.locator('svg.lines path').count()).toBe(1); // 甲市's two years; 乙区's one disputed year draws no line
    expect(await fines.locator('svg.lines circle').count()).toBe(4); // 2 + the two values in conflict
    expect(await fines.locator('.legend').innerText()).toContain(B);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans CJK SC"', '罚款'))).toBe(true);
  });

  it('links every number to its sentence in the appendix', async () => {
    const links = await page.locator('section.indicator td a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(links.length).toBeGreaterThan(10);
    for (const [href] of links) expect(await page.locator(href!).count()).toBe(1);
    const fines2023 = page.locator('section.indicator[data-indicator="罚款金额"] tr', { hasText: A }).locator('td[data-year="2023"] a');
    await fines2023.click();
    const target = page.locator(`${await fines2023.getAttribute('href')}`);
    expect(await target.locator('mark').innerText()).toBe('85万元');
    expect(await target.innerText()).toContain('a_2023.txt');
    expect(await page.evaluate(() => location.hash)).toBe(await fines2023.getAttribute('href'));
    await expect.poll(() => target.evaluate((li) => { const r = li.getBoundingClientRect(); return r.top > -1 && r.bottom <= window.innerHeight; })).toBe(true);
  });

  it('shows a conflict with both values and a missing year as an empty cell', async () => {
    const disputed = page.locator('section.indicator[data-indicator="罚款金额"] tr', { hasText: B });
    // in 万元, as the chart's axis reads: 36万元 ≠ 38万元
    expect(await disputed.locator('td.conflict').innerText()).toMatch(/^36\s*≠\s*38\s*conflict$/);
    expect(await disputed.locator('td.conflict a').first().getAttribute('title')).toMatch(/: 360,000 元 \(documents disagree\) · 36万元 · b_2023\.txt$/);
    expect(await disputed.locator('td').nth(2).innerText()).toBe('');
    await page.locator('section.indicator').first().scrollIntoViewIfNeeded();
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    mkdirSync(output, { recursive: true });
    await page.screenshot({ path: join(output, 'panel.png') });
  });
});
