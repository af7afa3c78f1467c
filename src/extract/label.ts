/**
 * Labelling: the short phrase naming what a figure counts, from the jieba tokens of its clause,
 * and the canonical indicator it maps to.
 */
import { approxMarkers } from '../lang/zh/approx.js';
import { CHANGE_FROM, CHANGE_TO, CHANGE_WORDS, COMPARED_CHANGE_WORDS } from '../lang/zh/change.js';
import { INDICATORS, type IndicatorEntry } from '../lang/zh/indicators.js';
import {
  AGE_GROUP, AGENTS, BRACKETED_RATE, CARRIED_OVER, OBJECT_FIRST, PULLED_GROWTH, REMAINDER, ASIDE_CLOSE, ASIDE_OPEN, ASPECT, GENERIC_TOTALS, GOVERNING, LEVEL, MILESTONES, PAIRED_SUBJECTS, PART_OF_YEAR, QUALIFIER, COMPARISON, CONJUNCTIONS, LABEL_STOPWORDS, LINKING, HEAD_FOLLOWS, PLAN_SPAN_IN_WORDS,
  APPOSED_ABBREVIATION, CIRCUMSTANCE, CLASS_RANK, LATIN_JOINED, NOUNS_TAGGED_OTHERWISE, DELIBERATED, INSTRUCTED, SHARE_OF_FOLLOWING, NET_CHANGE, RANK_CLAUSE, LINK_ENDED, PLAN_SHARE, MEASURE_VERBS, METHOD_CLAUSE, NEGATIONS, NOUN_SUFFIXES, PER_UNIT, RATE_OF, PHRASE_END, QUANTITIES, QUOTES, RELATIVE, RESPECTIVELY, SHARE, VERB_JOINERS,
} from '../lang/zh/labels.js';
import { anyOf, noneOf, oneOf } from '../lang/build.js';
import { MASKS, RATE_DENOMINATOR } from '../lang/zh/masks.js';
import { TITLE_YEAR } from '../lang/zh/meta.js';
import { YEAR_SUFFIX } from '../lang/zh/display.js';
import { ARABIC_SCALES, MINUS, PLAIN_DIGIT_CHARS, PLAIN_SMALL_UNIT_CHARS, WAN, YI } from '../lang/zh/numerals.js';
import { CLAUSE_BREAK_CHARS, LIST_COMMA } from '../lang/zh/punctuation.js';
import { HAN, HAN_RANGE, HAN_RUN } from '../lang/zh/script.js';
import { PER_MARKS, PER_UNIT_DENOMINATORS, TIMES, UNITS } from '../lang/zh/units.js';
import type { Category } from './types.js';
import { segmenter, withoutScope, type Jieba } from '../text/index.js';
import { SETTINGS } from '../lang/zh/settings.js';
import { PARTS_OPENING } from '../lang/zh/check.js';

/** A word as labels see it: what jieba tags it, and what that makes it for a label. */
interface Token {
  word: string;
  tag: string;
  /** a word a label may hold: Chinese, not a function word, not a stopword, no numeral */
  content: boolean;
  /** a bound form (see BOUND_TAG): content when it stands next to a content word, not after a number */
  bound: boolean;
  number: boolean;
  /** a place, organisation or person name */
  proper: boolean;
  /** can head a noun phrase (a noun, a verbal noun, a bound noun such as 率) */
  noun: boolean;
  /** a verb, not a verbal noun */
  verb: boolean;
  /** a verbal noun (vn): a verb when an object follows it, a noun otherwise */
  verbal: boolean;
  /** what a rate is per (每万人口): read whole with its noun, as long as a list may run */
  denominator?: boolean;
}

/** Tags of words that never name anything: prepositions, conjunctions, particles, adverbs, locatives, punctuation. */
const FUNCTION_TAG = /^(?:p|c|u|e(?!ng)|y|o|f|w)/;
/**
 * Tags of bound forms (measure words, morphemes, prefixes: 举报件, 通航点, 非遗), and tags jieba gives
 * a few nouns by mistake (层次/m): part of a word when they stand next to one, a measure word after a number.
 */
const BOUND_TAG = /^(?:q|zg|ng|m|h|k|g|tg|vg|ag|dg|nrfg|d)$/;
/** Tags of words that can head a noun phrase. */
const NOUN_TAG = /^(?:n|vn|nz|ns|nt|nr|l|j|i|an|eng)/;
/** The segmenter's tags of a noun bound to the word next to it (村 of 村“两委”). */
const NOUN_MORPHEME_TAG = /^(?:ng|zg)$/;
const PROPER_TAG = /^(?:ns|nt|nr)/;
/** An idiom (全面完成, 有序推进): a noun when it heads a phrase, the predicate when it closes a clause. */
const IDIOM_TAG = 'l';
const VERB_TAG = /^v(?!n)/;
const LATIN_TAG = 'eng';
const LOCATIVE_TAG = 'f';
/** The segmenter's tag of a plain noun (规 of 规上, cut as 规 上). */
const NOUN_CHAR_TAG = 'n';
const ADVERB_TAG = 'd';
const PREPOSITION_TAG = 'p';
const PUNCTUATION_TAG = 'x';
const NUMERAL_TAG = 'm';
const ADJECTIVE_TAG = 'a';
/** A word that only qualifies a noun (省级, 总): never a subject. */
const ATTRIBUTE_TAG = 'b';
const NUMERAL = new RegExp(`[\\d%.]|${anyOf(PLAIN_DIGIT_CHARS + PLAIN_SMALL_UNIT_CHARS + WAN + YI)}`);
const STOP = new Set(LABEL_STOPWORDS.words);
const NOUNS_RETAGGED = new Set(NOUNS_TAGGED_OTHERWISE.words);
const SUFFIX = new Set(NOUN_SUFFIXES.words);

/**
 * jieba's tag of a word is its dictionary entry, whatever surrounds it, and tag() cuts exactly as
 * cut() does. So words are cut (half the cost) and their tokens, tag and what it makes them, come
 * from what earlier calls said; a clause holding a word not yet seen is tagged whole once. Limited,
 * so that a long run stays bounded. Words are cut by the dictionary alone: its guesses at unknown
 * words glue a word to the particle after it (率达, 数由), where labels need the two apart.
 */
const tokenOf = new Map<string, Token>();
const TAGS_KEPT = 200_000;

function tag(text: string): Token[] {
  if (!text) return [];
  const jieba = segmenter(text);
  const words = jieba.cut(text, false);
  const tokens: Token[] = [];
  for (const word of words) {
    const known = tokenOf.get(word);
    if (known === undefined) return tagWhole(jieba, text);
    tokens.push(known);
  }
  return tokens;
}

function tagWhole(jieba: Jieba, text: string): Token[] {
  const tagged = jieba.tag(text, false);
  if (tokenOf.size + tagged.length > TAGS_KEPT) tokenOf.clear();
  return tagged.map(({ word, tag: tagged_ }) => {
    const tag = NOUNS_RETAGGED.has(word) ? NOUN_CHAR_TAG : tagged_;
    const suffix = SUFFIX.has(word);
    // a word in Latin letters is an indicator's abbreviation (GDP, CPI)
    const word_ = (HAN_RUN.test(word) || tag === LATIN_TAG) && (suffix || (!STOP.has(word) && !FUNCTION_TAG.test(tag)));
    const number = NUMERAL.test(word) && [...word].every((c) => NUMERAL.test(c));
    const bound = word_ && !number && (suffix || BOUND_TAG.test(tag));
    const token: Token = {
      word,
      tag,
      content: word_ && !bound && !number,
      bound,
      number: number || /\d/.test(word),
      noun: suffix || bound || NOUN_TAG.test(tag) || tag === 'x',
      proper: PROPER_TAG.test(tag),
      verb: !suffix && VERB_TAG.test(tag),
      verbal: tag === 'vn',
    };
    tokenOf.set(word, token);
    return token;
  });
}

/** The words of tokens, as written. */
const spelled = (tokens: Token[]) => tokens.map((t) => t.word).join('');

