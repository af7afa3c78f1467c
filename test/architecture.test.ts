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
/** Folders that are not stages: the language tables, the text layer, the record's schema, the command line, the writers. */
const NOT_STAGES = new Set(['lang', 'text', 'record', 'cli', 'emit', '']);
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

/**
 * What each stage offers the others: its entry functions (and, for the stages that several commands
 * drive, the few functions around them). A helper other stages need belongs in the text layer (text/).
 */
const ENTRIES: Record<string, readonly string[]> = {
  ingest: ['expandInputs', 'readDocuments', 'readFileSource', 'inShard', 'digest', 'documentOrder', 'placeOf', 'COLLECTION_EXTENSIONS', 'fsPath', 'existingPath'],
  decode: ['decodeBytes', 'documentFormat', 'mayBeDocument', 'knownEncoding', 'gb18030'],
  pdf: ['readPdf'],
  word: ['readDoc', 'readDocx'],
  html: ['htmlToText', 'looksLikeHtml'],
  clean: ['cleanText', 'foldForMatching', 'toSimplified', 'writtenAs'],
  meta: ['readMetaWithSources'],
  segment: ['segmentText', 'sectionLocator'],
  extract: ['extractIndicators'],
  frame: ['timeFrames'],
  meaning: ['relateFigures'],
  check: ['checkDocument'],
  dedupe: ['DuplicateIndex', 'signature'],
  panel: ['buildPanel', 'widen', 'yearsOf', 'panelDocument', 'recordsOf'],
  dataset: ['DatasetSync', 'mergeDatasets', 'readDocuments', 'searchDataset', 'matchExpression', 'documentRows', 'sha256Of', 'isDataset', 'DatasetError', 'SearchIndexKept', 'searchWords', 'RECORD_VIEW_COLUMNS'],
};

/** [module, name] for each value (not a type) a file imports from a relative module, the module resolved under src/. */
function importedValues(text: string, file: string): [string, string][] {
  return [...withoutComments(text).matchAll(/(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s+'(\.[^']+)'/g)].flatMap((m) => {
    const from = relative(src, resolve(dirname(join(src, file)), m[2])).split(sep).join('/').replace(/\.js$/, '.ts');
    return m[1].split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type ')).map((n) => [from, n.split(/\s+as\s+/)[0]] as [string, string]);
  });
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

  it('the text layer imports only the language tables and itself', () => {
    const outside = all.filter((f) => folderOf(f) === 'text').flatMap((f) => importsOf(f).filter((i) => !['lang', 'text'].includes(folderOf(i))).map((i) => `${f} → ${i}`));
    expect(outside).toEqual([]);
  });

  it('takes from another stage only its entry functions and its types', () => {
    const wrong = all.flatMap((f) => importedValues(readFileSync(join(src, f), 'utf8'), f)
      .filter(([from, name]) => stages.includes(folderOf(from)) && folderOf(from) !== folderOf(f) && !(ENTRIES[folderOf(from)] ?? []).includes(name))
      .map(([from, name]) => `${f} takes ${name} from ${from}`));
    expect(wrong).toEqual([]);
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
    expect(importedValues("import { a, type B } from '../extract/index.js';\nimport type { C } from '../meaning/index.js';\nimport { d as e } from './x.js';", 'check/index.ts'))
      .toEqual([['extract/index.ts', 'a'], ['check/x.ts', 'd']]);
  });
});
