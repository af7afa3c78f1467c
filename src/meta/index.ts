import {
  AGENCY_END, AGENCY_SUFFIXES, BYLINE_DATE, BYLINE_SEPARATOR, DATE, DATE_ALONE, DELIVERED, DELIVERED_AFTER_TITLE, PRELIMINARY_ACCOUNTS, REVIEW_HEADING, YEAR_NAMED, DOC_NUMBER, DOC_NUMBER_MARK, FIELD_AFTER_DATE, FIELD_LABELS, GENERIC_TITLES, GOVERNMENT, MEDIA,
  PAGE_TITLE_SEPARATOR, FIELD_MARK, type ReportKind, NOT_AGENCY, PROVINCES, PROVINCE_SHORT, SENTENCE_MARKS, REGION, REGION_LEAD, REPORT_KINDS,
  LETTER_SPACED, PAST_YEAR_TITLE, SHORT_GOVERNMENT, TITLE_CHROME, TITLE_JOINED, TITLE_OPENS, TITLE_RUN, TITLE_WORDS, TITLE_YEAR, YEAR_REPORTED, REPORT_FORMULA, STATISTICS_PERIOD, TODAY_LINE,
} from '../lang/zh/meta.js';
import { labelAlone, readFields } from './fields.js';
import { parseChineseNumeral } from '../text/index.js';
import { anyOf, noneOf, oneOf } from '../lang/build.js';
import { INLINE_HEADING, LIST_MARK_START } from '../lang/zh/headings.js';
import { BULLET_CHARS, COLON_CHARS, COMMA_CHARS, FULL_STOP_CHARS } from '../lang/zh/punctuation.js';
import { HAN } from '../lang/zh/script.js';
import type { HtmlHints } from '../html/index.js';
import type { DocumentHints } from '../ingest/index.js';
import { SETTINGS } from '../lang/zh/settings.js';

export interface DocumentMeta {
  title: string;
  agency: string;
  /** the year reported on (2023 for 2023年度 or 2023年以来), not the year of publication */
  year: number | null;
  /** publication date, ISO 8601 (YYYY-MM-DD) */
  published: string | null;
  url: string | null;
  /** the portal's index number (索引号) */
  index: string | null;
  /** the document number (文号), e.g. 吉政明电〔2022〕1号 */
  docNumber: string | null;
  /** the kind of report its title names (government-work-report, statistical-bulletin …), null when none */
  kind: ReportKind['name'] | null;
  /** the year it was delivered or published (its 今年): a 政府工作报告 on 2025 is delivered in 2026 */
  delivered: number | null;
}

/** Where each metadata field came from, in words (`--explain` prints it). */
export type MetaSources = Partial<Record<keyof DocumentMeta, string>>;

const pad = (n: number) => String(n).padStart(2, '0');
const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s));

