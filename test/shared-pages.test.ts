// Real portal pages saved by crawlers (test/vendor/html, copied from the shared material): none may
// crash, the article must come through with its chrome gone, and hand-cleaned pages must score well;
// so must the provincial collections as scraped (test/vendor/reports/provinces).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/pipeline.js';
import { bigramF1 } from './eval-text.mjs';

const dir = new URL('./vendor/html/', import.meta.url);
const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));

describe('real portal pages in test/vendor/html', () => {
  it('are there', () => expect(pages.length).toBeGreaterThan(0));

  for (const page of pages) {
    it(`${page} passes through with its chrome dropped`, () => {
      const doc = processDocument({ id: page, path: page, bytes: readFileSync(new URL(page, dir)) });
      expect(doc.text).not.toMatch(/版权所有|ICP备|打印本页|分享到|扫一扫/);
      for (const r of doc.indicators) expect(doc.text.slice(r.start, r.end)).toBe(r.raw);
      const expected = new URL(page.replace(/\.html$/, '.expected-main-text.txt'), dir);
      if (existsSync(expected)) expect(bigramF1(doc.text, readFileSync(expected, 'utf8')).f1).toBeGreaterThanOrEqual(0.97);
      else expect(doc.text.length).toBeGreaterThan(200);
    });
  }
});

// the provincial work reports as scraped (one row each): the nine working provinces, the copies held here
const provinceDir = new URL('./vendor/reports/provinces/', import.meta.url);
const provinces = readdirSync(provinceDir).filter((f) => f.endsWith('.csv')).map((f) => new URL(f, provinceDir));

describe('scraped collections in test/vendor/reports/provinces', () => {
  it('are there', () => expect(provinces.length).toBe(9));
  it('lose their menus and widgets: each text opens with its title and holds no line of chrome', async () => {
    const { readCollection } = await import('../src/ingest/collection.js');
    for (const file of provinces) {
      for await (const row of readCollection(file.pathname, {})) {
        if ('error' in row) throw row.error;
        const doc = processDocument(row);
        const lines = doc.text.split('\n');
        expect(lines[0], file.pathname).toMatch(/政府工作报告$/);
        expect(lines.filter((l) => /^(?:下载|打印|全屏|收藏|【字号：|加大|还原|减小|】|相关报道：|时间：[\d-]+)$/.test(l)), file.pathname).toEqual([]);
      }
    }
  });
});
