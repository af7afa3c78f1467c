/**
 * The indicator record, the contract of every output: each field listed once, in output order, with
 * its type, what it means, and how CSV and the SQLite dataset hold it. The record's TypeScript type,
 * the CSV header, the JSON field order, the dataset's columns and the README's table are all read
 * from here, so a new field is one entry and the stage that fills it.
 *
 * Like lang/, a layer rather than a stage: it imports nothing but lang/'s types. Its descriptions
 * are the README's words, examples in Chinese included.
 */
import type { Status } from '../lang/zh/status.js';
import type { Category } from '../lang/zh/units.js';

/** Whether a figure rises or falls, and from what to what, when the report says so. */
export interface Change {
  direction: 'up' | 'down';
  from?: number;
  to?: number;
  rate?: number;
}

export type SqlType = 'TEXT' | 'REAL' | 'INTEGER';

/**
 * How the dataset holds a field: a column of its document's row (read through the view
 * indicator_records), or the record's own column in `indicators`.
 */
type Stored = { document: string } | { column: string; type: SqlType; notNull?: boolean };

interface FieldSpec<T> {
  /** the field's TypeScript type: only this property's type is read, never its value */
  readonly type: T;
  /** absent from a record where it does not apply: JSON leaves it out, CSV and SQLite leave it empty */
  readonly optional?: boolean;
  readonly description: string;
  readonly stored?: Stored;
  /** an object flattened into a column per key, in CSV and in the dataset (change → change_direction …) */
  readonly flat?: Readonly<Record<string, SqlType>>;
}

/** A field's type, for the compiler alone. */
const is = <T>() => undefined as T;

