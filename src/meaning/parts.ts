/**
 * part_of: a figure that the text states as a part of another (其中, 包括, a colon or 分别为 after a
 * total, a sentence or the paragraphs below naming its kinds, a breakdown that adds up to the total right
 * before it, a table's 总计). Shares in percent are
 * never parts; nested parts point to their direct whole; a part and its whole count the same unit
 * over the same period, and a change (比上年增加208万人) is a whole only of changes.
 */
import { anyOf, noneOf, oneOf } from '../lang/build.js';
import { charCodes } from '../lang/chars.js';
import { CLOSE_BRACKET_CHARS, COMMA_CHARS, LIST_COMMA, OPEN_BRACKET_CHARS, SEMICOLON_CHARS } from '../lang/zh/punctuation.js';
import {
  BREAKDOWN_CLAUSE, BREAKDOWN_STATEMENT, DONE_AFTER_WHOLE, NOT_ADDITIVE, OUTSIDE_CLASS, PER_HEAD, POPULATION, POPULATION_EVENTS, PARTS_AFTER_WHOLE, PARTS_AS_CLAUSES, PARTS_IN_PARAGRAPHS_BELOW, PARTS_LISTED_AFTER_WHOLE, PARTS_OF_SET, PARTS_OPENING_WORDS, SHARE_AFTER, SUBSET_OPENING, SUM_CLAUSE,
} from '../lang/zh/check.js';
import type { Indicator } from '../extract/index.js';
import { agrees, bracketClose, changesLevelBefore, clauseBefore, isClose, isOpen, isSentenceEnd, PARAGRAPH_BREAK, partsOpeningAfter, partsOpeningLater, phraseAfter, relativeSlack, sameAmount, sameSentence, sameStatement, sentenceEnd, statementEnd, statementStart, statesDifference, withoutScope } from '../text/index.js';
import { headingKind } from '../lang/zh/headings.js';
import { LINKING, RELATIVE } from '../lang/zh/labels.js';
import { linkTableTotals } from './tables.js';
import { SETTINGS } from '../lang/zh/settings.js';
import { COUNTERS_ALIKE, INFORMATION_COUNTERS, TIMES } from '../lang/zh/units.js';

/** Periods are compared only where both are known. */
const samePeriod = (a: Indicator, b: Indicator) => !a.period || !b.period || a.period === b.period;

/**
 * Whether a part counts what its whole does: in its unit, or one counting alike (人, 名), or the whole
 * counts the times of it (共收到申请89件次，已经答复88件; 发布信息67条次。其中，…更新4条).
 */
const sameCount = (part: Indicator, whole: Indicator) => part.unit === whole.unit || part.unit + TIMES === whole.unit
  || COUNTERS_ALIKE.some((alike) => alike.includes(part.unit) && alike.includes(whole.unit));

const isInformationCounter = (unit: string) => INFORMATION_COUNTERS.includes(unit);

/**
 * What can be a part: an amount counting what its whole does, of its period, of its kind (a level or a
 * change), not a rate, an earlier value only of an earlier value (a census's 生产总值296.80亿元，其中：第一产业增加值…
 * in the next year's bulletin, as a table's column of the year before breaks down its own total), not a threshold (税收500万元以上楼宇7幢), not a table's cell (the table states its own totals). A part
 * the text marks as one (`marked`) may count pieces of information in another word than its whole does.
 */
const canBePart = (part: Indicator, whole: Indicator, match: string, marked = false) =>
  (sameCount(part, whole) || (marked && isInformationCounter(part.unit) && isInformationCounter(whole.unit))) && part.category !== 'percent' && part.change?.rate === undefined && (part.status !== 'baseline') === (whole.status !== 'baseline') && part.status !== 'threshold' && part.source !== 'table'
  && samePeriod(part, whole) && statesDifference(match, part) === statesDifference(match, whole) && !changesLevelBefore(match, part) && !outsideWhole(part, whole, match)
  // (an average per head is no part of an amount: 农民人均收入4.7万元 after 4.1亿元, 人均可支配收入突破4万元 after 226.03亿元)
  && (!perHead(part, match) || perHead(whole, match));

/**
 * Whether the part names what its whole cannot hold: the whole a class (粮食) and the part, not naming it,
 * a thing outside it (蔬菜产量); the whole a population and the part an event it does not name (出生人口).
 */
function outsideWhole(part: Indicator, whole: Indicator, match: string): boolean {
  const named = clauseBefore(match, part.start);
  const naming = clauseBefore(match, whole.start);
  const event = POPULATION_EVENTS.exec(named)?.[0];
  if (event !== undefined && naming.includes(POPULATION) && !naming.includes(event)) return true;
  return OUTSIDE_CLASS.some((c) => c.words.some((w) => naming.includes(w)) && !c.words.some((w) => named.includes(w)) && c.outside.test(named));
}

const isSemicolon = charCodes(SEMICOLON_CHARS);
/** A bracket holding no figure: an aside (（含上年度转结）, （均为网页申请）). */
const FIGURELESS_ASIDE = new RegExp(`^${anyOf(OPEN_BRACKET_CHARS)}${noneOf(`${OPEN_BRACKET_CHARS}${CLOSE_BRACKET_CHARS}0123456789`)}*${anyOf(CLOSE_BRACKET_CHARS)}`);
const COMMA = new RegExp(anyOf(COMMA_CHARS));
/** The words linking a measure to its figure (分别为, 达): not the measure's own. */
const LINK_END = new RegExp(`(?:${oneOf(LINKING.words)})+$`);

/** Where a whole's parts may stand: to the end of its sentence, or of the bracket its parts open in. */
function partsEnd(match: string, from: number): number {
  let depth = 0;
  const limit = sentenceEnd(match, from);
  for (let i = from; i < limit; i++) {
    const c = match.charCodeAt(i);
    if (isOpen(c)) depth++;
    else if (isClose(c)) { if (--depth < 0) return i; }
    else if (depth === 0 && isSentenceEnd(match.charCodeAt(i))) return i;
  }
  return limit;
}

/** How the text opens a whole's parts, where it does. */
interface Opening {
  /** where the parts may start */
  from: number;
  /** the text calls them parts (其中, 包括 …); else it only lists them (a colon, 分别为), and they must not add up to more than the whole */
  stated: boolean;
  /** the parts are clauses (其中，A…；B…): the list runs on past a semicolon to clauses of the same form */
  clauses: boolean;
  /** the parts open a sentence of their own: they may break down any figure of the statement before */
  sentence: boolean;
  /** that sentence comes a statement later: parts only where they add up to no more than the whole */
  later?: boolean;
  /** where the parts end, where the words opening them open a bracket too (13件(含新制定5件,修改4件)): at its close */
  end?: number;
  /** the parts are a bracket's figures with no word calling them parts: all of them, of the whole's status, or none */
  aside?: boolean;
  /**
   * the words open a breakdown by a dimension (分区域来看，…): they call the figures parts of no figure in
   * particular, so parts of which one alone passes the figure before, and that fit no other, are none of its
   */
  breakdown?: boolean;
}

