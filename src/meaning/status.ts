/**
 * Period and status: the year or span each figure refers to, and what it is in time and kind. The
 * document's time frame (frame/) gives the period of every stretch of text; the figure's own clause
 * overrides it (2020年的, 上年同期为, 五年来, 累计, 2018年以来) and gives its mood (力争, 不超过) and kind
 * (年均). Status follows: a plan or a later period is a target; an earlier year a baseline; a span
 * ending in the year reported on a cumulative total, or an average, or (a level reached at its end)
 * that year's result; the year reported on a result.
 */
import { ANNUAL_QUANTITY, AVERAGE_RATE, BOUNDED_CLASS_AFTER, CLASS_COUNTED_AFTER, QUOTA_SHARED, AVERAGE_RATE_AFTER, BASELINE_COMPARED, BASELINE_EARLIER, DOCUMENT_CONTENTS, LEVEL_PARTICLES, LEVEL_WORDS, MONEY_CLASS_AFTER, MULTIPLE_OF_YEAR_AFTER, RESULT_STATED, SENTENCE_CUES, STOCK_QUANTITY, TARGET_AFTER, THRESHOLD_AFTER, YEAR_AVERAGE, YEAR_ON_YEAR_AFTER, YEAR_ON_YEAR_RATE, DONE_CLAUSE, type Status, type StatusCue } from '../lang/zh/status.js';
import { CLAUSE_SPANS, RUNNING_TOTAL, YEAR_HEADER, YEAR_OF_FIGURE } from '../lang/zh/time.js';
import { oneOf } from '../lang/build.js';
import { charCodes } from '../lang/chars.js';
import { CLAUSE_BREAK_CHARS, COLON_CHARS } from '../lang/zh/punctuation.js';
import { PARTS_OF_SET } from '../lang/zh/check.js';
import type { Indicator } from '../extract/index.js';
import type { Frame, Period, TimeFrames } from '../frame/index.js';
import { changeBefore, clauseBefore, listedTogether, PATH_SEPARATOR, sameSentence, sentenceStart, statementStart } from '../text/index.js';
import { SETTINGS } from '../lang/zh/settings.js';

const LEVEL_ENDING = new RegExp(`(?:${[...LEVEL_WORDS.words].sort((a, b) => b.length - a.length).join('|')})${LEVEL_PARTICLES.source}`);

/** Each cue's words and pattern as one expression: one test per figure instead of one per word. */
const CUE_RES = new Map<StatusCue, RegExp>(SENTENCE_CUES.map((cue) => [cue, new RegExp([cue.words?.length ? oneOf(cue.words) : '', cue.pattern?.source ?? ''].filter(Boolean).join('|'))]));
const TARGET_CUE = SENTENCE_CUES.find((c) => c.status === 'target')!;
const isLeadEnd = charCodes(CLAUSE_BREAK_CHARS);
const isColon = charCodes(COLON_CHARS);

/** A sentence's first clause, or its words before a colon, when the figure at `at` comes after them. */
function sentenceLead(match: string, at: number): string {
  // words before a colon that opens a statement's list hold over its items, past semicolons
  // (预算草案：（一）…收入219850亿元；支出297005亿元…)
  const statement = statementStart(match, at);
  const listed = leadFrom(match, statement, at);
  if (listed && isColon(match.charCodeAt(statement + listed.length))) return listed;
  return leadFrom(match, sentenceStart(match, at), at);
}

/** The words from `start` to the first clause break, where the figure at `at` comes after it. */
function leadFrom(match: string, start: number, at: number): string {
  let i = start;
  while (i < at && !isLeadEnd(match.charCodeAt(i))) i++;
  return i < at ? match.slice(start, i) : '';
}

/**
 * Whether the figure is the earlier value of a change stated from one value to another (由45个调整至60个;
 * 分别从771家、481家增加到1076家、636家): a later figure of its sentence ends the same change.
 */
function isChangeFrom(records: readonly Indicator[], i: number, match: string): boolean {
  const r = records[i];
  if (r.change?.from !== r.value || r.change.to === undefined) return false;
  for (let k = i + 1; k < records.length && sameSentence(match, r.end, records[k].start); k++) {
    const c = records[k].change;
    if (c?.from === r.change.from && c.to === r.change.to) return true;
  }
  return false;
}

/**
 * Whether the figure, in a review of several years, is a level reached rather than what the years
 * added: the end of a stated change, a rate that is no change, a figure after 达, 提高到 …, a quantity a
 * year holds (粮食年产量超760亿斤), a stock stated with no change (农村公路总里程12.96万公里), the set
 * that parts are taken from (104种工业产品中), the subject its clause opens with (15个主平台落地项目…), or a
 * figure its average rate over the years follows (人均生产总值7.9万元，年均增长6%), or a change from the year
 * before, or a figure such a change or a multiple of an earlier year follows (国民生产总值9350万元，同比增长0.86%;
 * 地方财政一般预算收入6006万元，是2016年的1.03倍).
 */
