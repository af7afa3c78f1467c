import { proven } from './types.js';

/**
 * The script itself: which characters are Chinese, for the stages that tell words from numbers,
 * punctuation and markup. Ranges are written once here, as the body of a character class.
 */

/** CJK Unified Ideographs: the Han characters of running text. */
export const HAN_RANGE = '\\u4e00-\\u9fff';
/** The vowels of pinyin that carry a tone mark. */
export const TONE_MARKED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/** One Han character. */
export const HAN = proven(new RegExp(`[${HAN_RANGE}]`), { examples: ['罚款5万', '2023年'], counterExamples: ['2023', 'ABC', '，'] });
/** A run of Han characters and nothing else. */
export const HAN_RUN = proven(new RegExp(`^[${HAN_RANGE}]+$`), { examples: ['罚款', '行政处罚案件'], counterExamples: ['2023', 'ABC', '，', '罚款5万'] });

/** CJK punctuation (、。「」) and the fullwidth forms (，：０-９): text, not binary noise. */
export const CJK_PUNCTUATION_RANGE = '\\u3000-\\u303f';
export const FULLWIDTH_RANGE = '\\uff00-\\uffef';
/** Whether a character code is a Han character (for loops over a text, without a string per character). */
export const isHanCode = (code: number) => code >= 0x4e00 && code <= 0x9fff;

/**
 * The fullwidth forms of ASCII (！ to ～), which fold to ASCII by a fixed offset, and the spaces that
 * fold to a plain one: ideographic, non-breaking, the typographic ones.
 */
export const FULLWIDTH_ASCII_FIRST = 0xff01;
export const FULLWIDTH_ASCII_LAST = 0xff5e;
export const FULLWIDTH_OFFSET = 0xfee0;
export const FOLDABLE_SPACE_RANGE = '\\u3000\\u00a0\\u2000-\\u200a\\u202f\\u205f';
/** White space a line may carry at its ends besides ASCII's: ideographic, non-breaking, zero-width, BOM. */
export const EDGE_SPACE_RANGE = '\\u3000\\u00a0\\u200b\\ufeff';
/** Invisible characters inside a paragraph that do not make it another paragraph. */
export const INVISIBLE_RANGE = '\\u200b\\ufeff';
/** What decoded text is made of when the decoding is right: Han, CJK punctuation, fullwidth forms, ASCII, general punctuation. */
export const TEXT_RANGE = `${HAN_RANGE}${CJK_PUNCTUATION_RANGE}${FULLWIDTH_RANGE}\\u0020-\\u007e\\u2000-\\u206f`;

/**
 * Kangxi radicals and the CJK radicals supplement. A PDF's font often names the glyph of a common
 * character by the code of the radical drawn the same (⼀ for 一, ⼯ for 工, ⻅ for 见): text read
 * from it holds radicals where the report has characters. NFKC maps each Kangxi radical back to its
 * character; of the supplement it maps two, and RADICAL_CHARACTERS gives the others that stand for a
 * whole character (the simplified forms above all: ⻅ 见, ⺠ 民, ⻓ 长, ⻛ 风), as Unicode's
 * EquivalentUnifiedIdeograph data pairs them.
 */
const RADICAL_RANGE = '\\u2e80-\\u2fdf';
const RADICAL_CHARACTERS: ReadonlyMap<string, string> = new Map([
  ['⺎', '兀'], ['⺜', '日'], ['⺝', '月'], ['⺠', '民'], ['⺩', '王'], ['⺼', '月'], ['⻁', '虎'], ['⻄', '西'],
  ['⻅', '见'], ['⻆', '角'], ['⻈', '讠'], ['⻉', '贝'], ['⻋', '车'], ['⻐', '钅'], ['⻑', '長'], ['⻓', '长'],
  ['⻔', '门'], ['⻗', '雨'], ['⻘', '青'], ['⻙', '韦'], ['⻚', '页'], ['⻛', '风'], ['⻜', '飞'], ['⻝', '食'],
  ['⻠', '饣'], ['⻢', '马'], ['⻣', '骨'], ['⻤', '鬼'], ['⻥', '鱼'], ['⻦', '鸟'], ['⻧', '卤'], ['⻨', '麦'],
  ['⻩', '黄'], ['⻪', '黾'], ['⻬', '齐'], ['⻮', '齿'], ['⻰', '龙'],
]);
/** A radical (what each stands for, in PDFs printed from real reports: test/spec/radicals.json). */
export const RADICAL = proven(new RegExp(`[${RADICAL_RANGE}]`, 'g'), { examples: ['⼀', '⻅', '⺅'], counterExamples: ['一', '见', 'A'] });
/** A text with each radical that stands for a whole character turned into that character. */
export const unradical = (text: string): string => text.replace(RADICAL, (c) => RADICAL_CHARACTERS.get(c) ?? c.normalize('NFKC'));
