import type { Category } from './units.js';
import type { Examples } from './types.js';

/**
 * Canonical indicators, so that figures from different reports share one column. The first entry
 * whose category matches and one of whose keywords occurs in the figure's label (or, failing that,
 * its clause) names it.
 */
export interface IndicatorEntry extends Examples {
  indicator: string;
  categories: readonly Category[];
  keywords: readonly string[];
}

export const INDICATORS: readonly IndicatorEntry[] = [
  { indicator: '罚没金额', categories: ['fine'], keywords: ['罚没'], examples: ['罚没款'] },
  { indicator: '罚款金额', categories: ['fine'], keywords: ['罚款', '处罚', '罚金'], examples: ['罚款'] },
  { indicator: '行政复议案件数', categories: ['case'], keywords: ['复议'] },
  { indicator: '行政诉讼案件数', categories: ['case'], keywords: ['诉讼'] },
  { indicator: '移送公安案件数', categories: ['case', 'person'], keywords: ['移送公安', '移交公安', '移送司法'] },
  { indicator: '举报投诉数', categories: ['case'], keywords: ['举报', '投诉', '信访'] },
  { indicator: '立案数', categories: ['case'], keywords: ['立案'] },
  { indicator: '行政处罚案件数', categories: ['case'], keywords: ['处罚', '查处', '案件'] },
  { indicator: '培训人数', categories: ['person'], keywords: ['培训', '参训'] },
  { indicator: '培训次数', categories: ['count'], keywords: ['培训'] },
  { indicator: '隐患数', categories: ['count'], keywords: ['隐患'] },
  { indicator: '执法检查次数', categories: ['count'], keywords: ['检查', '巡查', '抽查'] },
  { indicator: '执法人员数', categories: ['person'], keywords: ['执法人员', '执法'] },
  { indicator: '演练次数', categories: ['count'], keywords: ['演练', '拉练'] },
  { indicator: '会议次数', categories: ['count'], keywords: ['会议'] },
  { indicator: '规范性文件数', categories: ['count'], keywords: ['规范性文件'] },
  { indicator: '审批事项数', categories: ['count'], keywords: ['审批', '许可'] },
  { indicator: '涉案金额', categories: ['money'], keywords: ['涉案'] },
  { indicator: '同比增长率', categories: ['percent'], keywords: ['同比'] },
];
