/**
 * Changes the report states itself: a rate of change (同比上升55.87%), and a change from one value to
 * another (由去年同期的1575项提升为2455项), linked with the rate that follows it.
 */
import { LIST_SEPARATORS } from '../lang/zh/approx.js';
import { CHANGE_FROM, CHANGE_TO, TIMES_UNIT } from '../lang/zh/change.js';
import type { Change, Indicator } from '../extract/index.js';
import { changeBefore, sameSentence, statesDifference } from '../text/index.js';
import { SETTINGS } from '../lang/zh/settings.js';

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
    } else if (!r.change && prev?.change?.rate !== undefined && r.unit === prev.unit && LIST_SEPARATORS.includes(match.slice(prev.end, r.start).trim())) {
      // 分别下降17.7%、17.4%、68%: the enumeration shares its change word
      r.change = { direction: prev.change.direction, rate: r.value };
    }
    const next = records[i + 1];
    if (!next || !CHANGE_FROM.test(match.slice(Math.max(0, r.start - SETTINGS.NEAR_FIGURE.value), r.start))) continue;
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
    // both ends of a change are the same quantity: an end the words around it do not name (提高到2025年的4.93万亿元) is named by its start
    if (!next.label) next.label = r.label;
    if (!next.indicator) next.indicator = r.indicator;
    i++;
  }
}
