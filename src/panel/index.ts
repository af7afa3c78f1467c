/**
 * From many documents to one table: for each canonical indicator, agency and year reported on, the
 * value. Only results of the year count (status actual: not a baseline, a target, a five-year total
 * or an average), never a part whose whole is already counted (part_of), and a near-duplicate
 * document never (its original counts). Pure: documents in, cells out.
 *
 * Several figures of one indicator in ONE document: the same value stated twice is one figure; of
 * different counts or amounts the largest stands for the document, since a report states a whole
 * as its largest figure and its other figures of the same thing (专项行动罚款30万元 beside 全年罚款121万元)
 * are mostly subsets not marked as parts: adding them would count the same fines twice. Rates
 * never add, and different rates of one thing in one document are a conflict. Different values from
 * different documents of one agency and year are a conflict too: the cell shows them all, with no
 * value, instead of adding them. A missing cell is absent (long) or empty (wide), never 0.
 */
import { INDICATOR_BY_NAME, INDICATORS, OWN_WHOLE_PREFIXES } from '../lang/zh/indicators.js';
import { PERCENT } from '../lang/zh/units.js';
import type { LeftOut, Panel, PanelCell, PanelDocument, PanelFigure, PanelFilter, PanelSource, Rule, WideRow } from './types.js';

export type * from './types.js';
export { panelDocument, recordsOf } from './documents.js';

const RULE_ORDER: readonly Rule[] = ['one', 'same', 'largest', 'several'];
const INDICATOR_ORDER = new Map(INDICATORS.map((e, i) => [e.indicator, i]));

/**
 * The year a figure is the value of, or null when it is none's: a result of one year (its period, or
 * the year reported on where nothing says), or a rate averaged over one year (失业率平均值为5.0%);
 * never a target, a baseline, a total or an average over several years or of a change (年均增长), a
 * part already counted in its whole, or a figure in a unit its indicator does not count in.
 */
function yearOf(f: PanelFigure, reported: number): number | null {
  const entry = INDICATOR_BY_NAME.get(f.indicator);
  if (!entry || !entry.units.includes(f.unit) || f.part_of !== null) return null;
  // an average rate of change (年均增长5.9%) runs over several years, whatever period its frame gave
  if (f.status !== 'actual' && !(f.status === 'average' && f.unit === PERCENT && f.direction === null)) return null;
  if (f.period === '') return reported;
  return /^\d{4}$/.test(f.period) ? Number(f.period) : null;
}

/** Whether a figure's label is its indicator's name alone (not a loose name of it), or with words that keep it the body's own (全省). */
function isPlain(f: PanelFigure): boolean {
  const entry = INDICATOR_BY_NAME.get(f.indicator)!;
  const own = OWN_WHOLE_PREFIXES.words.find((p) => f.label.startsWith(p));
  const rest = own ? f.label.slice(own.length) : f.label;
  return entry.keywords.some((k) => !entry.loose?.includes(k) && (rest === k || rest.startsWith(k)));
}

/** A figure as its cell counts it: in the indicator's unit (粮食 in 斤 → 吨), a fall of a rate of change negative. */
function asCounted(f: PanelFigure): PanelFigure {
  const entry = INDICATOR_BY_NAME.get(f.indicator)!;
  const factor = entry.convert?.[f.unit];
  const sign = entry.signed && f.direction === 'down' ? -1 : 1;
  if (factor === undefined && sign === 1) return f;
  // (a product of two decimals rounded to what they can hold: 760亿斤 × 0.0005 is 38000000 吨, not 38000000.00000001)
  return { ...f, value: Number((sign * f.value * (factor ?? 1)).toPrecision(12)), unit: factor === undefined ? f.unit : entry.units[0] };
}

/** One document's value(s) of one indicator, by the rule above. */
function documentValues(figures: readonly PanelFigure[]): { values: number[]; rule: Rule } {
  const distinct = [...new Set(figures.map((f) => f.value))];
  if (distinct.length === 1) return { values: distinct, rule: figures.length === 1 ? 'one' : 'same' };
  if (figures[0].unit === PERCENT) return { values: distinct, rule: 'several' };
  return { values: [Math.max(...distinct)], rule: 'largest' };
}

const matches = (d: PanelDocument, filter: PanelFilter) => !filter.agencies?.length || filter.agencies.some((a) => d.agency.includes(a));

