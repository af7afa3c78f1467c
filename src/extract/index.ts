import { CONVERSION, SHARE_OF_PREVIOUS } from '../lang/zh/units.js';
import { CHANGE_PARTICLES, CHANGE_WORDS } from '../lang/zh/change.js';
import { AVERAGED, COMPARISON, IN_ANOTHER_UNIT, PLAN_SHARE, RATE_ALONE, REACH_ALONE, RESPECTIVE_SHARE, RESPECTIVELY, SHARE } from '../lang/zh/labels.js';
import { COMMA_CHARS, LIST_COMMA, SENTENCE_END_CHARS } from '../lang/zh/punctuation.js';
import { anyOf, noneOf, oneOf } from '../lang/build.js';
import { findSpans } from './find.js';
import { indicatorFor, labelFor, measureOnly, overPartOfYear, shareOfSubject } from './label.js';
import { asWritten, changeBefore, clauseBefore, isSentenceEnd, listedTogether, PATH_SEPARATOR, sameStatement, sentenceStart } from '../text/index.js';
import { categoryOfNamed, resolveSpan } from './resolve.js';
import { findTableCells, type TableCell } from './tables.js';
import type { ExtractInput, Indicator } from './types.js';
import { SETTINGS } from '../lang/zh/settings.js';
import { approxMarkers } from '../lang/zh/approx.js';

export type { ExtractInput, Indicator, Span, Change, Category, Status } from './types.js';

/** The markers of a bound after a figure (90%以上). */
const BOUND_AFTER = approxMarkers('after');

/**
 * Sentence boundaries of a text, for offsets asked in increasing order: one pass over the text,
 * then a cursor, so that a document with a million figures stays linear.
 */
function sentenceIndex(text: string) {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) if (isSentenceEnd(text.charCodeAt(i))) ends.push(i);
  let i = 0;
  return {
    /** where the sentence holding `at` starts: however far back, for two figures of one long sentence are of one sentence */
    start(at: number): number {
      while (i < ends.length && ends[i] < at) i++;
      return i > 0 ? ends[i - 1] + 1 : 0;
    },
  };
}

/** The sentence holding [start, end), at most CONTEXT_LIMIT characters either side. */
export function sentenceAround(text: string, start: number, end: number, sentenceStart = sentenceIndex(text).start(start)): string {
  const s = Math.max(sentenceStart, start - SETTINGS.CONTEXT_LIMIT.value);
  let e = end;
  while (e < text.length && e - end < SETTINGS.CONTEXT_LIMIT.value && !isSentenceEnd(text.charCodeAt(e))) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return text.slice(s, e).trim();
}

