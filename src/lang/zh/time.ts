import { ORDINAL_CHARS } from './numerals.js';
import { proven, type Examples } from './types.js';

/**
 * The time a report's words refer to (gold/GUIDE.md, "period"): the year reported on, an earlier or
 * a later year, a span of years (五年来, “十四五”时期), the next plan period. A document's time frame
 * is opened by its headings and by the opening of a paragraph or a sentence; a figure's own clause
 * may override it (2024年的, 上年, 累计, 年均, 力争, 不超过). Patterns run on the matching view of the
 * text (fullwidth ASCII folded: ， is ',', （ is '(').
 *
 * Each cue says what time it opens, relative to the year reported on (Y) and the year the report was
 * delivered (D: a 政府工作报告 on 2025 is delivered in 2026, and its 今年 is 2026):
 * - `year`: the year its first group captures;
 * - `reported` (Y), `delivered` (D), `before-delivered` (D−1), `next` (the year after Y: a plan with
 *   no year of its own);
 * - `years-back`: the span of N years (N its first group, 五 or 5) ending in Y;
 * - `plan-period`: the five-year plan its first group names (十四五 → 2021–2025);
 * - `next-years`: the N years (its first group) from the year after Y;
 * - `since`: the span from the year its first group captures to Y (2018年以来);
 * - `after-base`: the span from the year after the one its first group captures to Y (较2015年增长26.8%
 *   in a report on 2020: 2016–2020; 较上一年, a year's own change);
 * - `plan-so-far`: the five-year plan that holds Y, from its first year to Y;
 * - `all-years`: every year up to Y, from a first one nothing names (历年累计).
 */
export type TimeRef = 'year' | 'since' | 'after-base' | 'plan-so-far' | 'all-years' | 'reported' | 'delivered' | 'before-delivered' | 'next' | 'years-back' | 'plan-period' | 'next-years';

export interface TimeCue extends Examples {
  time: TimeRef;
  pattern: RegExp;
  /** what the words themselves say of the figures after them: a plan (a target), whatever the year */
  plan?: boolean;
}

/** The five-year plans, by the ordinal of the plan (十四五 = 2021–2025). */
export const PLAN_PERIODS: readonly { name: string; first: number }[] = [
  { name: '十一五', first: 2006 }, { name: '十二五', first: 2011 }, { name: '十三五', first: 2016 },
  { name: '十四五', first: 2021 }, { name: '十五五', first: 2026 }, { name: '十六五', first: 2031 },
];
export const PLAN_YEARS = 5;

/** A plan's name, quoted or not (“十四五”). */
export const PLAN = `[“"]?(${PLAN_PERIODS.map((p) => p.name).join('|')})[”"]?`;
/** The year before the one a text is written in: 过去一年 (the year a review looks back on), 去年. */
export const PAST_YEAR = '过去的?一年';
export const LAST_YEAR = '去年';

/** Numerals that count years in a span (五年来, 3年间). */
export const SPAN_NUMBER = `([两二三四五六七八九十]|\\d{1,2})`;
/**
 * A year, not a date's (2024年3月5日), not a count (全年办理案件2025件), and not the end of a longer
 * number (a chart's number glued to its caption: 12019年-2023年…生产总值, of 图1 2019年-2023年).
 */
const YEAR = '(?<!\\d)((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)';
/** List marks and addresses a paragraph may open with before its words (一是, ——, 各位代表！). */
// (and a news story's lead, where a paper reprints a report: 本报讯（通讯员 赵雪梅） 2025年，…; （通讯员 马力）“十四五”时期，…)
export const OPENING_LEAD = proven(new RegExp(`^(?:各位代表[!！,，:：]?\\s*|[${ORDINAL_CHARS}]+是[,，]?|——|[${ORDINAL_CHARS}]+、|\\([${ORDINAL_CHARS}]+\\)|\\d{1,2}[.、]|(?:本报讯|本网讯)?[(（](?:通讯员|记者)[^()（）]{1,30}[)）]|\\s)*`), {
  examples: ['各位代表！过去一年 → 各位代表！', '一是，全年 → 一是，', '——五年来 → ——', '2025年是极不平凡的一年 → ', '本报讯(通讯员 赵雪梅) 2025年，云龙县 → 本报讯(通讯员 赵雪梅) ', '(通讯员 马力 刘鑫)“十四五”时期 → (通讯员 马力 刘鑫)'],
  counterExamples: ['(一)全年办理案件 → (一)全年'],
});

