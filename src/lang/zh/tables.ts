/**
 * What the headers and notes of a table of data say about its cells: the unit they are in, and
 * the list marks that open row headers.
 */
import { anyOf, oneOf } from '../build.js';
import { MEASURE_WORDS, UNITS } from './units.js';
import { proven, type Examples } from './types.js';
import { ORDINAL_CHARS } from './numerals.js';
import { HAN_RANGE } from './script.js';

export interface TableRule extends Examples {
  name: string;
  /** group 1 is the unit as written (万元, %, 件) */
  pattern: RegExp;
}

/** A unit with a scale before it, as headers write it. */
const UNIT_WORD = `(?:万亿|亿|万|千|百)?${oneOf([...UNITS.map((u) => u.unit), ...MEASURE_WORDS.map((m) => m.word)])}`;
const OPEN = anyOf('(（'), CLOSE = anyOf(')）');

/** Where a header, caption or note names the unit of a table's numbers, most specific first. */
export const TABLE_UNIT_RULES: readonly TableRule[] = [
  { name: 'unit-note', pattern: new RegExp(`单位\\s*[：:]\\s*(${UNIT_WORD})`), examples: ['本年收费金额（单位：万元） → 万元', '单位：亿元 → 亿元'], counterExamples: ['单位名称'] },
  // (a change's percent column may carry the sign it can take: 比上年增长（±%）)
  { name: 'unit-paren', pattern: new RegExp(`${OPEN}\\s*±?\\s*(${UNIT_WORD})\\s*${CLOSE}\\s*$`), examples: ['金额（万元） → 万元', '增长率(%) → %', '比上年增长（±%） → %', '比上年增减（±%） → %'], counterExamples: ['（一）予以公开'] },
  // a bulletin's header with its percent sign bare after the words (比上年增长%, 结构%, with the sign the
  // change may take: 比上年±%), or after a bracket left open where the header was cut (比重（ %)
  { name: 'unit-after', pattern: new RegExp(`[${HAN_RANGE}]\\s*${OPEN}?\\s*±?\\s*(%|‰)$`), examples: ['比上年增长% → %', '增长% → %', '结构% → %', '比重（ % → %', '比上年±% → %', '同比±% → %'], counterExamples: ['%', '2024年', '±%'] },
  // a table's column of units (指标名称 | 单位 | 2023年 → 粮食总产量 | 万吨 | 8.16): the cell is the unit alone
  { name: 'unit-cell', pattern: new RegExp(`^(${UNIT_WORD})$`), examples: ['万吨 → 万吨', '头 → 头', '亿元 → 亿元'], counterExamples: ['单位', '粮食总产量', '万'] },
  // a header counting in a measure word: 本年制发件数 → 件, 培训人数 → 人, 检查户数 → 户
  { name: 'count-of', pattern: new RegExp(`(${oneOf(['人次', '件', '人', '户', '次', '个', '家', '项', '起', '宗', '名', '条', '场', '所', '处'])})数(?:量)?$`), examples: ['本年制发件数 → 件', '培训人数 → 人', '检查户数 → 户'], counterExamples: ['本年处理决定数量'] },
];

/**
 * A note naming the units of a table's columns in turn (单位：万元，% over 指标 | 2024年 | 比上年增长): group 1
 * is the list, each unit of it its numeric column's, in order.
 */
export const TABLE_NOTE_UNITS = proven(new RegExp(`单位\\s*[：:]\\s*(${UNIT_WORD}(?:\\s*[，,、/]\\s*${UNIT_WORD})+)`), {
  examples: ['单位：万元，% → 万元，%', '（单位：亿元，%） → 亿元，%', '单位：亿元、% → 亿元、%'],
  counterExamples: ['单位：万元', '单位名称'],
});
/** What parts the units of such a note. */
export const NOTE_UNIT_SEPARATOR = proven(/\s*[，,、/]\s*/, { examples: ['万元，%', '亿元、%', '万元 / %'], counterExamples: ['万元'] });

/** The list mark that opens a row header (一、 （三） 1. ), left out of the record's label. */
export const ROW_HEADER_MARK = proven(new RegExp(`^(?:[${ORDINAL_CHARS}]{1,3}[、.．]|[(（][${ORDINAL_CHARS}\\d]{1,3}[)）]|\\d{1,2}[.．、](?!\\d))\\s*`), {
  examples: ['一、本年新收政府信息公开申请数量 → 一、', '（三）不予公开 → （三）', '1.属于国家秘密 → 1.'],
  counterExamples: ['行政许可', '1.5万元'],
});

/**
 * A header that names a total (总计, 合计, 小计), spaces and its list mark aside: its column (or row)
 * is the sum of the cells it closes.
 */
export const TOTAL_HEADER = proven(new RegExp(`^(?:${ROW_HEADER_MARK.source.slice(1)})?(?:总计|合计|小计)$`), {
  examples: ['总计', '（七）总计', '合计'],
  counterExamples: ['本年新收政府信息公开申请数量', '（六）其他处理', '总计划'],
});

/**
 * A row header that opens a breakdown of the row above it (常住人口 | 262.3, 其中：城镇 | 168.4, 乡村 |
 * 93.9, 其中：男性 | 134.3, 女性 | 128.0): the rows from it on are parts of that row, as long as they
 * add up to no more than it. A statistical table marks such a row with # as well (#区级一般公共预算收入,
 * #营利性服务业); the mark is group 1.
 */
export const PARTS_ROW = proven(/^\s*(其中|[#＃])\s*[:：]?/, {
  examples: ['其中：城镇', '其中:18岁以下', '其中 男性', '#区级一般公共预算收入', '＃营利性服务业'],
  counterExamples: ['城镇', '其他', '其他处理'],
});
/** A cell a table leaves without a value (a dash where the row has none: 全市常住人口 | 3365597 | -): no number, and no header either. */
export const NO_VALUE_CELL = proven(/^[-—－]$/, {
  examples: ['-', '—', '－'],
  counterExamples: ['-2.2', '全市常住人口', '--'],
});