/**
 * The tokens of a text (see plainWords); a class numbered in Roman numerals (Ⅰ—Ⅲ类) is one attribute,
 * and a code of letters and digits (PM2.5, 5G) one noun, not a number.
 */
function words(text: string): Token[] {
  const pieces = text.split(CLASS_RANKS);
  if (pieces.length === 1) return codedWords(text);
  return pieces.flatMap((piece, j) => (j % 2 === 0 ? codedWords(piece) : [{ ...NOUN_TOKEN, word: piece, tag: ATTRIBUTE_TAG, noun: false }]));
}

function codedWords(text: string): Token[] {
  const pieces = text.split(LATIN_CODES);
  return pieces.length === 1 ? plainWords(text) : pieces.flatMap((piece, j) => (j % 2 === 0 ? plainWords(piece) : [{ ...NOUN_TOKEN, word: piece, tag: LATIN_TAG }]));
}

/** The segmenter's tokens of a text, bound forms made content where they stand next to a word (举报件, 非遗) and not after a number. */
function plainWords(text: string): Token[] {
  const tokens = tag(text);
  return tokens.map((t, k) => {
    if (!t.bound) return t;
    const previous = tokens[k - 1];
    const next = tokens[k + 1];
    if (previous?.number) return t;
    // an adverb is a word only as a modifier of the noun after it (执法证到期人员)
    if (t.tag === 'd') return next?.content && next.noun ? { ...t, content: true, noun: false } : t;
    return previous?.content || next?.content ? { ...t, content: true } : t;
  });
}


/** A figure written before the phrase's number in the same clause (9.5万亿元、增长4.4%): its number, scale and unit. */
const UNIT_NAMES = oneOf(UNITS.map((u) => u.unit));
const INSIDE = anyOf(approxMarkers('inside').join(''));
const SCALE = anyOf(Object.keys(ARABIC_SCALES).join(''));
const AFTER = oneOf(approxMarkers('after'));
const WRITTEN = anyOf(PLAIN_DIGIT_CHARS + PLAIN_SMALL_UNIT_CHARS + WAN);
/** What a rate is per, after its unit (796元/月, 0.5毫克每升). */
const PER = `(?:${oneOf(PER_MARKS)})(?:${oneOf(PER_UNIT_DENOMINATORS)})`;
/** A figure ending a clause, a negative rate's sign with it (贡献率分别为75.3%、-14.5%、). */
const FIGURE_TAIL = `(?:${MINUS}?\\d[\\d.]*${INSIDE}?${SCALE}*(?:(?:${UNIT_NAMES})(?:${PER})?)?|${WRITTEN}+${INSIDE}?(?:${UNIT_NAMES}))${AFTER}?`;
const APPROX_BEFORE = approxMarkers('before');
/** Change words of two characters or more: one character (多, 少) ends too many words to cut. */
const CHANGE = CHANGE_WORDS.map((c) => c.word).filter((w) => w.length > 1);
const LINK_TAIL = new RegExp(
  `(?:${oneOf([...LINKING.words, ...CHANGE, ...APPROX_BEFORE])}|(?:${COMPARISON.pattern})(?:${oneOf(COMPARED_CHANGE_WORDS.map((c) => c.word))})|${COMPARISON.pattern}|${PER_UNIT.pattern}|${METHOD_CLAUSE.pattern}|${CIRCUMSTANCE.pattern}|${APPOSED_ABBREVIATION.pattern}|${FIGURE_TAIL}|${oneOf(CONJUNCTIONS.words)}|\\s+)$`,
);
const RESPECTIVELY_AT = new RegExp(`(?:${oneOf(RESPECTIVELY.words)})(?!.*(?:${oneOf(RESPECTIVELY.words)}))`);
// the figures of a list, not a year it compares with (是2016年的1.4倍和1.5倍: two)
const NUMBER_RUN = new RegExp(`(?<![\\d.])\\d[\\d.]*(?![\\d.]|${YEAR_SUFFIX})`, 'g');
// (a share word may end the words before its figure: 男性233123人、占52.47%)
const SHARE_AT = new RegExp(`(?:${oneOf(SHARE.words)})(?=${oneOf(SHARE.wholes)}|(?!${anyOf(SHARE.notBefore)}).|$)`, 'g');
const SHARE_NOUN_END = new RegExp(`(?:${oneOf(SHARE.nouns)})$`);
const QUANTITY_END = new RegExp(`(?:${oneOf(QUANTITIES.words)})$`);
const CLAUSE_SPLIT = new RegExp(anyOf(CLAUSE_BREAK_CHARS));
const AGE_GROUP_END = new RegExp(AGE_GROUP.pattern);
const DELIBERATION = new RegExp(`^${oneOf(DELIBERATED.words)}`);
const INSTRUCTION = new RegExp(INSTRUCTED.pattern);
const NET_CHANGE_ALONE = new RegExp(`^(?:${oneOf(NET_CHANGE.words)})$`);
const CARRIED_OVER_END = new RegExp(CARRIED_OVER.pattern);
const YEAR_NAMED = new RegExp(TITLE_YEAR.source, 'g');
const LEADING_YEAR = new RegExp(`^${TITLE_YEAR.source}`);
const REMAINDER_ONLY = new RegExp(`^(?:${oneOf(REMAINDER.words)})?$`);
const BRACKETED_RATE_END = new RegExp(BRACKETED_RATE.pattern);
const ASIDE = new RegExp(`${anyOf(ASIDE_OPEN)}${noneOf(ASIDE_OPEN + ASIDE_CLOSE)}{0,${SETTINGS.ASIDE_MAX_CHARS.value}}${anyOf(ASIDE_CLOSE)}`, 'g');
const LEADING_ASIDE = new RegExp(`^${anyOf(ASIDE_OPEN)}${noneOf(ASIDE_OPEN + ASIDE_CLOSE)}{0,${SETTINGS.LEADING_ASIDE_MAX_CHARS.value}}${anyOf(ASIDE_CLOSE)}`);
const ONE_CHAR_ASIDE = new RegExp(`^[${HAN_RANGE}]${anyOf(ASIDE_OPEN)}${noneOf(ASIDE_OPEN + ASIDE_CLOSE)}{1,${SETTINGS.NOUN_ASIDE_MAX_CHARS.value}}${anyOf(ASIDE_CLOSE)}`);
const QUOTE = new RegExp(anyOf(QUOTES), 'g');
const QUOTE_CHAR = new RegExp(anyOf(QUOTES));
/** A quoted name (21万家“四上”企业, “绿环净”清洁剂): one noun, whatever words jieba would cut it into. */
const QUOTED = new RegExp(`${anyOf(QUOTES)}(${noneOf(QUOTES)}{1,${SETTINGS.LABEL_MAX_CHARS.value}})${anyOf(QUOTES)}`);
const CONJUNCTION = new Set(CONJUNCTIONS.words);
const VERB_JOINER = new Set(VERB_JOINERS.words);
const NEGATION = new Set(NEGATIONS.words);
const OBJECT_FIRST_ADVERB = new Set(OBJECT_FIRST.words);
const OF_RATE = new Set(RATE_OF.words);
const ENDS_PHRASE = new Set(PHRASE_END.words);
const AGENT_END = new RegExp(`(?:${oneOf(AGENTS.words)})$`);
const HEAD_AFTER = new Set(HEAD_FOLLOWS.words);
/**
 * A clause right after a figure's measure word, up to the noun it qualifies (…家承包或委托经营的中小学
 * 食堂, 8人参与…组织的线下复训): that noun is what is counted.
 */