/** A date written in Arabic or Chinese numerals, as YYYY-MM-DD; null when there is none or it is impossible. */
export function parseDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  // groups: year; month after 年; the separator and month of a dashed date; day
  const [y, mo, d] = [num(m[1]), num(m[2] ?? m[4]), num(m[5])];
  if (y === null || mo === null || d === null || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

// (a name holds no digit, space or colon: 2024年03月05日 10:20 来源：某县人民政府 is a field line, not a name)
const AGENCY = new RegExp(`^(${noneOf(`0123456789 \t${COLON_CHARS}`)}{2,40}?${oneOf(AGENCY_SUFFIXES)})(?=${AGENCY_END}|$)`);
/** A field label before an agency's name (发文机关：…, or a label cell). */
const AGENCY_LABEL = new RegExp(`^${oneOf(FIELD_LABELS.agency)}\\s*${anyOf(COLON_CHARS)}?\\s*`);
/** A time of day after a date: 10:20, 10:20:33. */
const CLOCK_TIME = /^\s*\d{1,2}:\d{2}(?::\d{2})?/;
const isCjk = (c: string | undefined) => c !== undefined && HAN.test(c);
const FULL_STOP = new RegExp(anyOf(FULL_STOP_CHARS));
const COLON = new RegExp(anyOf(COLON_CHARS));
/** Marks of prose: a signature line (an agency's name at the end) holds none, nor does a menu's line. */
const PROSE_MARKS = new RegExp(anyOf(FULL_STOP_CHARS + COMMA_CHARS));

/**
 * One name per body: a province's short name is the province (广东 → 广东省), a government's short
 * name its full one (某省政府 → 某省人民政府), and a bare region's name its people's government.
 */
export function canonicalAgency(name: string): string {
  let n = name.trim().replace(AGENCY_LABEL, '');
  n = PROVINCES.find((p) => p === n || p.replace(PROVINCE_SHORT, '') === n) ?? n;
  n = n.replace(SHORT_GOVERNMENT, `$1${GOVERNMENT}`);
  return REGION.pattern.test(n) ? n + GOVERNMENT : n;
}

/**
 * The agency a title, signature or field names: everything up to its agency ending; in a table row,
 * the first cell that names one once its label is gone; a region opening a title (广东省2023年…) is
 * its government.
 */
export function agencyOf(line: string, regions = true): string {
  // a cell whole, else its first word (某市应急管理局 分享：)
  for (const cell of line.split('\t').flatMap((c) => [c.trim(), c.trim().split(/\s+/)[0]])) {
    const text = cell.replace(AGENCY_LABEL, '');
    const named = AGENCY.exec(text)?.[1];
    if (named && !NOT_AGENCY.test(named)) return canonicalAgency(named);
    const region = regions ? REGION_LEAD.pattern.exec(text)?.[1] : undefined;
    if (region && REGION.pattern.test(region)) return canonicalAgency(region);
  }
  return '';
}

/**
 * The news organisation a source field or a byline names (来源：北京日报, 浙江日报 2026-01-22 08:00 记者 …):
 * its first word that is a paper's or an agency's name.
 */
export function mediaOf(line: string): string {
  return line.replace(AGENCY_LABEL, '').split(BYLINE_SEPARATOR).find((w) => MEDIA.pattern.test(w)) ?? '';
}

/** A title candidate without the page chrome stuck to it (breadcrumbs, share widgets, tags as text). */
export function cleanTitle(title: string | undefined): string {
  let t = title ?? '';
  for (const c of TITLE_CHROME) t = t.replace(c.pattern, '');
  return t.replace(/\s+/g, ' ').trim();
}

const BULLETED = new RegExp(`^\\s*${anyOf(BULLET_CHARS)}`);
const isDocNumber = (line: string) => line.length <= SETTINGS.FIELD_LINE_MAX.value && DOC_NUMBER.pattern.test(line.trim());
const isDateLine = (line: string) => DATE.test(line) && line.replace(DATE, '').trim().length < SETTINGS.DATE_LINE_REST.value;

/**
 * The report's own title: the first short heading-like lines before the body. A title split over
 * lines is joined back, but only from parts that read as its first half (an agency's name, or a long
 * part): short labels above it (a menu's items) are not the title.
 */
function titleOf(lines: readonly string[]): string {
  const parts: string[] = [];
  // the title ending at parts[last], with the first halves above it
  const titleTo = (last: number) => {
    let from = last;
    while (from > 0 && opensTitle(parts[from - 1], parts[from])) from--;
    return parts.slice(from, last + 1).join('');
  };
  // a line holding a title word that ends on a joining word is read on to the next (宗加镇2010年政府工作
  // 总结及 / 2011年工作计划), where one follows
  let joined = false;
  // of the first six lines that are not table rows (a metadata table kept at the top of a page)
  let considered = 0;
  // a field's value standing on the line after its label (• 发布日期 / 2026-01-30) is no date under a title
  let valueNext = false;
  // a portal's column name above the title (工作报告, 通知公告, 统计公报) names only a kind of document: a
  // specific title below it wins, where one follows
  let generic = '';
  for (const written of lines) {
    const value = valueNext && !TITLE_WORDS.test(written);
    valueNext = labelAlone(written);
    if (value || written.includes('\t') || isDocNumber(written) || BULLETED.test(written)) continue;
    if (considered++ === SETTINGS.TITLE_LINES.value) break;
    const line = LETTER_SPACED.test(written) ? written.replace(/\s+/g, '') : written;
    // a line ending on a colon is no title: it opens what follows (现将我局2025年工作…报告如下：; 文号：)
    if (COLON.test(line.slice(-1))) continue;
    const short = line.length <= SETTINGS.SHORT_LINE.value && !FULL_STOP.test(line) && !LIST_MARK_START.test(line);
    if (joined && (!short || isDateLine(line))) break;
    if (!short) {
      // a report scraped onto one line opens with its title, the body run on after it
      const run = parts.length === 0 ? TITLE_RUN.exec(line)?.[1] : undefined;
      if (run !== undefined) return run;
      // a long line with no prose in it is more of the menu (加入收藏 | 会员中心 / 统计公报年度索引： 2023 2022 …):
      // the title may stand below it
      if (!joined && !PROSE_MARKS.test(line)) { parts.length = 0; continue; }
      return generic;
    }
    if (isDateLine(line)) break;
    parts.push(line);
    if (joined) return titleTo(parts.length - 1);
    if (TITLE_WORDS.test(line)) {
      if (!TITLE_JOINED.test(line)) {
        const title = titleTo(parts.length - 1);
        // (a sentence is none: 现在，我代表县人民政府向大会报告工作 under 政府工作报告)
        if (!GENERIC_TITLES.test(cleanTitle(title))) return generic && PROSE_MARKS.test(title) ? generic : title;
        generic ||= title;
        parts.length = 0;
        continue;
      }
      joined = true;
    }
  }
  return joined ? titleTo(parts.length - 1) : generic;
}

/**
 * Whether a line above a title's line is the first half of the same title: an agency's name; or a long
 * part that is no chrome (menu items parted by spaces, a breadcrumb, a field) and, where the rest opens
 * as a title of its own (2024年鄂城区政府工作报告 under 今天是 智能问答…), ends on a word joining the two.
 */
function opensTitle(part: string, rest: string): boolean {
  // (the bodies issuing it jointly, parted by spaces: 中共某县委 某县人民政府)
  if (part.split(/\s+/).every((name) => agencyOf(name) === canonicalAgency(name))) return true;
  if (part.length < SETTINGS.TITLE_PART_MIN.value || /\s/.test(part) || COLON.test(part) || cleanTitle(part) !== part) return false;
  return !TITLE_OPENS.test(rest) || TITLE_JOINED.test(part);
}

/**
 * The title printed above an HTML page's article: the line the page's <title> starts with (portals
 * append their site's name to it, with whatever separator), else the nearest short line naming a
 * kind of report that is no field line and no sentence.
 */
function titleAbove(head: readonly string[], pageName: string): string {
  const lines = head.map((l) => cleanTitle(l)).filter((l) => l.length >= SETTINGS.TITLE_MIN.value && l.length <= SETTINGS.TITLE_MAX.value && !l.includes('\t'));
  // the longest such line: a menu item may start the title too
  const named = lines.filter((l) => pageName.startsWith(l)).sort((a, b) => b.length - a.length)[0];
  if (named) return named;
  return [...lines].reverse().find((l) => TITLE_WORDS.test(l) && !SENTENCE_MARKS.test(l) && !FIELD_MARK.test(l) && !isDateLine(l)) ?? '';
}

/** A page's <title> without the site name portals append (标题_中国政府网, 标题 - 某某网). */
function pageTitle(title: string): string {
  return title.split(PAGE_TITLE_SEPARATOR)[0].trim();
}

/**
 * A date printed beside the title: on a short line of the head that is no sentence (发布时间：2024-03-05,
 * 2024年03月05日 10:20 来源：…), where the date is not part of a longer phrase.
 */
function dateBesideTitle(head: readonly string[]): string | null {
  for (const line of head) {
    // (a table row dated at its start is data: a date cell of the page's own fields has its label)
    // (a portal's clock dates the day the page was served)
    if (line.length > SETTINGS.DATE_FIELD_LINE_MAX.value || line.includes('\t') || SENTENCE_MARKS.test(line) || isDocNumber(line) || TODAY_LINE.test(line)) continue;
    const m = DATE.exec(line);
    // a date inside a phrase (关于2024年3月5日…, 2007年6月29日…会议通过) dates something else
    if (!m || isCjk(line[m.index - 1]) && !COLON.test(line.slice(0, m.index))) continue;
    // (a field may follow: 时间：2026-02-03 09:12来源：北京日报)
    const after = line.slice(m.index + m[0].length).replace(CLOCK_TIME, '');
    if (isCjk(after[0]) && !FIELD_AFTER_DATE.pattern.test(after)) continue;
    const date = parseDate(line);
    if (date) return date;
  }
  return null;
}

/** The date a labelled byline below the article gives (posted @ 2024-03-02 21:05, 发布于 2025年1月10日). */
function bylineDate(tail: readonly string[]): string | null {
  for (const line of tail) {
    const m = BYLINE_DATE.pattern.exec(line);
    if (m) return parseDate(line.slice(m.index + m[0].length));
  }
  return null;
}

const kindOf = (title: string) => REPORT_KINDS.find((k) => k.title.test(title));

/**
 * The year a report is about: by its kind where that decides it, else what its title or opening
 * says (a year after the one it was published in is a target, not the year reported on), else, for a
 * page that names no year there, the year it was published (the year before, for a title on 过去一年
 * published early in the year). The heading a report opens its review with names the year it reviews,
 * whatever the rest says.
 */
function yearOf(title: string, head: string, lines: readonly string[], published: string | null): { year: number | null; delivered?: number; source?: string } {
  const kind = kindOf(title);
  // the session that heard the report, named in its head or in brackets after its title
  const session = DELIVERED.pattern.exec(head) ?? DELIVERED_AFTER_TITLE.pattern.exec(title);
  const read = yearByTitle(title, kind, session, lines, published);
  const review = reviewHeading(lines);
  if (!review || Number(review[1]) === read.year) return read;
  // a report of a kind delivered the year after the one it reports on, unless a session says when, or its
  // title names the year reviewed and no later date does (2024年嵩市镇政府工作报告 … 一、2024年以来工作回顾,
  // undated: delivered in that year)
  const reviewed = Number(review[1]);
  const inYearReviewed = read.delivered === reviewed && (published === null || published.startsWith(String(reviewed)));
  const delivered = !session && kind && kind.yearOffset !== 0 && !inYearReviewed ? reviewed - kind.yearOffset : read.delivered;
  return { year: reviewed, delivered, source: 'the heading of its review' };
}

/**
 * A date alone on a line of the head (DATE_ALONE): when a work report was delivered, as a session says
 * (2021年政府工作报告 of a town, dated 2022年01月18日 under its speaker, reviews 2021).
 */
function dateAlone(lines: readonly string[]): RegExpExecArray | null {
  for (const line of lines.slice(0, SETTINGS.TITLE_LINES.value)) {
    const m = DATE_ALONE.pattern.exec(line.trim());
    if (m) return m;
  }
  return null;
}

/**
 * The heading a report opens its review with (REVIEW_HEADING), the first opening a line, else the first
 * inline in one (a body scraped as one line: 各位代表：… 一、2024年以来工作回顾 2024年是…).
 */
function reviewHeading(lines: readonly string[]): RegExpExecArray | null {
  for (const line of lines) {
    const m = REVIEW_HEADING.pattern.exec(line);
    if (m) return m;
  }
  for (const line of lines) {
    for (const h of line.matchAll(INLINE_HEADING.pattern)) {
      const m = REVIEW_HEADING.pattern.exec(line.slice(h.index));
      if (m) return m;
    }
  }
  return null;
}

/** The year a report is about, its review heading aside (see yearOf). */
function yearByTitle(title: string, kind: ReportKind | undefined, session: RegExpExecArray | null, lines: readonly string[], published: string | null): { year: number | null; delivered?: number; source?: string } {
  // a session at the end of a year hears the report on that year
  const late = session !== null && Number(session[2]) >= SETTINGS.LATE_SESSION_MONTH.value;
  if (kind && kind.yearOffset !== 0) {
    // (a date alone under its title dates a report of this kind as its session does, early in a year; a
    // late one leaves it to the title: a report heard in December may give the last whole year's figures)
    const alone = session ? null : dateAlone(lines);
    const early = alone && Number(alone[2]) < SETTINGS.LATE_SESSION_MONTH.value ? alone[1] : undefined;
    const delivered = session?.[1] ?? early ?? TITLE_YEAR.exec(title)?.[1] ?? published?.slice(0, 4);
    const offset = late ? 0 : kind.yearOffset;
    if (delivered) return { year: Number(delivered) + offset, delivered: Number(delivered), source: `report kind (${kind.name}, delivered ${delivered})` };
  }
  const inTitle = TITLE_WORDS.test(title) ? TITLE_YEAR.exec(title) : null;
  // (a title naming the year the congress sat in, 东川区人民政府2026年《政府工作报告》, names when it was delivered)
  if (inTitle && !(session && !late && inTitle[1] === session[1])) return { year: Number(inTitle[1]), source: 'title' };
  // a report delivered to a people's congress early in a year, whatever its title was read as (政 府 工 作
  // 报 告 under the notice that prints it), reports on the year before
  if (session) return { year: Number(session[1]) - (late ? 0 : 1), delivered: Number(session[1]), source: `delivered to a congress (${session[1]})` };
  const publishYear = published ? Number(published.slice(0, 4)) : null;
  // in this order: a year opening one of the first lines; the formula opening the body, wherever its
  // year stands; on a page with no date, a year opening a later sentence of those lines (a page that
  // opens on what it is about: …。2025年以来全县新收…). A year after the one published in is a target.
  const opening = lines.slice(0, SETTINGS.YEAR_LINES.value);
  const openingOf = (text: string) => text.slice(0, SETTINGS.OPENING_READ.value);
  const readings: Array<[readonly string[], RegExp, string]> = [
    [opening.map(openingOf), YEAR_REPORTED.pattern, 'opening lines'],
    [opening, REPORT_FORMULA.pattern, 'the formula opening the body'],
    [opening, STATISTICS_PERIOD.pattern, 'the statistical period the body states'],
    [publishYear === null ? opening.flatMap((l) => l.split(FULL_STOP).slice(1)).map(openingOf) : [], YEAR_REPORTED.pattern, 'a sentence of the opening lines'],
  ];
  for (const [texts, pattern, source] of readings) {
    const m = texts.map((t) => pattern.exec(t)).find((x) => x && (publishYear === null || Number(x[1]) <= publishYear));
    if (m) return { year: Number(m[1]), source };
  }
  if (publishYear === null) {
    const named = mostNamedYear(lines);
    return named === null ? { year: null } : { year: named, source: 'the year its text names most' };
  }
  if (Number(published!.slice(5, 7)) <= SETTINGS.PAST_YEAR_MONTHS.value) {
    if (PAST_YEAR_TITLE.pattern.test(title)) return { year: publishYear - 1, source: 'title on the year before it was published' };
    if (lines.some((l) => PRELIMINARY_ACCOUNTS.pattern.test(l))) return { year: publishYear - 1, source: 'a bulletin\'s accounts of the year before it was published' };
  }
  return { year: publishYear, source: PUBLISH_YEAR_SOURCE };
}

/** The year a text names most (YEAR_NAMED), the latest of those named as often; null where it names none. */
function mostNamedYear(lines: readonly string[]): number | null {
  const counts = new Map<number, number>();
  for (const line of lines) for (const m of line.matchAll(YEAR_NAMED.pattern)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && year > best)) best = year;
  return best;
}