/** Every indicator of one document, in reading order: what each figure is alone (see meaning/ for what they are together). */
export function extractIndicators(input: ExtractInput): Indicator[] {
  const { text, match } = input;
  const out: Indicator[] = [];
  const sentences = sentenceIndex(match);
  let previous = null as { sentence: number; unit: string; category: Indicator['category']; end: number } | null;
  const cells = findTableCells(text, match);
  // a row of a table gives its cells, not the figures a sentence would: prose spans on it are left out
  const tableLines = new Set(cells.map((c) => c.line[0]));
  const lineStart = (at: number) => match.lastIndexOf('\n', at - 1) + 1;
  const spans = findSpans(match).filter((s) => tableLines.size === 0 || !tableLines.has(lineStart(s.start)));
  let c = 0;
  const pushCell = (cell: TableCell) => { const r = tableRecord(input, cell); if (r) out.push(r); };
  for (const span of spans) {
    while (c < cells.length && cells[c].span.start < span.start) pushCell(cells[c++]);
    const resolved = resolveSpan(span, match);
    if (!resolved) continue;
    // 案件19件,其中维持15件、撤销2件: a figure nothing decides continues the sentence's last one of its unit
    const sentence = sentences.start(span.start);
    if (resolved.byDefault && previous?.sentence === sentence && previous.unit === resolved.unit) resolved.category = previous.category;
    // 合计罚款158万元。其中，总公司38万元: the parts of a fine are fines
    // (and the next share in the same sentence: 总公司38万元，分支机构120万元)
    if (resolved.category === 'money' && previous?.category === 'fine') {
      const between = match.slice(previous.end, span.start);
      if (SHARE_OF_PREVIOUS.test(between) || (previous.sentence === sentence && between.length <= SETTINGS.FINE_PARTS_GAP.value)) resolved.category = 'fine';
    }
    // the figure's own words: its sentence since the figure before it (城镇调查失业率4.1%，居民人均可支配
    // 收入实际增长4.4%: 城镇 is the first figure's)
    const own = match.slice(Math.max(previous?.sentence === sentence ? previous.end : sentence, span.start - SETTINGS.LABEL_BEFORE.value), span.start);
    previous = { sentence, unit: resolved.unit, category: resolved.category, end: span.end };
    const before = clauseBefore(match, span.start);
    // the label reads the sentence up to the figure (a rate's subject may stand a clause back) and the words after it,
    // and all of a clause that lists subjects 分别 maps to its figures (食品烟酒、衣着、…其他用品和服务价格分别上涨…、2.5%)
    const clause = clauseBefore(match, span.start, span.start - sentence);
    const from = Math.min(span.start - SETTINGS.LABEL_BEFORE.value, RESPECTIVE_WORD.test(clause) ? span.start - clause.length : span.start);
    const reading = match.slice(Math.max(sentence, from), span.start);
    // 160.6亿美元、折合1148亿元人民币: an amount in another currency is named as the one before it
    const last = out[out.length - 1];
    const converted = last?.category === 'money' && resolved.category === 'money' && last.unit !== resolved.unit
      && CONVERSION.test(match.slice(last.end, span.start).trim());
    const read = converted ? last.label : labelFor(
      reading,
      match.slice(span.end, span.end + SETTINGS.LABEL_AFTER.value),
      resolved.category,
      text.slice(span.end, span.end + SETTINGS.LABEL_AFTER.value),
      resolved.unit,
      BOUND_AFTER.includes(span.approx),
    );
    let label = read;
    let plan: RegExpExecArray | null;
    const lastInSentence = last && last.start >= sentence ? last : null;
    // (the words first: most figures' clauses name no part of the year)
    const over = last ? overPartOfYear(before, read, last.label) : null;
    // 一季度地区生产总值增长6%；上半年增长4.7%: a part of the year alone is what the figure before measures, over it
    if (last && over && sameStatement(match, last.end, span.start)) label = over;
    // 投诉类103件，占比37.32%: a share named with no subject is the share of the figure before it
    else if (lastInSentence && resolved.category === 'percent' && SHARE_ALONE.has(read) && lastInSentence.category !== 'percent') label = lastInSentence.label + read;
    // 组织法治培训40场次，覆盖800余人次: the people reached by what the figure before counts
    else if (lastInSentence && REACH_ALONE_WORDS.has(read) && lastInSentence.category !== 'percent' && resolved.category !== 'percent') label = lastInSentence.label + read + resolved.unit;
    // 发布信息294期1014条: an amount whose clause names nothing, right after a figure in another unit, counts what that one does
    else if (lastInSentence && read === '' && resolved.category !== 'percent' && lastInSentence.category !== 'percent' && lastInSentence.unit !== resolved.unit
      && ANOTHER_UNIT_JOINER.test(match.slice(lastInSentence.end, span.start))) label = lastInSentence.label;
    // a change whose clause names nothing (…比上年减收1070万元，下降4.2%) is of what the figure before it
    // measures, and so is a rate named alone (…220.1亿元，居全市第3位，增速3.1%)
    else if (lastInSentence && ((read === '' && changeBefore(match, span.start)) || (RATE_ALONE_WORDS.has(read) && lastInSentence.category !== 'percent'))) label = lastInSentence.label;
    // a share of the year's task (…409万元，完成年度任务的51%) is of what the figure before measures, against it
    // (not the first of a list of such shares: 5437万元、8203万元，占全年目标108.74%、109.92%)
    else if (lastInSentence && resolved.category === 'percent' && lastInSentence.category !== 'percent'
      && !match.startsWith(LIST_COMMA, span.end) && (plan = PLAN_SHARE_AT.exec(own))) {
      // (the task alone where both would not fit a label: 科技型中小企业入库认定… → 完成年度目标任务)
      label = lastInSentence.label.length + plan[1].length <= SETTINGS.LIST_MAX_CHARS.value ? lastInSentence.label + plan[1] : plan[1];
    }
    // and so is a share whose clause names only its whole (…增长3.5%，占生产总值的比重为19.6%)
    else if (lastInSentence && resolved.category === 'percent') label = shareOfSubject(read, own, lastInSentence.label) ?? read;
    out.push({
      doc: input.doc,
      title: input.title,
      agency: input.agency,
      year: input.year,
      section: input.sectionAt(span.start),
      category: resolved.category,
      label,
      indicator: indicatorFor(resolved.category, label, namesItself(own, label) ? own : before, resolved.unit, reading, own),
      value: resolved.value,
      unit: resolved.unit,
      approx: span.approx,
      raw: text.slice(span.start, span.end),
      context: sentenceAround(text, span.start, span.end, sentence),
      start: span.start,
      end: span.end,
      ...(resolved.to !== undefined ? { to: resolved.to } : {}),
      // what figures mean together is decided once all are found (meaning/); until then, a result
      period: '',
      status: 'actual',
      part_of: null,
      source: 'prose',
    });
  }
  while (c < cells.length) pushCell(cells[c++]);
  respectiveRates(out, match);
  // labels are read without quotation marks, and given with those the text writes (新增“四上”企业), where they fit
  const starts = sentenceIndex(match);
  for (const r of out) {
    if (r.source !== 'prose') continue;
    // (read as far back as a label is: a sentence may run a whole page)
    const from = Math.max(starts.start(r.start), r.start - SETTINGS.LABEL_BEFORE.value);
    const written = asWritten(r.label, text.slice(from, r.end + SETTINGS.LABEL_AFTER.value), r.start - from);
    if (written.length <= SETTINGS.LABEL_MAX_CHARS.value) r.label = written;
  }
  return out;
}

