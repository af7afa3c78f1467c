import { oneOf } from '../build.js';
import { SETTINGS } from './settings.js';
import { PART_OF_YEAR } from './labels.js';
import { proven, type Examples } from './types.js';

/** How much of the noun of a whole's figure may stand between it and the words opening its parts (案件，其中): a quantifier. */
const NOUN = `{0,${SETTINGS.PARTS_OPENING_MAX.value}}?`;

/**
 * Words that open a sentence breaking the figure before down by a dimension, as a statistical bulletin
 * does: 分产业看，第一产业增加值…; 按产业分，…; 按经营地分，城镇消费品零售额…. The parts follow as
 * 其中's do. Examples are such openings, with the punctuation after them.
 */
export const BREAKDOWN_OPENING = proven(/(?:分|按|从)(?![全总整严快别])[^\s,，。；;:：、\d]{1,6}?(?:来看|看|划分|分)(?=[,，:：])/, {
  examples: ['分产业看，', '按产业分，', '分行业看，', '从性别看，', '按登记注册类型分：', '分城乡看，'],
  counterExamples: ['从全年看，', '按可比价格计算，', '分别为', '从严从快，'],
});
/** A clause saying what was done with all of a whole (申请15件，均按时答复，其中…): its parts may follow it. */
const ALL_OF_IT = '[,，]?均[^,，;；。！？!?、\\d]{1,12}?';
/**
 * After a whole and the noun it counts, the words that open its parts: 2037.7万户，其中企业929.8万户;
 * 27项(包含行政许可事项10项…). Examples are what follows a whole's figure (sentences of wholes and
 * parts: test/spec/parts.json).
 */
export const PARTS_AFTER_WHOLE = proven(new RegExp(`^[^,，;；。！？!?、\\d]${NOUN}(?:${ALL_OF_IT})?[\\s(（:：,，]*(?:其中|(?:具体|主要)?(?:包含|包括)|含有|含)`), {
  examples: ['(包含行政许可事项10项,', '，其中企业929.8万户', '，其中制造业外资占比', '，均按时答复，其中依法延期1件', '申请均在法定期限内予以答复，其中予以公开',
    // (a street's disclosure report: 发布政府信息118条，具体包括：政府信息公开制度1条、…; a district bureau's: 43条，主要包括部门信息34条)
    '条，具体包括：政府信息公开制度1条', '条，主要包括部门信息34条'],
  counterExamples: ['，办结17件', '，群众满意率由88.6%', '，均按时答复，办结17件，其中'],
});
/**
 * After a whole and the noun it counts, words that open a list of its parts without calling them
 * parts: a colon (办结申请90件：予以公开50件、不予公开6件), 分别为 after a total (共有12家，分别为A类
 * 7家、B类5家). The figures listed are its parts only where they add up to no more than it.
 */
export const PARTS_LISTED_AFTER_WHOLE = proven(new RegExp(`^[^,，;；。！？!?、\\d(（《“]${NOUN}(?:[,，]\\s*分别(?:为|是)|[:：])`), {
  examples: ['：予以公开50件、部分公开18件', '，分别为市级3家、县级9家'],
  counterExamples: ['，办结17件', '和死亡人数分别下降25%'],
});
/**
 * After a whole, words that end its paragraph and open a list of its parts in the paragraphs below
 * (主动公开和转载各类信息4611条。具体为：⏎1.…; 主动公开政府信息共计102条，主要包括：⏎基础信息公开（26条）：…).
 * Examples follow a whole's figure.
 */
export const PARTS_IN_PARAGRAPHS_BELOW = proven(new RegExp(`^[^,，;；。！？!?、\\d]${NOUN}[。，,]?\\s*(?:具体(?:为|是|如下)|主要(?:包括|有)|包括)[:：][ \\t\\u3000]*\\n`), {
  examples: ['条。具体为：\n', '条，主要包括：\n', '件，具体如下：\n'],
  counterExamples: ['件，其中：\n', '条，包括：政府领导、机构设置信息14条', '件。主要做法如下：\n'],
});
/**
 * The words opening the clause right after a whole that say its figure is the part of it done so far
 * (行政应诉案件18件，已结案件11件; 共收到市民来信276件，已办结276件): the whole's part, no larger. Examples
 * are what follows a whole's figure.
 */
