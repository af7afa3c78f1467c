/**
 * Resolving: what a found span means. Value in base units, unit, category.
 */
import { CATEGORY_KEYWORDS, FINE_KEYWORDS, PER_SLASH, type Category } from '../lang/zh/units.js';
import { byLengthDesc, clauseBefore, endsAt, indexByChar, last, parseNumber, phraseAfter, scalePower, shiftDecimal } from '../text/index.js';
import { UNIT_BY_NAME } from './grammar.js';
import type { Span } from './types.js';
import type { UnitEntry } from '../lang/zh/units.js';
import { SETTINGS } from '../lang/zh/settings.js';

export interface Resolved {
  value: number;
  unit: string;
  category: Category;
  /** the category is the unit's default: no word around the figure decided it */
  byDefault: boolean;
  to?: number;
}


function valueOf(number: string, scales: readonly string[], factor: number): number | null {
  // (a table's cell may be signed: 交通和通信 | -1.8 |)
  const negative = number.startsWith('-');
  const n = parseNumber(negative ? number.slice(1) : number);
  if (n === null) return null;
  const v = shiftDecimal(n, scalePower(scales) + Math.round(Math.log10(factor)));
  return Number.isFinite(v) ? (negative ? -v : v) : null;
}

/** Both keyword lists by last character, longest first: on a tie the longer keyword wins (备案 over 案). */
const KEYWORDS_ENDING = indexByChar(
  (['case', 'count'] as const).flatMap((kind) => CATEGORY_KEYWORDS[kind].map((word) => ({ word, kind }))).sort(byLengthDesc((k) => k.word)),
  (k) => last(k.word),
);

/** The keyword of either list that stands last in `text` (nearest the figure when text comes before it). */
function lastKeyword(text: string): 'case' | 'count' | null {
  for (let end = text.length; end > 0; end--) {
    const hit = KEYWORDS_ENDING.get(text[end - 1])?.find((k) => endsAt(text, k.word, end));
    if (hit) return hit.kind;
  }
  return null;
}

/**
 * The table entry of a unit, and the base unit it reports in: a rate per unit (元/月, 万元/亩) is its
 * numerator's entry over the denominator as written.
 */
export function unitEntryOf(unit: string): { entry: UnitEntry | undefined; base: string } {
  const whole = UNIT_BY_NAME.get(unit);
  if (whole) return { entry: whole, base: whole.base };
  const slash = unit.indexOf(PER_SLASH);
  if (slash > 0) {
    const numerator = UNIT_BY_NAME.get(unit.slice(0, slash));
    if (numerator) return { entry: numerator, base: `${numerator.base}${unit.slice(slash)}` };
  }
  return { entry: undefined, base: unit };
}

function categoryOf(unit: string, text: string, span: Span): { category: Category; byDefault: boolean } {
  const { entry } = unitEntryOf(unit);
  const base = entry?.category ?? (span.personNoun ? 'person' : 'count');
  if (base === 'money') {
    const clause = clauseBefore(text, span.start);
    return { category: FINE_KEYWORDS.some((k) => clause.includes(k)) ? 'fine' : 'money', byDefault: false };
  }
  if (!entry?.ambiguous) return { category: base, byDefault: false };
  // the head of the noun phrase after the figure decides first (2起行政处罚听证会 → count), then the
  // nearest keyword before it (行政处罚67次 → case), then the unit's own default
  const decided = lastKeyword(phraseAfter(text, span.end)) ?? lastKeyword(clauseBefore(text, span.start, SETTINGS.KEYWORD_BEFORE.value));
  return { category: decided ?? base, byDefault: decided === null };
}

/**
 * The category of a figure named by words rather than standing in a sentence (a table cell and its
 * header path): the unit's own, else the last keyword of the first of `words` that holds one.
 */
export function categoryOfNamed(unit: string, words: readonly string[]): Category {
  const { entry } = unitEntryOf(unit);
  if (entry?.category === 'money') return words.some((w) => FINE_KEYWORDS.some((k) => w.includes(k))) ? 'fine' : 'money';
  if (entry && !entry.ambiguous) return entry.category;
  for (const w of words) {
    const kind = lastKeyword(w);
    if (kind) return kind;
  }
  return entry?.category ?? 'count';
}

/** Turns a span into a value in base units, with its unit and category; null when it is no figure. */
export function resolveSpan(span: Span, text: string): Resolved | null {
  const unit = span.unit;
  if (unit === null) return null;
  const { entry, base: entryBase } = unitEntryOf(unit);
  const factor = entry?.factor ?? 1;
  const value = valueOf(span.number, span.scales, factor);
  if (value === null) return null;
  const to = span.to ? valueOf(span.to.number, span.to.scales, factor) ?? undefined : undefined;
  const base = span.percentWords ? '%' : entryBase;
  return { value, unit: base, ...categoryOf(unit, text, span), to };
}
