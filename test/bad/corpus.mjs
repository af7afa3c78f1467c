#!/usr/bin/env node
// The bad-input corpus: every kind of odd file a crawler leaves behind, made here (binary and large
// inputs are generated, so the repository stays small). `node test/bad/corpus.mjs [DIR]` writes it
// (default fixtures/bad/generated); the bad-input test imports makeCorpus and checks each kind.
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seed = readFileSync(join(root, 'fixtures', '003_82e0cdeab1434db4.txt'), 'utf8');
/** figures in seed 003, whatever its form */
export const SEED_FIGURES = 13;
const html = (body, head = '<meta charset="utf-8">') => `<!doctype html><html><head>${head}<title>t</title></head><body>${body}</body></html>`;
const seedHtml = seed.split('\n').map((l) => `<p>${l}</p>`).join('');
const random = (n, seedNo = 7) => { const b = Buffer.alloc(n); let x = seedNo; for (let i = 0; i < n; i++) { x = (x * 1103515245 + 12345) >>> 0; b[i] = x >>> 24; } return b; };

/**
 * Each kind: a file name, its content (or a maker for special files), and what must happen:
 * `figures` (processed, with that many figures; 'seed' for seed 003's), or `fails` with a problem kind.
 */
export const KINDS = [
  { name: 'empty.txt', content: '', figures: 0 },
  { name: 'whitespace-only.txt', content: '  \n\t\n\u3000\u3000\n\r\n', figures: 0 },
  { name: 'crlf.txt', content: seed.replace(/\n/g, '\r\n'), figures: 'seed' },
  { name: 'cr-only.txt', content: seed.replace(/\n/g, '\r'), figures: 'seed' },
  { name: 'mixed-line-ends.txt', content: seed.split('\n').map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join(''), figures: 'seed' },
  { name: 'one-line.txt', content: seed.replace(/\n/g, ''), figures: 'seed' },
  { name: 'utf8-bom.txt', content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed)]), figures: 'seed' },
  { name: 'utf16le-bom.txt', content: iconv.encode(seed, 'utf-16le', { addBOM: true }), figures: 'seed' },
  { name: 'utf16be-bom.txt', content: iconv.encode(seed, 'utf-16be', { addBOM: true }), figures: 'seed' },
  { name: 'utf16le-no-bom.txt', content: iconv.encode(seed, 'utf-16le'), figures: 'seed' },
  { name: 'gbk.txt', content: iconv.encode(seed, 'gbk'), figures: 'seed' },
  { name: 'truncated-gbk.txt', content: iconv.encode(seed + '罚', 'gbk').subarray(0, -1), figures: 'seed' },
  { name: 'truncated-utf8.txt', content: Buffer.from(seed + '罚').subarray(0, -2), figures: 'seed' },
  { name: 'invalid-utf8-byte.txt', content: Buffer.concat([Buffer.from(seed.slice(0, 200)), Buffer.from([0xff]), Buffer.from(seed.slice(200))]), figures: 'seed' },
  { name: 'declares-gbk-is-utf8.html', content: html(seedHtml, '<meta charset="gbk">'), figures: 'seed' },
  { name: 'declares-utf8-is-gbk.html', content: iconv.encode(html(seedHtml, '<meta charset="utf-8">'), 'gbk'), figures: 'seed' },
  { name: 'xml-declaration-gbk.html', content: iconv.encode(`<?xml version="1.0" encoding="GBK"?>${html(seedHtml, '')}`, 'gbk'), figures: 'seed' },
  { name: 'unknown-charset.html', content: html(seedHtml, '<meta charset="x-no-such-charset">'), figures: 'seed' },
  { name: 'nested-100000-tags.html', content: html('<div>'.repeat(100_000) + '检查企业5家。' + '</div>'.repeat(100_000)), figures: 1 },
  { name: 'unclosed-tags.html', content: `<html><body><div><p>${seed.split('\n').join('<p>')}<div><span><b>`, figures: 'seed' },
  { name: 'unclosed-comment.html', content: html(`<p>检查企业5家。</p><!-- never closed <p>罚款3万元。</p>`), figures: 1 },
  { name: 'megabytes-of-script.html', content: html(`<script>${'var a = "检查企业5家";\n'.repeat(250_000)}</script>${seedHtml}`), figures: 'seed' },
  { name: 'no-article.html', content: html('<nav><ul><li><a href="/">首页</a></li><li><a href="/a">政务公开</a></li></ul></nav><footer>版权所有</footer>'), figures: 0 },
  { name: 'odd-entities.html', content: html(`<p>&#99999999;&bogus;&#x;&amp&lt检查企业5家&nbsp;。</p>`), figures: 1 },
  { name: 'data-table-only.html', content: html('<table><tr><td>检查企业</td><td>5家</td></tr></table>'), figures: 1 },
  { name: 'long-number.txt', content: `共${'9'.repeat(100_000)}家。检查企业5家。`, figures: 1 },
  { name: 'chinese-numeral-run.txt', content: `${'一二三四五六七八九十百千万亿'.repeat(8000)}家。检查企业5家。`, figures: 1 },
  { name: 'headings-100000.txt', content: Array.from({ length: 100_000 }, (_, i) => `${(i % 9) + 1}.标题`).join('\n'), figures: 0 },
  { name: 'figures-100000.txt', content: '检查企业5家，'.repeat(100_000), figures: 100_000 },
  { name: 'zero-width-and-bidi.txt', content: `检查\u200b企业\u202e5家\u200f。\ufeff罚款3万元。`, figures: 2 },
  { name: 'control-characters.txt', content: `检查企业5家。\u0007\u001b[31m罚款3万元。\u0008`, figures: 2 },
  { name: 'name with spaces.txt', content: seed, figures: 'seed' },
  { name: 'quote\'s "name".txt', content: seed, figures: 'seed' },
  { name: '中文文件名.txt', content: seed, figures: 'seed' },
  { name: '-leading-dash.txt', content: seed, figures: 'seed' },
  { name: 'link-to-a-report.txt', link: '中文文件名.txt', figures: 'seed' },
  { name: 'random-bytes.txt', content: random(64 * 1024), fails: 'binary' },
  { name: 'nul-bytes-in-text.txt', content: Buffer.concat([Buffer.from(seed.slice(0, 100)), Buffer.from([0, 0, 0]), Buffer.from(seed.slice(100))]), fails: 'binary' },
  { name: 'png-image.txt', content: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), random(2048)]), fails: 'binary' },
  { name: 'jpeg-image.html', content: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), random(2048)]), fails: 'binary' },
  { name: 'gif-image.txt', content: Buffer.concat([Buffer.from('GIF89a'), random(1024)]), fails: 'binary' },
  // a PDF or Word file is told by its bytes, whatever its name: these are read by their stage, and broken
  { name: 'pdf-document.txt', content: Buffer.concat([Buffer.from('%PDF-1.7\n'), random(2048)]), fails: 'broken' },
  { name: 'broken-word.docx', content: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml'), random(512)]), fails: 'broken' },
  { name: 'broken-word97.doc', content: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from('WordDocument', 'utf16le'), random(2048)]), fails: 'broken' },
  { name: 'zip-archive.txt', content: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), deflateRawSync(Buffer.from(seed))]), fails: 'binary' },
  { name: 'gzip-archive.html', content: gzipSync(Buffer.from(seedHtml)), fails: 'binary' },
  { name: 'word97-document.txt', content: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), random(2048)]), fails: 'binary' },
  { name: 'over-max-size.txt', size: 50 * 1024 * 1024 + 1, fails: 'too-large' },
  { name: 'symlink-loop.txt', link: 'symlink-loop.txt', fails: 'symlink-loop' },
  { name: 'dangling-link.txt', link: 'no-such-target.txt', fails: 'not-found' },
  { name: 'fifo.txt', fifo: true, fails: 'not-a-file' },
  { name: 'unreadable.txt', content: seed, mode: 0o000, fails: process.getuid?.() === 0 ? undefined : 'unreadable', figures: process.getuid?.() === 0 ? 'seed' : undefined },
];

