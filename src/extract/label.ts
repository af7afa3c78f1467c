/**
 * Labelling: the short phrase naming what a figure counts, from the jieba tokens of its clause,
 * and the canonical indicator it maps to.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { INDICATORS, LABEL_STOPWORDS } from '../lang/zh/indicators.js';
import type { Category } from './types.js';

interface Token { word: string; tag: string }

let jieba: Jieba | null = null;
/** The dictionary is loaded once per process, on first use (it costs ~0.2 s and ~100 MB). */
function segmenter(): Jieba {
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

/**
 * jieba's tag of a word is its dictionary entry, whatever surrounds it, and tag() cuts exactly as
 * cut() does. So words are cut (half the cost) and tagged from what earlier calls said; a clause
 * holding a word not yet seen is tagged whole once. Limited, so that a long run stays bounded.
 */
const tagOf = new Map<string, string>();
const TAGS_KEPT = 200_000;

function tag(text: string): Token[] {
  if (!text) return [];
  const jieba = segmenter();
  const words = jieba.cut(text, true);
  const tokens: Token[] = [];
  for (const word of words) {
    const known = tagOf.get(word);
    if (known === undefined) return tagWhole(jieba, text);
    tokens.push({ word, tag: known });
  }
  return tokens;
}

function tagWhole(jieba: Jieba, text: string): Token[] {
  const tokens = jieba.tag(text, true);
  if (tagOf.size + tokens.length > TAGS_KEPT) tagOf.clear();
  for (const t of tokens) tagOf.set(t.word, t.tag);
  return tokens;
}

/** Part-of-speech tags of words that can name what is counted: nouns, verbs, verbal nouns, names. */
const CONTENT_TAG = /^(?:n|v|vn|nz|ns|nt|nr|l|j|i|an|a|b|r|eng)/;
const VERB_TAG = /^v/;
/** jieba tags words it does not know as x, like punctuation; a run of Chinese characters is still a word. */
const isContent = (t: Token) => CONTENT_TAG.test(t.tag) || (t.tag === 'x' && /^[\u4e00-\u9fff]+$/.test(t.word));
const STOP = new Set(LABEL_STOPWORDS);

/**
 * Content words next to the figure. Labels read as verb + object (巡查企业, 培训各类人员): walking back
 * from the figure, the run ends at the first verb once it holds an object.
 */
function contentRun(tokens: Token[], fromEnd: boolean, max: number, nounsOnly = false): string[] {
  const seq = fromEnd ? [...tokens].reverse() : tokens;
  const words: string[] = [];
  for (const t of seq) {
    const stop = STOP.has(t.word) || !isContent(t) || /[\d%]/.test(t.word) || (nounsOnly && VERB_TAG.test(t.tag));
    if (stop) {
      if (words.length === 0) continue;
      break;
    }
    words.push(t.word);
    if (words.length >= max || (fromEnd && words.length >= 2 && VERB_TAG.test(t.tag))) break;
  }
  if (fromEnd) words.reverse();
  return words;
}

/**
 * The label: up to three content words before the figure in its clause (立案查处, 培训各类人员). When
 * those are only a verb (选派2名业务骨干) or a preposition (对162家企业), the nouns after the figure
 * name what is counted.
 */
export function labelFor(before: string, after: string): string {
  const tokens = tag(before);
  const last = tokens.filter((t) => t.tag !== 'x' || t.word.trim()).at(-1);
  const run = last?.tag === 'p' ? [] : contentRun(tokens, true, 3);
  const lonelyVerb = run.length === 1 && VERB_TAG.test(tokens.find((t) => t.word === run[0])?.tag ?? '');
  if (run.length > 0 && !lonelyVerb) return run.join('');
  const nouns = contentRun(tag(after), false, 2, true);
  return run.join('') + nouns.join('');
}

/** The canonical indicator for a figure, from its label first and its clause second. */
export function indicatorFor(category: Category, label: string, clause: string): string {
  for (const source of [label, clause]) {
    const hit = INDICATORS.find((e) => e.categories.includes(category) && e.keywords.some((k) => source.includes(k)));
    if (hit) return hit.indicator;
  }
  return '';
}