/** Where the last bracket still open at the end of `text` opens, else -1. */
function openBracket(text: string): number {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (isOpen(text.charCodeAt(i))) open.push(i);
    else if (isClose(text.charCodeAt(i))) open.pop();
  }
  return open.length ? open[open.length - 1] : -1;
}

/** Whether the words after a bracket closing at `close` open parts (…），其中…). */
const opensPartsAt = (match: string, close: number) => isClose(match.charCodeAt(close)) && PARTS_AFTER_WHOLE.test(match.slice(close + 1, close + 1 + SETTINGS.NEAR_FIGURE.value));

/**
 * The words right after a whole (or the shares after it) that open its parts, if any; `own`: `at` is
 * the whole's own end (a bracket after the rate it changed by holds no parts of it: 37件，同比增长
 * 76.19%（2023年21件）).
 */
function openingAfter(match: string, at: number, own = true): Opening | null {
  const after = match.slice(at, at + SETTINGS.NEAR_FIGURE.value);
  // an aside holding no figure may stand between (1641件(含上年度转结),其中…; 6件（均为网页申请），其中…)
  const aside = FIGURELESS_ASIDE.exec(after)?.[0].length ?? 0;
  const rest = after.slice(aside);
  const stated = PARTS_AFTER_WHOLE.exec(rest) ?? PARTS_OF_SET.exec(rest);
  if (stated) {
    // the parts end at the bracket the words opening them open in (13件(含新制定5件…)), unless more are
    // opened right after it (办结2033件（含上年结转6件），其中予以公开830件…: both are the 2033's)
    const bracket = openBracket(stated[0]);
    const close = bracket < 0 ? -1 : partsEnd(match, at + aside + bracket + 1);
    return {
      from: at, stated: true, clauses: PARTS_AS_CLAUSES.test(rest.slice(stated[0].length)), sentence: false,
      end: close < 0 || opensPartsAt(match, close) ? undefined : close,
    };
  }
  // an aside holding figures of the whole's, then its parts (办理142件（3件为2023年结转至本年度办理），其中…):
  // the aside's figures are parts too (read from its close: the parts after it follow it closely)
  const close = bracketClose(match, at);
  if (close >= 0 && opensPartsAt(match, close)) return { from: close + 1, stated: true, clauses: false, sentence: false };
  // a bracket right after a whole, its figures counting what the whole does with no word calling them
  // parts (工业总产值30699万元（天丰惠农6527万元、集福德5086万元…）; 新签约项目14个（亿元以上2个）)
  if (close >= 0 && own) return { from: at, stated: false, clauses: false, sentence: false, end: close, aside: true };
  // (a whole in a bracket of its own lists its parts after the bracket's close: 重点领域公开（67条）：…52条；…15条)
  if (PARTS_LISTED_AFTER_WHOLE.test(after)) return { from: at, stated: false, clauses: true, sentence: false, end: isClose(match.charCodeAt(at)) ? partsEnd(match, at + 1) : undefined };
  return null;
}

/** An average or a figure per head (人均, 平均 …): it has no parts. */
const notAdditive = (r: Indicator, match: string) => NOT_ADDITIVE.test(clauseBefore(match, r.start) + r.raw);
const perHead = (r: Indicator, match: string) => PER_HEAD.test(clauseBefore(match, r.start));

/** A figure found in a list of parts that turns out to be none. */
const NO_WHOLE = -1;

/** Sets `part_of` on the records the text states as parts. */
export function linkParts(records: Indicator[], match: string): void {
  linkTableTotals(records, match);
  // most documents never open a sentence with the parts of the one before: find that out once
  const opensAnywhere = PARTS_OPENING_WORDS.test(match);
  records.forEach((whole, i) => {
    if (whole.category === 'percent' || whole.source === 'table') return;
    // a share may stand between a whole and its parts (186.5亿元，占全省的16.4%，其中…), and so may the
    // rates the figures before changed by, however they are worded (…1731人次,与上月相比批次、人次分别上升52.78%、45.34%,其中,…)
    let last = i;
    const readPast = (r: Indicator | undefined): r is Indicator => r?.category === 'percent' && sameSentence(match, whole.end, r.start)
      && (r.change?.rate !== undefined || match.slice(records[last].end, r.start).length <= SETTINGS.SHARE_GAP.value);
    while (readPast(records[last + 1])) last++;
    let opening = openingAfter(match, records[last].end, last === i);
    if (!opening && opensAnywhere && !statesDifference(match, whole)) {
      // 其中 opening a sentence breaks down the last figure before it, rates, shares, what it changed by and
      // averages aside (新收到申请47件，较上一年度增加42件。其中，通过信函申请39件…: the 47; 生产总值951435万元，
      // 比上年下降4.1%；…人均地区生产总值为74331元。其中，第一产业增加值…: the 951435)
      const aside = (r: Indicator) => r.category === 'percent' || statesDifference(match, r) || notAdditive(r, match);
      let through = i;
      while (records[through + 1] && aside(records[through + 1]) && sameStatement(match, whole.end, records[through + 1].start)) through++;
      const next = partsOpeningAfter(match, records[through].end);
      if (next !== null && !records.slice(i + 1, i + 1 + SETTINGS.MAX_PARTS.value).some((r) => r.start < next[0] && !aside(r))) {
        opening = { from: next[1], stated: true, clauses: true, sentence: true, breakdown: BREAKDOWN_STATEMENT.test(match.slice(next[0], next[1] + 1)) };
        while (records[last + 1] && records[last + 1].start < next[0]) last++;
      }
      // or the sentence after a statement of comment, from the last figure of its own statement, where no
      // figure between counts what it does (…主动公开政府信息463条，内容涵盖…。全方位展示了…。其中发布公示公告8条;
      // 共发布政府信息221条。主要内容涵盖…21类大项，56个栏目。其中政策法规信息公开数3条)
      const later = next === null && !sameStatement(match, whole.end, records[i + 1]?.start ?? match.length) ? partsOpeningLater(match, whole.end) : null;
      if (later !== null && !records.slice(i + 1, i + 1 + SETTINGS.MAX_PARTS.value).some((r) => r.start < later[0] && sameCount(r, whole))) {
        opening = { from: later[1], stated: true, clauses: true, sentence: true, later: true };
        while (records[last + 1] && records[last + 1].start < later[0]) last++;
      }
    }
    // no marked parts, and no figure of its unit after it: nothing can be its part
    const next = nextFigure(records, i);
    if (!opening && (!next || !sameCount(next, whole))) return;
    if (notAdditive(whole, match)) return;
    if (opening) {
      takeParts(records, i, last, match, opening);
      // parts in a bracket leave the rest of the sentence to the breakdowns no word marks (申请543件（含上年度
      // 结转6件），…依法办结541件，结转下年度办理2件); so do words opening parts that open none close by
      // (公开（67条）：重点围绕财政预决算、…、涉农补贴等领域公开信息52条；公开乡镇基层政务信息15条)
      if (opening.end === undefined && records.some((r) => r.part_of === i)) return sumInNextStatements(records, i, match, true);
    }
    sumBreakdown(records, i, match);
    sumInNextStatements(records, i, match);
    partAfter(records, i, match);
    subsetInNextSentence(records, i, match);
  });
  records.forEach((_, i) => partsInParagraphsBelow(records, i, match));
  records.forEach((_, i) => sumBefore(records, i, match));
  records.forEach((_, k) => subsetStatement(records, k, match));
  records.forEach((_, i) => parallelBreakdown(records, i, match));
  records.forEach((_, i) => breakdownByAnotherDimension(records, i, match));
  const partsOf = new Map<number, number[]>();
  records.forEach((r, k) => {
    if (r.part_of === null) return;
    if (!partsOf.has(r.part_of)) partsOf.set(r.part_of, []);
    partsOf.get(r.part_of)!.push(k);
  });
  partsOf.forEach((own, w) => completeSeries(records, w, own, match));
}

