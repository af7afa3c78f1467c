import { AGENCY_SUFFIXES, TITLE_WORDS } from '../lang/zh/meta.js';
import { readFields } from './fields.js';
import { parseChineseNumeral } from '../extract/numerals.js';
import type { HtmlHints } from '../html/index.js';
import type { DocumentHints } from '../ingest/index.js';

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
}

const CN_DIGITS = '〇零一二三四五六七八九十';
const DATE = new RegExp(`((?:19|20)\\d{2}|[${CN_DIGITS}]{4})\\s*(?:年|[-/.])\\s*(\\d{1,2}|[${CN_DIGITS}]{1,2})\\s*(?:月|[-/.])\\s*(\\d{1,2}|[${CN_DIGITS}]{1,3})\\s*日?`);

const pad = (n: number) => String(n).padStart(2, '0');
const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s));

/** A date written in Arabic or Chinese numerals, as YYYY-MM-DD; null when there is none or it is impossible. */
export function parseDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [num(m[1]), num(m[2]), num(m[3])];
  if (y === null || mo === null || d === null || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

const AGENCY = new RegExp(`^(.{2,40}?(?:${AGENCY_SUFFIXES.join('|')}))(?=关于|\\d{4}|[${CN_DIGITS}]{4}|$)`);

/** The agency a title or signature line names: everything up to its agency ending. */
export function agencyOf(line: string): string {
  return AGENCY.exec(line.trim())?.[1] ?? '';
}

/** The report's own title: the first short heading-like lines before the body, joined. */
function titleOf(lines: readonly string[]): string {
  const parts: string[] = [];
  // of the first six lines that are not table rows (a metadata table kept at the top of a page)
  let considered = 0;
  for (const line of lines) {
    if (line.includes('\t')) continue;
    if (considered++ === 6) break;
    const short = line.length <= 60 && !/[。；;]/.test(line) && !/^[一二三四五六七八九十]+、|^[(（]/.test(line);
    if (!short) break;
    if (DATE.test(line) && line.replace(DATE, '').trim().length < 4) break;
    parts.push(line);
    if (TITLE_WORDS.test(line)) return parts.join('');
  }
  return '';
}

/** A page's <title> without the site name portals append (标题_中国政府网, 标题 - 某某网). */
function pageTitle(title: string): string {
  return title.split(/_{1,2}| - | -- |——|\|/)[0].trim();
}

const YEAR_REPORTED = /((?:19|20)\d{2})\s*年(?:度|以来|[,，、和]|工作|上半年|全年|.{0,12}?(?:报告|总结|情况))/;

/**
 * The metadata a user cites. `lines` are the cleaned text's lines; `raw` is the decoded text before
 * cleaning (its dropped portal lines hold the publish date); `hints` come from HTML meta tags.
 */
export function readMeta(lines: readonly string[], raw: string, hints: HtmlHints = {}, fallback: DocumentHints = {}): DocumentMeta {
  const fields = readFields(raw.split(/\r\n|\r|\n/).map((l) => l.trim()));
  const title = fields.title || titleOf(lines) || hints.title || hints.h1 || fallback.title || pageTitle(hints.pageTitle ?? '');
  const tail = lines.slice(-4).reverse();
  const signature = tail.find((l) => l.length <= 40 && agencyOf(l) && !/[。，,]/.test(l)) ?? '';
  const agency = agencyOf(title) || agencyOf(signature) || agencyOf(fields.agency ?? '') || agencyOf(hints.agency ?? '') || fallback.agency || '';

  const yearSource = [title, ...lines.slice(0, 8)].find((l) => YEAR_REPORTED.test(l));
  const year = yearSource ? Number(YEAR_REPORTED.exec(yearSource)![1]) : null;

  const dateLine = tail.find((l) => l.length <= 20 && DATE.test(l) && l.replace(DATE, '').trim() === '');
  const published = parseDate(fields.published ?? '') ?? parseDate(hints.published ?? '') ?? (dateLine ? parseDate(dateLine) : null) ?? parseDate(fallback.published ?? '');
  const docNumber = fields.docNumber && /〔|\[|号/.test(fields.docNumber) ? fields.docNumber : null;
  const url = [hints.url, fields.url, fields.agency, fallback.url].find((u) => u && /^https?:\/\/\S+$/.test(u)) ?? null;
  return { title, agency, year, published, url, index: fields.index ?? null, docNumber };
}