/**
 * Where a paragraph break was collapsed into the line (a body scraped as one line): a sentence's end
 * and the space or the dash that opened the next paragraph (…全面完成。　　五年来，…; …新跨越。——这五年，…).
 * The match ends where the next paragraph starts.
 */
export const COLLAPSED_PARAGRAPH = proven(/[。！？!?](?:[ \t\u3000\u00a0]+|(?=——))/g, {
  examples: ['各项任务全面完成。　　五年来，我们', '实现争先进位新跨越。——这五年，创新动能', '好于预期。 2025年是'],
  counterExamples: ['全年新增就业52万人。五年来', '地区生产总值增长5.5%，——'],
});

/**
 * Cues in a heading's title, read on the title alone (never on the body that runs on after it). The
 * first cue in the title's reading order decides (2025年主要工作和“十四五”发展成就 is the year's review:
 * the five years open later, with a paragraph). Plan words count only at the title's end, where they
 * name the section (三、2026年重点工作, 下一步工作打算), not as a noun in a result (重点任务全面完成).
 */
export const HEADING_CUES: readonly TimeCue[] = [
  {
    time: 'year',
    pattern: new RegExp(YEAR),
    examples: ['一、2025年工作回顾', '三、2026年重点工作', '一、2025年主要工作和“十四五”发展成就'],
    counterExamples: ['一、主要成效', '2024年3月5日'],
  },
  {
    time: 'plan-period',
    pattern: new RegExp(PLAN),
    examples: ['二、“十五五”时期的主要目标任务', '二、“十四五”时期发展成就和“十五五”时期主要目标任务'],
    counterExamples: ['一、2025年工作回顾'],
  },
  {
    time: 'years-back',
    // (a county's review heading without 过去: 五年工作回顾)
    pattern: new RegExp(`(?:过去|近)${SPAN_NUMBER}年|${SPAN_NUMBER}年来|^${SPAN_NUMBER}年(?:工作)?回顾`),
    examples: ['一、过去五年工作回顾', '五年来的主要成就', '五年工作回顾'],
    counterExamples: ['一年来的工作'],
  },
  {
    // the rest of the year a mid-year summary plans (上半年工作总结和下半年工作打算)
    time: 'reported',
    plan: true,
    pattern: /下半年/,
    examples: ['2024年上半年工作总结和下半年工作打算', '二、下半年工作计划'],
    counterExamples: ['一、上半年工作总结'],
  },
  {
    time: 'next',
    plan: true,
    pattern: /(?:下一步|下步|今后|明年|来年)|(?:工作安排|工作打算|工作计划|工作思路|工作重点|重点工作|重点任务|主要任务|目标任务|主要目标|预期目标|发展目标|工作建议)[)）]?$/,
    examples: ['三、下一步工作计划', '四、2024年工作打算', '主要预期目标', '三、重点任务'],
    counterExamples: ['（三）改革重点任务全面完成', '一、主要成效', '二、存在的问题和不足'],
  },
  {
    time: 'reported',
    // (a summary named before the plan it comes with: 上半年工作总结和下半年工作打算, the two halves' keywords
    // a page prints as a line, 街道 2021 上半年 工作总结 下半年 工作思路)
    pattern: /(?:一年来|过去一年|本年度|工作回顾|工作总结|主要成效|工作成效|主要做法|工作开展情况|工作情况|取得的成效|存在的问题|存在问题|问题和不足)/,
    examples: ['一、主要成效', '一、工作开展情况', '二、存在的问题和不足', '上半年工作总结和下半年工作打算', '街道 2021 上半年 工作总结 下半年 工作思路'],
    counterExamples: ['三、下一步工作计划'],
  },
];

/**
 * Cues a paragraph opens with (after OPENING_LEAD): they hold for it and the paragraphs after it, to
 * the next such paragraph or heading. Only words of time: a noun that happens to stand first (改革重点
 * 任务全面完成, 实施就业见习计划) opens nothing.
 */