export function buildPanel(documents: readonly PanelDocument[], filter: PanelFilter = {}): Panel {
  const left: LeftOut[] = [];
  const offered = { years: new Set<number>(), agencies: new Set<string>(), indicators: new Set<string>() };
  const byCell = new Map<string, { agency: string; year: number; indicator: string; perDoc: Array<{ d: PanelDocument; figures: PanelFigure[] }> }>();
  for (const d of documents) {
    if (d.duplicateOf) { left.push({ doc: d.doc, reason: `near-duplicate of ${d.duplicateOf}: counted once, as that document` }); continue; }
    if (d.year === null) { left.push({ doc: d.doc, reason: 'no year reported on found: left out of the panel' }); continue; }
    if (!d.agency) { left.push({ doc: d.doc, reason: 'no agency found: left out of the panel' }); continue; }
    const counted = d.figures.map((f) => ({ f, year: yearOf(f, d.year!) })).filter((c): c is { f: PanelFigure; year: number } => c.year !== null);
    for (const { f, year } of counted) { offered.years.add(year); offered.agencies.add(d.agency); offered.indicators.add(f.indicator); }
    if (!matches(d, filter)) continue;
    const mine = new Map<string, { year: number; indicator: string; figures: PanelFigure[] }>();
    for (const { f, year } of counted) {
      if ((filter.years?.length && !filter.years.includes(year)) || (filter.indicators?.length && !filter.indicators.includes(f.indicator))) continue;
      const key = JSON.stringify([year, f.indicator]);
      const group = mine.get(key) ?? { year, indicator: f.indicator, figures: [] };
      group.figures.push(asCounted(f));
      mine.set(key, group);
    }
    for (const { year, indicator, figures: all } of mine.values()) {
      const plain = all.filter(isPlain);
      const figures = plain.length > 0 ? plain : all;
      const key = JSON.stringify([d.agency, year, indicator]);
      const cell = byCell.get(key) ?? { agency: d.agency, year, indicator, perDoc: [] };
      cell.perDoc.push({ d, figures });
      byCell.set(key, cell);
    }
  }
  const cells = [...byCell.values()].map(({ agency, year, indicator, perDoc }): PanelCell => {
    const values = new Map<number, string[]>();
    let rule: Rule = 'one';
    const sources: PanelSource[] = [];
    for (const { d, figures } of perDoc) {
      const mine = documentValues(figures);
      if (RULE_ORDER.indexOf(mine.rule) > RULE_ORDER.indexOf(rule)) rule = mine.rule;
      for (const v of mine.values) values.set(v, [...(values.get(v) ?? []), d.doc]);
      for (const f of figures) sources.push({ doc: d.doc, title: d.title, raw: f.raw, value: f.value, context: f.context, start: f.start, end: f.end, period: f.period, source: f.source });
    }
    const conflict = values.size > 1;
    const value = conflict ? null : [...values.keys()][0];
    return {
      agency, year, indicator, unit: unitsOf(perDoc.flatMap((p) => p.figures)),
      value, conflict, approx: value !== null && perDoc.some((p) => p.figures.some((f) => f.value === value && f.approx !== '')),
      values: [...values].map(([value, docs]) => ({ value, docs })),
      rule, figures: sources.length, documents: perDoc.map((p) => p.d.doc), sources,
    };
  });
  cells.sort((a, b) => (INDICATOR_ORDER.get(a.indicator)! - INDICATOR_ORDER.get(b.indicator)!) || compare(a.agency, b.agency) || a.year - b.year);
  return {
    cells, documents: documents.length, left,
    offered: {
      years: [...offered.years].sort((a, b) => a - b), agencies: [...offered.agencies].sort(compare),
      indicators: [...offered.indicators].sort((a, b) => INDICATOR_ORDER.get(a)! - INDICATOR_ORDER.get(b)!),
    },
  };
}

/** The units a cell's figures are stated in (人次; 件/起 where reports count cases in both), in the table's order. */
function unitsOf(figures: readonly PanelFigure[]): string {
  const units = [...new Set(figures.map((f) => f.unit))];
  const order = INDICATOR_BY_NAME.get(figures[0].indicator)!.units;
  return units.sort((a, b) => order.indexOf(a) - order.indexOf(b)).join('/');
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The years a panel spans, in order. */
export const yearsOf = (cells: readonly PanelCell[]) => [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);

/** The wide form: a row per agency × indicator (in the long form's order), a column per year of the panel. */
export function widen(cells: readonly PanelCell[]): { years: number[]; rows: WideRow[] } {
  const years = yearsOf(cells);
  const rows = new Map<string, WideRow>();
  for (const c of cells) {
    const key = JSON.stringify([c.indicator, c.agency]);
    const row = rows.get(key) ?? { agency: c.agency, indicator: c.indicator, unit: '', years: Object.fromEntries(years.map((y) => [String(y), null])) };
    row.years[String(c.year)] = c;
    row.unit = [...new Set([...row.unit.split('/'), ...c.unit.split('/')].filter(Boolean))].join('/');
    rows.set(key, row);
  }
  return { years, rows: [...rows.values()] };
}