const RELATIVE_AHEAD = new RegExp(`^[^\\d]{1,${SETTINGS.RELATIVE_MAX_CHARS.value}}?${RELATIVE.mark}(?=.)`);
/** The same right after a count of people (500余人的流行病学调查队伍). */
const GROUP_AHEAD = new RegExp(`^${RELATIVE.mark}(?=.)`);
const ASPECT_WORD = new Set(ASPECT.words);
const TOTALS = new Set(GENERIC_TOTALS.words);
// a phrase ending in a milestone (千亿元台阶), or one after the figure opening with it (大关、迈上…)
const MILESTONE_NAMED = new RegExp(`(?:${oneOf(MILESTONES.words)})$|^(?:${oneOf(MILESTONES.words)})`);
const ENDS_WITH_TOTAL = new RegExp(`(?:${oneOf(GENERIC_TOTALS.words)})$`);
const GOVERNED_END = new RegExp(`(?:${oneOf(GOVERNING.words)})(?:${oneOf(APPROX_BEFORE)})?$`);
const LEADING_QUALIFIER = new RegExp(`^${QUALIFIER.pattern}`);
// 地级以上市 is a noun with its threshold, not a level
// (a team's size naming a format, 十一人制, 三人篮球, qualifies its noun as a class does)
const CLASS_RANKS = new RegExp(`(${CLASS_RANK.pattern}|${MASKS.find((m) => m.name === 'team-size')!.pattern})`);
const RANK_END = new RegExp(RANK_CLAUSE.pattern);
const LATIN_CODES = new RegExp(`(${MASKS.find((m) => m.name === 'latin-code')!.pattern}|${LATIN_JOINED.pattern})`);
const LEADING_LEVEL = new RegExp(`^${LEVEL.pattern}(?!${oneOf(HEAD_FOLLOWS.words)})`);
const LEVEL_THEN_FIGURE = new RegExp(`^(${LEVEL.pattern})(?:${oneOf(CONJUNCTIONS.words)})${FIGURE_TAIL}`);
const DIGIT_GROUP = /(\d),(?=\d{3}(?!\d))/g;
const DIGITS = /^\d[\d.]*$/;
const RATE_END = new RegExp(`(?:${oneOf(UNITS.filter((u) => u.category === 'percent').map((u) => u.unit))})\\s*$`);
const ENDS_WITH_KEPT = new RegExp(`(?:${oneOf(LINK_ENDED.words)}|${PULLED_GROWTH.pattern})$`);
/** The growth a list of subjects pulled, after their 分别 (第一、二、三产业分别拉动经济增长…): kept with each subject. */
const RESPECTIVE_PULL = new RegExp(`^(?:${oneOf(RESPECTIVELY.words)})(${PULLED_GROWTH.phrase})`);
/** A word followed by a linking or change word is a predicate (由37个调整至40个). */
const PREDICATE_NEXT = new RegExp(`^(?:${oneOf([...LINKING.words, ...CHANGE])})$`);

/** Cuts linking words, comparisons and earlier figures from the end of a clause. */
function stripTail(text: string): string {
  for (;;) {
    if (ENDS_WITH_KEPT.test(text)) return text;
    const cut = text.replace(LINK_TAIL, '');
    if (cut === text || !cut) return cut;
    text = cut;
  }
}

/**
 * A share names its subject, not the whole (核电装机规模占全国): the clause up to the last share
 * word; and the share noun that may end the clause (税收占财政收入比重), with the whole before it.
 */
interface Share { subject: string; of: string }
function shareOf(text: string): Share {
  let at = -1;
  for (const m of text.matchAll(SHARE_AT)) at = m.index;
  if (at <= 0) return { subject: text, of: '' };
  return { subject: stripTail(text.slice(0, at)), of: shareNamed(text.slice(at)) };
}

/** The words from a share word on, where they end in a share noun (占生产总值的比重 → 占生产总值比重); else none. */
const shareNamed = (of: string) => (SHARE_NOUN_END.test(of) ? of.replaceAll(RELATIVE.mark, '') : '');

/**
 * The label of a share whose words name only its whole (民生类支出43.2亿元，占一般公共预算支出84.56%;
 * 第一产业增加值23.11亿元，增长3.5%，占生产总值的比重为19.6%): the share of `subject`, the figure's
 * before it, with the whole and share noun when they fit; null where the words name a subject of their own.
 */
export function shareOfSubject(read: string, own: string, subject: string): string | null {
  const clause = stripTail(own.split(CLAUSE_SPLIT).pop()!.trim());
  // (the words read lose the share word where the whole opens like an adverb: 占一般公共预算收入比重为83.1%)
  const word = clause.search(SHARE_AT) === 0 ? SHARE.words.find((w) => clause.startsWith(w)) : undefined;
  const lostShareWord = word !== undefined && read !== '' && clause.slice(word.length).startsWith(read);
  if (!subject || (read.search(SHARE_AT) !== 0 && !lostShareWord)) return null;
  return withShare(subject, { subject, of: shareNamed(clause) });
}

/** The label of a share's subject: with its whole and share noun when they fit (税收占财政收入比重), else the subject's share (现代服务业增加值比重). */
function withShare(subject: string, { of }: Share): string {
  if (!of || !subject) return subject;
  if (subject.length + of.length <= SETTINGS.LIST_MAX_CHARS.value) return subject + of;
  return subject + SHARE_NOUN_END.exec(of)![0];
}

/**
 * The noun phrase that ends a stretch of text, read backwards: nouns and their modifiers, and a verb
 * that takes them as its object (巡查企业), with the verbs joined to it (发现并整改隐患问题), and the
 * subjects joined to it by a conjunction (参考率与优秀率, 智能工厂和数字化车间), up to LIST_MAX_CHARS.
 */
function phraseEnding(tokens: Token[]): string {
  return phraseTokens(tokens).map((t) => t.word).join('');
}

function phraseTokens(tokens: Token[]): Token[] {
  const words: Token[] = [];
  let chars = 0;
  let max = SETTINGS.LABEL_MAX_CHARS.value;
  let hasNoun = false;
  // a verb took the phrase as its object (巡查企业): only verbs of the same act may come before it
  let chain = false;
  let taker: Token | null = null;
  // the phrase is a compound holding a verb (城镇调查失业率): a verb before it is the predicate
  let compound = false;
  // where in `words` the last conjunction taken stands
  let listAt = -1;
  // k ends at the token the phrase stopped before (-1: it took the whole text)
  let k = tokens.length - 1;
  for (; k >= 0; k--) {
    const t = tokens[k];
    // the measure word of a figure before the phrase (攻破40起积案) counts it: no part of it
    if (words.length > 0 && t.word.length === 1 && DIGITS.test(tokens[k - 1]?.word ?? '')) break;
    if (!t.content) {
      if (words.length === 0) {
        if (t.tag === PREPOSITION_TAG) break;
        continue;
      }
      // a function word that ties the phrase to the word before it: 耕地已整治1110亩 (one word before the
      // figure, an adverb, a noun before it: the noun is its object; a noun of one character is a word cut in
      // two, 亩均单产); 发现并整改 (verbs of one act); 服务业对经济增长贡献率 (the rate is that of the noun before
      // the preposition)
      const before = tokens[k - 1];
      const ties = (words.length === 1 && OBJECT_FIRST_ADVERB.has(t.word) && before?.content && before.noun && before.word.length > 1)
        || (chain && VERB_JOINER.has(t.word) && before?.verb)
        || (OF_RATE.has(t.word) && !chain && RATE_OF.head.test(words[0].word) && before?.content && before.noun);
      if (ties) { words.push(t); chars += t.word.length; continue; }
      if (CONJUNCTION.has(t.word) && joinsSubject(tokens, k, taker)) {
        listAt = words.length;
        words.push(t);
        chars += t.word.length;
        hasNoun = false; chain = false; compound = false; max = SETTINGS.LIST_MAX_CHARS.value;
        continue;
      }
      words.push(...deniedBy(tokens, k, words[words.length - 1]));
      break;
    }
    // a verb before a bound noun is one word with it (纠错率, 占比), not a verb and its object
    const takesObject = hasNoun && (t.verb || t.verbal) && !SUFFIX.has(tokens[k + 1]?.word ?? '');
    // a verbal noun in a compound modifies the noun after it (生活垃圾回收利用率); a verb or an adverb
    // before it belongs to the clause (建成养老服务机构, 公开行政执法信息)
    if (compound && (t.verb || (t.tag === 'ad' && t.word.length > 1) || (t.verbal && !tokens[k + 1]?.noun) || AGENT_END.test(t.word))) break;
    // a word of one character before the verb qualifies it (新设外资企业, 新登记经营主体)
    const qualifiesVerb = chain && t.tag === ADJECTIVE_TAG && t.word.length === 1 && tokens[k + 1]?.verb;
    if (chain && !takesObject && !qualifiesVerb) {
      if (!modifiesCompound(tokens, k)) break;
      chain = false;
      compound = true;
    }
    if (chars + t.word.length > (t.denominator ? SETTINGS.LIST_MAX_CHARS.value : max) && words.length > 0) {
      // a list too long to read whole is read from its last whole subject (not where a verb before it does not fit)
      if (listAt >= 0 && !t.verb) return words.slice(0, listAt).reverse();
      break;
    }
    words.push(t);
    chars += t.word.length;
    if (takesObject && !compound) { chain = true; taker ??= t; }
    else if (t.noun) hasNoun = true;
  }
  // a conjunction whose first subject did not fit joins nothing
  if (CONJUNCTION.has(words[words.length - 1]?.word ?? '')) return words.slice(0, -1).reverse();
  // a word the dictionary lacks comes cut into characters (医养结合 as 医 养 结合, 林分 as 林 分):
  // a phrase that starts with one of them takes the one before it too
  const before = tokens[k];
  const start = words[words.length - 1];
  if (start?.word.length === 1 && before?.content && (before.noun || before.verb) && before.word.length === 1 && chars < SETTINGS.LABEL_MAX_CHARS.value) words.push(before);
  // and a locative between two such characters is one too (规上工业增加值: 规 上 工业增加值)
  else if (start && before?.tag === LOCATIVE_TAG && before.word.length === 1 && tokens[k - 1]?.tag.startsWith('n') && tokens[k - 1].word.length === 1) words.push(before, tokens[k - 1]);
  return words.reverse();
}

