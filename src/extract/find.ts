/**
 * Finding: where the figures are. Returns spans (number, scales, unit, approximation) and leaves
 * their meaning to resolve.ts.
 */
import {
  APPROX_AFTER_AT, APPROX_BEFORE_ENDING, APPROX_INSIDE, BARE_SCALES, APPROX_INSIDE_AT, CHINESE_START, DENOMINATOR_ENDING, DENOMINATOR_LAST, FINANCIAL_CHARS, LIST_SEPARATORS, MASK_RES, NUMBER_RE,
  MINUS, ONE_CHARS, SIGN_AFTER, ONE_WORD_PREFIXES, PER_DENOMINATORS_AT, PER_MARKS_AT, PERCENT_PREFIX, PERSON_NOUNS_AT, QUALIFIER_APPROX, RANGE_SEPARATORS,
  SCALES_AT, UNITS_AT, UNIT_BY_NAME,
} from './grammar.js';
import { wordAt, wordEndingAt } from '../text/index.js';
import { MONEY_MEASURE_BEFORE, MONEY_MEASURE_UNIT, PER_SLASH, PERSON_MEASURE_BEFORE, PERSON_UNIT, PLACE_NAME_AFTER_UNIT, TIMES, UNIT_MEASURE_BEFORE, YEAR_LIKE } from '../lang/zh/units.js';
import { anyOf } from '../lang/build.js';
import { CLOSE_BRACKET_CHARS, CLOSE_QUOTE, FIGURE_CLAUSE_END_CHARS, OPEN_BRACKET_CHARS, OPEN_QUOTE } from '../lang/zh/punctuation.js';
import { HAN } from '../lang/zh/script.js';
import type { Span } from './types.js';
import { SETTINGS } from '../lang/zh/settings.js';
import { APPROX } from '../lang/zh/approx.js';
import { MEASURE_ABBREVIATIONS } from '../lang/zh/masks.js';

/** A short parenthetical between a unit and the rest of a compound unit: 万辆（艘、架、列）次. */
const PAREN = new RegExp(`^${anyOf(OPEN_BRACKET_CHARS)}[^${OPEN_BRACKET_CHARS}${CLOSE_BRACKET_CHARS}\\n]{1,${SETTINGS.UNIT_ASIDE_MAX.value}}${anyOf(CLOSE_BRACKET_CHARS)}`);

