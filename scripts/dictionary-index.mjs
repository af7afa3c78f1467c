// Writes the index of lone reports' dictionaries beside the bundles (dist/cli/dictionary/): see
// src/text/dictionary.ts. Run by `npm run build`, after the compiler.
import { createRequire } from 'node:module';
import { writeDictionaryIndex } from '../dist/text/dictionary.js';
import { TERM_LINES } from '../dist/text/segmenter.js';

writeDictionaryIndex(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), TERM_LINES, new URL('../dist/cli/dictionary/', import.meta.url).pathname);