export const OPENING_CUES: readonly TimeCue[] = [
  {
    time: 'year',
    pattern: new RegExp(`^(?:在)?(?:刚刚)?过去的${YEAR}`),
    examples: ['刚刚过去的2025年，我们全面贯彻党中央决策部署。', '刚刚过去的2025年，面对外部环境复杂变化。'],
    counterExamples: ['过去的一年，是极不寻常的一年。'],
  },
  {
    // a review opened by its year (a county's work report: 回顾2024年，应变求变破局前行; a province's, in a
    // summary of it: 回顾2023), the 年 left out where the line is a title
    time: 'year',
    pattern: /^回顾((?:19|20)\d{2})(?:\s*年(?!\s*\d{1,2}\s*月)|[^\S\n]*(?:\n|$))/,
    examples: ['回顾2024年，应变求变破局前行', '回顾2023'],
    counterExamples: ['回顾过去的五年，我们在风雨洗礼中奋楫前行。', '回顾一年的工作，我们主要取得了以下成效。', '回顾2023年3月的会议'],
  },
  {
    time: 'since',
    pattern: new RegExp(`^${YEAR}以来`),
    examples: ['2018年以来，全省累计完成投资2.3万亿元。'],
    counterExamples: ['2025年是极不平凡的一年。'],
  },
  {
    // a year the paragraph is about (2025年是…); one that names what a sentence is of (2023年全国经济普查
    // 结果：…) or an adverbial (2024年，…) frames its statement, or its paragraph: SENTENCE_OPENINGS
    time: 'year',
    pattern: new RegExp(`^${YEAR}[,，]?是`),
    examples: ['2025年是极不平凡的一年。', '2026年是“十五五”开局之年。', '2019年，是我县经济社会发展非同寻常的一年、极具挑战的一年。', '2023年，是平阴发展进程中极具考验、极不平凡的一年。'],
    counterExamples: ['全年办理案件2025件。', '2024年3月5日', '2024年，全省接待游客3.2亿人次。', '2023年全国第五次经济普查结果：生产总值296.80亿元。'],
  },
  {
    time: 'plan-period',
    pattern: new RegExp(`^(?:推动|在|整个)?${PLAN}(?:时期|期间|以来|发展|的|是|,|，)`),
    examples: ['“十四五”时期是极不平凡的五年。', '“十五五”时期是基本实现社会主义现代化夯实基础的关键时期。', '“十五五”发展的主要目标是：'],
    counterExamples: ['全面完成“十四五”规划目标任务。'],
  },
  {
    time: 'years-back',
    pattern: new RegExp(`^(?:回顾)?(?:过去的?|近|这|经过)${SPAN_NUMBER}年|^${SPAN_NUMBER}年来`),
    examples: ['五年来，我们有力有效应对世纪疫情冲击。', '这五年，我们锐意改革、矢志创新。', '过去五年，全省经济总量迈上新台阶。', '回顾过去的五年，我们在风雨洗礼中奋楫前行。'],
    counterExamples: ['一年来，我们坚持稳中求进。', '五大行动扎实推进。'],
  },
  {
    time: 'next-years',
    plan: true,
    pattern: new RegExp(`^(?:今后|未来)${SPAN_NUMBER}年`),
    examples: ['今后五年，要锚定基本实现社会主义现代化目标。'],
    counterExamples: ['五年来，我们有力有效应对风险挑战。'],
  },
  {
    time: 'reported',
    pattern: new RegExp(`^(?:${PAST_YEAR}|一年来|本年度|今年以来(?=.{0,40}(?:我局|我们|全局|全区|全县)))`),
    examples: ['过去一年，我们坚决贯彻全面从严治党要求。', '一年来，主要做了以下工作。', '过去的一年，是极不寻常的一年。'],
    counterExamples: ['今年是“十五五”开局之年。'],
  },
  {
    time: 'delivered',
    pattern: /^今年(?!以来)/,
    examples: ['今年是“十五五”开局之年。', '今年经济社会发展主要预期目标是：'],
    counterExamples: ['今年以来，我局坚持依法行政。'],
  },
  {
    time: 'reported',
    plan: true,
    pattern: /^下半年/,
    examples: ['下半年，我局将重点抓好以下工作。'],
    counterExamples: ['上半年，全局共办理案件56件。'],
  },
  {
    time: 'next',
    plan: true,
    pattern: /^(?:下一步|下步|明年|来年|下阶段|下一阶段)/,
    examples: ['下一步，我局将继续深化执法改革。', '明年，我们将重点抓好以下工作。'],
    counterExamples: ['一年来，我们坚持稳中求进。'],
  },
];

/**
 * A sentence or a clause that opens with a time adverbial and a comma (2024年，…; 到2030年，…; “十四五”
 * 期间，…; 报告显示，2023年，…), or with a year naming what it is of: it holds from there to the end of
 * the statement (semicolons read past), or of the paragraph where it opens one.
 */
