import type { Category } from './units.js';
import type { Examples } from './types.js';

/**
 * Canonical indicators, so that figures from different reports share one column (and one row of
 * `govmine panel`). The first entry whose category and unit match a figure, one of whose keywords
 * occurs in the figure's label (or, failing that and unless `labelOnly`, its clause) and none of
 * whose `excludes` occurs there, names it. Specific entries come before general ones (罚没 before
 * 罚款, 人均地区生产总值 before 地区生产总值, a rate before 同比增长率).
 *
 * `examples` are labels the entry must name (under its first category); `counterExamples` labels it
 * must not name under any of its categories.
 */
export interface IndicatorEntry extends Examples {
  indicator: string;
  categories: readonly Category[];
  /** the base units a figure of it is stated in; the first is the panel's unit. A figure in another unit counts something else */
  units: readonly string[];
  keywords: readonly string[];
  /** words that, beside a keyword, name another quantity (人均地区生产总值 is no 地区生产总值) */
  excludes?: readonly string[];
  /**
   * keywords that name no kind of their own (案件): a label holding only these is of the kind its
   * sentence names before it, so the excludes are read in the whole sentence up to the figure
   * (办理复议案件151件，…已办结案件135件 is no penalty case)
   */
  generic?: readonly string[];
  /**
   * keywords that name the indicator loosely (财政收入 for 一般公共预算收入): a figure named so fills the
   * panel's cell only where the report states none under the other keywords
   */
  loose?: readonly string[];
  /** named by the label alone: the clause around such a figure names too much else (社会物流总费用与地区生产总值的比率) */
  labelOnly?: boolean;
  /** words one of which must stand in the label or the sentence up to the figure (规上工业增加值: 规上 or 规模以上) */
  requires?: readonly string[];
  /** a rate of change: a fall is a negative value in the panel (下降0.3% → -0.3) */
  signed?: boolean;
  /** the panel's unit from another unit a figure is stated in (粮食 in 斤 → 吨: × 0.0005) */
  convert?: Readonly<Record<string, number>>;
}

const CASES = ['件', '起', '宗', '个', '次'] as const;
const TIMES = ['次', '场', '轮', '期', '个'] as const;
const PEOPLE = ['人', '名', '人次', '位'] as const;
const ITEMS = ['件', '条', '项', '个', '份'] as const;