/**
 * The adverbs right before a verb that opens a phrase (tokens[k] the last of them), read backwards,
 * where they deny it (未整改, 尚未审结, 未按期办结): a label that dropped them would name the opposite.
 */
function deniedBy(tokens: readonly Token[], k: number, opening: Token | undefined): Token[] {
  if (!opening?.verb && !opening?.verbal) return [];
  const adverbs: Token[] = [];
  for (let j = k; j >= 0 && tokens[j].tag === ADVERB_TAG && adverbs.length < SETTINGS.NEGATION_ADVERBS.value; j--) adverbs.push(tokens[j]);
  return adverbs.some((t) => NEGATION.has(t.word)) ? adverbs : [];
}

/**
 * Whether the conjunction at k joins a subject to the phrase read after it: a word that is no figure's
 * measure word (研发人员达159万人、高技能人才), and a verb when a verb took that phrase as its
 * object (加装、更新住宅电梯; not 预算评审、压减资金).
 */
function joinsSubject(tokens: Token[], k: number, taker: Token | null): boolean {
  const left = tokens[k - 1];
  if (!left?.content || left.tag === NUMERAL_TAG) return false;
  // back over the words before: what a figure just before them counts is that figure's (5个以上紧密型城市医疗集团、)
  let j = k - 1;
  while (j >= 0 && tokens[j].content && !tokens[j].number) j--;
  if (tokens[j]?.number || (tokens[j]?.tag !== PUNCTUATION_TAG && [j - 1, j - 2].some((i) => tokens[i]?.number))) return false;
  return !taker?.verb || left.verb;
}

/**
 * Whether the word at k, right before a verb that took the phrase's noun as its object, is a modifier
 * of one compound with them (城镇调查失业率, 研发投入强度, 养老服务机构) rather than the verb's subject:
 * an attribute (生活垃圾总处理能力) or a noun, not an organisation or a body that acts
 * (人大常委会审议地方性法规, 管理系统巡查企业), before a verb that is no predicate (工作方面共有行政诉讼案件),
 * not counted by a figure before it (29个省份保供煤炭) and not the object of a preposition
 * (为受援人挽回经济损失).
 */
function modifiesCompound(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const verb = tokens[k + 1];
  if (!(t.noun || t.tag === ATTRIBUTE_TAG) || t.tag.startsWith('nt') || AGENT_END.test(t.word) || ENDS_PHRASE.has(verb.word) || PREDICATE_NEXT.test(verb.word)) return false;
  const before = tokens[k - 1];
  if (before?.number || (before?.bound && !before.content && tokens[k - 2]?.number)) return false;
  // back over its own modifiers (为受援人, 为全区低收入困难家庭的白内障患者): a preposition there governs it
  for (let j = k - 1; j >= 0; j--) {
    if (tokens[j].tag === PREPOSITION_TAG) return false;
    if (tokens[j].tag === PUNCTUATION_TAG || (tokens[j].verb && j < k - 1)) return true;
  }
  return true;
}

/** The start of a text holding `chars` of its characters that are no quotation marks, and the marks right after them. */
function quotedPrefix(text: string, chars: number): string {
  let i = 0;
  for (let n = 0; i < text.length && n < chars; i++) if (!QUOTE_CHAR.test(text[i])) n++;
  while (i < text.length && QUOTE_CHAR.test(text[i])) i++;
  return text.slice(0, i);
}

/**
 * The tokens of a text, each quoted name one noun and each rate's denominator one modifier
 * (每万人口发明专利拥有量, whose 万 is no numeral); split keeps the captures at the odd places.
 */
function quotedAsNouns(text: string): Token[] {
  const parts = text.split(QUOTED);
  // a quoted number is a hotline or a code (“12350”), not a name
  const named = (i: number) => i % 2 === 1 && i < parts.length && HAN.test(parts[i]);
  return parts.flatMap((part, i) => {
    if (named(i)) return [{ ...NOUN_TOKEN, word: part }];
    const tokens = part.replace(QUOTE, '').split(DENOMINATOR).flatMap((piece, j) => (j % 2 === 0 ? words(piece) : [{ ...NOUN_TOKEN, word: piece, tag: ATTRIBUTE_TAG, noun: false, denominator: true }]));
    // a bound noun right before a quoted name is a word with it, as before any noun (村“两委”成员), unless
    // it is a figure's measure word (4批“龙城英才计划”项目)
    const last = tokens[tokens.length - 1];
    if (named(i + 1) && last?.bound && !last.content && NOUN_MORPHEME_TAG.test(last.tag) && !tokens[tokens.length - 2]?.number) tokens[tokens.length - 1] = { ...last, content: true };
    return tokens;
  });
}
const DENOMINATOR = new RegExp(`(${RATE_DENOMINATOR.source})`);
const NOUN_TOKEN: Token = { word: '', tag: 'nz', content: true, bound: false, number: false, proper: false, noun: true, verb: false, verbal: false };

/**
 * The noun a figure followed by a level alone shares with the figures listed after it, with its own
 * level (3个万亿级和7个千亿级产业集群 → 万亿级产业集群); empty when no level and figure follow.
 */
function sharedNoun(after: string, whole: boolean): string {
  const m = LEVEL_THEN_FIGURE.exec(after);
  if (!m) return '';
  const rest = after.slice(m[0].length);
  const next = sharedNoun(rest, whole) || phraseStarting(rest, whole, false, true);
  const noun = next.replace(LEADING_LEVEL, '');
  return noun && noun !== next ? m[1] + noun : '';
}

/**
 * The noun phrase right after a figure's measure word (7个非法加油窝点, 2名业务骨干): modifiers up to
 * its head noun, ended by a break, a predicate (PHRASE_END, a word before an aspect particle) or a
 * verb or adverb standing after a noun. Empty when no noun starts there. `whole`: a clause break
 * follows the text; `governed`: a preposition governs the figure; `counted`: the text follows the
 * figure's own measure word, not 等 or 的.
 */