export const SENTENCE_OPENINGS: readonly TimeCue[] = [
  {
    time: 'since',
    pattern: new RegExp(`^${YEAR}以来\\s*[,，]`),
    examples: ['2018年以来，累计完成投资2.3万亿元。'],
    counterExamples: ['2018年，完成投资2300亿元。'],
  },
  {
    time: 'year',
    pattern: new RegExp(`^(?:到|至|截至|截止)?${YEAR}(?:底|末|全年)?\\s*[,，]`),
    examples: ['2024年，全市接待游客3.2亿人次。', '到2030年，全省常住人口城镇化率达到75%。', '截至2025年底，全省共有高新技术企业4.1万家。'],
    counterExamples: ['2024年全市接待游客3.2亿人次。', '全年办理案件2025件，同比增长5%。'],
  },
  {
    // a year naming what the sentence is of (2023年全国第五次经济普查结果：…), not the fiscal year of a
    // budget or final accounts made public in the year reported on (2023年度部门决算公开11项)
    time: 'year',
    pattern: new RegExp(`^${YEAR}(?!以来|是|[前后底末,，\\s]|度?[^,，;；。、\\d]{0,6}?[预决]算)`),
    examples: ['2023年全国第五次经济普查结果：生产总值296.80亿元，其中：第一产业增加值50.24亿元；第二产业增加值77.58亿元。', '2025年各项目标任务的圆满完成，标志着“十四五”胜利收官。'],
    counterExamples: ['2025年是极不平凡的一年。', '2018年以来，累计完成投资2.3万亿元。', '2024年3月5日', '2030年前碳达峰目标如期实现', '2023年度部门决算公开11项。', '2023年度政府决算公开1项。'],
  },
  {
    time: 'plan-period',
    pattern: new RegExp(`^${PLAN}(?:时期|期间|以来)\\s*[,，]`),
    examples: ['“十四五”期间，累计完成投资2.3万亿元。'],
    counterExamples: ['“十四五”规划圆满收官。'],
  },
  {
    time: 'years-back',
    pattern: new RegExp(`^(?:过去|近|这)?${SPAN_NUMBER}年来?\\s*[,，]`),
    examples: ['五年来，我们聚焦聚力干好四件大事。', '过去五年，全省经济总量迈上新台阶。'],
    counterExamples: ['五年累计使用外资846亿美元。'],
  },
  {
    time: 'delivered',
    pattern: /^今年\s*[,，]/,
    examples: ['今年，全市城镇新增就业28万人以上。'],
    counterExamples: ['今年以来，我局坚持依法行政。'],
  },
  {
    // with or without its comma (去年全国PM2.5平均浓度降到28微克/立方米), but not a comparison (去年同期)
    // nor a span to now (去年以来)
    time: 'before-delivered',
    pattern: new RegExp(`^${LAST_YEAR}(?!同期|以来)`),
    examples: ['去年，全省地区生产总值增长5.5%。', '去年全国PM2.5平均浓度降到28微克/立方米。', '去年依法办结行政复议案件29.3万件'],
    counterExamples: ['今年，全市城镇新增就业28万人以上。', '去年同期为120件。', '去年以来，全省刑事立案同比下降29.2%。'],
  },
];

/**
 * In a figure's own clause: the year the figure is of, written right before it (从2020年的10.5万元提高到
 * 2025年的14万元; 2024年为45件). Not a year a change is measured against (比2024年增长5%), nor the
 * year whose value a multiple is of (完成地区生产总值19.56亿元，是2016年的1.9倍: the multiple is now's).
 */
export const YEAR_OF_FIGURE = proven(new RegExp(`(?<![比较与同是])${YEAR}(?:底|末)?(?:的|为|是|达到?|仅)\\s*(?:\\S{0,2})$`), {
  examples: ['人均地区生产总值从2020年的 → 2020', '提高到2025年的 → 2025', '2024年为 → 2024'],
  counterExamples: ['比2024年增长', '全年办理案件', '社会消费品零售总额是2020年的'],
});

/** A table's header that is a year alone: the cells under it (or beside it) are that year's. */
export const YEAR_HEADER = proven(/^((?:19|20)\d{2})\s*(?:年度?)?(?:底|末)?$/, {
  examples: ['2023年 → 2023', '2024 → 2024', '2023年末 → 2023'],
  counterExamples: ['2023年目标', '本年', '增长%'],
});

/** The words before a multiple of a named earlier year's value (是2016年的1.9倍), the year its group. */
export const MULTIPLE_OF_YEAR = '(?:是|相当于)((?:19|20)\\d{2})年(?:末|底)?的';

/**
 * In a figure's own clause: a span of years it sums or averages over (五年来, 近三年, 五年增长64.1%,
 * “十四五”期间, 2018年以来). `time` says which span.
 */
