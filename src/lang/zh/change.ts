import { proven, type Examples } from './types.js';
import { ORDINAL_CHARS } from './numerals.js';

/** Words that say a figure is a change, and which way. */
export interface ChangeWord extends Examples {
  word: string;
  direction: 'up' | 'down';
}

export const CHANGE_WORDS: readonly ChangeWord[] = [
  // (增收, 减支: a budget's revenue or spending up or down by an amount, 比上年增收1284万元; 增产, 减产: a
  // harvest's, 粮食产量26.92亿斤，增产0.94亿斤; 跃升, a leap: 由2010年的77亿元跃升到2015年的161.1亿元, 是2020年的1.4倍、跃升至1851.7亿元)
  ...['增长', '上升', '提高', '提升', '增加', '扩大', '上涨', '增至', '攀升', '多', '翻', '增收', '增支', '增产', '跃升'].map((word) => ({ word, direction: 'up' as const })),
  ...['下降', '减少', '降低', '压降', '压减', '削减', '压缩', '缩小', '收窄', '下滑', '回落', '降至', '降到', '减至', '缩减', '少', '减收', '减支', '减产'].map((word) => ({ word, direction: 'down' as const })),
];

/**
 * Words of a net change that state a change only right after a comparison (比上年新增1547人, 较上年净增
 * 7756元): alone they count what is new (新增就业1.2万人). (净增加, 净减少 hold change words already.)
 */
export const COMPARED_CHANGE_WORDS: readonly ChangeWord[] = [
  ...['新增', '净增'].map((word) => ({ word, direction: 'up' as const })),
  { word: '净减', direction: 'down' as const },
];

/** Particles that may stand between a change word and its figure (增长了, 下降达, 提升为): all of what stands there. */
export const CHANGE_PARTICLES = proven(/^(?:[(（][^()（）]{1,8}[)）])?\s*(?:了|达|为|至|到|约|近|超过|超)*\s*$/, {
  // a note on the words between (同比增长（下同）6.5%, 同比增长（以下简称增长）7%: a district's and a county's reports),
  // or space, as the matching view reads the call of a note (增长[3]3.1%: a city's bulletin)
  examples: ['了', '约', '了约', '（下同）', '(以下简称增长)', '   '],
  counterExamples: ['的比例', '5%，群众满意率由'],
});
/** A change word that ends in one of these names the level reached (提高到90%), not the rate: read on its last character and the particles after it. */
export const LEVEL_MARKERS = proven(/[至到为]/, {
  examples: ['为', '至', '到'],
  counterExamples: ['长了', '少了', '长约'],
});

/**
 * A change from one stated value to another: 由1575项提升为2455项, 从9万元提高到11万元, 由37个调整至40个,
 * 从2020年的3.68万亿元增长到2025年的4.93万亿元 (the year of each end written before it).
 */
export const CHANGE_FROM = proven(/(?:由|从)[^,，;；。]{0,12}$/, {
  examples: ['6.32%;隐患查出数量由去年同期的', '兴产业产值占规上工业比重由', '人均地区生产总值从2020年的'],
  counterExamples: ['由去年同期的0.73上升为1.34,同比上升', '全年共办理案件'],
});
export const CHANGE_TO = proven(/^[^,，;；。]{0,10}?(?:为|至|到)(?:\d{4}年(?:底|末)?的?)?[^,，;；。]{0,3}$/, {
  examples: ['提升为', '提高到', '调整至', '增长到2025年的', '提高到2025年底的'],
  counterExamples: ['，提高到', '增长了'],
});

/** A change stated in this unit is a rate too (增长1.5倍). */
export const TIMES_UNIT = '倍';

/** The earlier time a comparison or a change is reckoned from (比2022年, 较“十三五”时期, 从“十三五”末的). */
export const EARLIER = `\\d{4}年(?:同期|底|末|初)?|去年|上年末|上年|前年|上月|同期|年初|年底|年末|上半年|前三季度|前期|十[${ORDINAL_CHARS}]五(?:末|时期|期间)?`;

/**
 * In the clause before the change word of a change by an amount, the comparison that makes it a
 * difference from an earlier value (比上年末增加7.2万人, 较上年减少14起, 同比增加, 环比), not a quantity
 * acted on (改造提升24个). Examples are such clauses (whole sentences: test/spec/differences.json).
 */
export const COMPARED_WITH = proven(/[比较]/, {
  examples: ['比原需开展的261次行政执法', '新能源和清洁能源装机同比', '优良天数比2020年'],
  counterExamples: ['新建和加密建设、改造', '新建'],
});
/**
 * A clause before a difference's change word that holds only the comparison, naming nothing: the
 * difference follows its level (桔果面积88061亩，增加5289亩; 城镇户籍人口255423人，比上年末增加23691人) and
 * changes that figure; it is no part of a whole (two bulletins of 2021 and 2023, a district's and a
 * county's of other years). One naming what changed (对个人行政处罚案件同比增长2件) can be one.
 */
export const COMPARISON_ONLY = proven(new RegExp(`^\\s*(?:(?:比|较|与)(?:${EARLIER})+(?:相比)?|同比|环比)?\\s*$`), {
  examples: ['', '比上年末', '较上年', '同比', '比2020年', '比上年同期', '与上年相比'],
  counterExamples: ['对个人行政处罚案件同比', '优良天数比2020年', '比原需开展的261次行政执法'],
});
