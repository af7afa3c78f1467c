// The rules of the layout (README, "How the code is laid out"), checked on the source itself: a
// newcomer who trusts the map is not misled.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));
const all = files(src).map((f) => relative(src, f).split(sep).join('/'));
/** The folder a file belongs to ('' for src/pipeline.ts and the like). */
const folderOf = (file: string) => (file.includes('/') ? file.split('/')[0] : '');
/** Folders that are not stages: the language tables, the record's schema, the command line, the writers. */
const NOT_STAGES = new Set(['lang', 'record', 'cli', 'emit', '']);
const stages = [...new Set(all.map(folderOf))].filter((f) => !NOT_STAGES.has(f));

/** Every relative import of a file, resolved to a path under src/ (.js → .ts). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(src, file), 'utf8');
  const found = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g), ...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)];
  return found.map((m) => relative(src, resolve(dirname(join(src, file)), m[1])).split(sep).join('/').replace(/\.js$/, '.ts'));
}

/** The code of a file without its comments (a rough lexer: enough for the literals the rule is about). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[^]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const CJK_OR_FULLWIDTH = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** A line of record/ that holds a field's description: the README's words, examples included. */
const DESCRIPTION = /^\s*description: '/;

describe('the layout', () => {
  it('has the stages it names', () => expect(stages).toEqual(expect.arrayContaining(['extract', 'meaning', 'check', 'meta', 'segment', 'clean'])));

  it('lang/ imports nothing of the engine', () => {
    const outside = all.filter((f) => folderOf(f) === 'lang').flatMap((f) => importsOf(f).filter((i) => folderOf(i) !== 'lang').map((i) => `${f} → ${i}`));
    expect(outside).toEqual([]);
  });

  it('record/ imports nothing but lang/', () => {
    const outside = all.filter((f) => folderOf(f) === 'record').flatMap((f) => importsOf(f).filter((i) => !['lang', 'record'].includes(folderOf(i))).map((i) => `${f} → ${i}`));
    expect(outside).toEqual([]);
  });

  it('no stage imports the command line or the writers', () => {
    const wrong = all.filter((f) => stages.includes(folderOf(f))).flatMap((f) => importsOf(f).filter((i) => ['cli', 'emit'].includes(folderOf(i))).map((i) => `${f} → ${i}`));
    expect(wrong).toEqual([]);
  });

  it('reaches another stage only through its index', () => {
    const wrong = all.flatMap((f) => importsOf(f)
      .filter((i) => stages.includes(folderOf(i)) && folderOf(i) !== folderOf(f) && !/^[^/]+\/(?:index|types)\.ts$/.test(i))
      .map((i) => `${f} → ${i}`));
    expect(wrong).toEqual([]);
  });

  it('holds no Chinese or fullwidth literal outside lang/ (comments, and the command line help and the record\'s descriptions quoting examples, aside)', () => {
    const wrong = all.filter((f) => !['lang', 'cli'].includes(folderOf(f)))
      .flatMap((f) => withoutComments(readFileSync(join(src, f), 'utf8')).split('\n').map((line, n) => [f, n, line] as const))
      .filter(([f, , line]) => CJK_OR_FULLWIDTH.test(line) && !(folderOf(f) === 'record' && DESCRIPTION.test(line)))
      .map(([f, n, line]) => `${f}:${n + 1}: ${line.trim().slice(0, 80)}`);
    expect(wrong).toEqual([]);
  });

  it('can fail: the rules see a literal and a reaching import when there is one', () => {
    expect(CJK_OR_FULLWIDTH.test(withoutComments("const x = '罚款'; // 注释"))).toBe(true);
    expect(CJK_OR_FULLWIDTH.test(withoutComments("const x = 1; // 注释\n/* 注释 */"))).toBe(false);
    expect(/^[^/]+\/(?:index|types)\.ts$/.test('extract/label.ts')).toBe(false);
  });
});
