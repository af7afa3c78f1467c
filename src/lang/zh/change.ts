import type { Examples } from './types.js';

/** Words that say a figure is a change, and which way. */
export interface ChangeWord extends Examples {
  word: string;
  direction: 'up' | 'down';
}

export const CHANGE_WORDS: readonly ChangeWord[] = [
  ...['增长', '上升', '提高', '提升', '增加', '扩大', '上涨', '增至', '攀升', '多', '翻'].map((word) => ({ word, direction: 'up' as const })),
  ...['下降', '减少', '降低', '压降', '压减', '削减', '压缩', '缩小', '下滑', '回落', '降至', '减至', '缩减', '少'].map((word) => ({ word, direction: 'down' as const })),
];

/** Particles that may stand between a change word and its figure (增长了, 下降达, 提升为). */
export const CHANGE_PARTICLES = /^(?:了|达|为|至|到|约|近|超过|超)*$/;
/** A change word that ends in one of these names the level reached (提高到90%), not the rate. */
export const LEVEL_MARKERS = /[至到为]/;

/**
 * A change from one stated value to another: 由1575项提升为2455项, 从9万元提高到11万元, 由37个调整至40个,
 * 从2020年的3.68万亿元增长到2025年的4.93万亿元 (the year of each end written before it).
 */
export const CHANGE_FROM = /(?:由|从)[^,，;；。]{0,12}$/;
export const CHANGE_TO = /^[^,，;；。]{0,10}?(?:为|至|到)(?:\d{4}年(?:底|末)?的?)?[^,，;；。]{0,3}$/;
export const CHANGE_TO_EXAMPLES: Examples = {
  examples: ['提升为', '提高到', '调整至', '增长到2025年的', '提高到2025年底的'],
  counterExamples: ['，提高到', '增长了'],
};

/** A change stated in this unit is a rate too (增长1.5倍). */
export const TIMES_UNIT = '倍';

/**
 * In the clause before the change word of a change by an amount, the comparison that makes it a
 * difference from an earlier value (比上年末增加7.2万人, 较上年减少14起, 同比增加, 环比), not a quantity
 * acted on (改造提升24个).
 */
export const COMPARED_WITH = /[比较]/;
/** `examples` end with a figure that states a difference, `counterExamples` with one that does not. */
export const COMPARED_WITH_EXAMPLES = {
  examples: ['比原需开展的261次行政执法减少了147次', '新能源和清洁能源装机同比增加1829万千瓦', '民用轿车保有量186.5万辆，增加9.7万辆'],
  counterExamples: ['新建和加密建设、改造提升24个高速公路服务区', '新建提升310公里农村公路'],
};
