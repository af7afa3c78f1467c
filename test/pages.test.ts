// Pages of the layouts sites use (fixtures/pages, see MANIFEST.json): each page's main text against its
// hand-cleaned text, and what govmine reads of its title, publish date, agency and year.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/pipeline.js';
import { bigramF1 } from './eval-text.mjs';

const dir = new URL('../fixtures/pages/', import.meta.url);
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
const manifest = new Map((JSON.parse(readFileSync(new URL('MANIFEST.json', dir), 'utf8')) as Array<{ page: string; layout: string; meta: Record<string, unknown> }>)
  .map((m) => [m.page, m]));
const read = (page: string) => processDocument({ id: page, path: page, bytes: readFileSync(new URL(page, dir)) });

describe('pages of every layout (fixtures/pages)', () => {
  it('holds at least 15 pages, each layout twice', () => {
    expect(pages.length).toBeGreaterThanOrEqual(15);
    const kinds = [...manifest.values()].map((m) => m.layout.split(':')[0]);
    for (const kind of new Set(kinds)) expect(kinds.filter((k) => k === kind).length, kind).toBeGreaterThanOrEqual(2);
  });

  for (const page of pages) {
    it(`${page}: the article, without its page's chrome`, () => {
      const want = readFileSync(new URL(page.replace(/\.html$/, '.expected-main-text.txt'), dir), 'utf8');
      expect(bigramF1(read(page).text, want).f1).toBeGreaterThanOrEqual(0.95);
    });
  }
});

describe('what govmine reads of each page (MANIFEST.json)', () => {
  const fields = pages.flatMap((page) => {
    const meta = read(page).meta as unknown as Record<string, unknown>;
    return Object.entries(manifest.get(page)?.meta ?? {}).map(([field, want]) => ({ page, field, want, got: meta[field] }));
  });
  it('gets the title, publish date, agency and year right on all but a few fields', () => {
    const misses = fields.filter((f) => f.got !== f.want);
    // the misses left: a forum floor's unlabelled date, and news of last year's results whose title names
    // no year and no 过去一年 (the publish year is taken)
    expect(misses.map((m) => `${m.page} ${m.field}`)).toEqual(['forum_postbar.html published', 'forum_postbar.html year', 'news_table_gbk.html year']);
    expect(fields.length).toBeGreaterThanOrEqual(70);
  });
});
