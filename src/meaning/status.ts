/**
 * Status: whether a figure is a result of the period reported on, an earlier value, a total over
 * several years, an average, a target or a rule. Its own sentence decides first; then the lines
 * before it (a heading or an opening line that names a review of five years, next year's plan …).
 */
import {
  BASELINE_COMPARED, BASELINE_EARLIER, LEVEL_PARTICLES, LEVEL_WORDS, OPENING_END, OPENING_MAX, PLAN_PERIODS, SCOPE_CUES,
  SENTENCE_CUES, SINCE_YEAR, THRESHOLD_AFTER, TITLE_LINE_MAX,
  type Status, type StatusCue,
} from '../lang/zh/status.js';
import { oneOf } from '../lang/build.js';
import { LIST_SEPARATORS } from '../lang/zh/approx.js';
import { charCodes } from '../lang/chars.js';
import { PROSE_PUNCTUATION_CHARS } from '../lang/zh/punctuation.js';
import { PARTS_OF_SET } from '../lang/zh/check.js';
import type { Indicator } from '../extract/index.js';
import { changeBefore, clauseBefore, sentenceStart } from '../text/index.js';
import type { Section } from '../segment/index.js';

/** How far before a figure its sentence is read for cues. */
const SENTENCE_WINDOW = 80;

const PLAN_PERIOD = new RegExp(`(${PLAN_PERIODS.map((p) => p.name).join('|')})`);
const LEVEL_ENDING = new RegExp(`(?:${[...LEVEL_WORDS].sort((a, b) => b.length - a.length).join('|')})${LEVEL_PARTICLES.source}`);

/** A year against the year reported on: the same year is its results, a later one its plans. */
function byYear(year: number, reported: number | null): Status | null {
  if (reported === null) return null;
  if (year === reported) return 'actual';
  return year > reported ? 'target' : null;
}

/** A five-year plan named in the text: past (all its years reported) is a span, future is a plan. */
function planPeriod(text: string, reported: number | null): Status | null {
  const m = PLAN_PERIOD.exec(text);
  if (!m || reported === null) return null;
  const first = PLAN_PERIODS.find((p) => p.name === m[1])!.first;
  if (first > reported) return 'target';
  return first + 4 <= reported ? 'cumulative' : null;
}

/** The status a line gives the figures after it, if it gives one. */
export function scopeCueOf(line: string, reported: number | null): Status | null {
  for (const cue of SCOPE_CUES) {
    const m = cue.pattern.exec(line);
    if (!m) continue;
    if (cue.status !== 'by-year') return cue.status;
    const s = byYear(Number(m[1]), reported);
    if (s) return s;
  }
  return planPeriod(line, reported);
}

const isProse = charCodes(PROSE_PUNCTUATION_CHARS);
const isTitleLine = (line: string) => line.trim().length <= TITLE_LINE_MAX && ![...line].some((c) => isProse(c.charCodeAt(0)));

function opening(line: string): string {
  const end = line.indexOf(OPENING_END);
  return line.slice(0, end < 0 ? OPENING_MAX : Math.min(end, OPENING_MAX));
}

/**
 * The scope each line stands in: a cue in a heading holds to the next heading of the same or a higher
 * level; a cue in a paragraph's opening holds to the next such paragraph or heading.
 */
export function scopeLocator(text: string, sections: readonly Section[], reported: number | null): (offset: number) => Status | null {
  const headingLevel = new Map(sections.map((s) => [s.start, s.level]));
  const starts: number[] = [];
  const scopes: (Status | null)[] = [];
  const open: { depth: number; status: Status }[] = [];
  let level = 0;
  let offset = 0;
  for (const line of text.split('\n')) {
    const heading = headingLevel.get(offset);
    // a title line outside the numbered headings stands above them all
    const depth = heading ?? (isTitleLine(line) ? 0 : level + 0.5);
    if (heading !== undefined) level = heading;
    const cue = scopeCueOf(heading !== undefined ? line : opening(line), reported);
    if (heading !== undefined || cue) while (open.length > 0 && open[open.length - 1].depth >= depth) open.pop();
    if (cue) open.push({ depth, status: cue });
    starts.push(offset);
    scopes.push(open.length > 0 ? open[open.length - 1].status : null);
    offset += line.length + 1;
  }
  return (at) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid; else hi = mid - 1;
    }
    return scopes[lo] ?? null;
  };
}