/**
 * 按活动类型分，基础研究经费158.8亿元…。⏎按活动主体分，企业R&D经费支出3359.3亿元…；政府属研究机构经费支出240.8亿元…:
 * a paragraph opening on a breakdown by another dimension, right below one that opens on a breakdown of a
 * whole, breaks down that whole too: the figures of its first statement, of the whole's count, that add
 * up to no more than it (a province's and a city's bulletins of R&D spending; some list only the largest).
 */
function breakdownByAnotherDimension(records: Indicator[], i: number, match: string): void {
  const first = records[i];
  const prev = records[i - 1];
  // (the first figure of its paragraph: looked for between the two figures, so that a text of one line stays linear)
  if (!prev || !match.slice(prev.end, first.start).includes(PARAGRAPH_BREAK)) return;
  const start = match.lastIndexOf(PARAGRAPH_BREAK, first.start - 1) + 1;
  if (!BREAKDOWN_STATEMENT.test(match.slice(start, first.start))) return;
  // the paragraph right above opens on a breakdown too, and a figure of its first statement is a part
  const above = match.lastIndexOf(PARAGRAPH_BREAK, start - 2) + 1;
  if (!BREAKDOWN_STATEMENT.test(match.slice(above, start))) return;
  const w = [...walk(records, i - 1, -1, (r) => r.start >= above)].map((k) => records[k].part_of).find((x): x is number => x !== null && x !== NO_WHOLE);
  if (w === undefined) return;
  const whole = records[w];
  const parts: number[] = [];
  let sum = 0;
  for (const k of walk(records, i, 1, (r) => sameStatement(match, first.start, r.start))) {
    const r = records[k];
    if (r.category === 'percent' || r.change || statesDifference(match, r)) continue;
    // (a part of the breakdown above is no whole of another dimension's: 试验发展经费3480.2亿元…。⏎按活动主体分，企业…3359.3亿元)
    if ((r.part_of !== null && records[r.part_of].part_of !== w) || !canBePart(r, whole, match, true)) return;
    sum += r.value;
    parts.push(k);
  }
  if (parts.length < 2 || sum > whole.value + roundingOf(records, w, parts.map((k) => [k, w] as const))) return;
  for (const k of parts) records[k].part_of = w;
}

/**
 * Parts falling short of their whole, then sentences of its paragraph each opening on a figure measured
 * in the first part's words (…产业增加值), that bring the sum to the whole exactly, up to rounding: the
 * list ran on past a sentence end (生产总值244394万元…。其中：第一产业增加值62857万元…；第二产业增加值65585万元…，
 * 其中工业增加值…。第三产业增加值115952万元; 生产总值900820万元…。其中，第一产业增加值245816万元，增长5.7%。第二产业
 * 增加值240034万元…，工业增加值183809万元…。第三产业增加值414970万元). A figure opening a sentence in other
 * words ends the list; the figures of a part's sentence after it, and its own parts, are read past.
 */
function completeSeries(records: Indicator[], w: number, parts: readonly number[], match: string): void {
  const whole = records[w];
  const breakAt = match.indexOf(PARAGRAPH_BREAK, whole.end);
  const paragraphEnd = breakAt < 0 ? match.length : breakAt;
  const own = parts.filter((k) => k > w && records[k].start < paragraphEnd);
  if (!own.length || whole.approx) return;
  const first = records[own[0]];
  // (more than the measure's own words: 稻谷面积 and 烟叶种植面积 are no series)
  const measured = (r: Indicator) => sharedEnding(match, r, first) > SETTINGS.MEASURE_CHARS.value;
  const found = own.map((k): [number, number] => [k, w]);
  let sum = own.reduce((s, k) => s + records[k].value, 0);
  if (Math.abs(sum - whole.value) <= roundingOf(records, w, found)) return;
  let previous = own[own.length - 1];
  for (let k = previous + 1; k < records.length && records[k].start < paragraphEnd; k++) {
    const r = records[k];
    if (r.category === 'percent' || statesDifference(match, r)) continue;
    const opens = !sameSentence(match, records[previous].end, r.start);
    previous = k;
    // (a part's own parts are read past, wherever they open: …其中工业增加值…；建筑业增加值…)
    if (!opens || found.some(([p]) => r.part_of === p)) continue;
    if (r.part_of !== null || !measured(r) || !canBePart(r, whole, match) || notAdditive(r, match)) return;
    sum += r.value;
    found.push([k, w]);
    if (Math.abs(sum - whole.value) <= roundingOf(records, w, found)) {
      for (const [p] of found.slice(own.length)) records[p].part_of = w;
      return;
    }
    if (sum > whole.value) return;
  }
}

/**
 * Two wholes of two counts broken down in parallel, a clause per part naming both (粮食作物播种面积22607公顷，
 * 粮食总产量8.16万吨。夏粮种植面积8349公顷，总产量1.97万吨；秋粮种植面积14258公顷，总产量6.20万吨; 粮食作物播种面积
 * 52.53万亩。粮食总产量11.44万吨，其中夏粮播种面积25.86万亩，夏粮产量4.72万吨；秋粮播种面积26.67万亩，秋粮产量6.72万吨):
 * records[i] is the second whole, the first the figure of the other count right before it, in its statement
 * or the one before; the statement after the second whole alternates the two counts, and each count's
 * figures add up to its whole, up to their rounding. Rates and what the figures changed by are read past.
 */
