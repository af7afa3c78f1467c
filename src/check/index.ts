/**
 * Figures that don't add up: the arithmetic a report invites, checked against its own numbers.
 * A pure function of a processed document; each check names the figures it used (by index) and the
 * words of the text that state the relation. Only figures the text relates are compared, of the same
 * period (status) and scope; a check that cannot be made on the right base is not made.
 */
import {
  BRACKET_CLOSE, BRACKET_OPEN, ETC, ITEMS_OPENERS, ITEM_IS_CLAUSE, ITEMS_CLOSE, ITEMS_NOT_ALL, ITEMS_OPEN, OPEN_LIST, PARTS_AFTER_WHOLE, PARTS_OF_SET, REAL_RATE,
  BASIS_CLAUSE, PERIOD_SCOPE_WORDS, SHARE_BEFORE, SPAN_YEARS, SUM_WORDS, NOT_TOTAL, TITLE_CLOSE, TITLE_OPEN, TITLES_BREAK, TOTAL_WORDS, YEAR_RANGE,
} from '../lang/zh/check.js';
import type { Indicator } from '../extract/index.js';
import { agrees, bracketClose, changeBefore, clauseBefore, parseNumber, partsOpeningAfter, relativeSlack, sameAmount, sameSentence, sameStatement, sentenceStart, statementStart, statesDifference, truncates } from '../text/index.js';
import { anyOf } from '../lang/build.js';
import { LIST_COMMA } from '../lang/zh/punctuation.js';
import { PERCENT } from '../lang/zh/units.js';
import { PARTS_ROW } from '../lang/zh/tables.js';
import { SETTINGS } from '../lang/zh/settings.js';

export type CheckKind = 'rate' | 'difference' | 'average' | 'parts' | 'share' | 'items' | 'repeated';

/** Words of the text that state a relation, with their offsets. */
export interface Evidence { text: string; start: number; end: number }

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
  /** the words that state the relation checked */
  words: Evidence[];
}

const fmt = (n: number) => String(Number(n.toFixed(4)));
const evidence = (text: string, start: number, end: number): Evidence => ({ text: text.slice(start, end), start, end });

/** Whether two figures may be of one period: periods are compared only where both are known. */
const samePeriod = (a: Indicator, b: Indicator) => !a.period || !b.period || a.period === b.period;

/** A rate measured at constant prices (实际增长, 按可比价计算): never set against nominal values. */
function isReal(match: string, r: Indicator): boolean {
  return REAL_RATE.test(match.slice(sentenceStart(match, r.start), r.start));
}

function changeWords(text: string, match: string, ...records: Indicator[]): Evidence[] {
  // the change words are the meaning stage's, found again where they stand
  return records.flatMap((r) => {
    const stated = changeBefore(match, r.start);
    return stated ? [evidence(text, stated.start, stated.start + stated.word.length)] : [];
  });
}

export function checkDocument(text: string, records: readonly Indicator[], match = text): Check[] {
  const checks: Check[] = [];
  // a table's cells are checked by no rule of prose: their words are headers, not sentences
  records.forEach((r, i) => {
    if (r.source === 'table') return;
    const c = fromTo(text, match, records, i) ?? difference(text, match, records, i);
    if (c) checks.push(c);
  });
  checks.push(...parts(text, match, records), ...shares(text, match, records), ...items(text, match, records), ...repeated(text, match, records));
  return checks.sort((a, b) => Math.min(...a.figures) - Math.min(...b.figures));
}

/**
 * A change stated from one value to another, with its rate: 由1575项提升为2455项，同比上升55.87% is a
 * total change; 从11.37万亿元提高到14.58万亿元，年均增长5.1% over a stated span compounds.
 */