export const DONE_AFTER_WHOLE = proven(new RegExp(`^[^,，;；。！？!?、\\d(（《“]${NOUN}[,，]\\s*(?:(?:已经|已|均已)[^,，;；。\\d]{1,8}|整改完成|完成整改)$`), {
  // (of problems found, those put right: 摸排发现涉执行问题46个，整改完成42个; 累计排查重大事故隐患200处，完成整改198处)
  examples: ['，已结案件', '，已办结', '件，已处理完毕', '个，整改完成', '处，完成整改'],
  counterExamples: ['，办结', '，其中已办结', '。已办结', '个，完成改造'],
});
/**
 * Right after the words that open a whole's parts, a comma or colon (其中，A…；B…, ：A…；B…): the parts
 * are clauses, and the list runs on past a semicolon to clauses of the same form.
 */
export const PARTS_AS_CLAUSES = proven(/^\s*[,，:：]/, {
  examples: ['，总公司38万元，分支机构120万元', '，第一产业增加值486.3亿元，增长3.1%；第二产业增加值4,752.9亿元'],
  counterExamples: ['制造业中长期贷款新增1124亿元，无还本续贷新增5982亿元', '预期性指标19项、约束性指标9项'],
});
/** A whole named as the set the next figures are taken from: 104种工业产品中，…有44种 (examples follow its figure). */
export const PARTS_OF_SET = proven(/^[^,，;；。！？!?、\d]{0,10}中[,，:：]/, {
  examples: ['种工业产品中，我省在全国占比超过10%', '家企业中，'],
  counterExamples: ['种工业产品产量增长', '家企业，其中'],
});
/**
 * Words naming the kinds or contents of what the sentence before counted, then a colon, the list in the
 * same paragraph: 公开政务信息1165条。全年主动公开政府信息的内容有：政策解读信息4条；…; 累计完成7260万元，…。
 * 具体支撑为：…项目285万元，…. Examples open such a sentence.
 */
const KINDS_LISTED = proven(/[^，。；,;：:\d\n]{0,16}?(?:内容|类别|类型|种类|支撑|构成)[^，。；,;：:\d\n]{0,4}?(?:有|为|包括|如下|是)[：:](?=[^\n])/, {
  examples: ['全年主动公开政府信息的内容有：政策解读信息4条', '具体支撑为：汤沟镇先进村党群服务中心', '具体类别如下：基层政务公开信息201条', '主要类别包括：工作动态类信息144条'],
  counterExamples: ['现将2021年重点工作完成情况汇报如下：\n', '主要经济作物播种面积为：油料13.97万亩', '主要农产品产量如下：\n', '具体类别如下：\n'],
});
/** A sentence that opens with the parts of the last figure before it: 合计罚款158万元。其中，总公司38万元; …增长5.2%。按产业分，第一产业… */
export const PARTS_OPENING_WORDS = proven(new RegExp(`其中|${BREAKDOWN_OPENING.source}|${KINDS_LISTED.source}`), {
  examples: ['。其中，总公司38万元', '增长5.2%。按产业分，第一产业', '。具体类别如下：基层政务公开信息201条'],
  counterExamples: ['其他', '从全年看，'],
});
/**
 * A sentence opening on the set its figures are drawn from (税收收入中，国内增值税33223.3亿元…): group 1,
 * the set, with 的 in it where written (在主动公开的信息中). Its figures are parts of the figure before
 * that the set names, or of the figure right before where they add up to it exactly. Examples are
 * sentence openings.
 */
