// govmine text: the cleaned text, exactly what extract's offsets point into.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runGovmine } from './govmine.js';

const fixture = (p: string) => fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url));
const govmine = (args: string[], input?: string) => runGovmine(args, { input });

describe('govmine text', () => {
  const seed = fixture('004_5c4622553a17020d.txt');

  it('prints the text that extract offsets point into', () => {
    const [doc] = JSON.parse(govmine(['extract', seed, '-f', 'json', '-q']).stdout);
    const { text } = JSON.parse(govmine(['text', seed, '-f', 'jsonl', '-q']).stdout);
    for (const r of doc.indicators) expect(text.slice(r.start, r.end)).toBe(r.raw);
    expect(text).not.toMatch(/信息索引号|点击率/);
  });

  it('gives each section its own text in JSON Lines', () => {
    const { sections, text } = JSON.parse(govmine(['text', seed, '-f', 'jsonl', '-q']).stdout);
    expect(sections[0].title).toBe('一、主要举措和突出成效');
    for (const s of sections) expect(s.text).toBe(text.slice(s.start, s.end));
  });

  it('separates documents with a form feed and a header line', () => {
    const out = govmine(['text', fixture('000_0a1174e0e61f44a7.txt'), fixture('001_1337db6bbca4abca.txt'), '-q']).stdout;
    const parts = out.split('\f\n');
    expect(parts).toHaveLength(2);
    expect(parts[1].startsWith(`==> ${fixture('001_1337db6bbca4abca.txt')} <==\n2024年度`)).toBe(true);
  });

  it('prints one file\'s text alone, as head and tail do, and a header per document otherwise', () => {
    const one = govmine(['text', fixture('001_1337db6bbca4abca.txt'), '-q']).stdout;
    expect(one.startsWith('2024年度')).toBe(true);
    expect(one).not.toMatch(/==>|\f/);
    expect(govmine(['text', '-', '-q'], '2023年，本局深入推进依法行政，全年办理行政许可事项120件。').stdout).toBe('2023年，本局深入推进依法行政，全年办理行政许可事项120件。\n');
    const folder = govmine(['text', fixture('html'), '-q']).stdout;
    expect(folder.startsWith('==> ')).toBe(true);
  });

  it('writes one .txt per input with -o', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmine-text-'));
    const r = govmine(['text', fixture('html'), '-o', dir, '-q']);
    expect(r.status).toBe(0);
    const pages = readdirSync(fixture('html')).filter((f) => f.endsWith('.html'));
    expect(readdirSync(dir).filter((f) => f.endsWith('.txt'))).toHaveLength(pages.length);
    const one = readdirSync(dir).find((f) => f.includes('html_004_gbk'))!;
    expect(readFileSync(join(dir, one), 'utf8')).toMatch(/^2023年以来,区应急管理局/);
  });

  it('warns about a page with no article and prints no made-up body', () => {
    const r = govmine(['text', '-', '-q'], '<html><body><nav><a href="/">首页</a></nav></body></html>');
    expect(r.stdout).toBe('');
    const loud = govmine(['text', '-'], '<html><body><nav><a href="/">首页</a></nav></body></html>');
    expect(loud.stderr).toMatch(/<stdin>: warning: no report text found/);
  });
});

describe('output names', () => {
  it('never leave the output folder, and never collide', async () => {
    const { textFileName, uniqueNames } = await import('../src/emit/text.js');
    for (const id of ['../../etc/passwd', '/abs/path/x.html', 'a.csv#../../../x', '..', 'C:\\\\win\\\\x.txt', 'a\u0000b']) {
      const name = textFileName(id);
      expect(name).not.toMatch(/[/\\\u0000]/);
      expect(name.startsWith('.')).toBe(false);
      expect(name.endsWith('.txt')).toBe(true);
    }
    const next = uniqueNames();
    expect([next('a.txt'), next('a.txt'), next('a.txt')]).toEqual(['a.txt', 'a-2.txt', 'a-3.txt']);
  });
});