/** Each cue's words and pattern as one expression: one test per figure instead of one per word. */
const CUE_RES = new Map<StatusCue, RegExp>(SENTENCE_CUES.map((cue) => [cue, new RegExp([cue.words?.length ? oneOf(cue.words) : '', cue.pattern?.source ?? ''].filter(Boolean).join('|'))]));
const matches = (cue: StatusCue, text: string) => CUE_RES.get(cue)!.test(text);

/** Whether the figure is the earlier value of a change stated from one value to another (由45个调整至60个). */
function isChangeFrom(records: readonly Indicator[], i: number): boolean {
  const r = records[i];
  const next = records[i + 1];
  return r.change?.from === r.value && r.change.to !== undefined && next?.change?.from === r.change.from && next.change.to === r.change.to;
}

/**
 * Whether the figure, in a review of several years, is a level reached rather than what the years
 * added: the end of a stated change, a rate that is no change, a figure after 达, 提高到 …, the set that
 * parts are taken from (104种工业产品中), or the subject its clause opens with (15个主平台落地项目…).
 */
function isLevel(r: Indicator, records: readonly Indicator[], i: number, clause: string, match: string): boolean {
  if (r.change?.to !== undefined && !isChangeFrom(records, i)) return true;
  if (r.category === 'percent' && r.change?.rate === undefined) return true;
  if (PARTS_OF_SET.test(match.slice(r.end, r.end + 16))) return true;
  if (clause.trim() === '' && !r.approx) return true;
  return LEVEL_ENDING.test(clause);
}

/** Whether the figure continues an enumeration begun by the one before it (突破8万亿元、9万亿元). */
function continuesList(records: readonly Indicator[], i: number, match: string): boolean {
  const prev = records[i - 1];
  return prev !== undefined && LIST_SEPARATORS.includes(match.slice(prev.end, records[i].start).trim());
}

/**
 * The text up to the number itself: an approximation before it (突破8万亿元, 不超过3万元) belongs to the
 * record but reads with the words before it.
 */
const upToNumber = (before: string, r: Indicator) => (r.approx && r.raw.startsWith(r.approx) ? before + r.approx : before);
/** The text from the number on: an approximation after it (1万元以内的) reads with the words after it. */
const fromNumber = (match: string, r: Indicator) => (r.approx && r.raw.endsWith(r.approx) ? r.approx : '') + match.slice(r.end, r.end + 6);

/** Sets `status` on every record. Records are in reading order; `match` is the text they point into. */
export function assignStatus(records: Indicator[], match: string, scopeAt: (offset: number) => Status | null, reported: number | null): void {
  records.forEach((r, i) => {
    if (isChangeFrom(records, i)) { r.status = 'baseline'; return; }
    const clause = upToNumber(clauseBefore(match, r.start), r);
    const next = records[i + 1];
    const comparedWith = BASELINE_COMPARED.pattern!.test(clause) && !changeBefore(match, r.start) && next?.unit === r.unit && changeBefore(match, next.start) !== null;
    if (comparedWith || BASELINE_EARLIER.pattern!.test(clause)) { r.status = 'baseline'; return; }
    if (THRESHOLD_AFTER.pattern!.test(fromNumber(match, r))) { r.status = 'threshold'; return; }
    if (continuesList(records, i, match) && records[i - 1].status !== 'baseline') { r.status = records[i - 1].status; return; }
    const sentence = match.slice(Math.max(sentenceStart(match, r.start), r.start - SENTENCE_WINDOW), r.start);
    let status: Status | null = null;
    for (const cue of SENTENCE_CUES) {
      if (matches(cue, cue.status === 'average' || cue.status === 'threshold' ? clause : sentence)) { status = cue.status; break; }
    }
    const since = SINCE_YEAR.exec(sentence);
    if (!status && since && reported !== null && Number(since[1]) < reported) status = 'cumulative';
    const scope = planPeriod(sentence, reported) ?? scopeAt(r.start);
    // a floor or ceiling in a plan (不低于80%) is what the plan aims at
    if (status === 'threshold' && scope === 'target') status = 'target';
    status ??= scope ?? 'actual';
    // a review of several years states both what the years added and where they ended
    if (status === 'cumulative' && isLevel(r, records, i, clause, match)) status = 'actual';
    r.status = status;
  });
}
