import type { Examples } from './types.js';
import { ORDINAL_CHARS } from './numerals.js';

/**
 * What a figure is in time and kind (gold/GUIDE.md, "Meaning"): a result of the period reported on,
 * an earlier value given for comparison, a total over several years, an average, a target, or a rule.
 */
export type Status = 'actual' | 'baseline' | 'cumulative' | 'average' | 'target' | 'threshold';
export const STATUSES: readonly Status[] = ['actual', 'baseline', 'cumulative', 'average', 'target', 'threshold'];

/**
 * Words in a figure's own sentence, before it, that decide its status whatever the section says.
 * `examples` are sentences whose first figure takes this status; `counterExamples`, sentences whose
 * first figure does not.
 */
export interface StatusCue extends Examples {
  status: Status;
  /** words found anywhere between the sentence start and the figure */
  words?: readonly string[];
  /** a pattern tested on the text between the sentence start and the figure */
  pattern?: RegExp;
}

/** Numerals that count years in a span (五年来, 3年间). */
const SPAN_NUMBER = '(?<![\\d.])(?:[两二三四五六七八九十]|\\d{1,2})';

/** In order: the first cue that matches decides. */
export const SENTENCE_CUES: readonly StatusCue[] = [
  {
    status: 'average',
    // an average, or an average rate of change (the change of an average, 平均办理时长压缩, is not one)
    words: ['年均', '年平均', '日均', '月均', '周均', '平均每', '平均值', '均值', '平均为', '平均达'],
    examples: ['地区生产总值年均增长5.5%。', '失业率平均值为5.0%。', '日均办理业务300件。'],
    counterExamples: ['平均办理时长压缩87.3%。', '人均地区生产总值达11万元。'],
  },
  {
    status: 'target',
    // 预期 but not 预期寿命 (life expectancy, a measured result); 计划 but not the plan a result is set
    // against (比原计划的340次, 完成年度计划的105%); 将 before a verb of the future, not 将 = 把
    pattern: /预期(?!寿命)|(?<!原)计划(?![的内])|将(?:达到|超过|突破|提高|增加|增长|提升|降低|下降|继续|进一步|全面|加快|持续|着力|大力|重点|新建|建成|完成|实施|推动|推进|开展)/,
    words: ['力争', '争取', '确保', '拟', '控制在'],
    examples: ['力争城镇新增就业110万人以上。', '2026年预期目标：地区生产总值增长5%。', '计划新建学校12所。', '今年将继续新开工改造城镇老旧小区320个。'],
    counterExamples: ['将12家企业列入经营异常名录。', '预计全年接待游客9.6亿人次。', '人均预期寿命提高到80岁。', '检查频次比原计划的340次减少了119次。', '完成年度计划的105%。'],
  },
  {
    status: 'cumulative',
    // a span of years before the figure: 五年来, 近三年, 五年增长64.1%, “十四五”期间
    pattern: new RegExp(`(?:${SPAN_NUMBER}年(?:来|间|以来|累计|共计?|(?=增长|提高|增加|提升|减少|下降|降低|翻))|十[一二三四]五(?:”)?(?:期间|时期|以来))`),
    examples: ['五年来累计完成投资2.3万亿元。', '资产总额五年增长64.1%。', '近三年共办理案件560件。'],
    counterExamples: ['连续4年获评优秀单位。', '累计办理案件56件。'],
  },
  {
    status: 'threshold',
    // a limit or condition stated before the figure (不超过3万元的罚款)
    words: ['不超过', '不高于', '不低于', '不少于', '不得超过', '不得低于', '最高不超过', '上限', '下限', '起点为'],
    examples: ['单笔罚款不超过3万元的案件适用简易程序。'],
    counterExamples: ['罚款3万元。', '不足1%的企业未整改。'],
  },
];

/**
 * After a figure: it qualifies what follows (1万元以内的行政处罚权, 5年以上刑期, 2000万元及以上的企业), a
 * condition, not a result. `examples` are sentences whose first figure this makes a rule.
 */
export const THRESHOLD_AFTER: StatusCue = {
  status: 'threshold',
  pattern: /^(?:及以上|及以下|以上|以下|以内)的/,
  examples: ['下放1万元以内的行政处罚权。', '年主营业务收入2000万元及以上的工业企业。'],
  counterExamples: ['培训执法人员200人以上。', '罚款1万元。'],
};

/**
 * Right before a figure, the standard a change is measured against: 比原需开展的261次行政执法减少了147次
 * (a baseline when a change of the same unit follows). (由…提升为… is a stated change, found with the
 * changes.)
 */
export const BASELINE_COMPARED: StatusCue = {
  status: 'baseline',
  pattern: /(?:比|较|相比)[^,，;；。比较]{0,14}$/,
  examples: ['比原需开展的261次行政执法减少了147次。'],
  counterExamples: ['比上年增长5%。', '同比下降12%。'],
};

