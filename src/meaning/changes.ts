/**
 * Changes the report states itself: a rate of change (同比上升55.87%), and a change from one value to
 * another (由去年同期的1575项提升为2455项), linked with the rate that follows it.
 */
import { LIST_SEPARATORS } from '../lang/zh/approx.js';
import { charCodes } from '../lang/chars.js';
import { CHANGE_BREAK_CHARS } from '../lang/zh/punctuation.js';
import { CHANGE_FROM, CHANGE_PARTICLES, CHANGE_TO, CHANGE_WORDS, LEVEL_MARKERS, TIMES_UNIT } from '../lang/zh/change.js';
import { byLengthDesc, first, indexByChar, sameSentence, wordAt, type Change, type Indicator } from '../extract/index.js';

const WORDS = [...CHANGE_WORDS].sort(byLengthDesc((w) => w.word));
const WORDS_AT = indexByChar(WORDS.map((w) => w.word), first);
const isBreak = charCodes(CHANGE_BREAK_CHARS);

/** A change word before a figure: which way, whether it names the level reached (增至), and where it stands. */
export interface Stated { direction: Change['direction']; level: boolean; word: string; start: number }

/** The change word right before a figure (allowing 了/达/为 …), and whether it names a level (增至). */
export function changeBefore(text: string, at: number): Stated | null {
  let i = at;
  while (i > 0 && at - i < 12 && !isBreak(text.charCodeAt(i - 1))) i--;
  const before = text.slice(i, at);
  // most figures have no change word before them: find that out once rather than once per word
  let any = false;
  for (let k = 0; k < before.length && !any; k++) any = wordAt(before, k, WORDS_AT) !== undefined;
  if (!any) return null;
  for (const w of WORDS) {
    const k = before.lastIndexOf(w.word);
    if (k < 0) continue;
    const rest = before.slice(k + w.word.length);
    if (CHANGE_PARTICLES.test(rest)) return { direction: w.direction, level: LEVEL_MARKERS.test(w.word.slice(-1) + rest), word: w.word, start: i + k };
  }
  return null;
}

/** Adds `change` to the records that state one. Records are in reading order. */
export function linkChanges(records: Indicator[], match: string): void {
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    const prev = records[i - 1];
    const stated = changeBefore(match, r.start);
    if (stated && !r.change) {
      const isRate = !stated.level && (r.category === 'percent' || r.unit === TIMES_UNIT);
      r.change = isRate ? { direction: stated.direction, rate: r.value } : { direction: stated.direction };
    } else if (!r.change && prev?.change?.rate !== undefined && r.unit === prev.unit && LIST_SEPARATORS.includes(match.slice(prev.end, r.start).trim())) {
      // 分别下降17.7%、17.4%、68%: the enumeration shares its change word
      r.change = { direction: prev.change.direction, rate: r.value };
    }
    const next = records[i + 1];
    if (!next || !CHANGE_FROM.test(match.slice(Math.max(0, r.start - 16), r.start))) continue;
    const between = match.slice(r.end, next.start);
    if (next.unit !== r.unit || !CHANGE_TO.test(between)) continue;
    const change: Change = { direction: next.value >= r.value ? 'up' : 'down', from: r.value, to: next.value };
    // a rate stated right after (同比上升55.87%) belongs to the same change
    const rate = records[i + 2];
    if (rate && rate.category === 'percent' && sameSentence(match, next.end, rate.start) && changeBefore(match, rate.start)) {
      change.rate = rate.value;
    }
    r.change = change;
    next.change = { ...change };
    i++;
  }
}
