// Writes the index of lone reports' dictionaries beside the bundle (dist/dictionary/): see
// src/text/dictionary.ts. Run by `npm run build`, after the compiler.
import { createRequire } from 'node:module';
import { writeDictionaryIndex } from '../dist/text/dictionary.js';

writeDictionaryIndex(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), new URL('../dist/dictionary/', import.meta.url).pathname);
