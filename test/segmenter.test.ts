// A lone report's own dictionary (src/text/dictionary.ts): it cuts, tags and indexes every text as
// the whole dictionary does, so one report read alone gives the same records, only sooner.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentJson } from '../src/emit/index.js';
import { processDocument } from '../src/pipeline.js';
import { openDictionaryIndex, writeDictionaryIndex } from '../src/text/dictionary.js';
import { segmenter, useOwnDictionary } from '../src/text/index.js';
import { TERM_LINES } from '../src/text/segmenter.js';

const dictionary = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
const fixtures = new URL('../fixtures/', import.meta.url);
const reports = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort();
const index = mkdtempSync(join(tmpdir(), 'govmine-dictionary-'));

describe('a lone report\'s own dictionary', () => {
  beforeAll(() => {
    writeDictionaryIndex(dictionary, TERM_LINES, index);
    useOwnDictionary(index);
  });

  it('is used: jieba holds only the entries the texts cut so far need', () => {
    const own = segmenter('行政复议案件');
    expect(own.cut('行政复议案件', false)).toEqual(['行政复议', '案件']);
    // 一丝不苟 was never asked for: the own dictionary does not know it, the whole does
    expect(own.cut('一丝不苟', false)).toEqual(['一', '丝', '不', '苟']);
    expect(segmenter('一丝不苟').cut('一丝不苟', false)).toEqual(['一丝不苟']);
    // and the terms jieba's file lacks, which both hold
    expect(segmenter('新增专精特新企业').cut('新增专精特新企业', false)).toEqual(['新增', '专精特新', '企业']);
  });

  it('cuts, tags and indexes every sentence of the reports as the whole dictionary does', () => {
    const whole = Jieba.withDict(readFileSync(dictionary));
    whole.loadDict(TERM_LINES);
    let sentences = 0;
    for (const name of reports) {
      for (const sentence of readFileSync(new URL(name, fixtures), 'utf8').split(/[。；\n]/).filter(Boolean)) {
        sentences++;
        expect(segmenter(sentence).tag(sentence, false)).toEqual(whole.tag(sentence, false));
        expect(segmenter(sentence).cutForSearch(sentence, false)).toEqual(whole.cutForSearch(sentence, false));
      }
    }
    expect(sentences).toBeGreaterThan(200);
  });

  it('gives every bundled report its golden records', () => {
    for (const name of reports) {
      const doc = processDocument({ id: name, path: name, bytes: readFileSync(new URL(name, fixtures)) }, { alone: true });
      const golden = readFileSync(new URL(name.replace(/\.txt$/, '.expected.json'), fixtures), 'utf8');
      expect(JSON.stringify({ ...documentJson(doc), text: doc.text }, null, 2) + '\n').toBe(golden);
    }
  });

  it('is never used for another dictionary than the one the index was made from', () => {
    const other = join(index, 'other.txt');
    writeFileSync(other, '行政复议 10 n\n');
    expect(openDictionaryIndex(other, TERM_LINES, index)).toBeNull();
    expect(openDictionaryIndex(dictionary, Buffer.from('专精特新 1 nz\n'), index)).toBeNull();
    expect(openDictionaryIndex(dictionary, TERM_LINES, join(index, 'missing'))).toBeNull();
    expect(openDictionaryIndex(dictionary, TERM_LINES, index)).not.toBeNull();
  });
});