export const INDICATORS: readonly IndicatorEntry[] = [
  // 法治政府建设
  { indicator: '罚没金额', categories: ['fine'], units: ['元'], keywords: ['罚没'], examples: ['罚没款'] },
  { indicator: '罚款金额', categories: ['fine'], units: ['元'], keywords: ['罚款', '处罚', '罚金'], examples: ['罚款', '处罚金额'], counterExamples: ['涉案金额', '罚没款'] },
  { indicator: '负责人出庭应诉率', categories: ['percent'], units: ['%'], keywords: ['出庭'], examples: ['行政机关负责人出庭应诉率', '负责人出庭率'], counterExamples: ['行政诉讼案件'] },
  { indicator: '政府信息公开申请数', categories: ['case', 'count'], units: ITEMS, keywords: ['公开申请', '依申请公开', '申请公开'], examples: ['收到政府信息公开申请', '新收政府信息公开申请', '依申请公开'], counterExamples: ['予以公开'] },
  { indicator: '予以公开数', categories: ['case', 'count'], units: ITEMS, keywords: ['予以公开'], examples: ['予以公开'], counterExamples: ['主动公开政府信息'] },
  { indicator: '主动公开信息数', categories: ['count', 'case'], units: ITEMS, keywords: ['主动公开'], examples: ['主动公开政府信息'], counterExamples: ['政府信息公开申请'] },
  { indicator: '行政复议案件数', categories: ['case'], units: CASES, keywords: ['复议'], examples: ['行政复议案件', '收到行政复议申请'], counterExamples: ['行政诉讼案件'] },
  { indicator: '行政诉讼案件数', categories: ['case'], units: CASES, keywords: ['诉讼', '应诉'], examples: ['行政诉讼案件', '行政应诉案件'], counterExamples: ['行政复议案件'] },
  { indicator: '移送公安案件数', categories: ['case', 'person'], units: [...CASES, ...PEOPLE], keywords: ['移送公安', '移交公安', '移送司法'], examples: ['移送公安机关'] },
  { indicator: '举报投诉数', categories: ['case'], units: CASES, keywords: ['举报', '投诉', '信访'], examples: ['受理投诉举报'] },
  { indicator: '立案数', categories: ['case'], units: CASES, keywords: ['立案'], examples: ['立案'] },
  // 案件 alone is a penalty case; cases of another kind are named so (法律援助案件, 政府信息公开案件, 二审行政案件,
  // 复议机关新收案件, 民事案件),
  // and crimes the police solve are no penalty cases (破获刑事案件, 电信网络诈骗案件); 治安案件 are
  { indicator: '行政处罚案件数', categories: ['case'], units: CASES, keywords: ['处罚', '查处', '案件'], generic: ['案件'], excludes: ['法律援助', '信息公开', '一审', '二审', '再审', '刑事', '犯罪', '诈骗', '电诈', '命案', '破获', '复议', '诉讼', '应诉', '民事', '被申请人'], examples: ['行政处罚案件', '查处违法行为', '安全生产违法案件', '查处治安案件'], counterExamples: ['以街道乡镇为被申请人的案件', '罚款', '行政复议案件', '中心办理法律援助案件', '依法办理政府信息公开案件', '市中级法院共受理二审行政案件', '全市公安机关共破获刑事案件', '全国共立电信网络诈骗案件', '破获涉众型经济犯罪案件', '破获电诈案件', '全市行政复议机关新收案件', '复议受理前协商化解案件', '区政府法制办共参加应诉案件', '其中刑事案件362件、民事（行政）案件', '其中刑事案件305宗、民事案件'] },
  { indicator: '培训人数', categories: ['person'], units: PEOPLE, keywords: ['培训', '参训'], examples: ['培训执法人员', '参训人员'], counterExamples: ['执法人员'] },
  { indicator: '培训次数', categories: ['count'], units: TIMES, keywords: ['培训'], examples: ['法治培训'] },
  { indicator: '隐患数', categories: ['count'], units: ['项', '处', '条', '个', '起'], keywords: ['隐患'], examples: ['排查整改隐患'] },
  { indicator: '执法检查次数', categories: ['count'], units: ['次', '家次', '户次', '家', '户', '个'], keywords: ['检查', '巡查', '抽查'], examples: ['检查企业', '开展执法检查'], counterExamples: ['隐患'] },
  { indicator: '执法人员数', categories: ['person'], units: PEOPLE, keywords: ['执法人员', '执法'], examples: ['持证执法人员'] },
  { indicator: '演练次数', categories: ['count'], units: TIMES, keywords: ['演练', '拉练'], examples: ['应急演练'] },
  { indicator: '会议次数', categories: ['count'], units: TIMES, keywords: ['会议'], examples: ['常务会议'] },
  { indicator: '规范性文件数', categories: ['count'], units: ['件', '个', '份', '项', '次'], keywords: ['规范性文件'], examples: ['行政规范性文件'] },
  { indicator: '审批事项数', categories: ['count'], units: ['项', '个', '件'], keywords: ['审批', '许可'], examples: ['行政许可事项'] },
  { indicator: '涉案金额', categories: ['money'], units: ['元'], keywords: ['涉案'], examples: ['涉案金额'], counterExamples: ['罚款'] },
  // 政府工作报告, 统计公报: a level (元, 人) and its growth rate (%) are two indicators
  { indicator: '人均地区生产总值', categories: ['money'], units: ['元'], keywords: ['人均地区生产总值', '人均生产总值', '人均GDP'], examples: ['人均地区生产总值'], counterExamples: ['地区生产总值'] },
  { indicator: '地区生产总值', categories: ['money'], units: ['元'], keywords: ['地区生产总值', '生产总值', 'GDP', '经济总量'], excludes: ['人均', '比重', '占', '单位', '能耗'], labelOnly: true, examples: ['地区生产总值', '全市生产总值'], counterExamples: ['人均地区生产总值'] },
  { indicator: '地区生产总值增长率', categories: ['percent'], units: ['%'], keywords: ['地区生产总值', '生产总值', 'GDP'], excludes: ['人均', '比率', '比重', '比例', '占', '单位', '能耗'], labelOnly: true, signed: true, examples: ['地区生产总值', '全省地区生产总值'], counterExamples: ['人均地区生产总值', '比率', '地区生产总值的比率', '单位地区生产总值能耗', '研发经费支出相当于全市生产总值的比例'] },
  { indicator: '一般公共预算收入', categories: ['money'], units: ['元'], keywords: ['一般公共预算收入', '公共财政预算收入', '财政收入'], loose: ['财政收入'], labelOnly: true, examples: ['地方一般公共预算收入', '财政收入', '地方财政收入'], counterExamples: ['一般公共预算支出', '财政总收入'] },
  { indicator: '一般公共预算收入增长率', categories: ['percent'], units: ['%'], keywords: ['一般公共预算收入', '公共财政预算收入', '财政收入'], loose: ['财政收入'], excludes: ['占', '比重'], labelOnly: true, signed: true, examples: ['地方一般公共预算收入'], counterExamples: ['一般公共预算支出', '财政总收入'] },
  { indicator: '一般公共预算支出', categories: ['money'], units: ['元'], keywords: ['一般公共预算支出', '公共财政预算支出'], labelOnly: true, examples: ['一般公共预算支出'], counterExamples: ['地方一般公共预算收入'] },
  { indicator: '城镇新增就业', categories: ['person'], units: ['人'], keywords: ['新增就业'], labelOnly: true, examples: ['城镇新增就业'], counterExamples: ['就业见习岗位'] },
  // the registered rate (城镇登记失业率) is another measure than the surveyed one
  { indicator: '城镇调查失业率', categories: ['percent'], units: ['%'], keywords: ['调查失业率', '失业率'], excludes: ['登记'], labelOnly: true, examples: ['城镇调查失业率', '调查失业率平均值'], counterExamples: ['城镇新增就业', '城镇登记失业率'] },
  { indicator: '居民人均可支配收入', categories: ['money'], units: ['元'], keywords: ['可支配收入'], excludes: ['农村', '城镇'], labelOnly: true, examples: ['居民人均可支配收入', '可支配收入'], counterExamples: ['农村居民人均可支配收入', '城镇居民人均可支配收入', '城镇人均可支配收入'] },
  { indicator: '居民人均可支配收入增长率', categories: ['percent'], units: ['%'], keywords: ['可支配收入'], excludes: ['农村', '城镇'], labelOnly: true, signed: true, examples: ['居民人均可支配收入'], counterExamples: ['农村居民人均可支配收入', '城镇常住居民人均可支配收入'] },
  { indicator: '社会消费品零售总额', categories: ['money'], units: ['元'], keywords: ['社会消费品零售总额', '社零总额'], labelOnly: true, examples: ['社会消费品零售总额'] },
  { indicator: '社会消费品零售总额增长率', categories: ['percent'], units: ['%'], keywords: ['社会消费品零售总额', '社零总额'], excludes: ['占', '比重'], labelOnly: true, signed: true, examples: ['社会消费品零售总额', '全省社会消费品零售总额'], counterExamples: ['网上零售额'] },
  { indicator: '规模以上工业增加值增长率', categories: ['percent'], units: ['%'], keywords: ['工业增加值', '增加值'], requires: ['规上工业', '规模以上工业', '规模工业'], excludes: ['占', '比重', '高技术', '装备制造', '战略性新兴', '制造业增加值', '服务业'], signed: true, examples: ['规上工业增加值', '规模以上工业增加值', '规模工业增加值'], counterExamples: ['全部工业增加值'] },
  { indicator: '固定资产投资增长率', categories: ['percent'], units: ['%'], keywords: ['固定资产投资'], excludes: ['民间', '工业投资', '制造业', '基础设施', '房地产', '交通', '水利', '能源', '占', '比重'], signed: true, examples: ['固定资产投资', '全省固定资产投资'], counterExamples: ['民间固定资产投资', '完成交通固定资产投资'] },
  { indicator: '居民消费价格涨幅', categories: ['percent'], units: ['%'], keywords: ['居民消费价格', 'CPI'], signed: true, examples: ['居民消费价格', '居民消费价格涨幅'], counterExamples: ['工业生产者出厂价格'] },
  { indicator: '粮食产量', categories: ['count'], units: ['吨', '斤', '公斤'], keywords: ['粮食'], excludes: ['储备', '生产能力', '增产', '减产'], convert: { 斤: 0.0005, 公斤: 0.001 }, examples: ['粮食产量', '粮食总产量'], counterExamples: ['粮食储备', '粮食增产'] },
  { indicator: '进出口总额', categories: ['money'], units: ['元'], keywords: ['货物进出口总额', '货物进出口', '进出口总额', '进出口总值', '进出口'], excludes: ['服务贸易', '跨境电商', '占', '比重'], examples: ['货物进出口总额', '外贸进出口', '进出口总值'], counterExamples: ['服务贸易进出口'] },
  { indicator: '同比增长率', categories: ['percent'], units: ['%'], keywords: ['同比'], examples: ['同比'] },
];

/** The entry of a canonical indicator, by name. */
export const INDICATOR_BY_NAME: ReadonlyMap<string, IndicatorEntry> = new Map(INDICATORS.map((e) => [e.indicator, e]));

/**
 * Words before an indicator's name that keep it the reporting body's own figure (全省地区生产总值,
 * 全市生产总值, 全体居民人均可支配收入: all residents, as against 城镇居民); any other words make it another body's or a part's (海洋生产总值, 大湾区经济总量,
 * 城市副中心和平原新城地区生产总值), which the panel counts only where the report names no plain one.
 * Examples are labels that open with such words.
 */
export const OWN_WHOLE_PREFIXES: Examples & { words: readonly string[] } = {
  words: ['全省', '全市', '全区', '全县', '全州', '全盟', '全旗', '我省', '我市', '我区', '本省', '本市', '全自治区', '全年', '全体'],
  examples: ['全省地区生产总值', '全市生产总值', '全体居民人均可支配收入'],
  counterExamples: ['海洋生产总值', '大湾区经济总量', '城市副中心和平原新城地区生产总值'],
};
