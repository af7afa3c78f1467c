// Real portal pages saved by crawlers (test/vendor/html, copied from the shared material): none may
// crash, the article must come through with its chrome gone, and hand-cleaned pages must score well.
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