function phraseStarting(text: string, whole: boolean, governed = false, counted = false): string {
  const read = withoutScope(text.replace(LEADING_ASIDE, '').replace(LEADING_QUALIFIER, ''));
  // a level opening the words is one attribute (万亿级, cut as 万亿 级)
  const level = LEADING_LEVEL.exec(read)?.[0] ?? '';
  const tokens = [...(level ? [{ ...NOUN_TOKEN, word: level, tag: ATTRIBUTE_TAG, noun: false }] : []), ...quotedAsNouns(read.slice(level.length))];
  // the words read may stop inside a phrase: only a phrase that ends before them is whole
  const phrase: Token[] = [];
  let hasNoun = false;
  let ended = false;
  // a bound form right after the measure word is a noun of one character (57个县)
  if (tokens[0]?.bound && !tokens[0].content) tokens[0] = { ...tokens[0], content: true, noun: true };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    // 行政权力、责任和公共服务事项: a list of nouns, not a next figure (17个镇街、5个园城管委会)
    if (hasNoun && CONJUNCTION.has(t.word) && next?.content) { phrase.push(t); hasNoun = false; continue; }
    // 视力、听力等残疾儿童, 投资额百亿元以上重大工业项目: the noun after 等 or 以上 is what is counted
    if (HEAD_AFTER.has(t.word) && hasNoun) {
      const head = phraseStarting(tokens.slice(k + 1).map((w) => w.word).join(''), whole, governed);
      // one character is the end of a word (地级以上市), not a noun of its own
      if (head.length >= SETTINGS.MIN_WORD_CHARS.value) return head;
    }
    // a word the dictionary lacks, cut around a locative (1家规上工业企业: 规 上 工业企业), reads on as one
    if (t.word.length === 1 && t.tag === NOUN_CHAR_TAG && next?.tag === LOCATIVE_TAG && next.word.length === 1 && tokens[k + 2]?.noun) { phrase.push(t, next); k++; continue; }
    if (!t.content || ENDS_PHRASE.has(t.word)) { ended = true; break; }
    // right after a measure word, a verb or an adjective with no noun before it that closes the phrase
    // names what is counted (20条举措，, 2个抓手，, 三张清单，: the segmenter's tags for them)
    const closes = next ? next.tag === PUNCTUATION_TAG || ENDS_PHRASE.has(next.word) : whole;
    if (counted && !hasNoun && (t.verb || t.tag === ADJECTIVE_TAG) && t.word.length > 1 && closes && !PREDICATE_NEXT.test(t.word)) { phrase.push({ ...t, noun: true }); ended = true; break; }
    // an idiom closing the clause after a noun is its predicate (十件民生实事全面完成)
    if (hasNoun && t.tag === IDIOM_TAG && !next?.content) { ended = true; break; }
    if (next && (ASPECT_WORD.has(next.word) || (!hasNoun && (t.verb || t.verbal) && PREDICATE_NEXT.test(next.word)))) { ended = true; break; }
    // a verb or adverb after a noun modifies a noun after it (行政执法办案人员, 承接产业转移主平台), ends
    // the phrase as a verbal noun (安全生产举报), or is a predicate with words of its own
    // 行政执法减少了147次: the word before a change word ends the phrase
    if (hasNoun && next && PREDICATE_NEXT.test(next.word)) { phrase.push(t); ended = true; break; }
    const modifies = next?.noun || (next?.content && tokens[k + 2]?.noun);
    if (hasNoun && !t.noun && next?.content && !modifies) { ended = true; break; }
    // after a preposition (为8000名儿童提供…) the noun phrase is its object: the next verb is the predicate
    if (governed && hasNoun && (t.verb || (t.verbal && next?.verb))) { ended = true; break; }
    phrase.push(t);
    if (t.noun) hasNoun = true;
    if (k === tokens.length - 1) ended = whole;
  }
  // a list that runs past the words read, or too long, is cut to its first item
  const firstJoin = phrase.findIndex((t) => CONJUNCTION.has(t.word));
  const listChars = phrase.reduce((n, w) => n + w.word.length, 0);
  if (firstJoin > 0 && (!ended || listChars > SETTINGS.LIST_MAX_CHARS.value)) phrase.length = firstJoin;
  while (phrase.length && !phrase[phrase.length - 1].content) phrase.pop();
  if (!phrase.some((t) => t.noun && t.content)) return '';
  // too long: the head is at the end, so leading items of a list go first, then leading modifiers
  let chars = phrase.reduce((n, w) => n + w.word.length, 0);
  const max = phrase.some((t) => CONJUNCTION.has(t.word)) ? SETTINGS.LIST_MAX_CHARS.value : SETTINGS.LABEL_MAX_CHARS.value;
  while (phrase.length > 1 && (chars > max || CONJUNCTION.has(phrase[0].word))) chars -= phrase.shift()!.word.length;
  return phrase.map((w) => w.word).join('');
}

/**
 * The subjects enumerated before 分别, mapped to the figures after it in order: the k-th figure's
 * subject (`after`: the rest of its clause, whose figures the list also maps). Where the joining words
 * make more subjects than the figures take and the list's commas alone make as many
 * (金融业、软件和信息服务业增加值分别增长9.7%、15.3%), a subject holds its 和.
 */
function respectiveSubject(clause: string, after: string, measured: boolean): string | null {
  const m = RESPECTIVELY_AT.exec(clause);
  if (!m) return null;
  const figures = clause.slice(m.index).match(NUMBER_RUN)?.length ?? 0;
  const all = figures + 1 + (after.match(NUMBER_RUN)?.length ?? 0);
  const share = shareOf(stripTail(clause.slice(0, m.index)));
  const split = (joins: (word: string) => boolean) => {
    const subjects: Token[][] = [[]];
    for (const t of words(share.subject)) {
      if (joins(t.word)) subjects.push([]);
      else subjects[subjects.length - 1].push(t);
    }
    return subjects;
  };
  let subjects = split((w) => CONJUNCTION.has(w));
  if (all % subjects.length !== 0) {
    const listed = split((w) => w === LIST_COMMA);
    // (or the commas and the last conjunction, which joins the last subject: 批发和零售业、住宿和餐饮业、金融业、
    // 营利性服务业及非营利性服务业增加值分别增长…)
    const lastJoined = listed.flatMap((subject, j) => {
      const k = j === listed.length - 1 ? subject.map((t) => CONJUNCTION.has(t.word)).lastIndexOf(true) : -1;
      return k > 0 ? [subject.slice(0, k), subject.slice(k + 1)] : [subject];
    });
    subjects = [listed, lastJoined].find((l) => l.length > 1 && all % l.length === 0) ?? subjects;
  }
  subjects = subjects.map((subject, j) => (j > 0 ? wordApart(memberApart(subject, spelled(subjects[j - 1])), subjects[j - 1]) : subject));
  if (subjects.length < 2) {
    const one = withShare(phraseEnding(subjects[0]), share);
    const member = pairedMember(one, figures);
    return member === one ? null : member;
  }
  // 分别从209元、280元提高到217元、290元: the figures after the change word start the subjects again
  const k = figures % subjects.length;
  const over = overPartsOfYear(subjects, k);
  if (over !== null) return over;
  const tail = sharedTail(subjects, measured);
  if (!tail.length) return withShare(phraseEnding(subjects[k]), share) || null;
  const own = k < subjects.length - 1 ? subjects[k] : subjects[k].slice(0, -tail.length);
  return withShare(withTail(own, tail), share) || null;
}

/** The part of the year a text opens with, if any (上半年增长, 前三季度: the longest that fits). */
const partOfYearOpening = (text: string) => PARTS_OF_YEAR_LONGEST_FIRST.find((w) => text.startsWith(w));
const PARTS_OF_YEAR_LONGEST_FIRST = [...PART_OF_YEAR.words].sort((a, b) => b.length - a.length);

/** A measure over a part of the year, in place of the part the measure's label opens with: the whole year's (全年) needs no word of it. */
function overPart(when: string, measure: string): string {
  const bare = measure.slice(partOfYearOpening(measure)?.length ?? 0);
  return STOP.has(when) ? bare : when + bare;
}