export const SUBSET_OPENING = proven(/^\s*(?:在|所有|全部)?([^\s,，。；;:：、\d“”"]{2,16}?)中[，,:：]/, {
  examples: ['税收收入中，国内增值税33223.3亿元', '第三产业中，金融业增加值5.1亿元', '在主动公开的信息中,政策法规类的信息4条', '所有答复件中，予以公开及部分公开的42件',
    // a colon after the set too (two counties' bulletins)
    '农林牧渔及服务业现价总产值中：农业产值45.88亿元', '在第三产业中：交通运输、仓储和邮政业完成增加值1.27亿元'],
  counterExamples: ['其中，总公司38万元', '从全年看，', '按产业分，第一产业'],
});
/**
 * A statement opening on a breakdown by a dimension (分产业看，第一产业增加值…): its figures are parts of
 * the figure before that they add up to exactly, though a figure of the same count may stand between
 * (地区生产总值…。…人均地区生产总值133421元…。分产业看，…). Examples are statement openings.
 */
export const BREAKDOWN_STATEMENT = proven(new RegExp(`^\\s*(?:${BREAKDOWN_OPENING.source})`), {
  examples: ['分产业看，第一产业增加值8.43亿元', '按产业分，第一产业增加值28.9亿元', '\n分产业看，第一产业增加值8.18亿元'],
  counterExamples: ['其中，第一产业增加值', '全年分产业看，', '从全年看，'],
});
/**
 * A breakdown by a dimension opening a clause after a whole and the rate it changed by, the first figure
 * in that clause (地区生产总值全年完成116.5亿元，…增长4.6%，分产业看，第一产业完成13.3亿元: a county's bulletin of
 * 2017, another's of 2023). Examples are the words between the figure before and the first part.
 */
export const BREAKDOWN_CLAUSE = proven(new RegExp(`[,，]\\s*(?:${BREAKDOWN_OPENING.source})[,，:：][^,，;；。]*$`), {
  examples: ['%，分产业看，第一产业完成', '%，分产业看：第一产业增加值'],
  counterExamples: ['%，分别为', '%，按可比价格计算，第一产业', '分产业看，第一产业增加值'],
});
export const PARTS_OPENING = proven(new RegExp(`^\\s*(?:${PARTS_OPENING_WORDS.source})`), {
  examples: ['其中，总公司38万元', '其中，稻谷种植', '按产业分，第一产业增加值28.9亿元', '分行业看，农业产值13.34亿元', '全年主动公开政府信息的内容有：政策解读信息4条'],
  counterExamples: ['常住人口城镇化率', '其他', '从全年看，', '现将情况汇报如下：\n'],
});
/**
 * Words before a whole that say it is a total: 合计, 共计, 总计 say the parts listed are all of it (they
 * must add up); 共, 累计 … only that it is the whole (its parts may be some of it, and must not
 * exceed it together).
 */
export const SUM_WORDS: readonly string[] = ['合计', '共计', '总计', '总共'];
export const TOTAL_WORDS: readonly string[] = [...SUM_WORDS, '共有', '共', '累计', '总数', '总量', '总额'];
/** A clause that is only a word of summing (…，共计23个): the figure after it totals the figures before it. Examples are such clauses. */
export const SUM_CLAUSE = proven(new RegExp(`^(?:${oneOf(SUM_WORDS)})(?:为|达|有)?$`), {
  examples: ['共计', '合计为'],
  counterExamples: ['共计培训', '累计'],
});
/** Words that hold a total word without meaning a total (公共服务, 共同, 共享 …): read past. */
export const NOT_TOTAL = proven(/公共|共同|共享|共建|共治|共商|共赢|共性|共识/g, {
  examples: ['8个公共服务事项', '多部门共同参与事故调查'],
  counterExamples: ['共办理案件', '共计罚款'],
});
/** The word that says a list is not complete (A、B等). */
export const ETC = '等';
/** A list that says it is not complete: 等, 等等 after the last part. */
export const OPEN_LIST = proven(new RegExp(`^[^,，;；。！？!?]{0,6}?${ETC}`), {
  examples: ['等', '等法律法规', '》等'],
  counterExamples: ['，撤销2件等', '已全面普及'],
});

/** Before a rate: it is measured at constant prices, and is never checked against nominal values. */
export const REAL_RATE = proven(/(?:实际|可比价|不变价|扣除价格因素)/, {
  examples: ['居民人均可支配收入实际增长', '按可比价格计算，增长'],
  counterExamples: ['居民人均可支配收入增长', '一般公共预算收入增长'],
});
/** Right before a percentage: it is the share of the figure before it in that figure's whole (其中简易程序案件90件，占60%). */
export const SHARE_BEFORE = proven(/^\s*占(?:比|比例|比重)?(?:为|达|约)?$/, {
  examples: ['占', '占比达', '占比'],
  counterExamples: ['占全国', '绿色电力占比达'],
});
/**
 * Right after a figure, its share of the whole (…会议公开2条，占比0.5%；政策文件22条，占比6.3%): parts listed in
 * clauses that each give their share list on, whatever their words end in (a county bureau's and a city's
 * disclosure reports: …主要包括会议公开2条，占比0.5%；政策文件22条…; 其中“予以公开”3件，占已答复件数的5.1%；“部分公开”36件).
 */
export const SHARE_AFTER = proven(/^[,，]\s*占(?!地)[^,，;；。\d]{0,12}?\d/, {
  examples: ['，占比0.5%', '，占已答复件数的5.1%', '，占74%'],
  counterExamples: ['，增长5%', '，占地120亩', '；占比0.5%'],
});
/** After a count and its noun, a list of what it counts opens: 建成3个中心(A中心、B中心、C中心), 出台4项制度：… */
export const ITEMS_OPEN = proven(/^[^,，;；。！？!?(（:：《\d]{0,12}?[(（:：]/, {
  examples: ['项任务举措：一是坚守职责使命', '(包含行政许可事项10项'],
  counterExamples: ['项任务举措，一是', '2个抓手：'],
});
/** The characters that open such a list, a run of titles included. */
export const ITEMS_OPENERS = '(（:：《';
/** Where such a list ends. */
export const ITEMS_CLOSE = proven(/[)）。;；\n]/, {
  examples: ['公共服务事项17项)', '不予公开6件。'],
  counterExamples: ['予以公开50件、部分公开18件'],
});
/** An item holding a comma is a clause, not a name: the list is prose. */
export const ITEM_IS_CLAUSE = proven(/[,，]/, {
  examples: ['一是坚守职责使命，全力服务'],
  counterExamples: ['行政许可事项'],
});
/** Between a count's noun and a run of titles, nothing that ends the phrase. */
export const TITLES_BREAK = proven(/[,，;；。、\d]/, {
  examples: ['规范性文件，', '件、'],
  counterExamples: ['规范性文件'],
});
/** A list that opens with these words names parts, not the items counted (含A、B). */
export const ITEMS_NOT_ALL = proven(/^(?:其中|包括|包含|含|如|例如|主要有|主要是|涉及|覆盖|分别|分布|即)/, {
  examples: ['包含行政许可事项10项', '其中市级3家'],
  counterExamples: ['一是坚守职责使命', '市级3家、县级9家'],
});
/** A list of titles right after the count (2个规范性文件《…》《…》): each title is an item. */
export const TITLE_OPEN = '《';
export const TITLE_CLOSE = '》';
/** A span of years stated in a sentence: 五年, 3年, “十四五”. `examples` hold a span each. */
export const SPAN_YEARS = proven(/(?<![\d.])([两二三四五六七八九十]|\d{1,2})年(?!级|度|底|初|末)/, {
  examples: ['五年来 → 五', '近3年年均增速 → 3'],
  counterExamples: ['2025年', '2023年度', '五年级'],
});
/** A range of years stated in a sentence: 2020年到2025年, 2021—2025年. */
export const YEAR_RANGE = proven(/(\d{4})年?\s*(?:[-—–~～至到]|年到)\s*(\d{4})年/, {
  examples: ['《法治政府建设实施纲要(2021—2025年)》 → 2021', '从2020年到2025年 → 2020'],
  counterExamples: ['2025年', '2021年至今'],
});

/** An average per head, household or unit (人均, 户均): no part of an amount, unless its whole is one too. */
export const PER_HEAD = proven(/(?:人均|户均|村均|亩均)/, {
  examples: ['农民人均收入4.7万元', '户均存款28.4万元', '城乡居民人均可支配收入突破4万元'],
  counterExamples: ['农户存款35.7亿元', '每个季度进行一次'],
});
/**
 * Words before a whole that make it a per-head or average figure, or an index: its 其中 lists groups' own
 * averages (全体居民人均可支配收入52836元，其中城镇居民61208元), or their own indices (a table of 居民消费价格
 * 指数: 食品烟酒 101.8 / #粮食 105.2 / 鲜菜 92.9), which are no parts.
 */
export const NOT_ADDITIVE = proven(new RegExp(`${PER_HEAD.source}|平均|均价|每|指数`), {
  examples: ['全体居民人均可支配收入52836元', '每季度组织', '食品烟酒 / 指数'],
  counterExamples: ['居民可支配收入', '全年办结'],
});
/**
 * Classes a bulletin breaks down (`words`), and what it lists beside them that is none of their members
 * (`outside`): a figure naming such a thing, and not the class, is no part of a figure naming the class,
 * however alike their words (全年粮食产量90.5万吨，其中，早稻产量35.5万吨…；全年蔬菜产量68.1万吨; 粮食总产量
 * 16.11万吨，其中，稻谷产量14.88万吨；烤烟产量6887吨; 粮食播种面积…。其中，小麦…；油料种植面积…). Grain
 * is cereals, beans and tubers, in the statistics' own definition.
 */
export const OUTSIDE_CLASS: ReadonlyArray<{ words: readonly string[]; outside: RegExp } & Examples> = [
  {
    words: ['粮食'],
    outside: /蔬菜|食用菌|油料|油菜|花生|烟叶|烤烟|棉花|水果|瓜果|茶叶|茶园|药材|甘蔗|花卉|肉类|禽蛋|奶类|牛奶|水产品|木材/,
    examples: ['全年蔬菜产量', '油料产量', '全年肉类总产量', '烤烟产量', '烟叶种植面积', '蔬菜及食用菌种植面积'],
    counterExamples: ['早稻产量', '双季晚稻产量', '小麦播种面积', '玉米播种面积', '薯类', '夏粮'],
  },
];
/**
 * The events a population counts over its year (births, deaths, their difference): a figure naming one is
 * no part of a population (`POPULATION`) that names another or none, however its text lists it (户籍人口
 * 586.7万人。其中，出生人口3.7万人…；死亡人口3.0万人; 户籍人口71.09万人…；出生人口4999人…死亡人口5925人; 出生人口
 * 2.79万人…；死亡人口2.55万人…；自然增加人口0.24万人), only of one counting the same event (出生登记人口9652人…
 * 本年度出生7102人).
 */
export const POPULATION_EVENTS = proven(/出生|死亡|自然增/, {
  examples: ['其中，出生人口', '死亡人口', '自然增加人口', '本年度出生'],
  counterExamples: ['户籍人口', '城镇常住人口', '男性人口'],
});
export const POPULATION = '人口';
/**
 * A bracket that holds a whole's parts and nothing else states the whole breakdown: 27项(包含A10项、B17项).
 * One that opens with 其中 names some of them (已开工118项(其中,提前开工项目11项,未按计划开工项目33项)).
 */
export const BRACKET_OPEN = proven(/^\s?[(（](?!\s*其中)/, {
  examples: ['(包含', '（含'],
  counterExamples: ['，其中', '(其中,提前开工项目11项', '(其中集访'],
});
export const BRACKET_CLOSE = proven(/^[^,，;；。、\d]{0,4}[)）]/, {
  examples: [')已全面普及', '）'],
  counterExamples: [',公共服务事项17项)', '、撤销2件'],
});
/**
 * The base a figure is reckoned on, in a clause of its sentence (按户籍人口计算，…人均生产总值103007元;
 * 按常住人口计算，…79995元): two figures stated with the same words on different bases are not one.
 */
export const BASIS_CLAUSE = proven(/按[^，。；,;]{1,10}?计算?(?=[,，])/, {
  examples: ['按户籍人口计算，全市人均生产总值103007元', '按常住人口计算，全市人均生产总值79995元'],
  counterExamples: ['全市人均生产总值79995元', '按时办结率100%'],
});
/**
 * Words naming a period or a scope (上半年, 全年, 全市, 本级 …): two figures stated with the same words
 * but under different ones of these, anywhere in their sentences, are not the same indicator.
 */
export const PERIOD_SCOPE_WORDS: readonly string[] = [
  ...PART_OF_YEAR.words, '年初', '年底', '年末', '同期', '当月', '本月',
  // holidays, the days a bureau counts visitors over (春节期间，全市接待游客…；“五一”假期，全市接待游客…; another
  // bureau's 春节、“八一”期间，共走访慰问…, “清明”期间，组织…)
  '春节', '元旦', '清明', '五一', '端午', '中秋', '国庆',
  '全国', '全省', '全市', '全区', '全县', '全镇', '本级', '本部门', '系统', '市级', '区级', '县级', '省级', '镇级',
  // a zone inside the region, its figures stated after the region's (a county's report: 天易经开区实现…；固定资产投资
  // 165亿元 after the county's 固定资产投资307亿元; a city's bulletin: 不含常州经开区计算，全年地区生产总值…)
  '经开区', '开发区', '高新区',
];