/**
 * Whether a figure listed after another names itself in the words between them (予以公开50件、不予公开
 * 6件; 粮食播种面积…、蔬菜产量…): then the words before the figure before it do not name it. A
 * measure alone (粮食播种面积1584.6万亩、总产量132.4亿斤) names the same subject.
 */
function namesItself(own: string, label: string): boolean {
  const words = own.trim();
  return words.startsWith(LIST_COMMA) && words.length > LIST_COMMA.length && !measureOnly(label);
}

const SHARE_ALONE = new Set(SHARE.alone);
const RATE_ALONE_WORDS = new Set(RATE_ALONE.words);
const REACH_ALONE_WORDS = new Set(REACH_ALONE.words);
const ANOTHER_UNIT_JOINER = new RegExp(`^${anyOf(COMMA_CHARS)}?\\s*(?:${oneOf(IN_ANOTHER_UNIT.words)})?\\s*$`);
/** The words of a share of a plan, right after a comma (，超额完成年度任务的): group 1 without the particle. */
const PLAN_SHARE_AT = new RegExp(`${anyOf(COMMA_CHARS)}\\s*((?:${oneOf(PLAN_SHARE.modifiers)})?(?:${oneOf(PLAN_SHARE.words)})${noneOf(COMMA_CHARS + SENTENCE_END_CHARS)}{0,6}?(?:${oneOf(PLAN_SHARE.plans)}))(?:${oneOf(PLAN_SHARE.particles)})?\\s*$`);

/** A comparison that may stand before a change word (同比, 较2015年), and a change word with its particles (下降, 增长了). */
const COMPARED = `(?:${COMPARISON.pattern})?`;
const CHANGED = `(?:${oneOf(CHANGE_WORDS.map((c) => c.word))})${CHANGE_PARTICLES.source.slice(1, -1)}`;
/**
 * A clause that is only 分别 and a change word, a comparison before them (…，分别增长8.3%、7.9%; …，同比分别
 * 下降50%、42.9%; …，较2015年分别增长26.8%、12%), an average with them (…，年均分别增长9.6%和10.2%), or a rate named alone and 分别 (…，增速分别为4.4%、4.8%).
 */
const AVERAGED_AT = `(?:${oneOf(AVERAGED.words)})?`;
const RESPECTIVE_CHANGE = new RegExp(`^\\s*(?:${COMPARED}${AVERAGED_AT}(?:${oneOf(RESPECTIVELY.words)})${AVERAGED_AT}${CHANGED}|(?:${oneOf(RATE_ALONE.words)})(?:${oneOf(RESPECTIVELY.words)})(?:${oneOf(RATE_ALONE.links)})?)$`);