/**
 * A figure whose clause names a part of the year and nothing else (…增长6%；上半年增长4.7%；全年增长6.5%;
 * `read` its label from them) measures what `before` (the label of the figure before it) does, over that
 * part; else null.
 */
export function overPartOfYear(clause: string, read: string, before: string): string | null {
  const when = partOfYearOpening(clause.trim());
  // (the label read may be the part of the year before it: 前三季度增长8.5%，全年增长6.6% reads 三季度)
  const named = (w: string) => w.endsWith(read);
  return when && (named(when) || PART_OF_YEAR.words.some(named)) && before && !PART_OF_YEAR.words.includes(before) ? overPart(when, before) : null;
}

/**
 * The k-th subject of a 分别 list whose subjects are parts of the year, the last naming the measure
 * they share (一季度、上半年、前三季度、全年全市GDP分别增长…): that measure over the k-th part; else null.
 */
function overPartsOfYear(subjects: Token[][], k: number): string | null {
  const last = spelled(subjects[subjects.length - 1]);
  const opening = partOfYearOpening(last);
  if (!opening || !subjects.slice(0, -1).every((t) => PART_OF_YEAR.words.includes(spelled(t)))) return null;
  const measure = phraseEnding(words(last.slice(opening.length)));
  return measure ? overPart(k < subjects.length - 1 ? spelled(subjects[k]) : opening, measure) : null;
}

/**
 * A subject that opens with the other member of the pair the subject before it names, cut into a
 * longer word (城镇和农村居民人均可支配收入: 农村居民), with the member a word of its own, so that the
 * words after it are shared.
 */
function memberApart(subject: Token[], before: string): Token[] {
  const first = subject[0];
  const member = PAIRED_SUBJECTS.pairs.filter((p) => p.members.includes(before)).flatMap((p) => p.members)
    .find((m) => m !== before && first && first.word.length > m.length && first.word.startsWith(m));
  return member ? [{ ...first, word: member }, { ...first, word: first.word.slice(member.length) }, ...subject.slice(1)] : subject;
}

/**
 * A subject of one word that opens with a word as long as the last word of the subject before it and
 * ends with a noun of its own (全市刑事、治安案件: 治安案件 → 治安 案件), cut in two, so that the noun is shared.
 */
function wordApart(subject: Token[], before: Token[]): Token[] {
  const cut = before[before.length - 1]?.word.length ?? 0;
  if (subject.length !== 1 || !cut) return subject;
  const word = subject[0].word;
  const own = words(word.slice(0, cut));
  const rest = words(word.slice(cut));
  const one = (t: Token[]) => t.length === 1 && t[0].content;
  return one(own) && one(rest) && rest[0].noun && rest[0].word.length >= SETTINGS.MIN_WORD_CHARS.value ? [...own, ...rest] : subject;
}

/** The k-th figure's group of a subject that names two in one word (城乡居民 → 城镇居民, 农村居民). */
function pairedMember(subject: string, k: number): string {
  const pair = PAIRED_SUBJECTS.pairs.find((p) => subject.includes(p.word));
  return pair ? subject.replace(pair.word, pair.members[k % pair.members.length]) : subject;
}

/**
 * The words ending the last subject of a 分别 list that the others share (刑事治安、涉诈、涉毒警情;
 * 城镇和农村居民人均可支配收入): what follows its last word that ends as the subject before it does
 * (金融业、软件和信息服务业增加值: 增加值), else what follows as many characters of it as the subject
 * before it has. Shared only by subjects that name no quantity of their own (事故起数和死亡人数 share
 * nothing), when they are names (广州、深圳地铁线网单日最高客运量) or attributes (国家级、省部级创新平台),
 * the figures measure (a rate, an amount) or the words shared name a quantity (新能源汽车、集成电路产量).
 */
function sharedTail(subjects: Token[][], measured: boolean): Token[] {
  const last = subjects[subjects.length - 1];
  const earlier = subjects.slice(0, -1);
  const before = spelled(earlier[earlier.length - 1]);
  // the word the subject before it ends on, where the last subject holds it, is where the two align
  // (战略性新兴服务业、科技服务业营业收入: 服务业, not 营业); else a word of it that ends as that one does
  const own = last.slice(0, -1).map((t) => t.word).lastIndexOf(earlier[earlier.length - 1].at(-1)?.word ?? '');
  let i = 1 + (own >= 0 ? own : last.slice(0, -1).map((t) => t.word.slice(-1)).lastIndexOf(before.slice(-1)));
  // else as long as the subject before it, or, if that leaves nothing of a subject as long, as near
  // that as leaves a word (刑事治安、涉诈警情; 战略性新兴产业、高新技术产业增加值)
  const target = before.length;
  if (i === 0) for (let chars = 0; i < last.length && chars < target; i++) chars += last[i].word.length;
  if (i >= last.length && spelled(last).length >= target) {
    let best = Infinity;
    for (let j = 1, chars = 0; j < last.length; j++) {
      chars += last[j - 1].word.length;
      if (spelled(last.slice(j)).length >= SETTINGS.MIN_WORD_CHARS.value && Math.abs(chars - target) <= best) { best = Math.abs(chars - target); i = j; }
    }
  }
  // (not inside a member joined by 和 within the last subject: 医疗保健、其他用品和服务价格; 交通和通信、教育文化和娱乐价格)
  const joined = last.map((t) => CONJUNCTION.has(t.word)).lastIndexOf(true);
  if (joined >= 0 && i <= joined + 1) i = joined + 2;
  // 食品、石化、信息等产业增加值: the words shared start after 等
  while (i < last.length && !last[i].content) i++;
  const tail = last.slice(i);
  const nouns = (s: Token[]) => s.some((t) => t.noun && t.content);
  if (!nouns(tail) || earlier.some((s) => QUANTITY_END.test(spelled(s)))) return [];
  const names = earlier.every((s) => s.length > 0 && s.every((t) => t.proper));
  return measured || names || !earlier.some(nouns) || QUANTITY_END.test(spelled(tail)) ? tail : [];
}

/** 第一产业实现增加值: a verb of result and a measure alone (or an act, 实现再就业) are the measure of the subject before the verb. */
function subjectOfMeasure(clause: string, label: string): string | null {
  const verb = MEASURE_VERB_START.exec(label)?.[0];
  if (!verb) return null;
  const measure = label.slice(verb.length);
  // (a measure of one character is a bound suffix: 完成率 is a word)
  if (measure.length < SETTINGS.MIN_WORD_CHARS.value || !(measureOnly(measure) || MEASURE_ACTS.has(measure)) || !clause.trimEnd().endsWith(label)) return null;
  const subject = phraseBefore(clause.trimEnd().slice(0, -label.length), true);
  return subject.length >= SETTINGS.MIN_WORD_CHARS.value ? subject + measure : null;
}
const MEASURE_VERB_START = new RegExp(`^(?:${oneOf(MEASURE_VERBS.words)})`);
const MEASURE_ACTS = new Set(MEASURE_VERBS.acts);

/** Whether a label is one word naming a measure and no subject (产量, 总产量, 总额). */
export function measureOnly(label: string): boolean {
  const tokens = words(label);
  return tokens.length === 1 && (QUANTITY_END.test(label) || GENERIC_TOTALS.words.includes(label));
}

/** A subject and the words it shares, the shared words cut to their phrase when the whole is too long. */
function withTail(subject: Token[], tail: Token[]): string {
  const own = phraseEnding(subject);
  if (own.length + spelled(tail).length <= SETTINGS.LIST_MAX_CHARS.value) return own + spelled(tail);
  const head = phraseEnding(tail);
  return own.length + head.length <= SETTINGS.LIST_MAX_CHARS.value ? own + head : own;
}

/** The noun a share stated as a bound is of, where the words after it name it and then what it did (SHARE_OF_FOLLOWING). */
function sharedSubject(after: string): string {
  const at = SHARE_OF_FOLLOWING_VERB.exec(after)?.index ?? -1;
  if (at <= 0) return '';
  const noun = after.slice(0, at);
  return phraseStarting(noun, true) === noun ? noun : '';
}
const SHARE_OF_FOLLOWING_VERB = new RegExp(oneOf(SHARE_OF_FOLLOWING.words));