export const CLAUSE_SPANS: readonly TimeCue[] = [
  {
    time: 'years-back',
    // an average over the span too (four county bulletins on 2021 and 2022: 比上年增长8%，两年平均增长6%)
    pattern: new RegExp(`(?<![\\d.])${SPAN_NUMBER}年(?:来|间|以来|累计|共计?|(?=(?:平均)?(?:增长|提高|增加|提升|减少|下降|降低|翻)))|(?:过去|近)${SPAN_NUMBER}年`),
    examples: ['五年来累计完成投资', '资产总额五年增长', '近三年共办理案件', '两年平均增长6%'],
    counterExamples: ['连续4年获评优秀单位', '累计办理案件', '按2021年平均汇率计算', 'PM2.5年平均浓度'],
  },
  {
    // a bound held over the years up to the one reported on is of all those years (four reports: 连续两年超2000亿元;
    // 增速连续四年超过6%; 比重连续5年超18%; 总产量连续十三年保持在70亿斤以上), not what was won in them
    // (the count of years may take two numerals: 连续十三年)
    time: 'years-back',
    pattern: new RegExp(`连续([两二三四五六七八九十]{1,2}|\\d{1,2})年(?:保持|稳定|维持|稳居)?在?(?:超过?|突破|达到?|高于|不低于)?\\s*$`),
    examples: ['地区生产总值连续两年超', '增速连续四年超过', '总产量连续十三年保持在', '群众安全感连续7年保持'],
    counterExamples: ['连续4年获评优秀单位', '连续两年获得', '连续24个月保持'],
  },
  {
    time: 'plan-period',
    // not the base of a comparison (比“十三五”时期增长71%: the figure is of this plan's years)
    pattern: new RegExp(`(?<![比较与于][“"]?)${PLAN}(?:期间|时期|以来)`),
    examples: ['“十四五”期间累计新增就业', '十四五以来'],
    counterExamples: ['“十五五”规划纲要', '累计使用外资比“十三五”时期增长', '较“十三五”时期分别增长'],
  },
  {
    time: 'since',
    pattern: /((?:19|20)\d{2})年(?:以来|至今)/,
    examples: ['2018年以来累计'],
    counterExamples: ['2018年累计'],
  },
  {
    // a change against a year named as its base runs over the years after it (a city's report on 2020:
    // 较2015年分别增长26.8%、12%; a district's on 2025: 地区生产总值…较2020年增长30%), and so does a
    // multiple of that year's value (two counties' five-year reviews: 完成地区生产总值19.56亿元，是2016年的1.9倍;
    // 全县地方生产总值完成96.4亿元，是2011年的1.37倍)
    time: 'after-base',
    pattern: new RegExp(`[较比]((?:19|20)\\d{2})年(?:末|底)?(?:分别)?(?=增长|提高|增加|提升|减少|下降|降低|翻)|${MULTIPLE_OF_YEAR}\\s*$`),
    examples: ['较2015年分别增长', '较2020年增长', '比2020年末增加', '完成地区生产总值19.56亿元，是2016年的', '全县地方生产总值完成96.4亿元，是2011年的', '分别是2016年的'],
    counterExamples: ['较上年增长', '2015年增长', '比2020年的', '调整为2020年的', '是2016年的1.9倍，年均增速'],
  },
  {
    // over all the years a record was kept (two disclosure reports: 历年累计公开820条; 历年以来主动公开信息数453条)
    time: 'all-years',
    pattern: /历年(?:以来|累计|来)/,
    examples: ['历年累计公开', '历年以来主动公开信息数'],
    counterExamples: ['创历年之最', '与历年相比'],
  },
];

/**
 * 累计 (in total): in a 政府工作报告, which reviews one year inside a five-year plan, a running total
 * since the plan began (累计落地35支国家级大基金, 累计创建6家); in a report on one year's work (a 法治
 * 政府建设 report), the year's total (累计检查企业3299家次), which this cue is not read in. Nor is it
 * after words scoping it to the year (全年累计接种疫苗58.82万剂次; 限上个体全年累计销售额达580万元).
 */
export const RUNNING_TOTAL: TimeCue = {
  time: 'plan-so-far',
  pattern: /(?<!全年|年内|今年|当年|本年|本年度)累计/,
  examples: ['累计落地', '累计推出', '累计创建'],
  counterExamples: ['全年新增', '全年累计接种疫苗', '限上个体全年累计销售额达'],
};