/** A clause that is only a change word, a comparison before it (…，增长4.9%、7.7%), or a rate named alone (…，年均增速8.2%、9.3%). */
const CHANGE_ALONE = new RegExp(`^\\s*(?:${COMPARED}${CHANGED}|(?:${oneOf(RATE_ALONE.words)}))$`);
const RESPECTIVE_WORD = new RegExp(oneOf(RESPECTIVELY.words));

/**
 * The rates (or shares) a clause of 分别 and a change word (or a share's whole) lists are, in turn, those of the figures the clause before
 * it lists, as many (东盟、欧盟、美国分别进出口2.66万亿元、2.52万亿元、2.21万亿元，分别增长27.8%、26.7%、
 * 34.6%; 航空旅客和货邮吞吐量分别达到1.35亿人次、453.8万吨，分别增长8.3%、7.9%): each is named as its figure.
 * So are those of a change word alone after a 分别 list of as many (城镇和农村居民人均可支配收入分别达55430元、
 * 28086元，增长4.9%、7.7%).
 */
function respectiveRates(records: Indicator[], match: string): void {
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    const clause = clauseBefore(match, r.start);
    const share = RESPECTIVE_SHARE.exec(clause);
    const respective = RESPECTIVE_CHANGE.test(clause) || share !== null;
    if (r.source !== 'prose' || !(respective || CHANGE_ALONE.test(clause))) continue;
    let end = i + 1;
    while (end < records.length && records[end].unit === r.unit && listedTogether(match, records[end - 1], records[end])) end++;
    const clauseStart = r.start - clause.length;
    const before = clauseStart - 1 - clauseBefore(match, clauseStart - 1).length;
    if (!respective && !RESPECTIVE_WORD.test(match.slice(before, clauseStart))) continue;
    // the figures of the clause before, read back from this one (a bounded walk, not a scan of all)
    let first = i;
    while (first > 0 && records[first - 1].start >= before) first--;
    let listed = records.slice(first, i).filter((f) => f.end < clauseStart);
    // or the figures of the clauses before, one a clause, of any unit (第一产业增加值…亿元，第二产业增加值…亿元，
    // 第三产业增加值…亿元，增速分别为4.4%、4.8%、6.0%; 发生安全生产事故3起，死亡4人，同比分别下降50%、42.9%)
    if (respective && listed.length < end - i) {
      const from = sentenceStart(match, r.start);
      const earlier = records.slice(Math.max(0, i - (end - i)), i);
      if (earlier.every((f) => f.start >= from && f.category !== 'percent')) listed = earlier;
    }
    if (listed.length !== end - i || listed.length < 2) continue;
    listed.forEach((figure, k) => {
      const rate = records[i + k];
      // (a share names its whole: 男性人口占总人口比重)
      rate.label = share ? `${figure.label}${SHARE.words[0]}${share[1]}${SHARE.nouns[0]}` : figure.label;
      rate.indicator = indicatorFor(rate.category, figure.label, figure.label, rate.unit);
    });
    i = end - 1;
  }
}

/** A table's cell as a record (its label the header path, its context the row); null where its number does not resolve to a value. */
function tableRecord(input: ExtractInput, cell: TableCell): Indicator | null {
  const { span } = cell;
  const resolved = resolveSpan(span, input.match);
  if (!resolved) return null;
  const label = cell.path.join(PATH_SEPARATOR);
  const section = input.sectionAt(span.start);
  // what a row counts is named by its row headers first (申请数量), then by the section the table stands in
  const rows = cell.path.slice(0, cell.rowLevels).join(PATH_SEPARATOR);
  const columns = cell.path.slice(cell.rowLevels).join(PATH_SEPARATOR);
  const category = categoryOfNamed(span.unit ?? '', [rows, section, columns]);
  return {
    doc: input.doc,
    title: input.title,
    agency: input.agency,
    year: input.year,
    section,
    category,
    label,
    indicator: indicatorFor(category, label, ''),
    value: resolved.value,
    unit: resolved.unit,
    approx: '',
    raw: input.text.slice(span.start, span.end),
    context: input.text.slice(cell.line[0], Math.min(cell.line[1], cell.line[0] + SETTINGS.CONTEXT_LIMIT.value)),
    start: span.start,
    end: span.end,
    period: '',
    status: 'actual',
    part_of: null,
    source: 'table',
  };
}
