/**
 * Labelling: the short phrase naming what a figure counts, from the jieba tokens of its clause,
 * and the canonical indicator it maps to.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { INDICATORS, LABEL_STOPWORDS } from '../lang/zh/indicators.js';
import type { Category } from './types.js';

/** A word as labels see it: what jieba tags it, and what that makes it for a label. */
interface Token {
  word: string;
  tag: string;
  /** a word a label may hold (see isContent), not a stopword, no digit */
  content: boolean;
  verb: boolean;
}

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

/** Part-of-speech tags of words that can name what is counted: nouns, verbs, verbal nouns, names. */
const CONTENT_TAG = /^(?:n|v|vn|nz|ns|nt|nr|l|j|i|an|a|b|r|eng)/;
const VERB_TAG = /^v/;
/** jieba tags words it does not know as x, like punctuation; a run of Chinese characters is still a word. */
const isContent = (word: string, tag: string) => CONTENT_TAG.test(tag) || (tag === 'x' && /^[\u4e00-\u9fff]+$/.test(word));
const STOP = new Set(LABEL_STOPWORDS);

/**
 * jieba's tag of a word is its dictionary entry, whatever surrounds it, and tag() cuts exactly as
 * cut() does. So words are cut (half the cost) and their tokens, tag and what it makes them, come
 * from what earlier calls said; a clause holding a word not yet seen is tagged whole once. Limited,
 * so that a long run stays bounded.
 */
const tokenOf = new Map<string, Token>();
const TAGS_KEPT = 200_000;

function tag(text: string): Token[] {
  if (!text) return [];
  const jieba = segmenter();
  const words = jieba.cut(text, true);
  const tokens: Token[] = [];
  for (const word of words) {
    const known = tokenOf.get(word);
    if (known === undefined) return tagWhole(jieba, text);
    tokens.push(known);
  }
  return tokens;
}

function tagWhole(jieba: Jieba, text: string): Token[] {
  const tagged = jieba.tag(text, true);
  if (tokenOf.size + tagged.length > TAGS_KEPT) tokenOf.clear();
  return tagged.map(({ word, tag }) => {
    const token = { word, tag, content: isContent(word, tag) && !STOP.has(word) && !/[\d%]/.test(word), verb: VERB_TAG.test(tag) };
    tokenOf.set(word, token);
    return token;
  });
}

/**
 * Content words next to the figure. Labels read as verb + object (巡查企业, 培训各类人员): walking back
 * from the figure, the run ends at the first verb once it holds an object.
 */
function contentRun(tokens: Token[], fromEnd: boolean, max: number, nounsOnly = false): string[] {
  const words: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[fromEnd ? tokens.length - 1 - k : k];
    if (!t.content || (nounsOnly && t.verb)) {
      if (words.length === 0) continue;
      break;
    }
    words.push(t.word);
    if (words.length >= max || (fromEnd && words.length >= 2 && t.verb)) break;
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
  let last: Token | undefined;
  for (let k = tokens.length - 1; k >= 0 && !last; k--) if (tokens[k].tag !== 'x' || tokens[k].word.trim()) last = tokens[k];
  const run = last?.tag === 'p' ? [] : contentRun(tokens, true, 3);
  const lonelyVerb = run.length === 1 && tokens.find((t) => t.word === run[0])!.verb;
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
