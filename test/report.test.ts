// govmine report, tested in a real browser (Debian's chromium, driven by playwright-core): every
// figure highlighted, a row click scrolls to and flashes its figure, hostile text stays text.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { escapeHtml, reportDocument } from '../src/emit/report.js';
import { processDocument } from '../src/pipeline.js';
import { bin, runGovmine } from './govmine.js';

const CHROMIUM = '/usr/bin/chromium';
const seed = fileURLToPath(new URL('../fixtures/002_aae4e83fbe399c5d.txt', import.meta.url));
const output = fileURLToPath(new URL('./output/', import.meta.url));
const govmine = (args: string[], cwd: string) => runGovmine(args, { cwd });

it('gives each figure its period, and links only the address of a web page', () => {
  const doc = processDocument({ id: 'a.txt', path: 'a.txt', bytes: Buffer.from('某局2024年工作总结\n全年罚款3万元。五年来累计罚款20万元。\n'), hints: { url: 'javascript:alert(1)' } });
  const html = reportDocument(doc, 0);
  expect(html).toMatch(/<th>status<\/th><th>indicator<\/th><th>period<\/th>/);
  expect([...html.matchAll(/<td class="tag">([\d-]*)<\/td><td class="tag"><\/td><td class="tag"><\/td><td class="tag"><\/td><\/tr>/g)].map((m) => m[1])).toEqual(['2024', '2020-2024']);
  expect(html).not.toMatch(/javascript|class="url"/); // an address that is not a web page's is no link
});

it('escapes every piece of document text', () => {
  expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
});

it('writes to standard output with -o -, with no overview for one document', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govmine-report-'));
  const r = govmine(['report', seed, '-o', '-'], dir);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^<!doctype html>/);
  expect(r.stdout).toMatch(/<\/html>\n$/);
  expect(r.stdout).not.toContain('<nav class="overview"');
  expect(r.stderr).toMatch(/standard output: 1 document, 0 failed/);
  expect(existsSync(join(dir, '-'))).toBe(false);
});

