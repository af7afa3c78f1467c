/** The change word a report writes before a figure (同比上升, 由…提升为, 增至): which way, whether it names a level, whether it states a difference. */
import { charCodes } from '../lang/chars.js';
import { CHANGE_BREAK_CHARS } from '../lang/zh/punctuation.js';
import { CHANGE_PARTICLES, CHANGE_WORDS, COMPARED_CHANGE_WORDS, COMPARED_WITH, COMPARISON_ONLY, LEVEL_MARKERS } from '../lang/zh/change.js';
import { clauseBefore } from './clauses.js';
import { byLengthDesc, first, indexByChar, wordAt } from './words.js';
import { SETTINGS } from '../lang/zh/settings.js';

const COMPARED_ONLY = new Set(COMPARED_CHANGE_WORDS.map((w) => w.word));
const WORDS = [...CHANGE_WORDS, ...COMPARED_CHANGE_WORDS].sort(byLengthDesc((w) => w.word));
const WORDS_AT = indexByChar(WORDS.map((w) => w.word), first);
const isBreak = charCodes(CHANGE_BREAK_CHARS);

/** A change word before a figure: which way, whether it names the level reached (增至), and where it stands. */
export interface Stated { direction: 'up' | 'down'; level: boolean; word: string; start: number }

/** The change word right before a figure (allowing 了/达/为 …), and whether it names a level (增至). */
export function changeBefore(text: string, at: number): Stated | null {
  let i = at;
  while (i > 0 && at - i < SETTINGS.CHANGE_WORD_BEFORE.value && !isBreak(text.charCodeAt(i - 1))) i--;
  const before = text.slice(i, at);
  // most figures have no change word before them: find that out once rather than once per word
  let any = false;
  for (let k = 0; k < before.length && !any; k++) any = wordAt(before, k, WORDS_AT) !== undefined;
  if (!any) return null;
  for (const w of WORDS) {
    const k = before.lastIndexOf(w.word);
    if (k < 0) continue;
    const rest = before.slice(k + w.word.length);
    if (COMPARED_ONLY.has(w.word) && !COMPARED_WITH.test(before.slice(0, k))) continue;
    if (CHANGE_PARTICLES.test(rest)) return { direction: w.direction, level: LEVEL_MARKERS.test(w.word.slice(-1) + rest), word: w.word, start: i + k };
  }
  return null;
}

/**
 * Whether a figure states a difference from an earlier value: a change by an amount (not a rate, not
 * the level reached) whose clause holds only its change word (186.5万辆，增加9.7万辆) or a comparison
 * before it (比上年末增加7.2万人), not a quantity acted on (改造提升24个服务区). Such a figure adds only
 * to other differences: it is a whole or a part only of them.
 */
export function statesDifference(match: string, r: { start: number; change?: { rate?: number; to?: number } }): boolean {
  return differenceClause(match, r) !== null;
}

/**
 * Whether a figure is the difference of the level right before it: its clause holds only the change word
 * and the comparison (88061亩，增加5289亩; 255423人，比上年末增加23691人), naming nothing of its own.
 */
export function changesLevelBefore(match: string, r: { start: number; change?: { rate?: number; to?: number } }): boolean {
  const before = differenceClause(match, r);
  return before !== null && COMPARISON_ONLY.test(before);
}

/** The clause before a difference's change word (empty where it holds only the word), or null where the figure states none. */
function differenceClause(match: string, r: { start: number; change?: { rate?: number; to?: number } }): string | null {
  if (r.change === undefined || r.change.rate !== undefined || r.change.to !== undefined) return null;
  const word = changeBefore(match, r.start);
  if (!word) return null;
  const before = clauseBefore(match, word.start).trim();
  return before === '' || COMPARED_WITH.test(before) ? before : null;
}