function fromTo(text: string, match: string, records: readonly Indicator[], i: number): Check | null {
  const from = records[i];
  const to = records[i + 1];
  if (from.status !== 'baseline' || from.category === 'percent' || !to || to.change?.from !== from.value || to.change.to !== to.value || from.value === 0) return null;
  // the rate of this change stands right after it (…提升为2455项，同比上升55.87%), no other subject between
  const rateIndex = i + 2;
  const rate = records[rateIndex];
  const word = rate && changeBefore(match, rate.start);
  if (!rate || rate.category !== 'percent' || !word || word.level || word.start - to.end > SETTINGS.RATE_BRIDGE.value || !sameSentence(match, to.end, rate.start) || isReal(match, rate)) return null;
  const slack = relativeSlack(from) + relativeSlack(to);
  const sign = rate.change!.direction === 'down' ? -1 : 1;
  const words = changeWords(text, match, to, rate);
  if (rate.status === 'average') {
    const years = spanOf(match, rate);
    if (years === null) return null;
    const computed = ((to.value / from.value) ** (1 / years) - 1) * 100 * sign;
    return {
      kind: 'average', status: agrees(rate.value, computed, rate.raw, slack / years) ? 'ok' : 'mismatch', figures: [i, i + 1, rateIndex],
      stated: rate.value, computed, words,
      message: `${fmt(from.change!.from!)} → ${fmt(to.value)} over ${years} years is ${fmt(computed)}% a year, stated ${rate.raw}`,
    };
  }
  const computed = ((to.value - from.value) / from.value) * 100 * sign;
  return {
    kind: 'rate', status: agrees(rate.value, computed, rate.raw, slack) ? 'ok' : 'mismatch', figures: [i, i + 1, rateIndex],
    stated: rate.value, computed, words,
    message: `${fmt(from.value)} → ${fmt(to.value)} is a change of ${fmt(computed)}%, stated ${rate.raw}`,
  };
}

/** The span of years an average rate runs over, where its sentence states one (五年, 2020年到2025年). */
function spanOf(match: string, rate: Indicator): number | null {
  const sentence = match.slice(sentenceStart(match, rate.start), rate.start);
  const range = YEAR_RANGE.exec(sentence);
  if (range) return Number(range[2]) - Number(range[1]) || null;
  const span = SPAN_YEARS.exec(sentence);
  return span ? parseNumber(span[1]) : null;
}

/**
 * A stated difference and its rate, on the right base: 比原需开展的261次行政执法减少了147次 … 压降56.32%
 * (147 of the earlier 261); 受理案件1200件，比上年增加200件，增长20% (200 of last year's 1200−200).
 */
function difference(text: string, match: string, records: readonly Indicator[], i: number): Check | null {
  const r = records[i];
  // (比上年提高1.6个百分点 is the change of a rate, never of a count before it)
  if (r.unit !== PERCENT || r.change?.rate === undefined || r.change.from !== undefined || r.status !== 'actual' || isReal(match, r)) return null;
  const d = lastBefore(records, i, (x) => x.category !== 'percent' && sameSentence(match, x.start, r.start));
  if (d < 0 || !records[d].change || records[d].change!.from !== undefined || records[d].status !== 'actual') return null;
  const diff = records[d];
  const stated = changeBefore(match, diff.start);
  if (!stated || stated.level) return null;
  // a part of a figure stated before it in the sentence (312.6万辆（包括…4.3万辆），比上年末增加18.4万辆) is not the base;
  // of the rest, the one that measures what the difference does (收入24627万元，完成年初预算数60999万元的40.4%，
  // 比上年减收1070万元: the revenue, not the budget; 死亡26人、受伤11人，…死亡人数增加5人: the deaths), else the nearest
  const candidate = (x: Indicator) => x.unit === diff.unit && sameSentence(match, x.start, r.start) && (x.part_of === null || !sameSentence(match, records[x.part_of].start, r.start));
  const measures = (x: Indicator) => x.label !== '' && diff.label !== '' && (x.label.includes(diff.label) || diff.label.includes(x.label));
  const named = lastBefore(records, d, (x) => candidate(x) && measures(x));
  const b = named >= 0 ? named : lastBefore(records, d, candidate);
  if (b < 0 || records[b].change) return null;
  const base = records[b];
  // a stated earlier value is the base itself; this year's value is the base moved by the difference
  const earlier = base.status === 'baseline' ? base.value : base.value - (stated.direction === 'up' ? diff.value : -diff.value);
  if (earlier <= 0 || (base.status !== 'baseline' && base.status !== 'actual') || (base.status === 'actual' && !samePeriod(base, diff))) return null;
  const computed = (diff.value / earlier) * 100;
  const slack = relativeSlack(diff) + relativeSlack(base) * (base.value / earlier);
  return {
    kind: 'difference', status: agrees(r.value, computed, r.raw, slack) ? 'ok' : 'mismatch', figures: [b, d, i], stated: r.value, computed,
    // 比原需开展的 … : the words that make the base an earlier value
    words: [...(base.status === 'baseline' ? [evidence(text, base.start - clauseBefore(match, base.start).length, base.start)] : []), ...changeWords(text, match, diff, r)],
    message: `${diff.raw} of ${base.status === 'baseline' ? base.raw : `${fmt(earlier)}${base.unit} (${base.raw} ${stated.direction === 'up' ? '−' : '+'} ${diff.raw})`} is ${fmt(computed)}%, stated ${r.raw}`,
  };
}

