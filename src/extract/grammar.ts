/**
 * The figure grammar, compiled once from the language tables. Holds no Chinese literal of its own.
 */
import { APPROX, LIST_SEPARATORS, QUALIFIER_APPROX, RANGE_SEPARATORS } from '../lang/zh/approx.js';
import { ARABIC_SCALES, DECIMAL_POINT, DIGIT_CHARS, NUMERAL_CHARS, ONE_CHARS, ONE_WORD_PREFIXES, PERCENT_PREFIX, TEN_CHARS } from '../lang/zh/numerals.js';
import { MASKS } from '../lang/zh/slogans.js';
import { PERSON_NOUNS, UNITS, type UnitEntry } from '../lang/zh/units.js';

const byLengthDesc = <T>(key: (t: T) => string) => (a: T, b: T) => key(b).length - key(a).length;

/** Candidate numbers: Arabic (with thousands separators and decimals) or a run of Chinese numerals. */
export const NUMBER_RE = new RegExp(
  `\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[${NUMERAL_CHARS}]+(?:${DECIMAL_POINT}[${DIGIT_CHARS}]+)?`, 'g');

/** A Chinese numeral run must start with a digit or 十 (千家万户 and 万千 are words, not numbers). */
export const CHINESE_START = new RegExp(`^[${DIGIT_CHARS}${TEN_CHARS}]`);

export const UNITS_BY_LENGTH: readonly UnitEntry[] = [...UNITS].sort(byLengthDesc((u) => u.unit));
export const UNIT_BY_NAME: ReadonlyMap<string, UnitEntry> = new Map(UNITS.map((u) => [u.unit, u]));

export const SCALES_BY_LENGTH: readonly string[] = Object.keys(ARABIC_SCALES).sort((a, b) => b.length - a.length);

export const APPROX_BEFORE = APPROX.filter((a) => a.position === 'before').map((a) => a.marker).sort((a, b) => b.length - a.length);
export const APPROX_INSIDE = APPROX.filter((a) => a.position === 'inside').map((a) => a.marker);
export const APPROX_AFTER = APPROX.filter((a) => a.position === 'after').map((a) => a.marker);

export { LIST_SEPARATORS, ONE_CHARS, ONE_WORD_PREFIXES, QUALIFIER_APPROX, RANGE_SEPARATORS, PERCENT_PREFIX };
export const PERSON_NOUNS_BY_LENGTH: readonly string[] = [...PERSON_NOUNS].sort((a, b) => b.length - a.length);

export const MASK_RES: readonly { name: string; re: RegExp }[] = MASKS.map((m) => ({ name: m.name, re: new RegExp(m.pattern, 'gm') }));