function parallelBreakdown(records: Indicator[], i: number, match: string): void {
  const aside = (r: Indicator) => r.category === 'percent' || statesDifference(match, r);
  const counted = (r: Indicator) => !aside(r) && !r.approx && r.value > 0 && r.status !== 'baseline' && r.source !== 'table';
  const second = records[i];
  if (!counted(second) || second.part_of !== null) return;
  let a = i - 1;
  while (a >= 0 && aside(records[a])) a--;
  const first = records[a];
  const prior = statementStart(match, Math.max(0, statementStart(match, second.start) - 1));
  if (!first || !counted(first) || first.part_of !== null || sameCount(first, second) || sameCount(second, first)
    || first.start < prior || match.slice(first.end, second.start).includes(PARAGRAPH_BREAK)) return;
  let k = i + 1;
  while (k < records.length && aside(records[k])) k++;
  if (k >= records.length || match.slice(second.end, records[k].start).includes(PARAGRAPH_BREAK)) return;
  const end = statementEnd(match, records[k].start);
  const parts = [...walk(records, k, 1, (r) => r.start < end)].filter((p) => !aside(records[p]));
  if (parts.length < 4 || parts.length % 2) return;
  const leads = sameCount(records[parts[0]], first) ? 0 : 1;
  const wholeOf = (n: number) => (n % 2 === leads ? a : i);
  if (!parts.every((p, n) => canBePart(records[p], records[wholeOf(n)], match) && (records[p].part_of === null || records[p].part_of === wholeOf(n)))) return;
  const adds = (w: number) => {
    const of = parts.filter((_, n) => wholeOf(n) === w).map((p) => [p, w] as const);
    return Math.abs(of.reduce((sum, [p]) => sum + records[p].value, 0) - records[w].value) <= roundingOf(records, w, of);
  };
  if (adds(a) && adds(i)) parts.forEach((p, n) => { records[p].part_of = wholeOf(n); });
}

/**
 * The figures of a statement opening on the set they are drawn from (SUBSET_OPENING), records[k] its
 * first: parts of the nearest figure before, in its paragraph or the one before (a bulletin's paragraph may
 * open on the set: 在第三产业中：…) and MAX_PARTS figures, whose words name the set (第三产业增加值
 * 79.8亿元…。第三产业中，金融业增加值5.1亿元…), where they stay within it; else of the figure right
 * before they add up to exactly (收到申请98件。所有答复件中，予以公开的42件…). A statement opening on a
 * breakdown by a dimension (BREAKDOWN_STATEMENT: 分产业看，…) names no set: its parts are of the nearest figure
 * they add up to exactly.
 */
function subsetStatement(records: Indicator[], k: number, match: string): void {
  const first = records[k];
  // only the first figure of its statement (read between the two figures, not back from this one), or of
  // a clause a breakdown by a dimension opens
  if (k === 0 || first.part_of !== null) return;
  const within = sameStatement(match, records[k - 1].end, first.start);
  if (within && !BREAKDOWN_CLAUSE.test(match.slice(records[k - 1].end, first.start))) return;
  const start = statementStart(match, first.start);
  const opening = within ? null : SUBSET_OPENING.exec(match.slice(start, first.start));
  // a breakdown by a dimension names no set: only an exact sum finds its whole
  const breakdown = within || (!opening && BREAKDOWN_STATEMENT.test(match.slice(start, first.start)));
  if (!opening && !breakdown) return;
  // (the report's scope is no part of the set's name: 在全县地区生产总值中 under 全年实现地区生产总值363.92亿元)
  const set = opening ? withoutScope(opening[1].replaceAll(RELATIVE.mark, '')) : null;
  const end = statementEnd(match, first.start);
  // its paragraph or the one before
  const paragraph = match.lastIndexOf(PARAGRAPH_BREAK, match.lastIndexOf(PARAGRAPH_BREAK, start - 1) - 1);
  const nearest = records[Math.max(0, k - SETTINGS.MAX_PARTS.value)].start;
  const before = [...walk(records, k - 1, -1, (r) => r.end > paragraph && r.start >= nearest)].filter((w) => records[w].category !== 'percent');
  const partsOf = (w: number) => [...walk(records, k, 1, (r) => r.start < end)].filter((p) => records[p].part_of === null && records[p].category !== 'percent' && canBePart(records[p], records[w], match));
  const sum = (ps: number[]) => ps.reduce((s, p) => s + records[p].value, 0);
  // of the figures naming the set, the nearest that holds the parts (在公开信息中，… under 主动公开信息数24条，
  // not the 不予公开信息数0条 after it)
  const named = set === null ? [] : before.filter((w) => !records[w].change && clauseBefore(match, records[w].start).replaceAll(RELATIVE.mark, '').includes(set));
  for (const w of named) {
    const parts = partsOf(w);
    if (parts.length && sum(parts) <= records[w].value + roundingOf(records, w, parts.map((p) => [p, w]))) {
      for (const p of parts) records[p].part_of = w;
      return;
    }
  }
  // (where none of those holds them, the nearest they add up to: an aside after it may hold figures of its
  // own, 98件（含…8件，另有5件…）; 户籍总人口67.04万人…城镇户籍人口14.48万人…。户籍人口中，男性…女性…: the 67.04)
  // A breakdown by a dimension breaks down a whole of each count it holds (分区域来看，黄山区事故6起、死亡9人；
  // 歙县事故5起、死亡5人… of 事故17起 and 死亡20人).
  for (const w of before) {
    if (records[w].change || records[w].approx) continue;
    const parts = partsOf(w);
    // (up to the rounding of the figures: 三次产业中，… 329593万元 … 914426万元 … 2963404万元 of 4207422万元)
    if (parts.length > 1 && Math.abs(sum(parts) - records[w].value) <= roundingOf(records, w, parts.map((p) => [p, w] as const))) {
      for (const p of parts) records[p].part_of = w;
      if (!breakdown) return;
    }
  }
}

/**
 * 中央车购税项目7个，大中修项目16个，共计23个: figures of one unit right before a total the text calls
 * one (共计, 合计 …), in its sentence, that add up to it exactly are its parts.
 */
function sumBefore(records: Indicator[], i: number, match: string): void {
  const whole = records[i];
  if (whole.approx || whole.change || whole.category === 'percent' || whole.source === 'table' || !SUM_CLAUSE.test(clauseBefore(match, whole.start).trim())) return;
  for (const p of summing(records, i, walk(records, i - 1, -1, (r) => sameSentence(match, r.end, whole.start)), match)) records[p].part_of = i;
}

/** The first figure after `i` that is not a rate or a share. */
function nextFigure(records: readonly Indicator[], i: number): Indicator | undefined {
  for (let k = i + 1; k < records.length; k++) if (records[k].category !== 'percent') return records[k];
  return undefined;
}

/**
 * The whole a figure listed after records[i] is a part of: records[i] itself, unless records[i] cannot
 * be its whole (another unit, a change where the part is a level) and a figure before it can: the
 * nearest, in its sentence (年末常住人口879.3万人，比上年末增加6.1万人，其中城镇常住人口654.2万人), or
 * in the statement before the parts' own sentence (接待群众3000人次，解决问题500个。其中，领导接访900人次);
 * or the parts open a sentence of their own and the part names the
 * measure of another figure of the statement before (营业收入1.24万亿元…；利润总额686.5亿元。其中，
 * 国有控股企业营业收入3215.8亿元: that figure; of several, the one named most closely).
 */