/** Collections and paths named on the command line, not found in a folder. */
export const NAMED = [
  { name: 'unclosed-quote.csv', content: 'content\n检查企业5家。\n"never closed,\n', fails: 'bad-row', figures: 1 },
  { name: 'invalid-json-line.jsonl', content: '{"content":"检查企业5家。"}\n{not json\n{"content":"罚款3万元。"}\n', fails: 'bad-row', figures: 2 },
  { name: 'no-text-column.csv', content: 'title,url\n报告,http://x\n', fails: 'no-text-column', figures: 0 },
  { name: 'million-figures.txt', content: '检查企业5家，'.repeat(1_000_000), fails: 'timeout' },
];

export function makeCorpus(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'folder'), { recursive: true });
  mkdirSync(join(dir, 'named'), { recursive: true });
  for (const k of KINDS) {
    const path = join(dir, 'folder', k.name);
    if (k.link) symlinkSync(k.link, path);
    else if (k.fifo) execFileSync('mkfifo', [path]);
    else if (k.size) writeFileSync(path, Buffer.alloc(k.size, 0x41));
    else writeFileSync(path, k.content);
    if (k.mode !== undefined) chmodSync(path, k.mode);
  }
  // a folder that links to itself: walking it must not loop
  symlinkSync('.', join(dir, 'folder', 'loop-dir'));
  for (const k of NAMED) writeFileSync(join(dir, 'named', k.name), k.content);
  return { folder: join(dir, 'folder'), named: NAMED.map((k) => join(dir, 'named', k.name)) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? join(root, 'fixtures', 'bad', 'generated'));
  makeCorpus(dir);
  console.log(`${KINDS.length + NAMED.length} kinds written under ${dir}`);
}