/** Right before a figure, an earlier period's value: 上年同期为45件. */
export const BASELINE_EARLIER: StatusCue = {
  status: 'baseline',
  pattern: /(?:上年|去年|上一年度?|上年同期|去年同期)(?:的|为|是|有|共|达)$/,
  examples: ['上年同期为45件，今年为60件。'],
  counterExamples: ['今年为60件。', '比上年增长5%。'],
};

/** A year the figure counts from (2018年以来累计…): a span when it is before the year reported on. */
export const SINCE_YEAR = /(\d{4})年(?:以来|至今)/;

/**
 * Words right before a figure that say it is a level reached, not a quantity added over the span:
 * in a review of several years, 城镇化率提高到76.58% is where the span ended (actual), 建成碧道7960公里
 * is what the span added (cumulative).
 */
export const LEVEL_WORDS: readonly string[] = [
  '达', '达到', '提高到', '提高至', '提升到', '提升至', '增至', '增加到', '升至', '降至', '降到', '减至', '突破', '跃居', '保持在', '有', '覆盖', '为',
];
export const LEVEL_WORDS_EXAMPLES: Examples = {
  examples: ['城镇化率提高到76.58%', '港澳学生达11.6万人', '超过10%的有44种'],
  counterExamples: ['建成碧道7960公里', '新增2个国家级经济技术开发区'],
};

/**
 * Lines that set the status of the figures after them, to the next heading of the same or a higher
 * level: a review of several years, next year's plan, one year's results. Years are compared with the
 * year reported on: `year` says which group of the pattern holds one, and a past or future year turns
 * the cue into `past` or `future`.
 */
export interface ScopeCue extends Examples {
  /** the status it gives; 'by-year' compares the year captured with the year reported on */
  status: Status | 'by-year';
  pattern: RegExp;
}

/** The five-year plans, by the ordinal of the plan (十四五 = 2021–2025). */
export const PLAN_PERIODS: readonly { name: string; first: number }[] = [
  { name: '十一五', first: 2006 }, { name: '十二五', first: 2011 }, { name: '十三五', first: 2016 },
  { name: '十四五', first: 2021 }, { name: '十五五', first: 2026 }, { name: '十六五', first: 2031 },
];

export const SCOPE_CUES: readonly ScopeCue[] = [
  {
    status: 'target',
    pattern: /(?:工作安排|工作打算|工作计划|工作思路|工作重点|重点任务|主要任务|目标任务|主要目标|预期目标|发展目标|下一步|下步|今后|明年|来年)/,
    examples: ['三、2026年工作安排', '下一步工作打算', '主要预期目标'],
    counterExamples: ['一、2025年工作回顾', '二、主要成效'],
  },
  {
    status: 'cumulative',
    pattern: new RegExp(`(?:${SPAN_NUMBER}年来|过去${SPAN_NUMBER}年|经过${SPAN_NUMBER}年|的${SPAN_NUMBER}年|${SPAN_NUMBER}年的发展|近${SPAN_NUMBER}年)`),
    examples: ['各位代表！经过五年接续奋斗，我省“十四五”顺利收官。', '这是经济实力持续提升的五年。', '五年来，我们坚持稳中求进。'],
    counterExamples: ['一年来，我们坚持稳中求进。', '连续5年保持增长。'],
  },
  {
    status: 'actual',
    pattern: /(?:一年来|过去一年|今年以来|本年度|工作回顾|主要成效|工作成效|工作开展情况|取得的成效|存在的问题|存在问题|问题和不足|附件)/,
    examples: ['一年来，我们坚持稳中求进。', '一、主要成效', '附件2'],
    counterExamples: ['下一步工作打算'],
  },
  {
    // a year that opens a title or a paragraph (2025年是…, 2026年工作安排, 2026年省十件民生实事)
    status: 'by-year',
    // not a date (2024年3月5日: a publish date printed under the title)
    pattern: new RegExp(`^[${ORDINAL_CHARS}\\d（(、.．)）\\s]*(\\d{4})年(?!\\s*\\d{1,2}\\s*月)`),
    examples: ['2025年是很不平凡的一年。', '2026年省十件民生实事'],
    counterExamples: ['全年办理案件2025件。', '2024年3月5日'],
  },
];

/** Clause-final particles between a figure and the words that make it a level (达 in 达到了). */
export const LEVEL_PARTICLES = /(?:了|约|近|超过|超|逾|的)*$/;

/**
 * A paragraph's opening, where a cue for what follows stands: its first sentence, to a full stop (an
 * address such as 各位代表！ does not end it), at most this long.
 */
export const OPENING_END = '。';
export const OPENING_MAX = 60;
/**
 * A short line with no prose punctuation, outside the numbered headings (附件1, 2026年省十件民生实事,
 * 主要预期目标): a title whose cue holds for everything after it, to the next such title.
 */
export const TITLE_LINE_MAX = 30;