/** The source of a year reported on that only the date the page was published gives. */
const PUBLISH_YEAR_SOURCE = 'publish year (no year in the title or opening)';

/** The first candidate that has a value, and its source's name. */
function first<T>(candidates: ReadonlyArray<readonly [T | null | undefined | '', string]>): { value: T | null; source?: string } {
  for (const [value, source] of candidates) if (value) return { value, source };
  return { value: null };
}

/**
 * The metadata a user cites, and where each field came from. `lines` are the cleaned text's lines;
 * `raw` is the text before cleaning (its dropped portal lines hold the publish date); `hints` come
 * from the HTML page (meta tags, the lines printed above the article); `fallback` from a collection's
 * columns, which win where they hold a value: the scraper read them from the page's own fields.
 * `yearPublished`: the year reported on is only the year the page was published in (a frame may tell better).
 */
export function readMetaWithSources(lines: readonly string[], raw: string, hints: HtmlHints = {}, fallback: DocumentHints = {}): { meta: DocumentMeta; sources: MetaSources; yearPublished: boolean } {
  const rawLines = raw.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  // the document's head: the lines printed around its title, above the article and at its top
  const head = [...(hints.head ?? []), ...rawLines.slice(0, SETTINGS.META_HEAD_LINES.value)];
  // the fields printed in the text, then those printed above it (beside the date, in any place of their line)
  const fields = { ...readFields(head, true), ...readFields([...(hints.head ?? []), ...rawLines]) };
  const sources: MetaSources = {};

  const opening = new Set([...head, ...lines.slice(0, SETTINGS.META_HEAD_LINES.value)]);
  const pageName = pageTitle(hints.pageTitle ?? '');
  const metaTitle = cleanTitle(hints.title);
  // a meta tag's title is the article's when the page prints it, or the page's <title> agrees
  const metaTitleShown = metaTitle && (metaTitle === pageName || TITLE_WORDS.test(metaTitle) ||
    [...opening].some((l) => l.length >= SETTINGS.TITLE_MIN.value && metaTitle.startsWith(cleanTitle(l))));
  const titles = [
    [cleanTitle(fallback.title), 'collection column'],
    [cleanTitle(fields.title), 'labelled field'],
    [metaTitleShown ? metaTitle : '', 'meta tag'],
    [titleAbove(hints.head ?? [], pageName), 'title printed above the article'],
    [cleanTitle(titleOf(lines)), 'opening lines'],
    [metaTitle, 'meta tag'],
    [cleanTitle(hints.h1), 'h1'],
    [cleanTitle(pageName), 'page title'],
  ] as const;
  // a title naming only a kind of document (政府工作报告) yields to a specific one
  const specific = first(titles.filter(([t]) => !GENERIC_TITLES.test(t)));
  const title = specific.value ? specific : first(titles);
  sources.title = title.source;
  const titleText = title.value ?? '';

  const headText = head.join('');
  const delivered = DELIVERED.pattern.exec(headText);
  const tail = lines.slice(-SETTINGS.META_TAIL_LINES.value).reverse();
  // a signature names its agency (a line naming only a place, such as a title's, signs nothing)
  const signature = tail.find((l) => l.length <= SETTINGS.FIELD_LINE_MAX.value && agencyOf(l, false) && !PROSE_MARKS.test(l)) ?? '';
  const agency = first([
    [fallback.agency && (agencyOf(fallback.agency) || (canonicalAgency(fallback.agency) !== fallback.agency.trim() ? canonicalAgency(fallback.agency) : '')), 'collection column'],
    // a title that names its agency; one that names only a place yields to a labelled field or a signature
    [agencyOf(titleText, false), 'title'],
    // a government's work report is the government's, whoever printed it (a news agency, a portal's byline)
    [kindOf(titleText)?.name === 'government-work-report' ? agencyOf(titleText) : '', 'title (the government whose work report it is)'],
    [delivered && REGION.pattern.test(delivered[3]) ? canonicalAgency(delivered[3]) : '', 'document head'],
    [agencyOf(signature, false), 'signature'],
    [lines.slice(0, SETTINGS.TITLE_LINES.value).map((l) => l.trim()).find((l) => l.length <= SETTINGS.FIELD_LINE_MAX.value && agencyOf(l) && agencyOf(l) === canonicalAgency(l)) ?? '', 'document head'],
    [agencyOf(fields.agency ?? ''), 'labelled field'],
    // a news page's source is its paper or agency (来源：北京日报), in a field, a byline or a meta tag
    [mediaOf(fields.agency ?? ''), 'labelled field (a news organisation)'],
    [head.filter((l) => l.length <= SETTINGS.BYLINE_LINE_MAX.value && DATE.test(l)).map(mediaOf).find(Boolean), 'byline (a news organisation)'],
    [agencyOf(titleText), 'title (the place it names)'],
    [agencyOf(hints.agency ?? '') || mediaOf(hints.agency ?? ''), 'meta tag'],
    [fallback.agency?.trim(), 'collection column'],
    [fallback.province && canonicalAgency(fallback.province), 'collection column (province)'],
  ]);
  sources.agency = agency.source;

  const dateLine = tail.find((l) => l.length <= SETTINGS.DATE_LINE_MAX.value && isDateLine(l));
  const published = first([
    [parseDate(fallback.published ?? ''), 'collection column'],
    [parseDate(fields.published ?? ''), 'labelled field'],
    [dateBesideTitle(head), 'beside the title'],
    [parseDate(hints.published ?? ''), 'meta tag'],
    [bylineDate(hints.tail ?? []), 'byline below the article'],
    [dateLine ? parseDate(dateLine) : null, 'signature'],
    [parseDate(fallback.date ?? ''), 'collection column (date)'],
    [parseDate(fallback.fileDate ?? ''), 'file properties'],
  ]);
  sources.published = published.source;

  const year = yearOf(titleText, headText, [titleText, ...lines], published.value);
  sources.year = year.source;

  const docNumber = first([
    [fields.docNumber && DOC_NUMBER_MARK.test(fields.docNumber) ? fields.docNumber : null, 'labelled field'],
    [[...head, ...lines.slice(0, SETTINGS.META_HEAD_LINES.value)].find(isDocNumber)?.trim(), 'document head'],
  ]);
  sources.docNumber = docNumber.source;

  const isUrl = (u: string | undefined) => !!u && /^https?:\/\/\S+$/.test(u);
  const url = first([
    [isUrl(fallback.url) ? fallback.url : null, 'collection column'],
    [isUrl(hints.url) ? hints.url : null, 'page link'],
    [isUrl(fields.url) ? fields.url : null, 'labelled field'],
    [isUrl(fields.agency) ? fields.agency : null, 'labelled field'],
  ]);
  sources.url = url.source;
  if (fields.index) sources.index = 'labelled field';

  for (const k of Object.keys(sources) as Array<keyof MetaSources>) if (!sources[k]) delete sources[k];
  return {
    meta: {
      title: titleText, agency: agency.value ?? '', year: year.year, published: published.value, url: url.value ?? null,
      index: fields.index ?? null, docNumber: docNumber.value ?? null, kind: kindOf(titleText)?.name ?? null,
      delivered: year.delivered ?? (published.value ? Number(published.value.slice(0, 4)) : null),
    },
    sources,
    yearPublished: year.source === PUBLISH_YEAR_SOURCE,
  };
}

/** The metadata a user cites (see readMetaWithSources). */
export function readMeta(lines: readonly string[], raw: string, hints: HtmlHints = {}, fallback: DocumentHints = {}): DocumentMeta {
  return readMetaWithSources(lines, raw, hints, fallback).meta;
}
