/**
 * The time frame of a document: for each stretch of its text, the year or span it is about and whether
 * it is a plan. The year reported on frames the whole; a heading's title opens a frame to the next
 * heading of its level or above; a paragraph's opening words (2025年是…, 五年来, 今年, 下一步) open one
 * to the next such paragraph or heading; a year or adverbial opening a sentence or clause (2024年，…;
 * 2023年全国经济普查结果：…) holds to its statement's end, or its paragraph's where it opens one. Only
 * words of time open a frame, and only where they open a heading, a paragraph, a sentence or a clause: a
 * word later in a paragraph never sets the frame of the paragraphs that follow. Frames are tracked by
 * offset, so a heading inline in a one-line body opens its frame where it stands, and so does a
 * paragraph whose break the scrape collapsed into a space or a dash (。　　五年来，; 。——这五年，), or
 * glued away (a line of a whole body: each sentence may open a paragraph).
 */
import { CAPTION, HEADINGS, headingKind, INLINE_HEADING, STATING_TITLE } from '../lang/zh/headings.js';
import {
  COLLAPSED_PARAGRAPH, HEADING_CUES, OPENING_CUES, OPENING_LEAD, PLAN_PERIODS, PLAN_YEARS, SENTENCE_OPENINGS, type TimeCue, type TimeRef,
} from '../lang/zh/time.js';
import { charCodes } from '../lang/chars.js';
import { COMMA_CHARS, PROSE_PUNCTUATION_CHARS, SEMICOLON_CHARS } from '../lang/zh/punctuation.js';
import { isSentenceEnd, parseNumber, statementEnd } from '../text/index.js';
import type { Frame, FrameInput, Period, TimeFrames } from './types.js';
import { SETTINGS } from '../lang/zh/settings.js';

export type { Frame, FrameInput, Period, TimeFrames } from './types.js';


const RANK = new Map(HEADINGS.map((h, i) => [h.kind as string, i + 1]));
const isProse = charCodes(PROSE_PUNCTUATION_CHARS);
const isClauseBreak = charCodes(COMMA_CHARS + SEMICOLON_CHARS);
const NO_FRAME: Frame = { period: null, span: false, plan: false };

const single = (y: number): Period => ({ from: y, to: y });