export const RECORD_FIELDS = {
  doc: {
    type: is<string>(), stored: { document: 'path' },
    description: 'the document: its path as given or found below a folder (`<stdin>` for standard input)',
  },
  title: { type: is<string>(), stored: { document: 'title' }, description: 'the report\'s title' },
  agency: {
    type: is<string>(), stored: { document: 'agency' },
    description: 'the agency that wrote it (for a news page, the paper or agency its source field or byline names: 来源：北京日报)',
  },
  year: {
    type: is<number | null>(), stored: { document: 'year' },
    description: 'the year reported on (2023 for 2023年度, 2023年以来 or 现将2023年…报告如下, not the publish year; for a 政府工作报告, the year before its session, or the year of its session where that was held in November or December; for a page whose title and opening words name no year, or only a later one, the year it was published, or the year before for a title on 过去一年 published by June, or, with no date either, the year its text names most; the heading a review opens with, where it names another year: 一、2024年工作回顾, 2024年以来工作回顾, inline in a body scraped as one line too)',
  },
  section: {
    type: is<string>(), stored: { column: 'section', type: 'TEXT' },
    description: 'the section path, e.g. `一、主要举措和成效 > (三)坚持执法为民… > 3.创新行政执法方式`',
  },
  category: {
    type: is<Category>(), stored: { column: 'category', type: 'TEXT', notNull: true },
    description: '`fine` (罚款, 罚没), `money`, `case` (案件, 举报, 投诉, 复议, 诉讼, 立案 …), `person`, `percent`, `count`',
  },
  label: {
    type: is<string>(), stored: { column: 'label', type: 'TEXT' },
    description: 'what the figure counts, from the words around it: 立案查处, 罚款, 培训各类人员, 巡查企业. A compound holding a verb is read whole (城镇调查失业率, 养老服务机构), nouns joined by 和 or 、 name one row (智能工厂和数字化车间), a share keeps its whole when short (县城常住人口占县域比重), the subjects before 分别 share the words ending the last (刑事治安、涉诈警情 → 刑事治安警情, 涉诈警情), a figure measured against a standard (高于全国0.4个百分点) is labelled by what it measures, a denial before the verb stays (未整改资金, 尚未审结), and a share named with no subject is the share of the figure before it (投诉类103件，占比37.32% → 投诉类占比). For a cell of a table (`source` `table`), the path of its row headers and then its column headers joined by ` / ` (本年新收政府信息公开申请数量 / 自然人; list marks such as 一、 and （三） left out, a title over every column dropped); such a record\'s `context` is its row, cells separated by tabs, and its `raw` the cell',
  },
  value: {
    type: is<number>(), stored: { column: 'value', type: 'REAL', notNull: true },
    description: 'the number in base units: 121.1余万元 → 1211000; 67665亿元 → 6766500000000; 三成 → 30; a rate may be negative (贡献率为-1.2% → -1.2)',
  },
  unit: {
    type: is<string>(), stored: { column: 'unit', type: 'TEXT' },
    description: 'the base unit: 元 for money, % for percentages, ‰ (per mille), 个百分点, else the unit as written (人, 件, 家次, 吨, 平方米 …). Any measure word after a number is a unit, listed or not (鱼苗80万尾 → 尾, 15讲, 12口); a measure word with 次 is one unit (41台次 → 台次); a rate keeps its denominator (600元/月 → 元/月, 1.2万元/平方米 → 12000 元/平方米, 0.5毫克每升 → 毫克/升); people named by a noun count in 人 (12万低保对象). A table cell takes its unit from the cell, else its column\'s or row\'s headers (本年收费金额（单位：万元）, 本年制发件数 → 件), else a unit note above the table (单位：万元); where none names one, the unit is empty',
  },
  approx: {
    type: is<string>(), stored: { column: 'approx', type: 'TEXT' },
    description: 'the approximation marker, if any: 余, 多, 超过, 超, 近, 约, 突破, 以上, 左右, 不到 …',
  },
  raw: {
    type: is<string>(), stored: { column: 'raw', type: 'TEXT', notNull: true },
    description: 'the exact text matched, e.g. `121.1余万元`',
  },
  context: { type: is<string>(), stored: { column: 'context', type: 'TEXT' }, description: 'the sentence the figure stands in' },
  start: {
    type: is<number>(), stored: { column: 'start', type: 'INTEGER', notNull: true },
    description: 'character offset of `raw` in the cleaned text (the `text` that JSON output and golden files show)',
  },
  end: { type: is<number>(), stored: { column: 'end', type: 'INTEGER', notNull: true }, description: 'character offset of the end of `raw`, as `start`' },
  indicator: {
    type: is<string>(), stored: { column: 'indicator', type: 'TEXT' },
    description: 'a canonical name where one applies, so figures from different reports share a column (and a row of `govmine panel`): for 法治政府建设 reports 罚款金额, 罚没金额, 行政处罚案件数, 立案数, 行政复议案件数, 行政诉讼案件数, 负责人出庭应诉率, 培训人数, 执法检查次数, 隐患数 …; for work reports and statistical bulletins 地区生产总值 and 地区生产总值增长率, 人均地区生产总值, 一般公共预算收入 (and its growth rate), 一般公共预算支出, 城镇新增就业, 城镇调查失业率, 居民人均可支配收入 (and its growth rate), 社会消费品零售总额; for 政府信息公开年度报告 政府信息公开申请数, 予以公开数, 主动公开信息数 (and 行政复议案件数, 行政诉讼案件数). Each is named only for a figure in one of its units (`src/lang/zh/indicators.ts`): a rate never under a count\'s name, 罚款金额 only for fines, 人均地区生产总值 and 城镇居民人均可支配收入 never under the whole\'s name',
  },
  to: {
    type: is<number>(), optional: true, stored: { column: 'range_to', type: 'REAL' },
    description: 'the upper bound of a range (3-5人 → value 3, to 5); empty otherwise',
  },
  change: {
    type: is<Change>(), optional: true, flat: { direction: 'TEXT', from: 'REAL', to: 'REAL', rate: 'REAL' },
    description: 'when the report states a change: `{direction: up|down, from, to, rate}`. 同比上升55.87% → `{up, rate 55.87}`; 由1575项提升为2455项 → both figures carry `{up, from 1575, to 2455}` (and the rate stated right after)',
  },
  check: {
    type: is<'ok' | 'mismatch'>(), optional: true, stored: { column: 'check_status', type: 'TEXT' },
    description: '`ok` or `mismatch` when the figure takes part in the report\'s own arithmetic (see `govmine check`)',
  },
  status: {
    type: is<Status>(), stored: { column: 'status', type: 'TEXT' },
    description: 'what the figure is in time and kind: `actual` (a result of the period reported on), `baseline` (an earlier value given for comparison: the 21% of 由21%提升至74%, the 261次 of 比原需开展的261次…减少了147次), `cumulative` (a total over several years: 五年来, “十四五”期间, 2018年以来累计, or a change over them: 较2020年增长30%, 是2016年的1.9倍, or a bound held through them: 连续两年超2000亿元), `average` (年均增长6.5%, 日均, 平均值), `target` (力争, 预期, 计划, what a project is expected to bring: 预计带来产值4亿元 …, and every figure of a section of next year\'s tasks or of a later plan period) or `threshold` (a rule or condition: 1万元以内的行政处罚权, 不超过3万元的罚款, the bound of a class: 500万元以上项目). Decided by the figure\'s own sentence first, then by the heading or opening line of its section (一年来, 这是…的五年, 2026年工作安排, 下一步工作打算), or by a year that opens its paragraph, sentence or clause (2023年全国经济普查结果：…; 报告显示，2023年，…), a year compared with the year reported on. A body scraped onto one line has its headings where they stand and its paragraphs where a space or a dash follows a sentence\'s end, or, with its paragraphs glued together, at any sentence',
  },
  part_of: {
    type: is<number | null>(), stored: { column: 'part_of', type: 'INTEGER' },
    description: 'the index (from 0, within its document\'s records in output order) of the figure this one is a stated part of: the parts after 其中, 包括 (具体包括, 主要包括), 含 (合计罚款96万元，其中甲公司30万元、乙公司66万元), in the next sentence too (…3000人次。其中，领导接访900人次), after a sentence opening a breakdown by a dimension (…增长5.2%。按产业分，第一产业增加值…; 分行业看), and after one naming the kinds or contents of what the sentence before counted (…1165条。全年主动公开政府信息的内容有：政策解读信息4条；…; 具体支撑为：), and on past semicolons through clauses of the same form (其中，第一产业增加值…；第二产业增加值…), or of any form where they add up to the total exactly; in the paragraphs below a total that ends its own with 具体为：, 主要包括： or 包括： (numbered items, or items each opening on a figure that lists its own parts: 基础信息公开（26条）：…), to the first that takes the sum past the total; those of a set named with 中 (104种工业产品中…有44种); those listed after a colon or 分别为 (办结申请90件：予以公开50件、…), where they add up to no more than the total; a breakdown from the next clause to the end of the statement that adds up to the total right before it (受理投诉60件，已办结55件、正在办理5件), or to a total stated after it with 共计 or 合计 (项目7个，大中修项目16个，共计23个); a smaller count of the same noun opening the next sentence; the figure right after a total whose rate right after it is its share of the total (督办件12件，成功化解9件，化解率75%), or that its clause calls the part done so far (应诉案件18件，已结案件11件; of the problems found, those put right: 问题46个，整改完成42个); the figures of a statement opening on the set they are drawn from (税收收入中，国内增值税…), parts of the figure before that names the set, or of the one right before that they add up to exactly; in a table, the cells of a row under its 总计 (合计, 小计) column, or, with no such column, the cells above a 总计 row. Nested parts point to their direct whole; empty otherwise. A part counts the unit of its whole (件 of a whole in 件次 too) over the same period (where both are known); shares in percent and groups\' own averages (其中城镇居民人均…) are never parts; a difference (比上年末增加6.1万人) is a whole only of differences, so the levels of the 其中 after it are parts of the level it is of, and one in a clause of its own after its level (桔果面积88061亩，增加5289亩) changes that level and is no part; a sentence of parts after a statement of several figures breaks down the one whose measure each names (营业收入…；利润总额…。其中，…营业收入…); a paragraph opening on a breakdown by another dimension (按活动主体分，…) right below one that broke down a total breaks down that total too, where its figures add up to no more than it',
  },
  period: {
    type: is<string>(), stored: { column: 'period', type: 'TEXT' },
    description: 'the year or span the figure refers to: `2025`, `2021-2025`, `2026`, `2026-2030`; empty where nothing says',
  },
  source: {
    type: is<'prose' | 'table'>(), stored: { column: 'source', type: 'TEXT' },
    description: 'where the figure stands: `prose`, a sentence; `table`, a cell of a table',
  },
} as const satisfies Record<string, FieldSpec<unknown>>;