/** The nearest of the few figures before `i` that passes `test`. */
function lastBefore(records: readonly Indicator[], i: number, test: (x: Indicator) => boolean): number {
  for (let k = i - 1; k >= Math.max(0, i - SETTINGS.LOOK_BACK.value); k--) if (test(records[k])) return k;
  return -1;
}

/** The words between a whole and its parts that open them (其中, 包含 …), if any. */
function partsMarker(text: string, match: string, whole: Indicator): Evidence | null {
  const after = match.slice(whole.end, whole.end + SETTINGS.NEAR_FIGURE.value);
  const m = PARTS_AFTER_WHOLE.exec(after) ?? PARTS_OF_SET.exec(after);
  if (m) return evidence(text, whole.end, whole.end + m[0].length);
  const opening = partsOpeningAfter(match, whole.end);
  return opening ? evidence(text, ...opening) : null;
}

/** The word before a whole that says its parts add up to it (合计, 共 …). */
function totalWord(text: string, match: string, whole: Indicator): Evidence | null {
  const clause = clauseBefore(match, whole.start).replace(NOT_TOTAL, (m) => ' '.repeat(m.length));
  const at = clause.length;
  for (const w of TOTAL_WORDS) {
    const k = clause.lastIndexOf(w);
    if (k >= 0) return evidence(text, whole.start - at + k, whole.start - at + k + w.length);
  }
  return null;
}

/** How far a figure may be off by its rounding (5.3 of 5.25 to 5.35). */
const rounding = (r: Indicator) => r.value * relativeSlack(r);
/**
 * How far parts may miss their whole and still make it: the whole's rounding and theirs together (男性157.3万人
 * + 女性152.8万人 of 常住人口310.0万人), `partsRounding` being the parts' sum of `rounding`.
 */
const sumTolerance = (whole: Indicator, partsRounding: number) => rounding(whole) + partsRounding + 1e-9 * Math.max(1, whole.value);

/**
 * A whole and its stated parts. Complete only when the text says so (合计/共计/总计 …, or a bracket of
 * parts right after the whole, with no 等): then they must add up. A whole stated as such (共, 累计 …)
 * must hold its parts' sum. Otherwise the parts may overlap, and each must stay within the whole.
 */