function wholeFor(records: readonly Indicator[], i: number, part: Indicator, match: string, opening: Opening, unbroken: boolean): number | null {
  // a whole counting what the part does in its very word first (受理申请20件，发布信息300条。其中，予以公开15件:
  // the 20); in another word only while no figure of another count has broken the list (…概况类信息62条，
  // 开展网上调查3期，受理市长信箱来信7件: the 7 is no part)
  return wholeCounting(records, i, part, match, opening, false)
    ?? (opening.stated && unbroken ? wholeCounting(records, i, part, match, opening, true) : null);
}

/** wholeFor's search; `marked`: a part may count pieces of information in another word than its whole. */
function wholeCounting(records: readonly Indicator[], i: number, part: Indicator, match: string, opening: Opening, marked: boolean): number | null {
  const measure = clauseBefore(match, part.start).trim().replace(LINK_END, '').slice(-SETTINGS.MEASURE_CHARS.value);
  const names = (k: number) => opening.sentence && measure.length === SETTINGS.MEASURE_CHARS.value && clauseBefore(match, records[k].start).includes(measure);
  // another figure is a whole only where it is a part of nothing (records[i] may be: 其中A 10件(其中B 5件))
  // (a figure is no part of nothing: 行政复议5宗、行政诉讼0宗，其中2宗维持… are the 5's)
  const fits = (k: number) => (k === i || records[k].part_of === null) && (records[k].value > 0 || part.value === 0)
    && canBePart(part, records[k], match, marked);
  if (fits(i) && !opening.sentence) return i;
  // (a statement later, only the whole they follow: not a figure of its statement it stands after)
  if (opening.later) return fits(i) ? i : null;
  // of the figures that name the part's measure, the one whose words end as the part's do the longest way
  // (总投资86.1亿元，年度计划投资50亿元；其中…总投资61.4亿元: the 总投资)
  const naming = (k: number) => (fits(k) && names(k) ? Math.max(1, sharedEnding(match, part, records[k])) : 0);
  let named = naming(i) > 0 ? i : null;
  let nearest: number | null = null;
  for (let k = i - 1; k >= Math.max(0, i - SETTINGS.MAX_PARTS.value) && sameStatement(match, records[k].end, records[k + 1].start); k--) {
    if (!fits(k)) continue;
    if (naming(k) > (named === null ? 0 : naming(named))) named = k;
    if (nearest === null && !fits(i) && (opening.sentence || sameSentence(match, records[k].end, records[i].start))) nearest = k;
  }
  if (named !== null) return named;
  const whole = fits(i) ? i : nearest;
  // a part that names the measure of a figure before that statement (…招生8057人。…专任教师1931人。
  // 其中中等职业学校2所，招生2322人) breaks down none of the statement's figures; a part of an earlier
  // breakdown names no such figure (a second 其中，第一产业增加值… under the GDP of another scope); a figure
  // of another count names another measure (三次产业对经济增长的贡献率分别为…。…其中，第一产业18.5亿元)
  if (whole !== null && opening.sentence && measure.length === SETTINGS.MEASURE_CHARS.value
    && records.slice(0, whole).some((x) => x.part_of === null && sameCount(part, x) && !sameStatement(match, x.end, records[i].start) && clauseBefore(match, x.start).includes(measure))) return null;
  return whole;
}

/**
 * Whether the text between two offsets, past the words opening parts where it holds them, is at most the
 * break into one more clause, and holds no figure.
 */
function inNextClause(match: string, from: number, to: number): boolean {
  const text = match.slice(from, to);
  const opened = [...text.matchAll(PARTS_OPENED)].at(-1);
  const between = opened ? text.slice(opened.index + opened[0].length) : text;
  return !/\d/.test(between) && (between.match(COMMAS) ?? []).length <= 1 && ![...between].some((c) => isSemicolon(c.charCodeAt(0)) || isSentenceEnd(c.charCodeAt(0)));
}
const PARTS_OPENED = new RegExp(PARTS_OPENING_WORDS.source, 'g');
const COMMAS = new RegExp(anyOf(COMMA_CHARS), 'g');

