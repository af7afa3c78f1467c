import { ARABIC_SCALES, DECIMAL_POINT, DIGITS, LARGE_UNITS, SMALL_UNITS, TEN_CHARS, WAN, YI } from '../lang/zh/numerals.js';
import { DECIMAL_MARK_CHARS } from '../lang/zh/punctuation.js';
import { anyOf } from '../lang/build.js';
import { SETTINGS } from '../lang/zh/settings.js';

/**
 * Reads a Chinese numeral: 十一 = 11, 一十一 = 11, 三千零五 = 3005, 两千 = 2000, 十二万三千 = 123000,
 * 二〇二三 = 2023 (digit by digit when there is no multiplier). Returns null when it is not one.
 */
export function parseChineseNumeral(text: string): number | null {
  const chars = [...text];
  if (chars.length === 0) return null;
  if (chars.every((c) => c in DIGITS)) {
    return chars.length > SETTINGS.FIGURE_MAX_DIGITS.value ? null : Number(chars.map((c) => DIGITS[c]).join(''));
  }
  let yi = 0; // everything already multiplied by YI
  let wan = 0; // the WAN group below YI
  let section = 0; // below WAN
  let digit: number | null = null;
  let prev = '';
  for (const c of chars) {
    if (c in DIGITS) {
      // two non-zero digits in a row (二三) only make sense digit by digit, handled above
      if (digit !== null && DIGITS[prev] !== 0 && DIGITS[c] !== 0) return null;
      digit = DIGITS[c];
    } else if (c in SMALL_UNITS) {
      // 十 alone, or after 零 (一亿零十一), means 一十; a leading 百/千 means 一百/一千 (千余人)
      const n = digit ? digit : prev === '' || (TEN_CHARS.includes(c) && DIGITS[prev] === 0) ? 1 : null;
      if (n === null) return null;
      section += n * SMALL_UNITS[c];
      digit = null;
    } else if (c === WAN) {
      // a leading 万 means 一万 (万余人)
      const group = section + (digit ?? (prev === '' ? 1 : 0));
      if (group === 0) return null;
      wan += group * LARGE_UNITS[c];
      section = 0;
      digit = null;
    } else if (c === YI) {
      const group = wan + section + (digit ?? 0);
      if (group === 0 && yi === 0) return null;
      yi = (yi + group) * LARGE_UNITS[c];
      wan = section = 0;
      digit = null;
    } else {
      return null;
    }
    prev = c;
  }
  const value = yi + wan + section + (digit ?? 0);
  return Number.isFinite(value) ? value : null;
}

/** Reads a Chinese numeral that may have a decimal part written with 点 (十点七 = 10.7). */
export function parseChineseDecimal(text: string): number | null {
  const [whole, fraction, ...rest] = text.split(DECIMAL_POINT);
  if (rest.length > 0) return null;
  const w = parseChineseNumeral(whole);
  if (w === null || fraction === undefined) return w;
  const digits = [...fraction].map((c) => DIGITS[c]);
  if (digits.length === 0 || digits.some((d) => d === undefined)) return null;
  return Number(`${w}.${digits.join('')}`);
}

/** Reads an Arabic number with optional thousands separators and decimals; null for codes too long to be figures. */
export function parseArabic(text: string): number | null {
  const plain = text.replace(/,/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(plain) || plain.replace('.', '').length > SETTINGS.FIGURE_MAX_DIGITS.value) return null;
  return Number(plain);
}

/**
 * value × 10^power without binary rounding noise (121.1 × 10^4 = 1211000, not 1211000.0000000002).
 */
export function shiftDecimal(value: number, power: number): number {
  if (power === 0) return value;
  const [mantissa, exp] = value.toExponential().split('e');
  return Number(`${mantissa}e${Number(exp) + power}`);
}

/** The power of ten of a list of scale words (万, 亿, 千 …). */
export function scalePower(scales: readonly string[]): number {
  return scales.reduce((p, s) => p + Math.round(Math.log10(ARABIC_SCALES[s] ?? 1)), 0);
}

/** Reads a number as written (Arabic or Chinese), without scale words after it. */
export function parseNumber(text: string): number | null {
  return /^[\d,.]+$/.test(text) ? parseArabic(text) : parseChineseDecimal(text);
}

const DECIMALS = new RegExp(`${anyOf(DECIMAL_MARK_CHARS)}(\\d+)`);
const ARABIC_NUMBER = new RegExp(`\\d[\\d,${DECIMAL_MARK_CHARS}]*`);

/** How many decimals a figure is written with (316.80亿元 → 2). */
export function decimals(raw: string): number {
  return DECIMALS.exec(raw)?.[1].length ?? 0;
}

/**
 * How far a written figure may be from the quantity it rounds, relative to it (11.37万亿 → 0.005/11.37).
 * A whole number written out in full (2455项) is exact; one with decimals or a scale word is rounded.
 */
export function relativeSlack(r: { raw: string; value: number }): number {
  const written = parseNumber(ARABIC_NUMBER.exec(r.raw)?.[0] ?? '') ?? 0;
  if (written <= 0 || (decimals(r.raw) === 0 && written === r.value)) return 0;
  return (0.5 * 10 ** -decimals(r.raw)) / written;
}

/**
 * Whether `stated` (as written in `raw`) agrees with `computed` once rounding is allowed for: half a
 * unit of the stated precision, plus how far the inputs' own rounding can move the computation.
 */
export function agrees(stated: number, computed: number, raw: string, inputSlack = 0): boolean {
  const unit = 10 ** -decimals(raw);
  return Math.abs(stated - computed) <= unit / 2 + Math.abs(computed) * inputSlack + 1e-9;
}

/**
 * Whether `stated` is `computed` cut at its last digit rather than rounded (3件 of 64件, 4.6875%, stated
 * 4.68%; 7条 of 15条 stated 46.66%; 3条 of 349条 stated 0.8%: three disclosure reports that cut their shares).
 */
export function truncates(stated: number, computed: number, raw: string, inputSlack = 0): boolean {
  const unit = 10 ** -decimals(raw);
  const slack = Math.abs(computed) * inputSlack + 1e-9;
  return stated >= 0 && computed >= stated - slack && computed < stated + unit + slack;
}

/** Whether two values are the same amount, but for the float error of summing them (52.27 + 82.96 …). */
export const sameAmount = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(b));