function parts(text: string, match: string, records: readonly Indicator[]): Check[] {
  const byWhole = new Map<number, number[]>();
  records.forEach((r, k) => { if (r.part_of !== null) byWhole.set(r.part_of, [...(byWhole.get(r.part_of) ?? []), k]); });
  // a whole broken down twice, in two statements (共65件，其中A22件，B43件。其中按目的分类：…1件、…57件、
  // …7件), or once its parts have added up to it (35件，其中自然人34件，企业1件，办结32件，结转下年办理3件),
  // has two breakdowns, each checked alone (a table's rows are its total's parts, a line each, and
  // a table's rows may break it down again once they have added up to it: 常住人口 | 262.3, 其中：城镇 |
  // 168.4, 乡村 | 93.9, 其中：男性 | 134.3 …)
  // (the parts in a bracket right after the whole are a breakdown of their own: 申请543件（含上年度结转6件），
  // …依法办结541件，结转下年度办理2件)
  const breakdowns = [...byWhole].flatMap(([w, all]) => {
    const groups: number[][] = [];
    const close = bracketClose(match, records[w].end);
    const inBracket = (k: number) => records[k].start < close;
    const opensRow = (k: number) => PARTS_ROW.test(match.slice(match.lastIndexOf('\n', records[k].start - 1) + 1, records[k].start));
    let sum = 0;
    // (up to the rounding of the figures: a bulletin's industries add up to its 4830423 as 4830425)
    let partsRounding = 0;
    for (const k of all) {
      const group = groups[groups.length - 1];
      const complete = group !== undefined && Math.abs(sum - records[w].value) <= sumTolerance(records[w], partsRounding);
      // (a row opening on 其中 opens a breakdown of its own: 粮食 | 122800 / 其中：小麦 | 16247 / 玉米 | 79613 /
      // 其中：夏粮 | 32689 / 秋粮 | 90111)
      const joins = group !== undefined && (records[w].source === 'table'
        ? (!complete || records[k].value === 0) && !opensRow(k)
        : !complete && sameStatement(match, records[group[group.length - 1]].end, records[k].start) && inBracket(group[group.length - 1]) === inBracket(k));
      if (joins) group.push(k);
      else { groups.push([k]); sum = 0; partsRounding = 0; }
      sum += records[k].value;
      partsRounding += rounding(records[k]);
    }
    return groups.map((list) => [w, list] as const);
  });
  const checks: Check[] = [];
  for (const [w, list] of breakdowns) {
    const whole = records[w];
    // the parts of a change may offset one another (稻谷减少1.6万亩，玉米增加4.1万亩 of 增加3.2万亩)
    if (statesDifference(match, whole)) continue;
    const last = records[list[list.length - 1]];
    // a table's total states its sum in its header; prose states it in its words
    const table = whole.source === 'table';
    // rows marked 其中 or # name some of the total's parts, not all (#区级一般公共预算收入 of 一般公共预算收入总计)
    const first = records[list[0]];
    const ofWhich = table && PARTS_ROW.test(match.slice(match.lastIndexOf('\n', first.start - 1) + 1, first.start));
    const total = table ? null : totalWord(text, match, whole);
    const marker = table ? null : partsMarker(text, match, whole);
    // the text says the list is whole: a total word (合计, 共 …), or a bracket right after the whole that
    // holds its parts and closes after the last
    const bracketed = BRACKET_OPEN.test(match.slice(whole.end, whole.end + SETTINGS.NEAR_FIGURE.value)) && BRACKET_CLOSE.test(match.slice(last.end, last.end + SETTINGS.NEAR_FIGURE.value));
    const listed = list.length >= 2 && !OPEN_LIST.test(match.slice(last.end, last.end + SETTINGS.NEAR_FIGURE.value));
    // (a total's list read only in part is no whole list: a figure counting as its parts do, a part of
    // nothing, follows in its statement: 共计94条，其中政策：规范性文件1件…；法定主动公开内容：政府领导1件…)
    const runsOn = () => {
      for (let k = list[list.length - 1] + 1; k < records.length && sameStatement(match, last.end, records[k].start); k++) {
        if (records[k].part_of === null && records[k].unit === last.unit) return true;
      }
      return false;
    };
    const complete = (table && !ofWhich) || (listed && (bracketed || (total !== null && SUM_WORDS.includes(total.text) && !runsOn())));
    const bounded = (listed && total !== null) || ofWhich;
    const exact = !whole.approx && list.every((k) => !records[k].approx);
    const sum = list.reduce((s, k) => s + records[k].value, 0);
    const words = [total, marker].filter((e): e is Evidence => e !== null);
    const tolerance = sumTolerance(whole, 0);
    const sumTolerated = sumTolerance(whole, list.reduce((s, k) => s + rounding(records[k]), 0));
    if (complete && exact) {
      const ok = Math.abs(sum - whole.value) <= sumTolerated;
      checks.push({ kind: 'parts', status: ok ? 'ok' : 'mismatch', figures: [w, ...list], stated: whole.value, computed: sum, words,
        message: `${list.map((k) => records[k].raw).join(' + ')} = ${fmt(sum)}${whole.unit}, stated ${whole.raw}` });
      continue;
    }
    if (!exact) continue;
    if (bounded) {
      const within = sum <= whole.value + sumTolerated;
      checks.push({ kind: 'parts', status: within ? 'ok' : 'mismatch', figures: [w, ...list], stated: whole.value, computed: sum, words,
        message: `${list.map((k) => records[k].raw).join(' + ')} = ${fmt(sum)}${whole.unit}, ${within ? 'within' : 'more than'} the whole ${whole.raw}` });
      continue;
    }
    // parts may overlap (超过10%的有44种、超过20%的有23种): each must stay within the whole
    const largest = list.reduce((a, k) => (records[k].value > records[a].value ? k : a), list[0]);
    const within = records[largest].value <= whole.value + tolerance;
    checks.push({ kind: 'parts', status: within ? 'ok' : 'mismatch', figures: [w, ...list], stated: whole.value, computed: records[largest].value, words,
      message: `the largest part, ${records[largest].raw}, ${within ? 'is within' : 'exceeds'} the whole ${whole.raw}` });
  }
  return checks;
}

