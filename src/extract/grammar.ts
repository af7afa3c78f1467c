/**
 * The figure grammar, compiled once from the language tables. Holds no Chinese literal of its own.
 */
import { approxMarkers, LIST_SEPARATORS, QUALIFIER_APPROX, RANGE_SEPARATORS } from '../lang/zh/approx.js';
import { ARABIC_SCALES, BARE_SCALES, DECIMAL_POINT, DIGIT_CHARS, FINANCIAL_CHARS, MINUS, NUMERAL_CHARS, ONE_CHARS, ONE_WORD_PREFIXES, PERCENT_PREFIX, SIGN_AFTER, TEN_CHARS } from '../lang/zh/numerals.js';
import { DENOMINATOR_NOUNS, MASKS, PER_DENOMINATOR } from '../lang/zh/masks.js';
import { byLengthDesc, first, indexByChar, last, type CharIndex } from '../text/index.js';
import { MEASURE_WORDS, PER_MARKS, PER_UNIT_DENOMINATORS, PERSON_NOUNS, UNITS, type UnitEntry } from '../lang/zh/units.js';

/** Candidate numbers: Arabic (with thousands separators and decimals) or a run of Chinese numerals. */
export const NUMBER_RE = new RegExp(
  `\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[${NUMERAL_CHARS}]+(?:${DECIMAL_POINT}[${DIGIT_CHARS}]+)?`, 'g');

/** A Chinese numeral run must start with a digit or 十 (千家万户 and 万千 are words, not numbers). */
export const CHINESE_START = new RegExp(`^[${DIGIT_CHARS}${TEN_CHARS}]`);

function longestFirstOf(words: readonly string[]): string[] { return [...words].sort(byLengthDesc((w) => w)); }

/** The measure words UNITS does not list, as plain counts of the open vocabulary. */
const OPEN_UNITS: readonly UnitEntry[] = MEASURE_WORDS
  .map((m) => ({ unit: m.word, base: m.word, category: 'count', notBefore: m.notBefore, open: true, notAfterYear: m.notAfterYear }));
const ALL_UNITS = [...UNITS, ...OPEN_UNITS];
/** Units by first character, longest first. */
export const UNITS_AT: CharIndex<UnitEntry> = indexByChar([...ALL_UNITS].sort(byLengthDesc((u) => u.unit)), (u) => first(u.unit));
export const UNIT_BY_NAME: ReadonlyMap<string, UnitEntry> = new Map(ALL_UNITS.map((u) => [u.unit, u]));
/** What a rate is per (元/月, 毫克每升), by first character, longest first. */
export const PER_DENOMINATORS_AT = indexByChar(longestFirstOf(PER_UNIT_DENOMINATORS), first);
export const PER_MARKS_AT = indexByChar(longestFirstOf(PER_MARKS), first);

const longestFirst = longestFirstOf;

export const SCALES_AT = indexByChar(longestFirst(Object.keys(ARABIC_SCALES)), first);
/** Markers before a number, by last character (looked up where the number starts), longest first. */
export const APPROX_BEFORE_ENDING = indexByChar(longestFirst(approxMarkers('before')), last);
export const APPROX_INSIDE = approxMarkers('inside');
export const APPROX_INSIDE_AT = indexByChar(APPROX_INSIDE, first);
export const APPROX_AFTER_AT = indexByChar(approxMarkers('after'), first);
/** A rate's denominator ending where its number starts (超每千人6.6批次), and the characters it can end with. */
export const DENOMINATOR_ENDING = new RegExp(`(?:${PER_DENOMINATOR})$`);
export const DENOMINATOR_LAST = new Set(DENOMINATOR_NOUNS.map(last));

export { BARE_SCALES, FINANCIAL_CHARS, MINUS, SIGN_AFTER, LIST_SEPARATORS, ONE_CHARS, ONE_WORD_PREFIXES, QUALIFIER_APPROX, RANGE_SEPARATORS, PERCENT_PREFIX };
export const PERSON_NOUNS_AT = indexByChar(longestFirst(PERSON_NOUNS), first);

export const MASK_RES: readonly { name: string; re: RegExp }[] = MASKS.map((m) => ({ name: m.name, re: new RegExp(m.pattern, 'gm') }));