/**
 * The phrase ending a clause once what links it to the figure is cut off: the links are read without
 * quotation marks, the phrase with them (its quoted names whole: 建设“四好农村路”). `counted`: the
 * figure right after the clause counts things (not a rate, which 的 before it makes a rate of a whole).
 */
function phraseBefore(clause: string, counted = false): string {
  let text = quotedPrefix(clause, stripTail(clause.replace(QUOTE, '')).length);
  if (text.endsWith(RELATIVE.mark)) {
    // a relative clause with no noun after a count names what it counts (无法提供的182件), unless it holds
    // a figure (占比超过10%的有44种: its noun is a clause back); 的 after a noun or a share, or before a
    // rate, is the whole the figure is of (标准的1.6倍, 占支出的79.2%, 完成预算的97.9%): it names nothing
    text = text.slice(0, -RELATIVE.mark.length);
    if (!counted || /\d/.test(text) || text.search(SHARE_AT) >= 0 || words(text).at(-1)?.noun !== false) return '';
  }
  const share = shareOf(text);
  return withShare(phraseEnding(quotedAsNouns(share.subject)), share);
}

/**
 * The label: the phrase a researcher would name the row by. `before` is the sentence up to the
 * figure, `after` the text after it (`written`: the same as written, before folding; `unit`: the
 * figure's); its category
 * says whether it is a rate or share, which no noun after it names, or an amount. Read in this order: the noun phrase a measure word counts (捣毁7个非法加油窝点); the
 * subject 分别 maps to this figure; the phrase ending the clause, linking words cut (复议纠错率达);
 * the phrase ending the clause before, when this one holds none (…提升为2455项,同比上升55.87%).
 */
export function labelFor(text: string, after: string, category: Category = 'count', written = after, unit?: string, bound = false): string {
  // a text taken from a PDF may space a number from the words before it (为 2800 名); a comma that
  // groups a number's digits (12,580.6亿元) parts no clauses
  const before = text.trimEnd().replace(DIGIT_GROUP, '$1').replace(PLAN_SPAN_IN_WORDS, '');
  const rate = category === 'percent';
  // a noun of one character keeps the alternatives beside it as written (57个县（市）)
  const alternatives = rate ? null : ONE_CHAR_ASIDE.exec(after);
  if (alternatives) return written.slice(0, alternatives[0].length);
  const named = BRACKETED_RATE_END.exec(before);
  if (named) return named[1];
  const clauses = before.replace(ASIDE, '').replace(QUOTE, '').split(CLAUSE_SPLIT);
  // the clause as written, its quoted names whole (建设“四好农村路”3万公里)
  const quoted = before.replace(ASIDE, '').split(CLAUSE_SPLIT);
  const own = clauses[clauses.length - 1];
  const afterParts = after.split(CLAUSE_SPLIT);
  const governed = GOVERNED_END.test(own);
  // a figure followed by 的 and a noun qualifies that noun: a share is a share of it (超过90%的企业);
  // an amount names the row by it only when nothing before names what it measures
  const qualified = afterParts[0].startsWith(RELATIVE.mark) ? phraseStarting(afterParts[0].slice(RELATIVE.mark.length), afterParts.length > 1)
    : rate && bound ? sharedSubject(afterParts[0]) : '';
  // the start of a change to another figure (由374个精简为24个): the words after it are the change, and
  // what changed is named before it
  const toFigure = afterParts[0].search(/\d/);
  const changeStart = toFigure > 0 && CHANGE_FROM.test(before) && CHANGE_TO.test(afterParts[0].slice(0, toFigure));
  // (what meetings did after their count is no noun it counts: 区政府常务会5次研究部署…)
  const deliberated = unit === TIMES && DELIBERATION.test(afterParts[0]);
  const instructed = unit === TIMES ? INSTRUCTION.exec(afterParts[0]) : null;
  if (instructed) return instructed[1];
  const following = rate ? qualified : changeStart || deliberated ? '' : sharedNoun(afterParts[0], afterParts.length > 1) || phraseStarting(afterParts[0], afterParts.length > 1, governed, true);
  if (following) return unit === MILESTONES.counter ? following : crossing(following, clauses);
  // (things counted, not people: what people did names no row of theirs, 1100余人参加了轮训)
  const underwent = category === 'count' || category === 'case' ? remainderPredicate(own, afterParts[0]) : '';
  if (underwent) return underwent;
  // (people the figure counts are a group the noun after 的 names: 组建500余人的流行病学调查队伍, 建立一支超130人的…专员队伍,
  // 覆盖39个部门共98人的数据人才队伍: three pages)
  const relative = rate ? null : RELATIVE_AHEAD.exec(afterParts[0]) ?? (category === 'person' ? GROUP_AHEAD.exec(afterParts[0]) : null);
  const relativeNoun = relative ? phraseStarting(afterParts[0].slice(relative[0].length), afterParts.length > 1, governed) : '';
  if (relativeNoun) return relativeNoun;
  const group = AGE_GROUP_END.exec(own);
  if (group) return group[1];
  const respective = respectiveSubject(own, afterParts[0], rate || category === 'money' || category === 'fine');
  if (respective) return respective + (RESPECTIVE_PULL.exec(own.slice(own.search(RESPECTIVELY_AT)))?.[1] ?? '');
  const carried = CARRIED_OVER_END.exec(stripTail(quoted[quoted.length - 1]));
  if (carried) return carried[0];
  const counted = category === 'count' || category === 'case';
  const label = (!rate && withElidedObject(own, quoted, unit, counted)) || phraseBefore(quoted[quoted.length - 1], counted || !rate);
  // 总规模1000亿元的投资引导基金: a size before the figure, the thing sized after it
  if (qualified && ENDS_WITH_TOTAL.test(label)) return qualified;
  // one character is a word cut in two (惠及 read as 惠, 及), not a label
  if (label.length >= SETTINGS.MIN_WORD_CHARS.value) return TOTALS.has(label) ? totalOf(clauses, label) : subjectOfMeasure(quoted[quoted.length - 1], label) ?? crossing(label, clauses);
  // the clauses with their brackets, where the brackets part no clauses (for a rate they name)
  const bracketed = before.split(CLAUSE_SPLIT);
  // (a standing between names nothing, and counts for no clause: …2379.80亿元，总量保持全市第二，中心城区第一，可比增长5.5%)
  for (let k = clauses.length - 2, left = SETTINGS.LABEL_CLAUSES_BACK.value; k >= 0 && left > 0; k--) {
    if (RANK_END.test(stripTail(clauses[k]).trim())) continue;
    left--;
    if (!clauses[k].trim()) continue;
    // …占总人口比重（户籍人口城镇化率）为31.44%，比上年末减少0.04个百分点: the rate the bracket named
    const rateNamed = bracketed.length === clauses.length ? BRACKETED_RATE_END.exec(stripTail(bracketed[k])) : null;
    if (rateNamed) return rateNamed[1];
    // the clause's own figure, unless a rate, is what a relative clause ending it counts (无法提供的182件)
    const read = phraseBefore(clauses[k], !RATE_END.test(clauses[k]));
    // (a change alone names nothing: 一般公共预算总收入1095亿元，下降2%（剔除减税降费因素，同口径增长9.2%）)
    if (read.length < SETTINGS.MIN_WORD_CHARS.value || CHANGE.includes(read)) continue;
    const previous = subjectOfMeasure(stripTail(clauses[k]), read) ?? read;
    // 城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%: the pair a clause back, in turn again
    const paired = RESPECTIVELY_AT.test(clauses[k]) ? pairedMember(previous, own.match(NUMBER_RUN)?.length ?? 0) : previous;
    return crossing(paired, clauses.slice(0, k + 1));
  }
  return qualified || (rate ? phraseStarting(afterParts[0], afterParts.length > 1) : '');
}

