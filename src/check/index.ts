/**
 * Figures that don't add up: the arithmetic a report invites, checked against its own numbers.
 * A pure function of a processed document; each check names the figures it used (by index).
 */
import { PARTS_MARKERS } from '../lang/zh/check.js';
import type { Indicator } from '../extract/index.js';
import { sameSentence } from '../extract/relations.js';
import { clauseBefore } from '../extract/resolve.js';

export type CheckKind = 'rate' | 'difference' | 'parts' | 'repeated';

export interface Check {
  kind: CheckKind;
  status: 'ok' | 'mismatch';
  /** indices into the document's indicators */
  figures: number[];
  /** what the report states */
  stated: number;
  /** what its other figures give */
  computed: number;
  message: string;
}

/** Decimals written in a figure's raw text: the precision a stated rate is rounded to. */
function decimals(raw: string): number {
  return /[.．](\d+)/.exec(raw)?.[1].length ?? 0;
}

/** Equal once `computed` is rounded to the precision `stated` is written with (half a unit of slack either way). */
function agrees(stated: number, computed: number, raw: string): boolean {
  const unit = 10 ** -decimals(raw);
  return Math.abs(stated - computed) <= unit / 2 + 1e-9 || Math.abs(Number(computed.toFixed(decimals(raw))) - stated) < 1e-9;
}

const fmt = (n: number) => String(Number(n.toFixed(4)));

export function checkDocument(text: string, records: readonly Indicator[]): Check[] {
  const checks: Check[] = [];
  records.forEach((r, i) => {
    // a stated rate against its stated from and to values (1575项 → 2455项, 同比上升55.87%)
    if (r.change?.from !== undefined && r.change.to !== undefined && r.change.rate !== undefined && r.category !== 'percent' && records[i - 1]?.change?.to !== r.change.to) {
      const rateIndex = records.findIndex((x, k) => k > i && x.category === 'percent' && x.value === r.change!.rate && sameSentence(text, r.end, x.start));
      if (rateIndex >= 0 && r.change.from !== 0) {
        const computed = ((r.change.to - r.change.from) / r.change.from) * 100 * (r.change.direction === 'down' ? -1 : 1);
        const stated = records[rateIndex].value;
        const ok = agrees(stated, computed, records[rateIndex].raw);
        checks.push({ kind: 'rate', status: ok ? 'ok' : 'mismatch', figures: [i, i + 1, rateIndex], stated, computed,
          message: `${fmt(r.change.from)} → ${fmt(r.change.to)} is a change of ${fmt(computed)}%, stated ${records[rateIndex].raw}` });
      }
    }
    // a stated difference and its rate (比原需开展的261次行政执法减少了147次 … 压降56.32%: 147/261)
    if (r.category === 'percent' && r.change?.rate !== undefined && r.change.from === undefined) {
      const diffIndex = lastBefore(records, i, (x) => x.category !== 'percent' && x.change !== undefined && x.change.from === undefined && sameSentence(text, x.start, r.start));
      const baseIndex = diffIndex >= 0 ? lastBefore(records, diffIndex, (x) => x.unit === records[diffIndex].unit && !x.change && sameSentence(text, x.start, r.start)) : -1;
      if (diffIndex >= 0 && baseIndex >= 0 && records[baseIndex].value !== 0) {
        const computed = (records[diffIndex].value / records[baseIndex].value) * 100;
        const ok = agrees(r.value, computed, r.raw);
        checks.push({ kind: 'difference', status: ok ? 'ok' : 'mismatch', figures: [baseIndex, diffIndex, i], stated: r.value, computed,
          message: `${records[diffIndex].raw} of ${records[baseIndex].raw} is ${fmt(computed)}%, stated ${r.raw}` });
      }
    }
    // a whole and its stated parts (27项(包含…10项, …17项); 19件，其中维持15件、撤销2件、终止2件)
    if (r.category !== 'percent' && PARTS_MARKERS.test(text.slice(r.end, r.end + 6))) {
      const parts: number[] = [];
      for (let k = i + 1; k < records.length && sameSentence(text, r.end, records[k].start); k++) {
        if (records[k].unit !== r.unit || records[k].category === 'percent') break;
        parts.push(k);
      }
      if (parts.length >= 2) {
        const computed = parts.reduce((sum, k) => sum + records[k].value, 0);
        const ok = Math.abs(computed - r.value) < 1e-6 * Math.max(1, r.value) || r.approx !== '';
        checks.push({ kind: 'parts', status: ok ? 'ok' : 'mismatch', figures: [i, ...parts], stated: r.value, computed,
          message: `${parts.map((k) => records[k].raw).join(' + ')} = ${fmt(computed)}${r.unit}, stated ${r.raw}` });
      }
    }
  });
  checks.push(...repeatedIndicators(text, records));
  return checks;
}

function lastBefore(records: readonly Indicator[], i: number, test: (x: Indicator) => boolean): number {
  for (let k = i - 1; k >= 0; k--) if (test(records[k])) return k;
  return -1;
}

/**
 * The same indicator stated twice with different values: in two sentences, the very same words
 * before the figure (its clause, six characters at least) and the same unit, both exact.
 */
function repeatedIndicators(text: string, records: readonly Indicator[]): Check[] {
  const checks: Check[] = [];
  const first = new Map<string, number>();
  records.forEach((r, i) => {
    const words = clauseBefore(text, r.start).replace(/[\s\d.,%]+/g, '');
    if (words.length < 6 || r.approx || r.change || r.category === 'percent') return;
    const key = `${words}\u0000${r.unit}`;
    const k = first.get(key);
    if (k === undefined) { first.set(key, i); return; }
    if (records[k].value !== r.value && !sameSentence(text, records[k].start, r.start)) {
      checks.push({ kind: 'repeated', status: 'mismatch', figures: [k, i], stated: r.value, computed: records[k].value,
        message: `${words} stated as ${records[k].raw} and as ${r.raw}` });
    }
  });
  return checks;
}