export function timeFrames(input: FrameInput): TimeFrames {
  const { match } = input;
  // headings: the section tree's, and those inline in a line
  const headings = input.sections.map((s) => ({ at: s.start, depth: RANK.get(s.kind) ?? 1, title: s.title, end: s.start + s.title.length }));
  const lineStarts = new Set<number>([0]);
  for (let i = match.indexOf('\n'); i !== -1; i = match.indexOf('\n', i + 1)) lineStarts.add(i + 1);
  for (const m of match.matchAll(INLINE_HEADING.pattern)) {
    if (lineStarts.has(m.index)) continue;
    const depth = RANK.get(headingKind(m[0]) ?? 'cn')!;
    headings.push({ at: m.index, depth, title: m[0], end: m.index + m[0].length });
  }
  headings.sort((a, b) => a.at - b.at);
  // a page published early in a year may review the year before under a heading (一、2024年工作总结, 2025-01-06):
  // that year, not the one published in, is the year reported on
  const named = input.year === null || input.yearPublished ? headingYear(headings.map((h) => h.title)) : null;
  const year = input.year === null || (named !== null && named === input.year - 1) ? named : input.year;
  const delivered = input.delivered ?? year;

  /** The frame a time reference opens, its captured group read where it has one. */
  function frameOf(time: TimeRef, captured: string | undefined, plan = false): Frame | null {
    const unknown: Frame = { ...NO_FRAME, plan };
    const future = (p: Period | null, span = p !== null && p.to > p.from): Frame => ({ period: p, span, plan: plan || (p !== null && year !== null && p.from > year) });
    switch (time) {
      case 'year': return captured ? future(single(Number(captured))) : null;
      case 'plan-so-far': {
        const plan = year === null ? undefined : PLAN_PERIODS.find((p) => p.first <= year && year < p.first + PLAN_YEARS);
        return plan ? future({ from: plan.first, to: year! }) : { period: null, span: true, plan: false };
      }
      case 'after-base': return captured ? future(year === null ? null : { from: Number(captured) + 1, to: year }, year === null || Number(captured) + 1 < year) : null;
      case 'all-years': return { period: null, span: true, plan: false };
      case 'since': return captured ? future(year === null ? null : { from: Number(captured), to: year }, year === null || Number(captured) < year) : null;
      case 'reported': return year === null ? unknown : future(single(year));
      case 'delivered': return delivered === null ? unknown : future(single(delivered));
      case 'before-delivered': return delivered === null ? unknown : future(single(delivered - 1));
      case 'next': return future(year === null ? null : single(year + 1), false);
      case 'years-back': {
        const n = captured ? parseNumber(captured) : null;
        if (n === null) return unknown;
        return future(year === null ? null : { from: year - n + 1, to: year }, n > 1);
      }
      case 'next-years': {
        const n = captured ? parseNumber(captured) : null;
        if (n === null) return null;
        return future(year === null ? null : { from: year + 1, to: year + n }, n > 1);
      }
      case 'plan-period': {
        const first = PLAN_PERIODS.find((p) => p.name === captured)?.first;
        if (first === undefined) return null;
        // a plan period still running when the report was written is summed up to the year reported on
        const to = year !== null && first <= year ? Math.min(first + PLAN_YEARS - 1, year) : first + PLAN_YEARS - 1;
        return future({ from: first, to });
      }
    }
  }

  const resolve = (cue: { time: string; plan?: boolean }, m: RegExpExecArray) =>
    frameOf(cue.time as TimeRef, m.slice(1).find((g) => g !== undefined), cue.plan);

  /** The cue that comes first in a text among `cues`, as a frame. */
  function firstCue(text: string, cues: readonly TimeCue[]): Frame | null {
    let best: { at: number; frame: Frame } | null = null;
    for (const cue of cues) {
      const m = cue.pattern.exec(text);
      if (!m || (best && best.at <= m.index)) continue;
      const frame = resolve(cue, m);
      if (frame) best = { at: m.index, frame };
    }
    return best?.frame ?? null;
  }

  /** The frame a heading's title opens: none where it states a figure, a list item's run-in sentence */
  const headingFrame = (title: string) => (STATING_TITLE.test(title) ? null : firstCue(title, HEADING_CUES));

  /** The cue a paragraph or sentence opens with, after its list mark or address. */
  const openingAt = (at: number, cues: readonly TimeCue[]) => {
    const text = match.slice(at, at + SETTINGS.OPENING_READ.value);
    return firstCue(text.slice(OPENING_LEAD.exec(text)?.[0].length ?? 0), cues);
  };

  // change points: where the frame in force changes, in text order
  const starts: number[] = [];
  const frames: Frame[] = [];
  const base: Frame = year === null ? NO_FRAME : { period: single(year), span: false, plan: false };
  const open: { depth: number; frame: Frame }[] = [];
  let depth = 0;
  const mark = (at: number) => {
    const frame = open.length > 0 ? open[open.length - 1].frame : base;
    if (starts.length > 0 && starts[starts.length - 1] === at) frames[frames.length - 1] = frame;
    else { starts.push(at); frames.push(frame); }
  };
  // a heading enters at its depth less a half: it closes the frames its parent's paragraphs opened too
  // (一、2025年及“十四五”工作回顾 / “十四五”以来，… / （一）…: the （一） is not the paragraph's)
  const enter = (at: number, d: number, frame: Frame | null, closes: boolean) => {
    if (closes || frame) while (open.length > 0 && open[open.length - 1].depth >= d) open.pop();
    if (frame) open.push({ depth: d, frame });
    mark(at);
  };
  /** A paragraph's opening, at `at`: its cue holds to the next paragraph cue or heading. */
  // where paragraphs, and the headings that end them, start
  const paragraphStarts: number[] = [];
  const paragraph = (at: number) => { paragraphStarts.push(at); enter(at, depth + 0.5, underReview(openingAt(at, OPENING_CUES)), false); };
  // the year delivered, opened under a heading reviewing the year reported on (一、…过去一年政府工作成效显著 /
  // 2019年，是…的一年): a report heard at that year's end, reviewing it; its figures are results
  const underReview = (frame: Frame | null): Frame | null => {
    let k = open.length - 1;
    while (k >= 0 && open[k].depth >= depth + 0.5) k--;
    const heading = open[k]?.frame;
    return frame?.plan && !frame.span && frame.period?.from === delivered && year !== null && delivered === year + 1
      && heading && !heading.plan && heading.period?.from === year && !heading.span ? { ...frame, plan: false } : frame;
  };

  const titleLines = linesSpelling(match, input.title);
  mark(0);
  let h = 0;
  let offset = 0;
  for (const line of match.split('\n')) {
    const lineEnd = offset + line.length;
    let at = offset;
    if (h < headings.length && headings[h].at === offset) {
      // a numbered heading: its title's cue; the body run on after its title opens a paragraph
      const heading = headings[h++];
      depth = heading.depth;
      paragraphStarts.push(offset);
      enter(offset, depth - 0.5, headingFrame(heading.title), true);
      at = heading.end;
      while (at < lineEnd && (isSentenceEnd(match.charCodeAt(at)) || match[at] === ' ')) at++;
    } else if (line.trim().length <= SETTINGS.TITLE_LINE_MAX.value && line.trim() && ![...line].some((c) => isProse(c.charCodeAt(0)))) {
      // a title line outside the numbered headings stands above them all; the document's own title
      // names the document, not a frame (2026年某省政府工作报告 reports on 2025), and a chart's or a
      // table's caption names what it shows (图1 2020-2024年地区生产总值)
      const frame = titleLines.has(offset) || CAPTION.test(line) ? null : firstCue(line, HEADING_CUES) ?? openingAt(offset, OPENING_CUES);
      if (frame) enter(offset, 0, frame, true);
      offset = lineEnd + 1;
      continue;
    }
    // a report scraped onto one line opens with its title: the title names the document, not a frame
    if (at === offset && input.title && line.startsWith(input.title)) at += input.title.length;
    if (at < lineEnd) paragraph(at);
    // in text order: headings inline in this line, and paragraphs whose break the line collapsed
    const breaks = collapsedParagraphs(line, offset, at);
    let b = 0;
    while (b < breaks.length || (h < headings.length && headings[h].at < lineEnd)) {
      if (b < breaks.length && !(h < headings.length && headings[h].at <= breaks[b])) {
        paragraph(breaks[b++]);
        continue;
      }
      const heading = headings[h++];
      depth = heading.depth;
      paragraphStarts.push(heading.at);
      enter(heading.at, depth - 0.5, headingFrame(heading.title), true);
      if (heading.end < lineEnd) paragraph(heading.end);
      while (b < breaks.length && breaks[b] <= heading.end) b++;
    }
    offset = lineEnd + 1;
  }

  // a time adverbial opening a sentence (2024年，…) or a clause of it (报告显示，2023年，全国新收…) holds
  // from there to the statement's end, semicolons read past (到2030年，…；…); one that opens a paragraph
  // (2020年我州重点项目250个…。续建项目完成投资…) holds for the paragraph
  const sentenceStarts: number[] = [];
  const sentences: { end: number; frame: Frame }[] = [];
  let p = 0;
  for (let i = 0; i < match.length; i = statementEnd(match, i) + 1) {
    while (p < paragraphStarts.length && paragraphStarts[p] < i) p++;
    const opensParagraph = paragraphStarts[p] === i;
    const end = statementEnd(match, i);
    for (let at = i; at !== -1 && at < end; at = nextClause(match, at, end)) {
      const frame = openingAt(at, SENTENCE_OPENINGS);
      if (!frame) continue;
      sentenceStarts.push(at);
      sentences.push({ end: at === i && opensParagraph ? (paragraphStarts[p + 1] ?? match.length) : end, frame });
    }
  }

  const around = (offset: number) => lastAtOrBefore(starts, offset, frames) ?? base;
  return {
    year,
    at(offset: number): Frame {
      const paragraphStart = paragraphStarts[lastIndexAtOrBefore(paragraphStarts, offset)] ?? 0;
      // a clause's frame may end inside its paragraph's: the paragraph's holds again after it
      for (let k = lastIndexAtOrBefore(sentenceStarts, offset); k >= 0 && sentenceStarts[k] >= paragraphStart; k--) {
        if (offset < sentences[k].end) return sentences[k].frame;
      }
      return around(offset);
    },
    around,
    resolve,
  };
}