/** A part with its stated share of its whole: 办结150件，其中简易程序90件，占60%. */
function shares(text: string, match: string, records: readonly Indicator[]): Check[] {
  const checks: Check[] = [];
  records.forEach((p, i) => {
    if (p.category !== 'percent' || p.change || p.source === 'table') return;
    const clause = clauseBefore(match, p.start);
    if (!SHARE_BEFORE.test(clause)) return;
    const part = records[i - 1];
    if (!part || part.part_of === null || !sameSentence(match, part.end, p.start)) return;
    const whole = records[part.part_of];
    if (whole.value === 0 || whole.approx || part.approx || p.approx || !samePeriod(part, p)) return;
    const computed = (part.value / whole.value) * 100;
    // (a share may be cut at its last digit rather than rounded: some reports cut all of theirs)
    const stated = (of: number, slack: number) => agrees(p.value, of, p.raw, slack) || truncates(p.value, of, p.raw, slack);
    const ok = stated(computed, relativeSlack(part) + relativeSlack(whole));
    // shares of the parts listed rather than of the whole the text states (受理诉求284406件。其中，咨询类
    // 124599件，占63.72%…, 63.72% of the 195532 the parts add up to) stand on a base the text never
    // states: no check is made on it
    if (!ok) {
      const listed = records.reduce((sum, r) => (r.part_of === part.part_of ? sum + r.value : sum), 0);
      if (listed > 0 && !sameAmount(listed, whole.value) && stated((part.value / listed) * 100, relativeSlack(part))) return;
    }
    const at = p.start - clause.length + clause.search(/\S/);
    checks.push({
      kind: 'share', status: ok ? 'ok' : 'mismatch',
      figures: [part.part_of, i - 1, i], stated: p.value, computed, words: [evidence(text, at, p.start)],
      message: `${part.raw} of ${whole.raw} is ${fmt(computed)}%, stated ${p.raw}`,
    });
  });
  return checks;
}

/** How many items a list holds that opens right after a count: (A、B、C), ：A、B、C, 《A》《B》. */
function listedItems(match: string, r: Indicator): { count: number; start: number; end: number } | null {
  // most figures open no list: a look at the words right after them says so
  if (!LIST_NEAR.test(match.slice(r.end, r.end + SETTINGS.LIST_OPENS_WITHIN.value))) return null;
  const after = match.slice(r.end, r.end + SETTINGS.SENTENCE_LOOK.value);
  const open = ITEMS_OPEN.exec(after);
  if (open) {
    const body = after.slice(open[0].length);
    if (ITEMS_NOT_ALL.test(body)) return null;
    const close = body.search(ITEMS_CLOSE);
    const list = close < 0 ? body : body.slice(0, close);
    if (list.includes(ETC)) return null;
    const parts = list.split(LIST_COMMA);
    if (parts.length < 2 || parts.some((p) => p.trim().length < SETTINGS.ITEM_MIN_CHARS.value || ITEM_IS_CLAUSE.test(p))) return null;
    return { count: parts.length, start: r.end + open[0].length, end: r.end + open[0].length + list.length };
  }
  // a run of titles right after the noun: 2个规范性文件《…》《…》
  const first = after.indexOf(TITLE_OPEN);
  if (first < 0 || first > SETTINGS.TITLES_WITHIN.value || TITLES_BREAK.test(after.slice(0, first))) return null;
  let k = first;
  let count = 0;
  while (after[k] === TITLE_OPEN) {
    const close = after.indexOf(TITLE_CLOSE, k);
    if (close < 0) return null;
    count++;
    k = close + 1;
  }
  // titles followed by 等 or by more of a list are not all of it
  if (count < 2 || OPEN_LIST.test(after.slice(k, k + SETTINGS.TITLES_ETC_WITHIN.value)) || after[k] === LIST_COMMA) return null;
  return { count, start: r.end + first, end: r.end + k };
}