function isLevel(r: Indicator, records: readonly Indicator[], i: number, clause: string, match: string, words: string): boolean {
  if (r.change?.to !== undefined && !isChangeFrom(records, i, match)) return true;
  if (r.category === 'percent' && r.change?.rate === undefined) return true;
  const after = match.slice(r.end, r.end + SETTINGS.NEAR_FIGURE.value);
  if (PARTS_OF_SET.test(after)) return true;
  if (clause.trim() === '' && !r.approx) return true;
  return LEVEL_ENDING.test(clause) || ANNUAL_QUANTITY.test(clause) || (!r.change && STOCK_QUANTITY.test(words))
    || AVERAGE_RATE_AFTER.test(after) || YEAR_ON_YEAR_AFTER.test(after) || MULTIPLE_OF_YEAR_AFTER.test(after)
    || YEAR_ON_YEAR_RATE.test(clause);
}

/** Whether the figure continues an enumeration begun by the one before it (突破8万亿元、9万亿元). */
function continuesList(records: readonly Indicator[], i: number, match: string): boolean {
  const prev = records[i - 1];
  return prev !== undefined && listedTogether(match, prev, records[i]);
}

/**
 * The text up to the number itself: an approximation before it (突破8万亿元, 不超过3万元) belongs to the
 * record but reads with the words before it.
 */
const upToNumber = (before: string, r: Indicator) => (r.approx && r.raw.startsWith(r.approx) ? before + r.approx : before);
/** The text from the number on: an approximation after it (1万元以内的) reads with the words after it. */
const fromNumber = (match: string, r: Indicator) => (r.approx && r.raw.endsWith(r.approx) ? r.approx : '') + match.slice(r.end, r.end + SETTINGS.NEAR_FIGURE.value);

const periodText = (p: Period | null) => (p === null ? '' : p.from === p.to ? String(p.from) : `${p.from}-${p.to}`);
const before = (p: Period | null): Period | null => (p === null ? null : { from: p.from - 1, to: p.from - 1 });
const end = (p: Period | null): Period | null => (p === null ? null : { from: p.to, to: p.to });
const averagedUpTo = (p: Period | null, year: number | null): Period | null =>
  (p !== null && year !== null && p.from === p.to && p.to > year + 1 ? { from: year + 1, to: p.to } : p);

/** A one-year frame's period, or that of the review of several years it ends. */
const overReview = (at: Frame, around: Frame): Period | null =>
  (!at.span && around.span && at.period !== null && around.period !== null && at.period.to === around.period.to ? around.period : at.period);

/**
 * The frame the figure's own clause names, if it names one: a year written before it (`year`: it
 * then stands for itself, whatever section it is in), a span it sums over.
 */
function clauseFrame(clause: string, frames: TimeFrames, runningTotals: boolean): { frame: Frame; year: boolean } | null {
  const y = YEAR_OF_FIGURE.exec(clause);
  const named = y ? frames.resolve({ time: 'year' }, y) : null;
  if (named) return { frame: named, year: true };
  for (const cue of runningTotals ? [...CLAUSE_SPANS, RUNNING_TOTAL] : CLAUSE_SPANS) {
    const m = cue.pattern.exec(clause);
    const frame = m ? frames.resolve(cue, m) : null;
    if (frame) return { frame, year: false };
  }
  return null;
}

export interface StatusInput {
  match: string;
  frames: TimeFrames;
  /** the year reported on */
  year: number | null;
  /** 累计 is a running total since the plan period began (a 政府工作报告), not the year's total */
  runningTotals: boolean;
}

/** Words right after a figure that say what it is: a rule's bound (1万元以内的), a goal (6%目标), a class bound (500万元以上项目), a quota a share after it is of (任务1100人的137%). */
const AFTER_FIGURE: readonly StatusCue[] = [THRESHOLD_AFTER, TARGET_AFTER, MONEY_CLASS_AFTER, CLASS_COUNTED_AFTER, BOUNDED_CLASS_AFTER, QUOTA_SHARED];

/** Words that state what was done, right before the figure (at the end of its words). */
const RESULT_HERE = new RegExp(`(?:${RESULT_STATED.source})$`);

/** The year a table cell's headers name alone, the innermost first; null where none does. */
function tableYear(label: string): number | null {
  const year = label.split(PATH_SEPARATOR).reverse().map((h) => YEAR_HEADER.exec(h)).find(Boolean);
  return year ? Number(year[1]) : null;
}