/**
 * The year reported on where nothing before the body gives it (no title, no date; or only the date, a
 * year later): the year the first heading naming one opens, unless that heading names a plan
 * (一、2024年法治政府建设主要举措 → 2024; 一、2025年及“十四五”工作回顾 → 2025; 二、2025年政府工作目标任务 →
 * none: a plan's year is not the one reviewed).
 */
function headingYear(titles: readonly string[]): number | null {
  const named = HEADING_CUES.find((c) => c.time === 'year')!;
  for (const title of titles) {
    if (STATING_TITLE.test(title)) continue;
    const m = named.pattern.exec(title);
    if (!m) continue;
    return HEADING_CUES.some((c) => c.plan && c.pattern.test(title)) ? null : Number(m[1]);
  }
  return null;
}

/**
 * Where the paragraphs whose breaks a line (at `offset` in the text) collapsed start, from `from` on,
 * ascending: after a space or a dash that follows a sentence's end; in a line whose paragraphs so
 * parted hold more sentences than a paragraph does (a body glued together), after any sentence's end.
 */
function collapsedParagraphs(line: string, offset: number, from: number): number[] {
  const spaced: number[] = [];
  const ends: number[] = [];
  COLLAPSED_PARAGRAPH.lastIndex = from - offset;
  for (let m = COLLAPSED_PARAGRAPH.exec(line); m; m = COLLAPSED_PARAGRAPH.exec(line)) spaced.push(offset + m.index + m[0].length);
  for (let i = from - offset; i < line.length - 1; i++) if (isSentenceEnd(line.charCodeAt(i))) ends.push(offset + i + 1);
  const inside = spaced.filter((at) => at < offset + line.length);
  return ends.length > (inside.length + 1) * SETTINGS.PARAGRAPH_SENTENCES.value ? ends : inside;
}