type Fields = typeof RECORD_FIELDS;
export type FieldName = keyof Fields;
type OptionalName = { [K in FieldName]: Fields[K] extends { optional: true } ? K : never }[FieldName];

/** The indicator record: one figure of a document, every field in RECORD_FIELDS (optional ones absent where they do not apply). */
export type IndicatorRecord = { -readonly [K in Exclude<FieldName, OptionalName>]: Fields[K]['type'] }
  & { -readonly [K in OptionalName]?: Fields[K]['type'] };

export const FIELD_NAMES = Object.keys(RECORD_FIELDS) as FieldName[];

/** One column of a record in CSV and in the dataset: a field, or one key of a flattened field. */
export interface RecordColumn {
  field: FieldName;
  /** for a flattened field, the key of its object this column holds */
  key?: string;
  /** the CSV header's name for it */
  csv: string;
  /** where the dataset keeps it: the record's own column in `indicators`, or its document's */
  table: 'indicators' | 'documents';
  /** the column's name in that table; the view indicator_records gives it under the same name, or under `csv` for a document's */
  sql: string;
  type: SqlType;
  notNull: boolean;
  /** its field may be absent from a record */
  optional: boolean;
  /** its value in a record (undefined where absent) */
  get: (r: IndicatorRecord) => unknown;
}