/** Sets `period` and `status` on every record. Records are in reading order. */
export function assignStatus(records: Indicator[], input: StatusInput): void {
  const { match, frames, year } = input;
  records.forEach((r, i) => {
    const frame = frames.at(r.start);
    const set = (status: Status, period: Period | null) => { r.status = status; r.period = periodText(period); };
    // a table's cell is of the year a header of its row or column names alone (2024年 | 2023年)
    const headed = r.source === 'table' ? tableYear(r.label) : null;
    if (headed !== null) { set(year === null || headed === year ? 'actual' : headed < year ? 'baseline' : 'target', { from: headed, to: headed }); return; }
    const clause = upToNumber(clauseBefore(match, r.start), r);
    // an earlier value: of a change stated from one value to another, or given for comparison
    if (isChangeFrom(records, i, match)) {
      // the starts of parallel changes share the year the first names (从2020年的21.8%、8.4%上升至…)
      if (continuesList(records, i, match) && isChangeFrom(records, i - 1, match)) { r.status = 'baseline'; r.period = records[i - 1].period; return; }
      set('baseline', clauseFrame(clause, frames, false)?.frame.period ?? before(frame.period));
      return;
    }
    const next = records[i + 1];
    // (not a figure listed after one the comparison was already read for: 分别比上年同期上升142%和156%)
    const comparedWith = BASELINE_COMPARED.pattern!.test(clause) && !changeBefore(match, r.start) && next?.unit === r.unit && changeBefore(match, next.start) !== null
      && !continuesList(records, i, match);
    if (comparedWith) { set('baseline', null); return; }
    if (BASELINE_EARLIER.pattern!.test(clause)) { set('baseline', before(frame.period)); return; }
    const after = fromNumber(match, r);
    const named = AFTER_FIGURE.find((c) => (!c.categories || c.categories.includes(r.category)) && c.pattern!.test(after) && (!c.before || c.before.test(clause))
      && (!c.bounds || (c.bounds.includes(r.approx) && r.raw.startsWith(r.approx))));
    if (named) { set(named.status, frame.period); return; }
    if (continuesList(records, i, match) && records[i - 1].status !== 'baseline') { r.status = records[i - 1].status; r.period = records[i - 1].period; return; }

    // (累计 in a review of several years sums over the years it reviews, not the plan's so far)
    const own = clauseFrame(clause, frames, input.runningTotals && !frame.span);
    const at = own?.frame ?? frame;
    // the words of its mood and kind are the figure's own: after the figure before it in the clause
    const prev = records[i - 1];
    const clauseStart = r.start - clauseBefore(match, r.start).length;
    const words = prev && prev.end > clauseStart ? clause.slice(prev.end - clauseStart) : clause;
    let cue: Status | null = null;
    for (const c of SENTENCE_CUES) if (CUE_RES.get(c)!.test(words)) { cue = c.status; break; }
    if (cue === 'target' && RESULT_HERE.test(words)) cue = null;
    // a plan's words that open the sentence hold for all of it (力争…，…; 今年将…，…; 预期目标是：…),
    // up to words that state what was done (今年计划实施…150公里，实际完成…142.187公里; 7个计划开工项目完成投资…)
    const sofar = match.slice(sentenceStart(match, r.start), r.start);
    if (cue === null && CUE_RES.get(TARGET_CUE)!.test(sentenceLead(match, r.start)) && !RESULT_STATED.test(sofar)) cue = 'target';
    // a plan's section makes its figures targets, but for a year the clause names itself; what the clause
    // says was done already is the year reported on's
    if (own === null && cue === null && year !== null && frame.plan && DONE_CLAUSE.test(words)) { set('actual', { from: year, to: year }); return; }
    const plan = cue === 'target' || (own?.year ? at.plan : at.plan || frame.plan);
    if (cue === 'threshold') { set(plan ? 'target' : 'threshold', at.period); return; }
    if (DOCUMENT_CONTENTS.verb.test(words) && DOCUMENT_CONTENTS.subject.test(match.slice(sentenceStart(match, r.start), r.start))) { set('actual', year === null ? null : { from: year, to: year }); return; }
    // an average rate a plan sets for a year ahead (到2030年，…年均增长5%以上) runs over the years up to it;
    // an average level (平均含量28克/千克) is of that year
    if (plan) { set('target', cue === 'average' && AVERAGE_RATE.test(words) ? averagedUpTo(at.period, year) : at.period); return; }
    if (cue === 'average') {
      // a year's own average (年均浓度) is that year's measure; the change of an average is a result
      if (!at.span && !AVERAGE_RATE.test(words) && (YEAR_AVERAGE.test(words) || r.change?.rate !== undefined)) set('actual', at.period);
      // an average rate beside a level of the last year of a review of several years runs over the years
      // reviewed (一、过去五年工作回顾 … 2021年，实现生产总值288.7亿元，年均增长5.1%)
      else set('average', AVERAGE_RATE.test(words) ? overReview(at, frames.around(r.start)) : at.period);
      return;
    }
    if (at.span) {
      // a review of several years states both what the years added and where they ended
      // (累计 … 超过400万元 is a sum over the span, whatever word reaches it)
      if (own === null && !RUNNING_TOTAL.pattern.test(words) && isLevel(r, records, i, clause, match, words)) set('actual', end(at.period));
      else set('cumulative', at.period);
      return;
    }
    if (at.period !== null && year !== null && at.period.to < year) { set('baseline', at.period); return; }
    set('actual', at.period);
  });
}