describe.runIf(existsSync(CHROMIUM))('the HTML report in a browser', () => {
  let browser: Browser;
  let page: Page;
  let records: number;
  const dialogs: string[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmine-report-'));
    writeFileSync(join(dir, 'hostile.txt'), '报告<script>alert(1)</script>检查企业5家。<img src=x onerror=alert(2)>罚款3万元。');
    // a section name far wider than the page, in a run no line break may split
    const name = 'AdministrativeLawEnforcementSupervisionReportOfTheMunicipalBureau';
    writeFileSync(join(dir, 'long.txt'), `某局2024年工作总结\n一、${name}。\n（一）${name}。\n1.${name}。\n全年检查企业12家，罚款4万元。\n`);
    writeFileSync(join(dir, 'nofigures.txt'), '某局工作总结\n全面推进依法行政。\n');
    const r = govmine(['report', seed, 'hostile.txt', 'long.txt', 'nofigures.txt', '-o', 'report.html', '-q'], dir);
    expect(r.status).toBe(0);
    records = JSON.parse(govmine(['extract', seed, '-f', 'json', '-q'], dir).stdout)[0].indicators.length;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(pathToFileURL(join(dir, 'report.html')).href);
  }, 60_000);

  afterAll(async () => { await browser?.close(); });

  it('highlights as many figures as there are records', async () => {
    expect(await page.locator('#doc-0 mark[data-indicator]').count()).toBe(records);
    expect(await page.locator('#doc-0 tbody tr').count()).toBe(records);
  });

  it('scrolls to and flashes the figure of a clicked row', async () => {
    const target = page.locator('#doc-0 mark[data-indicator="30"]');
    await page.locator('#doc-0 tbody tr[data-indicator="30"]').click();
    await expect.poll(() => target.evaluate((m) => m.classList.contains('flash'))).toBe(true);
    const inView = await target.evaluate((m) => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; });
    expect(inView).toBe(true);
    mkdirSync(output, { recursive: true });
    await page.screenshot({ path: join(output, 'report.png') });
  });

  it('shows value, unit and category on hover', async () => {
    expect(await page.locator('#doc-0 mark[data-indicator="0"]').getAttribute('title')).toBe('8 次 · count');
  });

  it('sorts by a column and filters by category', async () => {
    await page.locator('#doc-0 th', { hasText: 'value' }).click();
    const values = await page.locator('#doc-0 tbody tr td:nth-child(5)').evaluateAll((tds) => tds.map((t) => Number((t as HTMLElement).dataset.v)));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    await page.locator('#doc-0 select.category').selectOption('case');
    const visible = await page.locator('#doc-0 tbody tr').evaluateAll((rows) => rows.filter((r) => (r as HTMLElement).style.display !== 'none').map((r) => (r as HTMLElement).dataset.category));
    expect(visible.length).toBeGreaterThan(0);
    expect(new Set(visible)).toEqual(new Set(['case']));
  });

  it('keeps hostile markup as text', async () => {
    expect(dialogs).toEqual([]);
    expect(await page.locator('#doc-1 .text').innerText()).toContain('<script>alert(1)</script>');
    expect(await page.locator('#doc-1 img').count()).toBe(0);
  });

  it('opens with an overview of the documents, each linked, with its figures by category and the totals', async () => {
    const overview = page.locator('nav.overview');
    const box = await overview.boundingBox();
    const first = await page.locator('#doc-0').boundingBox();
    expect(box!.y).toBeLessThan(first!.y);
    const rows = overview.locator('tbody tr');
    expect(await rows.count()).toBe(5);
    expect(await rows.nth(0).locator('a').getAttribute('href')).toBe('#doc-0');
    const figures = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.children[tr.children.length - 2].textContent)));
    expect(figures.slice(0, 4)).toEqual([records, 2, 2, 0]);
    expect(figures[4]).toBe(records + 4);
    await rows.nth(2).locator('a').click();
    await expect.poll(() => page.locator('#doc-2').evaluate((a) => Math.abs(a.getBoundingClientRect().top) < 5)).toBe(true);
  });

  it('wraps a long section name instead of widening the page', async () => {
    await page.locator('#doc-2').scrollIntoViewIfNeeded();
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    const article = await page.locator('#doc-2').boundingBox();
    expect(await page.locator('#doc-2 tbody td:nth-child(2)').first().innerText()).toContain('1.Administrative');
    const select = await page.locator('#doc-2 select.section').boundingBox();
    expect(select!.x + select!.width).toBeLessThanOrEqual(article!.x + article!.width);
    mkdirSync(output, { recursive: true });
    await page.screenshot({ path: join(output, 'report-long-section.png') });
  });

  it('says so in a sentence when a document has no figures', async () => {
    expect(await page.locator('#doc-3 p.empty').innerText()).toBe('No figures were found in this document.');
    expect(await page.locator('#doc-3 table').count()).toBe(0);
    expect(await page.locator('#doc-3 svg.chart').count()).toBe(0);
  });

  it("shows each figure's status, indicator and period", async () => {
    const heads = await page.locator('#doc-0 thead th').allInnerTexts();
    expect(heads).toEqual(['#', 'section', 'label', 'text', 'value', 'unit', 'category', 'status', 'indicator', 'period', 'approx', 'change', 'check']);
    const row = page.locator('#doc-0 tbody tr[data-indicator="2"] td');
    expect([await row.nth(heads.indexOf('status')).innerText(), await row.nth(heads.indexOf('indicator')).innerText()]).toEqual(['actual', '立案数']);
  });

  it('breaks no header inside a word, however narrow the page', async () => {
    const narrow = await browser.newPage({ viewport: { width: 700, height: 800 } });
    await narrow.goto(page.url());
    const lines = await narrow.locator('#doc-0 thead th').evaluateAll((ths) => ths.map((th) => {
      const range = document.createRange();
      range.selectNodeContents(th);
      return [th.textContent, range.getClientRects().length];
    }));
    expect(lines.filter(([, n]) => n !== 1)).toEqual([]);
    await narrow.close();
  });

  it('links the report to the page it was published at, and its table breaks no number', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmine-report-'));
    const beijing = fileURLToPath(new URL('./vendor/reports/provinces/gzbg2026_beijing.csv', import.meta.url));
    expect(govmine(['report', beijing, '-o', 'report.html', '-q'], dir).status).toBe(0);
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await other.goto(pathToFileURL(join(dir, 'report.html')).href);
    const link = other.locator('#doc-0 .meta a.url');
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/.*detail\.html\?id=9619811804ca4972b0eb7f99450209fa$/);
    expect(await link.innerText()).toBe(await link.getAttribute('href'));
    const gdp = other.locator('#doc-0 tbody tr', { hasText: '5.2万亿元' }).locator('td.num').nth(1);
    expect(await gdp.innerText()).toBe('5,200,000,000,000');
    expect(await gdp.evaluate((td) => { const r = document.createRange(); r.selectNodeContents(td); return r.getClientRects().length; })).toBe(1);
    mkdirSync(output, { recursive: true });
    await other.screenshot({ path: join(output, 'report-provincial.png') });
    await other.close();
  });

  it('draws a bar chart per category and renders Chinese with a CJK font', async () => {
    expect(await page.locator('#doc-0 svg.chart rect').count()).toBe(6);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans CJK SC"', '报告'))).toBe(true);
  });
});