const DOCUMENT_TYPES: Record<string, SqlType> = { year: 'INTEGER' };

/** Every column of the record, in output order: CSV's header, and the dataset's record view. */
export const RECORD_COLUMNS: readonly RecordColumn[] = FIELD_NAMES.flatMap((field): RecordColumn[] => {
  const spec: FieldSpec<unknown> = RECORD_FIELDS[field];
  if (spec.flat) {
    return Object.entries(spec.flat).map(([key, type]) => ({
      field, key, csv: `${field}_${key}`, table: 'indicators', sql: `${field}_${key}`, type, notNull: false, optional: true,
      get: (r) => (r[field] as Record<string, unknown> | undefined)?.[key],
    }));
  }
  const stored = spec.stored!;
  const common = { field, csv: field, optional: !!spec.optional, get: (r: IndicatorRecord) => r[field] };
  if ('document' in stored) return [{ ...common, table: 'documents', sql: stored.document, type: DOCUMENT_TYPES[field] ?? 'TEXT', notNull: false }];
  return [{ ...common, table: 'indicators', sql: stored.column, type: stored.type, notNull: !!stored.notNull }];
});

/** The CSV header. */
export const CSV_COLUMNS: readonly string[] = RECORD_COLUMNS.map((c) => c.csv);

/** A document's records, with the fields that place it: what the panel takes, from a batch or from a dataset. */
export interface DocumentRecords {
  doc: string;
  title: string;
  agency: string;
  year: number | null;
  /** the earlier document whose body this one nearly repeats */
  duplicateOf: string | null;
  indicators: readonly IndicatorRecord[];
}

/** A record as JSON gives it: its fields in RECORD_FIELDS' order, the absent ones left out. */
export function recordJson(r: IndicatorRecord): Partial<IndicatorRecord> {
  const out: Record<string, unknown> = {};
  for (const f of FIELD_NAMES) if (r[f] !== undefined) out[f] = r[f];
  return out;
}

/** The README's table of the record's fields (a test holds the README to it). */
export function recordTable(): string {
  const rows = FIELD_NAMES.map((f) => {
    const spec: FieldSpec<unknown> = RECORD_FIELDS[f];
    const columns = RECORD_COLUMNS.filter((c) => c.field === f);
    let text = spec.description;
    if (spec.flat) text += `. CSV and the dataset flatten it to ${columns.map((c) => `\`${c.csv}\``).join(', ')}`;
    else if (columns[0].table === 'indicators' && columns[0].sql !== f) text += `. The dataset's column: \`${columns[0].sql}\``;
    return `| \`${f}\` | ${text.replaceAll('|', '\\|')} |`;
  });
  return ['| field | meaning |', '| --- | --- |', ...rows].join('\n');
}
