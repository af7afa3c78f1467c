/**
 * Changes the report states itself: a rate of change (同比上升55.87%), and a change from one value to
 * another (由去年同期的1575项提升为2455项; 分别从771家、481家增加到1076家、636家), linked with the rate that
 * follows it.
 */
import { CHANGE_FROM, CHANGE_TO, TIMES_UNIT } from '../lang/zh/change.js';
import { INDICATORS } from '../lang/zh/indicators.js';
import { RELATIVE } from '../lang/zh/labels.js';
import type { Change, Indicator } from '../extract/index.js';
import { changeBefore, listedTogether, sameSentence, statesDifference } from '../text/index.js';
import { SETTINGS } from '../lang/zh/settings.js';

const RATES_OF_CHANGE = new Set(INDICATORS.filter((e) => e.signed).map((e) => e.indicator));

/**
 * Adds `change` to the records that state one, and takes its indicator from a figure that states by
 * how much a quantity changed. Records are in reading order.
 */
export function linkChanges(records: Indicator[], match: string): void {
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    const prev = records[i - 1];
    const stated = changeBefore(match, r.start);
    if (stated && !r.change) {
      const isRate = !stated.level && (r.category === 'percent' || r.unit === TIMES_UNIT);
      r.change = isRate ? { direction: stated.direction, rate: r.value } : { direction: stated.direction };
      // 粮食总产量218.6万吨，比上年增加4.3万吨: by how much a quantity changed is not that quantity
      if (!isRate && r.indicator && statesDifference(match, r)) r.indicator = '';
    } else if (!r.change && prev?.change?.rate !== undefined && r.unit === prev.unit && listedTogether(match, prev, r)) {
      // 分别下降17.7%、17.4%、68%: the enumeration shares its change word
      r.change = { direction: prev.change.direction, rate: r.value };
    }
    // 为预算的98.1%: a rate of a whole (的 right before it) is no rate of change
    if (r.change?.rate === undefined && RATES_OF_CHANGE.has(r.indicator) && match.endsWith(RELATIVE.mark, r.start)) r.indicator = '';
    if (!CHANGE_FROM.test(match.slice(Math.max(0, r.start - SETTINGS.NEAR_FIGURE.value), r.start))) continue;
    // 分别从771家、481家增加到1076家、636家: as many ends as starts, each start's end in its place
    const starts = listLength(records, match, i);
    const to = i + starts;
    const next = records[to];
    if (!next || !CHANGE_TO.test(match.slice(records[to - 1].end, next.start))) continue;
    if (starts > 1 && listLength(records, match, to) < starts) continue;
    const pairs = records.slice(i, to).map((from, j) => [from, records[to + j]] as const);
    if (pairs.some(([from, end]) => end.unit !== from.unit)) continue;
    for (const [from, end] of pairs) {
      const change: Change = { direction: end.value >= from.value ? 'up' : 'down', from: from.value, to: end.value };
      // a rate stated right after (同比上升55.87%) belongs to the same change
      const rate = records[to + 1];
      if (starts === 1 && rate && rate.category === 'percent' && sameSentence(match, end.end, rate.start) && changeBefore(match, rate.start)) {
        change.rate = rate.value;
      }
      from.change = change;
      end.change = { ...change };
      // both ends of a change are the same quantity, named by its start: the words before an end are
      // the change (提高到2025年的4.93万亿元, 由66户整合至12户)
      if (from.label) end.label = from.label;
      if (!end.indicator) end.indicator = from.indicator;
    }
    i = to + starts - 1;
  }
}

/** How many records from `i` on one enumeration holds (771家、481家). */
function listLength(records: readonly Indicator[], match: string, i: number): number {
  let n = 1;
  while (records[i + n] && listedTogether(match, records[i + n - 1], records[i + n])) n++;
  return n;
}
