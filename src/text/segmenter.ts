/** The word segmenter (jieba), shared by labels and the full-text index's words. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Jieba } from '@node-rs/jieba';
import { holdsFiller, newKeys, openDictionaryIndex, type DictionaryIndex } from './dictionary.js';
import { TERMS } from '../lang/zh/terms.js';

export type { Jieba };

const require = createRequire(import.meta.url);
const jiebaClass = () => (require('@node-rs/jieba') as typeof import('@node-rs/jieba')).Jieba;
// the dictionary file itself: '@node-rs/jieba/dict' would also read the 6 MB idf table labels never use
const dictionaryFile = () => require.resolve('@node-rs/jieba/dict.txt');
/** The terms jieba's dictionary lacks, as lines of it: both the whole dictionary and its index hold them. */
export const TERM_LINES = Buffer.from(TERMS.words.map((w) => `${w} ${TERMS.frequency} nz\n`).join(''));
/** Where `npm run build` writes the dictionary's index: beside the bundles (dist/cli/), which hold this module. */
const INDEX = fileURLToPath(new URL('./dictionary/', import.meta.url));

let whole: Jieba | null = null;
/** A lone report's dictionary: the groups of the texts it has cut so far (see dictionary.ts). */
let lone: { jieba: Jieba; index: DictionaryIndex; keys: Set<number>; held: number } | null = null;

/**
 * The segmenter for a text: where the process reads one report, its own dictionary, taking in the
 * entries the text may need; else the whole dictionary, loaded once per process on first use (~0.1 s
 * and ~100 MB). Either cuts the text the same.
 */
export function segmenter(text: string): Jieba {
  if (lone && !holdsFiller(text)) {
    const keys = newKeys(lone.keys, text);
    if (keys.length > 0) {
      const { lines, frequencies } = lone.index.entries(keys);
      lone.held += frequencies;
      lone.jieba.loadDict(Buffer.concat([lines, lone.index.filler(lone.held)]));
    }
    return lone.jieba;
  }
  warmUp();
  return whole!;
}

/**
 * Cuts words, from now on, with a dictionary that takes in only the entries the texts cut need: for
 * a process that reads one report, whose words then cost milliseconds instead of the whole
 * dictionary's ~0.1 s. `index`: the index's folder; without one, the whole dictionary stays.
 */
export function useOwnDictionary(index = INDEX): void {
  if (whole || lone) return;
  const found = openDictionaryIndex(dictionaryFile(), TERM_LINES, index);
  if (found) lone = { jieba: new (jiebaClass())(), index: found, keys: new Set(), held: 0 };
}

/** Loads the whole dictionary now rather than on the first figure (a worker, which reads many reports). */
export function warmUp(): void {
  if (whole) return;
  // the terms loaded after the file (not copied onto its 5 MB): jieba sums the total anew
  whole = jiebaClass().withDict(readFileSync(dictionaryFile()));
  whole.loadDict(TERM_LINES);
}
