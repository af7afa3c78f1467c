// File names that are not UTF-8 (GBK, as a zip made on Windows leaves them): placed below their input
// folder by their readable names, opened by their bytes, and found again by the readable name alone.
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { existingPath, expandInputs, fsPath, type FileSource } from '../src/ingest/index.js';

const GBK_REPORT = Buffer.from([0xb1, 0xa8, 0xb8, 0xe6]); // 报告
const GBK_FOLDER = Buffer.from([0xb5, 0xd8, 0xb7, 0xbd]); // 地方
const GBK_LINK = Buffer.from([0xc1, 0xb4]); // 链
const bytes = (...parts: Array<string | Buffer>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));

/** A folder holding 地方/报告.txt and 地方/A\xff.txt, both folder and names in bytes that are not UTF-8. */
function zip(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'govmine-names-')));
  mkdirSync(bytes(dir, '/', GBK_FOLDER));
  writeFileSync(bytes(dir, '/', GBK_FOLDER, '/', GBK_REPORT, '.txt'), '罚款5万元。');
  writeFileSync(bytes(dir, '/', GBK_FOLDER, '/A', Buffer.from([0xff]), '.txt'), '罚款3万元。');
  return dir;
}

describe('names that are not UTF-8', () => {
  it('are placed below their input folder by their readable names, and opened by their bytes', async () => {
    const dir = zip();
    const { sources } = await expandInputs([dir]);
    expect(sources.map((s) => [s.root, s.name])).toEqual([[dir, '地方/A\\xff.txt'], [dir, '地方/报告.txt']]);
    expect(readFileSync(fsPath(sources[1] as FileSource), 'utf8')).toBe('罚款5万元。');
    // a file named by its bytes stands in its own folder, named readably
    const named = await expandInputs([bytes(dir, '/', GBK_FOLDER, '/', GBK_REPORT, '.txt')]);
    expect(named.sources.map((s) => [s.id, s.root, s.name, s.input])).toEqual([[`${dir}/地方/报告.txt`, `${dir}/地方`, '报告.txt', `${dir}/地方/报告.txt`]]);
    expect(named.inputs).toEqual([`${dir}/地方/报告.txt`]);
    // and so does a folder named by its bytes; through a link, under the folder it links to
    const folder = await expandInputs([bytes(dir, '/', GBK_FOLDER)]);
    expect(folder.sources.map((s) => [s.root, s.name])).toEqual([[`${dir}/地方`, 'A\\xff.txt'], [`${dir}/地方`, '报告.txt']]);
    symlinkSync(GBK_FOLDER, bytes(dir, '/', GBK_LINK));
    const linked = await expandInputs([bytes(dir, '/', GBK_LINK, '/', GBK_REPORT, '.txt')]);
    expect(linked.sources.map((s) => [s.id, s.root, s.name])).toEqual([[`${dir}/链/报告.txt`, `${dir}/地方`, '报告.txt']]);
  });

  it('are found again by their readable names, each folder and name by its own spelling', () => {
    const dir = zip();
    expect(existingPath(dir)).toBe(dir);
    expect(existingPath(`${dir}/地方/报告.txt`)).toEqual(bytes(dir, '/', GBK_FOLDER, '/', GBK_REPORT, '.txt'));
    expect(existingPath(`${dir}/地方/A\\xff.txt`)).toEqual(bytes(dir, '/', GBK_FOLDER, '/A', Buffer.from([0xff]), '.txt'));
    expect(existingPath(`${dir}/地方/报告.html`)).toBeNull();
    expect(existingPath(`${dir}/别处/报告.txt`)).toBeNull();
  });
});