/** The parts a marker opens after records[i]: the figures that follow one another closely, up to the end of the sentence or bracket. */
function takeParts(records: Indicator[], i: number, last: number, match: string, opening: Opening): void {
  let end = opening.end ?? partsEnd(match, opening.from);
  // the parts follow one another closely; inner wholes come later and take their own parts back
  // (其中A 10件(其中B 5件))
  let reach = opening.from + SETTINGS.PARTS_GAP.value + (opening.from === records[last].end ? SETTINGS.PARTS_OPENING_MAX.value : 0);
  const found: Array<[number, number]> = [];
  let first: Indicator | null = null;
  let previous: Indicator | null = null;
  // whether a figure fitting no whole stood between the parts
  let broken = false;
  // what the parts found for a whole add up to, and whether that stays within it, up to the rounding of the figures
  const sumFor = (w: number) => found.reduce((sum, [k, x]) => (x === w ? sum + records[k].value : sum), 0);
  const within = (w: number, sum: number) => sum <= records[w].value + roundingOf(records, w, found);
  for (let k = last + 1; k < records.length; k++) {
    const r = records[k];
    // 其中，第一产业增加值486.3亿元，增长3.1%；第二产业增加值4752.9亿元…: a clause of the same form after a
    // semicolon lists on; after 其中 opening a sentence, so does one that still fits in the whole (粮食总产量
    // 8.06万吨。其中，早稻0.88万吨，下降28.0%；二晚1.2万吨…)
    // (not past a 其中 of a part's own: 第二产业增加值…，其中工业增加值…；建筑业增加值… is the part's)
    // (of any whole the parts found so far are of: 其中公有制5875户，注册资本9963.63亿元；私营企业21603户… lists
    // the parts of both the 户 and the 元 before it)
    // (a clause of the same form after a single part, taking their sum past the whole, is a sibling of the
    // whole: 第二产业增加值300.1亿元，其中工业增加值143.0亿元，增长9.0%；第三产业增加值365.2亿元; 粮食种植面积16.06万亩，
    // 其中谷物种植面积13.98万亩，下降6.0%；油料种植面积2.62万亩. A list of two parts or more lists on, for check to
    // show where it adds up to more: 其中，一级企业1家；二级企业4家；三级及其他企业35家 of 39家)
    const fitsIn = () => [...new Set([i, ...found.map(([, w]) => w)])].some((w) => canBePart(r, records[w], match) && within(w, sumFor(w) + r.value));
    const fits = () => opening.sentence && fitsIn() && !PARTS_OPENING_WORDS.test(match.slice(first!.end, r.start));
    if (r.start >= end && first && isSemicolon(match.charCodeAt(end)) && ((listsOn(match, first, r) && (found.length > 1 || fitsIn())) || (opening.clauses && fits()))) {
      // the clause listed on is read from its start, whatever rates and shares ended the one before
      // (…增长3.8%，占地区生产总值的比重6.2%；第二产业增加值1051.7亿元)
      reach = Math.max(reach, end + 1 + SETTINGS.PARTS_GAP.value);
      end = partsEnd(match, end + 1);
    }
    // (a part may stand anywhere in the clause after the part before it, or after the words opening them, where
    // nothing else stands between: 其中，通过…政府门户网站…主动公开发布各类规范性文件和动态信息222条; …重要会议12条，公开发布政策
    // 文件、财政、就业创业、教育等重点领域信息 1323条)
    if (r.start >= Math.min(end, reach) && !(r.start < end && inNextClause(match, previous?.end ?? opening.from, r.start))) break;
    // 其中制造业中长期贷款新增1124亿元，无还本续贷新增5982亿元: after a comma, a part names its whole as
    // closely as the first part did (…贷款新增), or it is no sibling of it (a rate is read past: 其中第一产业
    // 增加值19.63亿元，增长3.8%；第二产业增加值…)
    if (first && previous && !opening.clauses && r.category !== 'percent' && COMMA.test(match.slice(previous.end, r.start)) && sharedEnding(match, r, records[i]) < sharedEnding(match, first, records[i])) break;
    // (a statement later, only in the whole's own word: 公开政府信息8600余条。…。其中，依法办理依申请公开147件 is none)
    const w = wholeFor(records, i, r, match, opening, !broken && !opening.later);
    if (w === null) { broken ||= r.category !== 'percent'; continue; }
    found.push([k, w]);
    first ??= r;
    previous = r;
    reach = Math.max(reach, r.end + SETTINGS.PARTS_GAP.value);
  }
  // (a bracket's figures are its whole's parts only all together, each of its status: a goal or an earlier
  // value in the bracket makes none of them parts)
  if (opening.aside) {
    const inside = [...walk(records, last + 1, 1, (r) => r.start < end)].filter((k) => records[k].category !== 'percent');
    if (!inside.every((k) => found.some(([f, w]) => f === k && w === i) && records[k].status === records[i].status)) return;
  }
  // 其中，予以公开答复966件，占66.48%；部分公开67件…; 其中工作动态信息302条，财政预决算信息7条，工作年报1条:
  // parts not worded alike list on where, to the end of the statement, they add up to the whole exactly
  if (found.length && found.every(([, w]) => w === i)) {
    const from = found[0][0];
    const all = summing(records, i, walk(records, from, 1, (r) => sameStatement(match, records[from].start, r.start)), match);
    if (all.length > found.length) found.splice(0, found.length, ...all.map((k): [number, number] => [k, i]));
  }
  // listed without being called parts (a colon, 分别为): parts only where they do not add up to more than the whole
  // (a breakdown by a dimension that a part alone passes the figure it would be of is of none of them here:
  // 铁路事故2起、死亡2人。分区域来看，黄山区事故6起、死亡9人；… are found by the sums they make)
  if (opening.breakdown && found.some(([k, w]) => records[k].value > records[w].value)) for (const f of found) f[1] = NO_WHOLE;
  const over = [...new Set(found.map(([, w]) => w))].filter((w) => w !== NO_WHOLE && !within(w, sumFor(w)));
  if (over.length && (!opening.stated || opening.later)) return;
  // parts adding up to more than their whole, where those after one of them add up to it exactly, are
  // that one's breakdown (共收到37件，其中33件已办结，答复27件，主动撤回6件: the 33's)
  for (const w of over) {
    const of = found.filter(([, x]) => x === w);
    const nested = of.findIndex(([k], n) => n < of.length - 1 && of.slice(n + 1).reduce((sum, [j]) => sum + records[j].value, 0) === records[k].value);
    if (nested >= 0) for (const f of of.slice(nested + 1)) f[1] = of[nested][0];
  }
  // two parts or more that add up to a whole exactly, then more in another word than it counts in: those
  // are no parts of it (信息2406条，其中政务动态1215条，…1129条，概况类信息62条，开展网上调查3期，受理市长信箱来信7件)
  for (const w of over) {
    const of = found.filter(([, x]) => x === w);
    let sum = 0;
    const complete = of.findIndex(([k]) => sameAmount(sum += records[k].value, records[w].value));
    if (complete > 0) for (const f of of.slice(complete + 1)) if (!sameCount(records[f[0]], records[w])) f[1] = NO_WHOLE;
  }
  // parts that add up to more than the figure nearest them break down the figure of the statement before
  // them that they add up to exactly (共收到65件，其中A22件，B43件。其中按目的分类：揭发控告1件、求决57件、意见
  // 建议7件: the 65; 申请101件，上年结转1件，其中自然人申请100件、法人或其他组织申请1件: the 101; 农林牧渔业总产值
  // 156.23亿元，…，农林牧渔增加值95.83亿元，…，其中农业总产值77.24亿元…: the 156.23); else they stay, for check to show
  for (const w of over) {
    // (or, opening a sentence, where the figure nearest them is a part itself, the whole it is a part of,
    // where they stay within it: 受理申请57件…；完成答复54件，转下一年度办理3件。其中，…答复6件 is of the 57)
    const first = found.find(([, x]) => x === w)![0];
    const outer = records[w].part_of;
    const holder = summedBefore(records, first, w, sumFor(w), match)
      ?? (opening.sentence && outer !== null && canBePart(records[first], records[outer], match) && sumFor(w) <= records[outer].value ? outer : null);
    if (holder !== null) for (const f of found) if (f[1] === w) f[1] = holder;
  }
  bracketedParts(records, found, match);
  for (const [k, w] of found) if (w !== NO_WHOLE) records[k].part_of = w;
}

/**
 * Parts listed in a bracket right after one of the parts, adding up to no more than it, are its own
 * (其中工作动态信息292条（省局动态197条、市县动态95条）、政策法规及解读8条; 其中，区政府网站4266条，区委、
 * 区政府政务新媒体13331条（抖音视频信息2366条、…今日头条信息1856条），部门…2873条).
 */
function bracketedParts(records: readonly Indicator[], found: Array<[number, number]>, match: string): void {
  for (const [k] of found) {
    const open = records[k].end;
    const close = bracketClose(match, open);
    if (close < 0) continue;
    const inner = found.filter(([j]) => records[j].start > open && records[j].end <= close);
    const sum = inner.reduce((s, [j]) => s + records[j].value, 0);
    if (inner.length > 1 && inner.every(([j]) => canBePart(records[j], records[k], match)) && sum <= records[k].value + roundingOf(records, k, inner.map(([j]) => [j, k] as const))) {
      for (const f of inner) f[1] = k;
    }
  }
}

/** How far a whole and its parts may be apart by their rounding alone (52.27 + 82.96 + 181.58 of 316.80亿元). */
function roundingOf(records: readonly Indicator[], w: number, found: ReadonlyArray<readonly [number, number]>): number {
  const whole = records[w];
  return found.filter(([, x]) => x === w).reduce((s, [k]) => s + records[k].value * relativeSlack(records[k]), whole.value * relativeSlack(whole) + 1e-9 * Math.max(1, whole.value));
}