/** What opens a count's list, looked for within LIST_OPENS_WITHIN after it. */
const LIST_NEAR = new RegExp(anyOf(ITEMS_OPENERS));

/** A count and the items it lists: 建成3个中心(A中心、B中心、C中心). */
function items(text: string, match: string, records: readonly Indicator[]): Check[] {
  const checks: Check[] = [];
  // items that carry figures of their own are groups (18家（涵盖商贸业9家、建筑业5家…）): their sum is checked, not their number
  const wholes = new Set(records.map((x) => x.part_of));
  records.forEach((r, i) => {
    if (wholes.has(i) || r.source === 'table' || r.category === 'percent' || r.category === 'money' || r.category === 'fine' || r.approx || r.to !== undefined || !Number.isInteger(r.value) || r.value < 2 || r.value > SETTINGS.ITEMS_MAX.value) return;
    const list = listedItems(match, r);
    if (!list) return;
    checks.push({
      kind: 'items', status: list.count === r.value ? 'ok' : 'mismatch', figures: [i], stated: r.value, computed: list.count,
      words: [evidence(text, list.start, list.end)],
      message: `${r.raw} and ${list.count} item${list.count === 1 ? '' : 's'} listed`,
    });
  });
  return checks;
}

/**
 * The same indicator stated twice: in two sentences, the very same words before the figure (its
 * clause, six characters at least) under the same words of period and scope in its sentence (上半年
 * against 全年, 从全市看 against 从市局本级看), after the same figure in its sentence, if any (破获
 * 电信网络诈骗案件470起，抓获犯罪嫌疑人500人 against 破获刑事案件26起，抓获犯罪嫌疑人31人: the people
 * of other cases), the same unit, both exact results of the period reported on and parts of
 * nothing. Different values are a mismatch.
 */
function repeated(text: string, match: string, records: readonly Indicator[]): Check[] {
  const checks: Check[] = [];
  const first = new Map<string, number>();
  records.forEach((r, i) => {
    if (r.approx || r.change || r.category === 'percent' || r.status !== 'actual' || r.part_of !== null || r.source === 'table') return;
    const clause = clauseBefore(match, r.start);
    if (clause.replace(NOT_WORDS, '').length < SETTINGS.REPEATED_MIN_CHARS.value) return;
    const start = sentenceStart(match, r.start);
    const sentence = match.slice(start, r.start);
    // (the words of scope of the whole statement: a list after semicolons is of the scope it opened with)
    const statement = match.slice(statementStart(match, r.start), r.start);
    const scope = [...PERIOD_SCOPE_WORDS.filter((w) => statement.includes(w)), BASIS_CLAUSE.exec(sentence)?.[0] ?? ''].join(' ');
    const key = `${clause.replace(NOT_WORDS, '')}\u0000${scope}\u0000${r.unit}\u0000${figureBefore(records, i, match)?.label ?? ''}`;
    const k = first.get(key);
    if (k === undefined) { first.set(key, i); return; }
    if (sameSentence(match, records[k].start, r.start) || !samePeriod(records[k], r)) return;
    const same = records[k].value === r.value;
    checks.push({ kind: 'repeated', status: same ? 'ok' : 'mismatch', figures: [k, i], stated: r.value, computed: records[k].value,
      words: [evidence(text, sentenceStart(match, records[k].start), records[k].start), evidence(text, start, r.start)],
      message: `${clause.replace(NOT_WORDS, '')} stated as ${records[k].raw} and as ${r.raw}` });
  });
  return checks;
}

/** The last figure before records[i] in its sentence that is no rate or share. */
function figureBefore(records: readonly Indicator[], i: number, match: string): Indicator | undefined {
  for (let k = i - 1; k >= 0 && sameSentence(match, records[k].start, records[i].start); k--) if (records[k].category !== 'percent') return records[k];
  return undefined;
}

/**
 * What the words before a figure are compared without: digits, spaces, punctuation of numbers; not the
 * digits of a name written with Latin letters (PM10, PM2.5).
 */
const NOT_WORDS = /(?<![A-Za-z\d.])[\s\d.,%]+/g;
