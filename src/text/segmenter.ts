/** The word segmenter (jieba), shared by labels and the full-text index's words. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';

export type { Jieba };

let jieba: Jieba | null = null;
/** The dictionary is loaded once per process, on first use (it costs ~0.2 s and ~100 MB). */
export function segmenter(): Jieba {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    // the dictionary file itself: '@node-rs/jieba/dict' would also read the 6 MB idf table labels never use
    jieba = JiebaClass.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
  }
  return jieba;
}

/** Loads the dictionary now rather than on the first figure. */
export function warmUp(): void {
  segmenter();
}