/** Ranges of the text where numbers are names, codes, dates or slogans: sorted and disjoint. */
export function maskedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const { re } of MASK_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      ranges.push([m.index, m.index + m[0].length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Answers "is [start, end) masked?" for starts that only grow, in amortised constant time. */
function maskCursor(ranges: Array<[number, number]>) {
  let i = 0;
  return (start: number, end: number): boolean => {
    while (i < ranges.length && ranges[i][1] <= start) i++;
    return i < ranges.length && ranges[i][0] < end;
  };
}

/** What a unit is read after: the number's characters, and whether a scale word came between. */
interface NumberRead { number: string; scaled: boolean }

/**
 * Matches a unit at `at`, honouring the characters that would make it part of another word, and
 * the numbers a measure word of the open vocabulary does not follow (a lone 三 of 三门峡, 2022届).
 */
function unitAt(text: string, at: number, read?: NumberRead): string | null {
  for (const u of UNITS_AT.get(text[at]) ?? []) {
    if (!text.startsWith(u.unit, at)) continue;
    const next = text[at + u.unit.length] ?? '';
    if (next && u.notBefore?.includes(next)) continue;
    if (read && u.open && !/\d/.test(read.number) && read.number.length < 2 && !read.scaled) continue;
    if (read && u.notAfterYear && !read.scaled && YEAR_LIKE.test(read.number)) continue;
    return u.unit;
  }
  return null;
}

/**
 * A unit made of two: a measure word counted in uses (台次, 艘次), a rate per a unit of time,
 * area or quantity (元/月, 元/平方米, 毫克每升 read as 毫克/升). Returns the unit and where it ends.
 */
function compoundUnit(text: string, unit: string, at: number): { unit: string; end: number } {
  const entry = UNIT_BY_NAME.get(unit);
  const times = UNIT_BY_NAME.get(TIMES);
  if (entry?.category === 'count' && !entry.ambiguous && text[at] === TIMES && !unit.endsWith(TIMES)
    && !(text[at + 1] && times?.notBefore?.includes(text[at + 1]))) {
    return { unit: unit + TIMES, end: at + 1 };
  }
  if (entry?.category === 'percent' || unit.includes(PER_SLASH)) return { unit, end: at };
  const mark = wordAt(text, at, PER_MARKS_AT);
  const denominator = mark ? wordAt(text, at + mark.length, PER_DENOMINATORS_AT) : undefined;
  if (mark && denominator) {
    // the denominator is a whole word: 元/人次 rather than 元/人 before 次
    const end = at + mark.length + denominator.length;
    return { unit: `${unit}${PER_SLASH}${denominator}`, end };
  }
  return { unit, end: at };
}

/** How many spaces stand at `at`, up to the gap a figure's parts may have between them. */
function spacesAt(text: string, at: number): number {
  let gap = 0;
  while (gap < SETTINGS.UNIT_GAP.value && text[at + gap] === ' ') gap++;
  return gap;
}

interface Tail { end: number; scales: string[]; unit: string | null; approx: string; personNoun?: string }

/** Reads what follows a number: scale words, 余/多, the unit, then 以上/左右. */
function readTail(text: string, at: number, number: string): Tail {
  let pos = at;
  const scales: string[] = [];
  let approx = '';
  let unit: string | null = null;
  let personNoun: string | undefined;
  for (let guard = 0; guard < 6; guard++) {
    const gap = spacesAt(text, pos);
    const u = unitAt(text, pos + gap, { number, scaled: scales.length > 0 });
    if (u) {
      unit = u;
      pos += gap + u.length;
      break;
    }
    // a text from a PDF may space a number from its scale too (5018 万元), but a scale ends the gap
    const scale = gap === 0 || scales.length === 0 ? wordAt(text, pos + gap, SCALES_AT) : undefined;
    if (scale) { scales.push(scale); pos += gap + scale.length; continue; }
    if (gap > 0) break;
    const inside = !approx ? wordAt(text, pos, APPROX_INSIDE_AT) : undefined;
    if (inside) { approx = inside; pos += inside.length; continue; }
    break;
  }
  if (unit) {
    const compound = compoundUnit(text, unit, pos);
    unit = compound.unit;
    pos = compound.end;
    // a compound unit split by a parenthetical: 万辆（艘、架、列）次 → 辆次
    const paren = PAREN.exec(text.slice(pos, pos + SETTINGS.NEAR_FIGURE.value));
    if (paren) {
      const longer = unitAt(text, pos + paren[0].length);
      if (longer && UNIT_BY_NAME.has(unit + longer)) { unit += longer; pos += paren[0].length + longer.length; }
    }
    // (a text from a PDF may space it off: 5% 左右)
    const gap = spacesAt(text, pos);
    const after = wordAt(text, pos + gap, APPROX_AFTER_AT) ?? (text.startsWith(QUALIFIER_APPROX, pos + gap) ? QUALIFIER_APPROX : undefined);
    if (after) { approx = approx || after; pos += gap + after.length; }
    const entry = UNIT_BY_NAME.get(unit);
    if ((entry?.qualifier && HAN.test(text[pos] ?? '')) || (entry?.namesGroup && /\d/.test(text[pos] ?? ''))) unit = null;
  } else if (scales.length > 0 || approx) {
    const noun = wordAt(text, pos, PERSON_NOUNS_AT);
    if (noun) personNoun = noun;
  }
  return { end: pos, scales, unit, approx, personNoun };
}

const APPROX_NOT_AFTER = new Map(APPROX.filter((a) => a.notAfter).map((a) => [a.marker, a.notAfter!]));

/** A marker before a number, or before the denominator of its rate (超每千人6.6批次): the marker, and how far back the figure starts. */
function approxBefore(text: string, start: number): { marker: string; length: number } | null {
  // (a text from a PDF may space it off: 约 3000 人)
  const spaced = text[start - 1] === ' ' ? 1 : 0;
  const marker = wordEndingAt(text, start - spaced, APPROX_BEFORE_ENDING);
  // (not the end of a word: 签约5个)
  if (marker) return APPROX_NOT_AFTER.get(marker)?.includes(text[start - spaced - marker.length - 1]) ? null : { marker, length: marker.length + spaced };
  // tested only where a denominator could end: this runs for every number
  if (!DENOMINATOR_LAST.has(text[start - 1])) return null;
  const denominator = DENOMINATOR_ENDING.exec(text.slice(Math.max(0, start - SETTINGS.BEFORE_NUMBER.value), start))?.[0];
  if (!denominator) return null;
  const outer = wordEndingAt(text, start - denominator.length, APPROX_BEFORE_ENDING);
  return outer ? { marker: outer, length: outer.length + denominator.length } : null;
}

const isLoneOne = (number: string) => ONE_CHARS.includes(number);

/**
 * A lone 一 is mostly an article or part of a word (一个平台, 统一, 再一次); it is a count only when it
 * closes its clause after what it counts (讲授法治课一次。), outside a quoted saying (“打击一个,震慑一片”).
 */
function isCountedOne(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  const near = text.slice(Math.max(0, start - SETTINGS.QUOTE_LOOK_BACK.value), start);
  const insideQuote = near.lastIndexOf(OPEN_QUOTE) > near.lastIndexOf(CLOSE_QUOTE);
  return !insideQuote && !ONE_WORD_PREFIXES.includes(before) && HAN.test(before) && (after === '' || CLAUSE_END.test(after));
}

const CLAUSE_END = new RegExp(anyOf(FIGURE_CLAUSE_END_CHARS));
/** A total's abbreviation run onto its figure (人均GDP17861元): the figure is read, as no code masks it. */
const ABBREVIATION_BEFORE = new RegExp(`(?<![A-Za-z])(?:${MEASURE_ABBREVIATIONS.join('|')})$`);
/** How far back ABBREVIATION_BEFORE reads: the longest abbreviation and the character before it. */
const ABBREVIATION_REACH = Math.max(...MEASURE_ABBREVIATIONS.map((a) => a.length)) + 1;

/** Finds every figure in `text` (the matching view: fullwidth folded, same offsets as the output text). */
export function findSpans(text: string): Span[] {
  const isMasked = maskCursor(maskedRanges(text));
  const spans: Span[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const number = m[0];
    const numberStart = m.index;
    const arabic = /^\d/.test(number);
    const prevChar = text[numberStart - 1] ?? '';
    if (arabic && /[\d.A-Za-z]/.test(prevChar) && !ABBREVIATION_BEFORE.test(text.slice(Math.max(0, numberStart - ABBREVIATION_REACH), numberStart))) continue;
    if (isMasked(numberStart, numberStart + number.length)) continue;

    const percentWords = text.startsWith(PERCENT_PREFIX, numberStart - PERCENT_PREFIX.length);
    // 千家万户 and 万千 are words: a Chinese run starts with a digit or 十, unless 余/多 follows (千余人)
    // or it is a percentage in words (百分之百)
    const nextChar = text[numberStart + number.length] ?? '';
    let start = percentWords ? numberStart - PERCENT_PREFIX.length : numberStart;
    const before = approxBefore(text, start);
    // a scale word alone after a bound is one of it (突破万亿元), where a unit follows (checked below)
    const bareScale = !arabic && BARE_SCALES.includes(number) && before !== null;
    if (!arabic && !CHINESE_START.test(number) && !percentWords && !APPROX_INSIDE.includes(nextChar) && !bareScale) continue;
    let approx = '';
    if (before) { approx = before.marker; start -= before.length; }

    const tail = readTail(text, numberStart + number.length, number);
    if (bareScale && !tail.unit) continue;
    if (!arabic && isLoneOne(number) && !isCountedOne(text, numberStart, tail.end)) continue;
    if (number.length === 1 && FINANCIAL_CHARS.includes(number)) continue;
    if (!arabic && tail.unit && PLACE_NAME_AFTER_UNIT.test(text.slice(tail.end, tail.end + SETTINGS.NEAR_FIGURE.value))) continue;
    // a bare scaled number after 人数/人口 counts people (参保人数突破5100万), after 诊疗人次 the 人次 it names,
    // after 投资 or 产值 money (固定资产投资2751亿)
    let named: string | undefined;
    if (!tail.unit && !tail.personNoun && tail.scales.length > 0) {
      const near = text.slice(Math.max(0, numberStart - SETTINGS.NEAR_FIGURE.value), numberStart);
      tail.personNoun = PERSON_MEASURE_BEFORE.exec(near)?.[0];
      named = tail.personNoun ? undefined : UNIT_MEASURE_BEFORE.exec(near)?.[1] ?? (MONEY_MEASURE_BEFORE.test(near) ? MONEY_MEASURE_UNIT : undefined);
    }
    // Chinese 千/万 inside the run are part of the numeral; a trailing 余/多 splits it (十余万人)
    const unit = percentWords ? '%' : tail.unit ?? named ?? null;
    const end = percentWords ? numberStart + number.length : tail.end;
    spans.push({
      start, end, number, numberStart,
      scales: percentWords ? [] : tail.scales,
      unit: unit ?? (tail.personNoun ? PERSON_UNIT : null),
      approx: approx || tail.approx,
      percentWords: percentWords || undefined,
      personNoun: tail.personNoun,
    });
    NUMBER_RE.lastIndex = Math.max(NUMBER_RE.lastIndex, end);
  }
  return linkEnumerations(text, spans).filter((s) => s.unit !== null);
}

/**
 * A rate with its sign, where it is negative (贡献率为-1.2%; 分别增长22.0%、-14.1%): a minus right before
 * its Arabic number, after words or a list's comma (not 3-5%, 4.5%-5%), once its unit is known.
 */
function signed(text: string, s: Span): Span {
  const negative = s.start === s.numberStart && /^\d/.test(s.number) && text[s.numberStart - 1] === MINUS
    && SIGN_AFTER.test(text.slice(Math.max(0, s.numberStart - 2), s.numberStart - 1))
    && s.unit !== null && UNIT_BY_NAME.get(s.unit)?.category === 'percent';
  return negative ? { ...s, number: MINUS + s.number, start: s.start - MINUS.length } : s;
}

/** Whether the text between two numbers lists them, the next one's sign aside (1.6、-0.3、0.8个百分点). */
const isListed = (between: string) => LIST_SEPARATORS.includes(between.endsWith(MINUS) ? between.slice(0, -MINUS.length).trimEnd() : between);

/**
 * A number with no unit, or with the first part of the next item's, takes the unit of the next item
 * when only a list separator stands between them (1409万、1305万人次; 12.7个、12个百分点), and its scale
 * where it has none (112.46、96.6、348.87亿元), and becomes a
 * range with it after a range separator (3-5人, 三至五人).
 */
function linkEnumerations(text: string, spans: Span[]): Span[] {
  // walks from the last span back, so that a chain (1409万、1305万、1200万人次) passes its unit along
  const reversed: Span[] = [];
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i];
    const next = reversed[reversed.length - 1];
    if (next && next.unit !== null && (s.unit === null || s.unit === next.unit)) {
      const between = text.slice(s.end, next.start).trim();
      if (RANGE_SEPARATORS.includes(between) && !s.approx) {
        // 3-5万人: the lower bound borrows the upper bound's scale when it has none of its own
        const scales = s.scales.length > 0 ? s.scales : next.scales;
        reversed[reversed.length - 1] = { ...next, start: s.start, number: s.number, numberStart: s.numberStart, scales, to: { number: next.number, scales: next.scales } };
        continue;
      }
      if (s.unit === null && isListed(between)) {
        // (and its scale, where it has none of its own: 分别为112.46、96.6、348.87亿元)
        const scales = s.scales.length > 0 ? s.scales : next.scales;
        reversed.push({ ...s, unit: next.unit, scales, inherited: true, approx: s.approx || next.approx });
        continue;
      }
    }
    // 分别高于全国12.7个、12个百分点: a unit that begins the next item's is that unit, cut short
    if (next?.unit && s.unit && next.unit !== s.unit && next.unit.startsWith(s.unit) && isListed(text.slice(s.end, next.start).trim())) {
      reversed.push({ ...s, unit: next.unit, inherited: true });
      continue;
    }
    reversed.push(s);
  }
  return reversed.reverse().map((s) => signed(text, s));
}