/**
 * Where the lines that spell a title start: the line that is the title (what a site set after it
 * aside), or lines one after another (blank lines between) that together are (宗加镇2010年政府工作总结及 / 2011年工作计划: the title broken
 * over two lines names the document, and its second line opens no plan).
 */
function linesSpelling(match: string, written: string): Set<number> {
  const found = new Set<number>();
  // (spaces aside: a title broken over lines may have had one at the break, 工作总结暨 2025年工作思路)
  const title = written.replace(/\s+/g, '');
  if (!title) return found;
  const lines: { at: number; text: string }[] = [];
  let offset = 0;
  for (const line of match.split('\n')) {
    if (line.trim()) lines.push({ at: offset, text: line.replace(/\s+/g, '') });
    offset += line.length + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    // (or the title and what a site set after it, no sentence: 2023年湖南省政府工作报告（第2/9页）)
    if (lines[i].text.startsWith(title) && ![...lines[i].text.slice(title.length)].some((c) => isProse(c.charCodeAt(0)))) { found.add(lines[i].at); continue; }
    let spelt = '';
    for (let j = i; j < lines.length && title.startsWith(spelt + lines[j].text); j++) {
      spelt += lines[j].text;
      if (spelt === title) { for (let k = i; k <= j; k++) found.add(lines[k].at); break; }
    }
  }
  return found;
}

/** Where the clause after the one at `at` starts, before `end`; -1 where none does. */
function nextClause(match: string, at: number, end: number): number {
  for (let i = at; i < end; i++) if (isClauseBreak(match.charCodeAt(i))) return i + 1;
  return -1;
}

/** The index of the last start at or before `at` (starts ascending); -1 where none is. */
function lastIndexAtOrBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** The item whose start is the last at or before `at` (starts ascending). */
function lastAtOrBefore<T>(starts: readonly number[], at: number, items: readonly T[]): T | undefined {
  const found = lastIndexAtOrBefore(starts, at);
  return found >= 0 ? items[found] : undefined;
}
