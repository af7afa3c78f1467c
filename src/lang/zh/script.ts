import type { Examples } from './types.js';

/**
 * The script itself: which characters are Chinese, for the stages that tell words from numbers,
 * punctuation and markup. Ranges are written once here, as the body of a character class.
 */

/** CJK Unified Ideographs: the Han characters of running text. */
export const HAN_RANGE = '\\u4e00-\\u9fff';
/** One Han character. */
export const HAN = new RegExp(`[${HAN_RANGE}]`);
/** A run of Han characters and nothing else. */
export const HAN_RUN = new RegExp(`^[${HAN_RANGE}]+$`);
export const HAN_EXAMPLES: Examples = { examples: ['罚款', '行政处罚案件'], counterExamples: ['2023', 'ABC', '，', '罚款5万'] };

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