/**
 * The figure of the statement before the part at `first`, a part of nothing, that the parts add up to
 * exactly; or the whole that the figure nearest before them (`nearest`) is a part of, where they add up to it: a second breakdown
 * of one whole (户籍人口444322人。按性别分，男性233123人…，女性211199人…；按年龄分，0-17岁86248人…).
 */
function summedBefore(records: readonly Indicator[], first: number, nearest: number, sum: number, match: string): number | null {
  const before = first - 1;
  if (before < 0) return null;
  for (const k of walk(records, before, -1, (r) => sameStatement(match, r.end, records[before].end))) {
    if (records[k].part_of === null && canBePart(records[first], records[k], match) && sameAmount(records[k].value, sum)) return k;
  }
  const whole = records[nearest].part_of;
  return whole !== null && canBePart(records[first], records[whole], match) && sameAmount(records[whole].value, sum) ? whole : null;
}

/** How many characters the words before two figures share from their ends (…贷款新增, …产业增加值). */
function sharedEnding(match: string, a: Indicator, b: Indicator): number {
  const x = clauseBefore(match, a.start).trim();
  const y = clauseBefore(match, b.start).trim();
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return n;
}

/**
 * Whether a figure after a semicolon is one more part of a list of clauses: the words before it end
 * as the first part's do (…产业增加值 after 第一产业增加值, 进口 after 出口), or both give their share
 * right after them (会议公开2条，占比0.5%；政策文件22条，占比6.3%), and it opens no parts of its own (it
 * would be a new whole).
 */
const sharedAfter = (match: string, r: Indicator) => SHARE_AFTER.test(match.slice(r.end, r.end + SETTINGS.NEAR_FIGURE.value));
const listsOn = (match: string, first: Indicator, r: Indicator) => (sharedEnding(match, first, r) > 0 || (sharedAfter(match, first) && sharedAfter(match, r)))
  && openingAfter(match, r.end) === null;

/**
 * 我局牵头制定的规范性文件3个。…我局制定的2个规范性文件《…》《…》: the first figure of the next
 * sentence counts fewer of the very noun the last figure of this one counted: a subset of it.
 */
function subsetInNextSentence(records: Indicator[], i: number, match: string): void {
  const whole = records[i];
  const part = records[i + 1];
  if (!part || part.part_of !== null || !canBePart(part, whole, match) || part.value >= whole.value || whole.change || part.change || part.status !== whole.status) return;
  const end = sentenceEnd(match, whole.end, SETTINGS.SENTENCE_END_AFTER.value);
  // the whole ends its sentence, the part opens the next
  if (end - whole.end > 1 || !isSentenceEnd(match.charCodeAt(end)) || part.start <= end || !sameSentence(match, end + 1, part.start)) return;
  const noun = clauseBefore(match, whole.start).slice(-SETTINGS.NOUN_READ.value) || phraseAfter(match, whole.end, SETTINGS.NOUN_READ.value);
  const counted = phraseAfter(match, part.end, SETTINGS.NOUN_READ.value);
  for (let n = Math.min(noun.length, counted.length); n >= SETTINGS.SAME_NOUN.value; n--) {
    if (counted.startsWith(noun.slice(-n))) { part.part_of = i; return; }
  }
}

/** The kind of list mark a paragraph opens with (1., （一）…), or '' where it opens with none. */
const markOf = (line: string) => headingKind(line.trimStart()) ?? '';

/**
 * 主动公开和转载各类信息4611条。具体为：⏎1.…指南26条，…年度报告51篇。⏎2.…规范性文件3份…; 主动公开政府信息
 * 共计102条，主要包括：⏎基础信息公开（26条）：…⏎重点领域及基层公开（67条）：…: a whole ending its paragraph
 * with words that open its parts lists them in the paragraphs below, each opening with the mark the first
 * does (1., 2.), or with none where each opens on a figure listing its own parts (…（26条）：), which is then
 * the part. The list ends at a paragraph opening otherwise, or one taking the sum past the whole.
 */
function partsInParagraphsBelow(records: Indicator[], i: number, match: string): void {
  const whole = records[i];
  const opening = PARTS_IN_PARAGRAPHS_BELOW.exec(match.slice(whole.end, whole.end + SETTINGS.NEAR_FIGURE.value));
  if (!opening || whole.category === 'percent' || whole.change || whole.approx) return;
  let sum = 0;
  const parts: number[] = [];
  let k = i + 1;
  let mark: string | null = null;
  for (let at = whole.end + opening[0].length; at < match.length && k < records.length;) {
    const next = match.indexOf(PARAGRAPH_BREAK, at);
    const end = next < 0 ? match.length : next;
    const line = match.slice(at, end);
    at = end + 1;
    if (!line.trim()) continue;
    const lineMark = markOf(line);
    mark ??= lineMark;
    if (lineMark !== mark) break;
    const inLine = [...walk(records, k, 1, (r) => r.start < end)];
    k += inLine.length;
    const own = inLine.filter((j) => records[j].category !== 'percent');
    const lead = own.length && openingAfter(match, records[own[0]].end) !== null ? own[0] : null;
    if (mark === '' && lead === null) break;
    const taken = (lead === null ? own : [lead]).filter((j) => records[j].part_of === null && canBePart(records[j], whole, match, true));
    const more = taken.reduce((s, j) => s + records[j].value, 0);
    if (sum + more > whole.value + roundingOf(records, i, [...parts, ...taken].map((j) => [j, i] as const))) break;
    sum += more;
    parts.push(...taken);
  }
  if (parts.length > 1) for (const p of parts) records[p].part_of = i;
}

/**
 * 受理案件19件，维持15件、撤销2件、终止2件; 受理投诉60件，同比下降5%，已办结55件、正在办理5件;
 * 受理依申请公开12件，予以公开及部分公开的有6件，占50%；无法提供的有6件: figures after a total, the
 * first in its sentence (or past a semicolon, where the total opens its statement), the rest to the end
 * of its statement, that add up to it exactly are its breakdown, with no word to say so. Rates and
 * shares between them are read past.
 */
function sumBreakdown(records: Indicator[], i: number, match: string): void {
  const whole = records[i];
  // nothing adds up to 0; an item of a list (城乡建设27件、农村农业7件、…) is a sibling of the items after it
  if (whole.approx || whole.change || whole.value <= 0 || match.slice(whole.end, whole.end + SETTINGS.NEAR_FIGURE.value).trimStart().startsWith(LIST_COMMA)) return;
  const first = nextFigure(records, i);
  if (!first || !sameStatement(match, whole.end, first.start)) return;
  // past a semicolon, only from a whole opening its statement (受理申请57件，同比增长71.9%；完成答复54件，转下
  // 一年度办理3件), not from an item of a list of clauses (…情况4条；…情况3条；…情况1条)
  if (!sameSentence(match, whole.end, first.start) && i > 0 && sameStatement(match, records[i - 1].end, whole.start)) return;
  for (const p of summing(records, i, walk(records, i + 1, 1, (r) => sameStatement(match, whole.end, r.start)), match)) records[p].part_of = i;
}