/**
 * 受理依申请公开件255件，办结255件; 新修公路27.2公里，整治25.4公里: a count whose clause is one verb alone
 * counts the object of the first verb of the clause before, where that clause ends on a figure of its
 * unit: the verb and that object name the row. Not a part (其中非常满意…条 names a kind of the whole),
 * a change (较上一年度增加42件), or what a task was done against (改造任务1800亩，已完成1815亩). A net
 * change alone, of an amount too (注册资本金970.22亿元，新增415.65亿元), changes the stock that clause gives.
 */
function withElidedObject(own: string, clauses: string[], unit: string | undefined, counted: boolean): string {
  const previous = clauses[clauses.length - 2]?.trimEnd() ?? '';
  let end = previous.length - (unit?.length ?? 0);
  if (!unit || !previous.endsWith(unit) || PARTS_OPENING.test(own)) return '';
  while (end > 0 && NUMERAL.test(previous[end - 1])) end--;
  if (end === previous.length - unit.length) return '';
  const read = words(previous.slice(0, end));
  const object = read.slice(read.findIndex((t) => t.verb && !t.verbal) + 1);
  const named = spelled(object);
  const content = words(own).filter((t) => t.content);
  // (an object holding a figure is a list or a clause of its own: 制定地方性法规2件、规章3件，废止2件)
  if (counted && content.length === 1 && content[0].verb && !content[0].verbal && !CHANGE.includes(content[0].word)
    && object.length < read.length && object.some((t) => t.noun && t.content) && !/\d/.test(named) && !PLAN_SHARE.plans.some((p) => named.endsWith(p))) return content[0].word + named;
  return NET_CHANGE_ALONE.test(own.trim()) ? stockChanged(own.trim(), previous.slice(0, end)) : '';
}

/**
 * 限上商贸流通企业达66家，净增33家; 人才流入32.6万人，净流入15.8万人: the stock the clause before gives,
 * less a verb ending it, named with its net change.
 */
function stockChanged(change: string, stockClause: string): string {
  const tokens = words(phraseBefore(stockClause, true));
  const last = tokens.at(-1);
  const stock = last?.verb && !last.verbal && tokens.slice(0, -1).some((t) => t.noun && t.content) ? tokens.slice(0, -1) : tokens;
  return stock.some((t) => t.noun && t.content) ? change + spelled(stock) : '';
}

/**
 * The predicate after a figure that opens its clause with only what is left of a whole before it (1件
 * 结转下年度继续办理, 其中33件已办结): what the counted ones underwent names them. Empty where no verb
 * opens the words after the figure, or they hold a figure or run longer than a label.
 */
function remainderPredicate(own: string, after: string): string {
  if (!REMAINDER_ONLY.test(own.trim())) return '';
  const tokens = words(after);
  let k = 0;
  // adverbs and particles before the verb (已办结, 正在审核), not a preposition (因超出…: a cause)
  while (k < tokens.length && !tokens[k].content && !tokens[k].verb && tokens[k].tag !== PREPOSITION_TAG) k++;
  if (!tokens[k]?.verb) return '';
  let end = tokens.length;
  while (end > k && !tokens[end - 1].content) end--;
  const predicate = spelled(tokens.slice(k, end));
  // a year says where the act goes (结转2025年度继续办理); another number is a figure of its own
  return /\d/.test(predicate.replace(YEAR_NAMED, '')) || predicate.length > SETTINGS.LABEL_MAX_CHARS.value ? '' : predicate;
}

/**
 * A phrase that names a milestone crossed (千亿元台阶) stands for the subject opening its clause (地区生产
 * 总值跨越3个千亿元台阶，达到1.5万亿元 → 地区生产总值), or the clause before where its own opens on a verb
 * (地区生产总值完成107.2亿元，稳定突破百亿元大关): its nouns up to the first word that is not one.
 */
function crossing(label: string, clauses: readonly string[]): string {
  if (!MILESTONE_NAMED.test(label)) return label;
  for (let k = clauses.length - 1; k >= Math.max(0, clauses.length - 1 - SETTINGS.LABEL_CLAUSES_BACK.value); k--) {
    const subject: Token[] = [];
    // past the year, the scope or the part of the year that opens the clause (2022年全省生产总值…, 全年地区生产总值…)
    const tokens = words(withoutScope(stripTail(clauses[k]).replace(LEADING_YEAR, '')));
    const from = tokens.findIndex((t) => !PART_OF_YEAR.words.includes(t.word));
    for (const t of from < 0 ? [] : tokens.slice(from)) {
      if (!t.noun || t.number || (subject.length ? STOP.has(t.word) : t.bound)) break;
      subject.push(t);
    }
    const named = subject.map((t) => t.word).join('');
    if (named.length >= SETTINGS.MIN_WORD_CHARS.value && named.length <= SETTINGS.LABEL_MAX_CHARS.value) return named;
  }
  return label;
}

/**
 * A total named only as such (总量达1224家) is the total of what the figure before it counts
 * (新增境内外上市公司45家、总量达1224家 → 上市公司总量): the nouns ending the text before that figure.
 */
function totalOf(clauses: string[], total: string): string {
  const own = clauses[clauses.length - 1];
  const earlier = [...clauses.slice(0, -1), own.slice(0, own.lastIndexOf(total))].filter((c) => c.trim());
  for (let k = earlier.length - 1; k >= Math.max(0, earlier.length - SETTINGS.LABEL_CLAUSES_BACK.value); k--) {
    const tokens = phraseTokens(words(stripTail(earlier[k])));
    while (tokens.length && !tokens[0].noun) tokens.shift();
    const subject = tokens.map((t) => t.word).join('');
    if (subject && subject.length + total.length <= SETTINGS.LABEL_MAX_CHARS.value) return subject + total;
  }
  return total;
}

/**
 * The canonical indicator for a figure, from its label first and its clause second (an entry that
 * is `labelOnly` from its label alone), where its label holds what the entry requires, or its
 * sentence up to it does for a label that names no subject of its own (规模以上工业企业达7.6万家、增加值
 * 增长3%; not 占规上工业比重…，数字经济核心产业增加值增长约11%), unless its label or its own words hold one of the
 * entry's excludes (其中，城镇居民人均可支配收入61,208元，增长4.9%: a group's, not the whole
 * population's). Its own words (`own`) are its sentence since the figure before it (城镇调查失业率4.1%，
 * 居民人均可支配收入实际增长4.4%: 城镇 is the first figure's), less the subjects of a 分别 list, of
 * which its label is its own (规上工业增加值、规上服务业营收分别增长6.5%和7%: the first is industry's,
 * whatever the second's 服务业). A figure in a unit the entry does not list counts something else
 * (检查企业12家 is no 执法检查次数 in 元).
 */
export function indicatorFor(category: Category, label: string, clause: string, unit?: string, sentence = clause, own = sentence): string {
  const listed = RESPECTIVELY_AT.exec(clause);
  const scope = listed ? own.replace(clause.slice(0, listed.index), '') : own;
  for (const source of [label, clause]) {
    const hit = INDICATORS.find((e) => e.categories.includes(category)
      && (unit === undefined || e.units.includes(unit))
      && (source === label || !e.labelOnly)
      && e.keywords.some((k) => source.includes(k))
      && !e.excludes?.some((x) => label.includes(x) || scope.includes(x) || (onlyGeneric(label, e) && sentence.includes(x)))
      && (!e.requires || e.requires.some((x) => label.includes(x) || (!ownSubject(label, e.keywords) && sentence.includes(x)))));
    if (hit) return hit.indicator;
  }
  return '';
}

/** Whether a label holds none of an entry's keywords but those that name no kind of their own (办结案件). */
function onlyGeneric(label: string, e: IndicatorEntry): boolean {
  return e.generic !== undefined && e.keywords.every((k) => !label.includes(k) || e.generic!.includes(k));
}

/** Whether a label names a subject of its own beside the indicator's word (数字经济核心产业增加值, not 增加值). */
function ownSubject(label: string, keywords: readonly string[]): boolean {
  const named = keywords.find((k) => label.includes(k));
  return named !== undefined && label.length > named.length;
}