/**
 * 接收申请17件，均在法定期限内办结。申请渠道以信函申请为主（11件），网络申请6件…。经审核分类办理，予以公开
 * 2件、部分公开5件…答复8件…不予公开2件: the figures of each statement right after a whole that ends its
 * own, in its paragraph, that add up to it exactly, are its breakdown; so is each further statement that
 * does so too. After a breakdown a word marked (`marked`), only where that one was all of the whole.
 */
function sumInNextStatements(records: Indicator[], i: number, match: string, marked = false): void {
  const whole = records[i];
  // (a part is no whole of the statements after it, …涉及自然人72件、商业企业3件…。…行政诉讼案件1件…行政复议案件2件,
  // unless more of them add up to it than two figures may by chance: 答复1336件。予以公开376件…其他处理219件)
  if (whole.approx || whole.change || whole.value <= 0) return;
  const fewest = whole.part_of === null ? 2 : SETTINGS.PARTS_OF_A_PART.value;
  const inParagraph = (k: number) => k < records.length && !match.slice(whole.end, records[k].start).includes(PARAGRAPH_BREAK);
  // (past the rates after it and the parts its own bracket holds: 答复1336件（结转到2025年80件）。予以公开…;
  // and past its parts where they are all of it, to a second breakdown: 户籍总人口411794人，其中，城镇267848人，
  // 乡村143946人；男性201281人，女性210513人; 常住人口2401.17万人…。其中，城镇人口1647.20万人，乡村人口753.97万人…。
  // 男性人口1224.74万人，女性人口1176.43万人)
  const own = (r: Indicator) => r.part_of === i;
  let first = i + 1;
  let ownSum = 0;
  const ownChange = (r: Indicator) => statesDifference(match, r) && sameStatement(match, whole.end, r.start);
  for (; first < records.length && (records[first].category === 'percent' || own(records[first]) || ownChange(records[first])); first++) {
    if (own(records[first])) ownSum += records[first].value;
  }
  // (after parts a word marked, only a second breakdown: the first was all of it)
  const complete = ownSum > 0 && sameAmount(ownSum, whole.value);
  if (!inParagraph(first) || ((marked || sameStatement(match, whole.end, records[first].start)) && !complete)) return;
  while (inParagraph(first)) {
    const start = records[first].start;
    const statement = [...walk(records, first, 1, (r) => sameStatement(match, start, r.start))];
    // (a statement of rates only is read past: …其中，男性人口21.35万人，女性人口21.15万人。全年人口出生率为10.38‰…。
    // 乡村常住人口20.57万人…；城镇常住人口21.93万人 of 常住人口42.5万人)
    if (statement.every((k) => records[k].category === 'percent')) { first = statement[statement.length - 1] + 1; continue; }
    const parts = summing(records, i, statement, match);
    if (parts.length < fewest) return;
    first = parts[parts.length - 1] + 1;
    while (first < records.length && sameStatement(match, start, records[first].start)) {
      // (a breakdown is all of its statement, noughts aside: not 行政诉讼2件，1件撤诉；1件尚未审结 of an earlier 3件)
      if (records[first].category !== 'percent' && records[first].value > 0 && sameCount(records[first], whole) && !statesDifference(match, records[first])) return;
      first++;
    }
    for (const p of parts) records[p].part_of = i;
  }
}

/**
 * The figure right after a whole, in its sentence, that is its part with no word to say so: a rate right
 * after it is its share of the whole (法院引调诉讼案件35件，成功26件，调撤率74%; 市交办督办件12件，成功化解
 * 9件，化解率达75%), or its clause says it is the part done so far (行政应诉案件18件，已结案件11件).
 */
function partAfter(records: Indicator[], i: number, match: string): void {
  const whole = records[i];
  const part = records[i + 1];
  const rate = records[i + 2];
  if (!part || part.part_of !== null || whole.change || part.change || part.status !== whole.status || part.value > whole.value || !canBePart(part, whole, match)) return;
  if (!sameSentence(match, whole.end, part.start)) return;
  const shareOf = rate?.category === 'percent' && !rate.change && sameSentence(match, whole.end, rate.start)
    && agrees(rate.value, (100 * part.value) / whole.value, rate.raw, relativeSlack(part) + relativeSlack(whole));
  // what is done so far is of a whole the first of its count in its sentence, not of a sibling (问题6项，…部分整改4项，
  // 已整改2项); figures of other counts may stand before it (立案13件、并案2件，收集…问题78条，已推动解决64条)
  const done = DONE_AFTER_WHOLE.test(match.slice(whole.end, part.start)) && !countedBefore(records, i, match);
  if (shareOf || done) part.part_of = i;
}

/**
 * Whether a figure before records[i] in its sentence counts what it counts, read back as far as a
 * breakdown reaches (a sentence of thousands of figures stays linear).
 */
function countedBefore(records: readonly Indicator[], i: number, match: string): boolean {
  const nearest = Math.max(0, i - SETTINGS.MAX_PARTS.value);
  for (const k of walk(records, i - 1, -1, (r) => sameSentence(match, r.end, records[i].start))) {
    if (k < nearest) return false;
    if (sameCount(records[k], records[i])) return true;
  }
  return false;
}

/** The indices of records from `from` on, one `step` at a time, while `keep` holds for the record. */
function* walk(records: readonly Indicator[], from: number, step: 1 | -1, keep: (r: Indicator) => boolean): Generator<number> {
  for (let k = from; k >= 0 && k < records.length && keep(records[k]); k += step) yield k;
}

/**
 * The figures, of those at `ks` in turn, that add up to the whole exactly, two at least; none where one
 * of them could not be its part or the sum runs past it first. Rates and shares between them are read past.
 */
function summing(records: readonly Indicator[], w: number, ks: Iterable<number>, match: string): number[] {
  const whole = records[w];
  let sum = 0;
  const parts: number[] = [];
  for (const k of ks) {
    if (parts.length >= SETTINGS.MAX_PARTS.value) break;
    const r = records[k];
    // (parts the whole's bracket holds are read past: 申请543件（含上年度结转6件），…办结541件，结转2件; so are
    // what the parts changed by: 乡村常住人口20.57万人，较上年末减少0.23万人；城镇常住人口21.93万人)
    if (r.category === 'percent' || r.part_of === w || (statesDifference(match, r) && !statesDifference(match, whole))) continue;
    if (!canBePart(r, whole, match, true) || r.change || r.part_of !== null) return [];
    sum += r.value;
    parts.push(k);
    if (parts.length > 1 && sameAmount(sum, whole.value)) return parts;
    if (sum > whole.value) return [];
  }
  return [];
}
