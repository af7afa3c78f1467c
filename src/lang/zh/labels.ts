import { LIST_SEPARATORS } from './approx.js';
import { proven, type Examples } from './types.js';
import { ORDINAL_CHARS, PLAIN_SMALL_UNIT_CHARS, WAN } from './numerals.js';
import { HAN_RANGE } from './script.js';
import { PLAN } from './time.js';
import { EARLIER } from './change.js';
import { MEASURE_ABBREVIATIONS } from './masks.js';

/**
 * What a label is read from: the grammar of the phrase that names what a figure counts. Each list's
 * examples are whole sentences written `sentence → label of its first figure`; a counter-example is
 * `sentence → a label its first figure must not get`. test/lang.test.ts runs them all.
 */
export interface LabelWords extends Examples {
  words: readonly string[];
}

/**
 * Words a linking word of one character ends (违法行为, 不作为 end in 为): the end of the phrase, not a link.
 */
export const LINK_ENDED: LabelWords = {
  words: ['行为', '作为'],
  examples: ['查处违法行为120起 → 查处违法行为', '经过审理，维持原具体行政行为5件 → 维持原具体行政行为'],
  counterExamples: ['查处违法行为120起 → 查处违法行'],
};

/**
 * 分别 after subjects: the subjects before it are the figures after it, in order (A和B分别下降25%、27.8%); the
 * words ending the last subject may be shared by all (刑事治安、涉诈警情; see QUANTITIES).
 */
export const RESPECTIVELY: LabelWords = {
  words: ['分别', '依次'],
  examples: [
    '制造业贷款余额、科技贷款余额分别增长11.7%、9.2% → 制造业贷款余额', '刑事治安、涉诈、涉毒警情分别下降17.7%、17.4%、68% → 刑事治安警情',
    '食品、药品抽检合格率分别超98.5%和99% → 食品抽检合格率', '城镇和农村居民人均可支配收入分别超过8万元、4.5万元 → 城镇居民人均可支配收入',
    '新能源汽车、集成电路、工业机器人产量分别增长49.8%、11.9%、36.4% → 新能源汽车产量', '广州、深圳地铁线网单日最高客运量分别达1409万、1305万人次 → 广州地铁线网单日最高客运量',
  ],
  counterExamples: [
    '制造业贷款余额、科技贷款余额分别增长11.7%、9.2% → 制造业贷款余额、科技贷款余额', '国际友城和外国驻穗总领馆分别增至214对和69家 → 国际友城总领馆',
    '全市生产安全死亡事故起数和死亡人数分别下降3.6%和1.3% → 生产安全死亡事故起数死亡人数',
  ],
};

/**
 * An average over years, said with 分别 of the figures a clause before lists (three reviews of five
 * years: …和农村居民人均可支配收入分别达47170元和27391元，年均分别增长9.6%和10.2%; 存款余额1680亿元，各项贷款余额730亿元，
 * 年均分别增长17.7%和14.6%; 实现地区生产总值238.39亿元，完成一般公共预算收入10.82亿元，年均分别增长6.3%、5.6%): each
 * rate is its figure's.
 */
export const AVERAGED: LabelWords = {
  words: ['年均', '年平均'],
  examples: ['城镇居民人均可支配收入和农村居民人均可支配收入分别达47170元和27391元，年均分别增长9.6%和10.2% → 农村居民人均可支配收入'],
  counterExamples: ['城镇居民人均可支配收入和农村居民人均可支配收入分别达47170元和27391元，年均分别增长9.6%和10.2% → 支配收入和农村居民人均可支配收入'],
};

/**
 * The growth a part pulls the whole by (拉动经济增长0.3个百分点, 下拉经济0.1个百分点): 增长 there names what the
 * figure measures, not a change of it, and stays in the label. Regex source, matched at the end of the
 * clause before a figure.
 */
const PULL = '(?:拉动|下拉)[^，,；;。、]{1,10}增长';
export const PULLED_GROWTH: Examples & { pattern: string; phrase: string } = {
  // only where the clause opens with it: a subject before it (民营经济拉动地区生产总值增长) names the row;
  // after subjects listed with 分别, each subject with it (第一、二、三产业分别拉动经济增长…)
  pattern: `(?:^|[，,；;。])\\s*(?:${RESPECTIVELY.words.join('|')})?${PULL}`,
  phrase: PULL,
  // (a county's bulletin; a city's review of its districts)
  examples: ['第三产业增加值增长6.5%，对经济增长的贡献率为7.7%，拉动经济增长0.6个百分点 → 拉动经济增长', '对全市经济增长的贡献率达到4.5%，拉动经济增长0.3个百分点 → 拉动经济增长', '三次产业对经济增长的贡献率分别为14.3%、31.9%、53.8%，依次拉动经济增长0.9个百分点 → 拉动经济增长',
    // (two counties' bulletins)
    '第一、二、三产业分别拉动经济增长0.1个、0.9个和2.4个百分点 → 产业拉动经济增长', '第一、二、三产业分别拉动GDP增长2.74、1.96、5.1个百分点 → 产业拉动GDP增长'],
  counterExamples: ['第三产业增加值增长6.5%，对经济增长的贡献率为7.7%，拉动经济增长0.6个百分点 → 拉动经济', '民营经济拉动地区生产总值增长2.6个百分点 → 经济拉动地区生产总值增长'],
};

/**
 * Words that stand between the phrase and its number and say nothing of what is counted: verbs of
 * reaching, totals, particles (出口额增长9.1%, 复议纠错率达12%). They are cut from the end of the
 * clause before a figure, as often as they occur; change words (change.ts) and approximation markers
 * (approx.ts) are cut the same way.
 */
export const LINKING: LabelWords = {
  words: [
    '达到', '高达', '多达', '达', '为', '是', '至', '到', '共计', '共有', '共', '累计', '合计', '总计', '了', '已', '已经', '均', '都',
    '分别', '各', '保持在', '保持', '稳定在', '控制在', '维持在', '实现', '完成', '有', '调整', '变为', '不低于', '不少于', '不超过', '不高于', '低于', '高于',
    // an adverb of going on, or of a first time, before a verb of reaching (粮食产量继续保持500亿斤以上,
    // 产业园产值首次突破300亿元)
    '继续', '仍然', '首次',
    // an average's span says how the figure is measured, not what (status reads it)
    '年均', '年平均', '平均每年', '平均',
  ],
  examples: [
    '复议纠错率达12% → 复议纠错率', '社会消费品零售总额实现4.6万亿元 → 社会消费品零售总额', '年平均浓度保持在20微克/立方米 → 年平均浓度',
    '地区生产总值年均增长5%左右 → 地区生产总值', '行政机关负责人出庭应诉率保持100% → 行政机关负责人出庭应诉率',
    '粮食产量继续保持500亿斤以上 → 粮食产量', '大豆面积仍然保持在1.5亿亩以上 → 大豆面积', '龙潭临港产业园产值首次突破300亿元 → 龙潭临港产业园产值',
  ],
  counterExamples: ['复议纠错率达12% → 纠错率达', '地区生产总值年均增长5%左右 → 地区生产总值年'],
};

/**
 * A rate's base written before its number (每人每月2375元, 每千人6.6批次): how the figure is
 * measured, cut from the end of the clause like a linking word. Regex source.
 */
export const PER_UNIT: Examples & { pattern: string } = {
  pattern: `(?:每[${PLAIN_SMALL_UNIT_CHARS}${WAN}]?[${HAN_RANGE}])+`,
  examples: ['低保标准从每人每月900元提高到950元 → 低保标准'],
  counterExamples: ['低保标准从每人每月900元提高到950元 → 每人每月'],
};


/**
 * A comparison or baseline between the phrase and the number: 同比, 较2022年, 比上年, 由去年同期的;
 * the years it held through (连续7年保持98%以上); the year of the figure (提高到2025年的14万元); a standard the figure exceeds or falls short of
 * (增速高于全省平均2个百分点, 增长4.7%、低于全国0.3个百分点, 分别高于全国、全省4.3个和2.3个百分点), whose figure is the measure's
 * before it. Regex source, read at the end of a clause (the engine anchors it).
 */
export const COMPARISON: Examples & { pattern: string } = {
  pattern: `(?:同比|环比|(?:比|较|与)(?:${EARLIER})+(?:相比)?的?|(?:是|相当于)(?:${EARLIER})+的|(?:连续|近)?[\\d${ORDINAL_CHARS}两]+年(?:来|间|内|底|末)?的?|(?:由|从)(?:${EARLIER}|原来|原)*的?|(?:高于|低于|快于|慢于|优于|好于)(?:\\d{4}年)?[^\\d，,。；;]{0,8})`,
  examples: [
    '隐患查出数量由去年同期的1575项提升为2455项 → 隐患查出数量', '入企检查次数较2022年下降10% → 入企检查次数', '地区生产总值从11.37万亿元提高到14.58万亿元 → 地区生产总值',
    '省属国有企业研发投入增速高于全省平均2个百分点 → 省属国有企业研发投入增速', '累计使用外资比“十三五”时期增长71% → 使用外资',
    '城镇化率分别高于全国、全区16.6、15.5个百分点 → 城镇化率',
    '全县地区生产总值从“十三五”末的117亿元增长至2025年的163亿元 → 地区生产总值',
    '2015年，全区生产总值预计达到739亿元，是“十一五”末的1.6倍 → 生产总值', '一般公共预算收入由5.9亿元增加到15.5亿元，年均增长21.1%，是“十一五”末的2.6倍 → 一般公共预算收入', '群众安全感连续7年保持98%以上 → 群众安全感', '电信网络诈骗案件与上月相比下降14.3% → 电信网络诈骗案件', '“津农精品”销售额连续3年突破百亿元 → “津农精品”销售额',
  ],
  counterExamples: ['地区生产总值从11.37万亿元提高到14.58万亿元 → 提高到', '省属国有企业研发投入增速高于全省平均2个百分点 → 省属国有企业研发投入增速高于'],
};

/**
 * Words that join subjects: with 分别 they are mapped to the figures in order; else the one figure
 * after them keeps them all (a list of nouns names one row), up to LIST_MAX_CHARS.
 */
export const CONJUNCTIONS: LabelWords = {
  words: [...LIST_SEPARATORS, '以及'],
  examples: [
    '生产安全事故起数和死亡人数分别下降25%、27.8% → 生产安全事故起数', '国际友城和外国驻穗总领馆分别增至214对和69家 → 国际友城',
    '智能工厂和数字化车间200家 → 智能工厂和数字化车间', '航空航天器及设备投资增长61.2% → 航空航天器及设备投资', '蔬菜及食用菌产量约342万吨 → 蔬菜及食用菌产量',
    '报送典型执法案例9个,报送率和合格率均100% → 典型执法案例', '“港车北上”、“澳车北上”、“粤车南下”累计832万辆次 → 港车北上、澳车北上、粤车南下',
  ],
  counterExamples: ['航空航天器及设备投资增长61.2% → 设备投资'],
};

/**
 * A share stated as a bound and followed by the noun it is a share of, then what that noun did (90%以上事项
 * 实现“一门”集中进驻, 80%以上贫困群众在乡村旅游发展各环节受益): the noun names the row.
 */
export const SHARE_OF_FOLLOWING: LabelWords = {
  words: ['实现', '实行', '在', '具备', '纳入', '达到'],
  examples: ['全市90%以上事项实现“一门”集中进驻 → 事项', '市区两级98%以上事项实现网上办理 → 事项', '推进乡村旅游富民工程，80%以上贫困群众在乡村旅游发展各环节受益 → 贫困群众'],
  counterExamples: ['市区两级98%以上事项实现网上办理 → 市区两级', '办结率达98%以上，群众满意度持续提升 → 群众满意度'],
};

/**
 * A rate named with no subject (…220.1亿元，居全市第3位，增速3.1%; …第三产业增加值497.48亿元，增速分别为
 * 4.4%、4.8%、6.0%): the rate of the figure before it, or in turn of the figures before it.
 */
export const RATE_ALONE: LabelWords & { links: readonly string[] } = {
  // (an average over years too, in two counties' reviews of five years: …，是2016年的1.9倍，年均增速6.7%;
  // 城乡居民人均可支配收入分别达37188元、18660元，年均增速8.2%、9.3%)
  words: ['增速', '增幅', '增长速度', '年均增速', '年均增幅'],
  /** what may stand between such a rate, 分别 and its figures (增速分别为) */
  links: ['为', '是'],
  examples: [
    '全区地区生产总值完成220.1亿元，居全市第3位，增速3.1% → 地区生产总值', '固定资产投资总额56.4亿元，全市排名第7位，增速-4.7% → 固定资产投资总额',
    '第一产业增加值39.8亿元，第二产业增加值353.96亿元，增速分别为4.4%、4.8% → 第二产业增加值',
    '人均GDP达到19012元，同比增长1.2%，是2016年的1.8倍，年均增速5.3% → 人均GDP', '城乡居民人均可支配收入分别达37188元、18660元，年均增速8.2%、9.3% → 农村居民人均可支配收入',
  ],
  counterExamples: ['全区地区生产总值完成220.1亿元，居全市第3位，增速3.1% → 增速'],
};

/**
 * A verb of reach with no subject before the people it counts (…组织法治培训40场次，覆盖800余人次): those
 * the figure before reached, named by it, the verb and the unit (组织法治培训覆盖人次).
 */
export const REACH_ALONE: LabelWords = {
  words: ['覆盖'],
  examples: ['组织法治培训40场次，覆盖800余人次 → 组织法治培训覆盖人次', '2024年全区共开展498场次主题宣传活动，覆盖4万余人 → 主题宣传活动覆盖人'],
  counterExamples: ['组织法治培训40场次，覆盖800余人次 → 覆盖'],
};

/**
 * Words that may join two figures of one thing in two units (发布信息294期1014条; 公报6期共600册; 发布信息189期，
 * 713条): an amount whose clause names nothing, right after a figure in another unit, counts what that one does.
 */
export const IN_ANOTHER_UNIT: LabelWords = {
  words: ['共', '共计', '计'],
  // (a county office's, a city bureau's, a prefecture's and a city office's disclosure reports)
  examples: ['“周至政务”公众号共发布信息294期1014条 → 发布信息', '场馆公众号共计发布信息189期，713条 → 发布信息', '发行《州人民政府公报》6期共600册 → 州人民政府公报'],
  counterExamples: ['发布信息294期，阅读量1014次 → 发布信息', '“周至政务”公众号共发布信息294期1014条 → '],
};

/**
 * A share of the year's task or plan, after the figure it measures (…收入409万元，完成年度任务的51%;
 * …完成投资35.42亿元，占年计划100.36%): what the figure before measures, against that task
 * (一般公共预算收入完成年度任务). `verbs` and `plans` open and end the words right before the share.
 */
export const PLAN_SHARE: LabelWords & { plans: readonly string[]; modifiers: readonly string[]; particles: readonly string[] } = {
  words: ['完成', '占'],
  plans: ['任务', '计划', '目标'],
  /** what may stand between the task and the share, and is no part of the label */
  particles: ['的'],
  /** what may stand before the verb (超额完成, 已完成) */
  modifiers: ['超额', '已', '累计'],
  examples: [
    '上半年完成一般公共预算收入409万元，完成年度任务的51% → 完成一般公共预算收入完成年度任务', '2018年化解政府性债务4.75亿元，完成年度任务的115% → 化解政府性债务完成年度任务',
    '13个重点项目累计完成投资35.42亿元，占年计划100.36% → 完成投资占年计划', '全县城镇新增就业人员2526人，完成目标任务的103.1% → 新增就业人员完成目标任务',
    '植树造林32.11万亩，超额完成年度任务的14.7% → 植树造林超额完成年度任务',
  ],
  counterExamples: ['全县城镇新增就业人员2526人，完成目标任务的103.1% → 新增就业人员', '完成投资35.42亿元，占全市的比重为12% → 完成投资占年计划'],
};

/**
 * Verbs of a result before a measure that names no subject (第一产业实现增加值22.42亿元): the measure is
 * of the subject before the verb (第一产业增加值), where one stands there.
 */
export const MEASURE_VERBS: LabelWords & { acts: readonly string[] } = {
  words: ['实现', '完成'],
  /** acts that, like a measure, name no subject (城镇失业人员实现再就业6027人 → 城镇失业人员再就业) */
  acts: ['再就业'],
  examples: ['其中：第一产业实现增加值22.42亿元 → 第一产业增加值', '第三产业实现增加值1075064万元 → 第三产业增加值', '当年城镇失业人员实现再就业6027人 → 当年城镇失业人员再就业', '城镇失业人员实现再就业1243人 → 城镇失业人员再就业'],
  counterExamples: ['2024年实现地区生产总值94.96亿元 → 2024年地区生产总值', '拆除3万平米、完成率100% → 拆除率'],
};

/**
 * What meetings did, right after their count (区政府常务会5次研究部署法治政府建设工作; 州政府常务会议12次专题研究
 * 安全生产工作): the meetings are what the times count, named before the figure. Not what is counted itself
 * (共开展6次专题学习).
 */
export const DELIBERATED: LabelWords = {
  words: ['研究', '审议', '听取', '部署', '专题研究', '专题审议', '专题听取'],
  examples: ['市政府常务会议5次专题研究行政执法和信访工作 → 市政府常务会议', '州政府常务会议12次专题研究安全生产工作 → 州政府常务会议'],
  counterExamples: ['市政府常务会议5次专题研究行政执法和信访工作 → 专题研究行政执法和信访工作', '共开展6次专题学习，读原著 → 开展'],
};

/**
 * Instructions given, counted in times before what they were on (46次对法治工作作出批示; 11次就法治建设工作做出
 * 批示): the times count the instructions, which end the clause (group 1, the act with its noun).
 */
export const INSTRUCTED: Examples & { pattern: string } = {
  pattern: '^(?:对|就)[^，,。；;]{1,40}?((?:作出|做出)(?:重要)?(?:指示批示|批示|指示))',
  // (a province's, a city's and a district's 法治 reports)
  examples: ['2024年，省长46次对法治工作作出批示。 → 作出批示', '2023年，市委主要领导11次就法治建设工作做出批示。 → 做出批示', '2024年，分管负责同志先后20余次对信访工作法治化、规范涉企执法作出指示批示。 → 作出指示批示'],
  counterExamples: ['2024年，共开展6次专题学习。 → 作出批示', '2024年，区政府常务会5次研究部署法治政府建设工作。 → 作出批示'],
};

/**
 * A part of the year standing alone where the subject would (一季度地区生产总值增长6%；上半年增长4.7%)
 * names when, not what: the figure measures what the clause before it does, over that part of the year;
 * and subjects of a 分别 list that are all parts of the year share the measure the last one names
 * (一季度、上半年、前三季度、全年全市GDP分别增长6.7%、6.6%、6.2%、6.0%).
 */
export const PART_OF_YEAR: LabelWords = {
  words: ['一季度', '二季度', '三季度', '四季度', '前三季度', '上半年', '下半年', '全年'],
  // (a county's bulletin; a national one, 一季度中国国内生产总值同比增长9.7%，二季度增长9.5%; a city's summary)
  examples: [
    '分季度看，一季度地区生产总值增长6%；上半年增长4.7% → 上半年地区生产总值', '一季度中国国内生产总值同比增长9.7%，二季度增长9.5% → 二季度中国国内生产总值',
    '一季度、上半年、前三季度、全年全市GDP分别增长6.7%、6.6% → 上半年GDP',
  ],
  counterExamples: ['分季度看，一季度地区生产总值增长6%；上半年增长4.7% → 上半年', '一季度、上半年、前三季度、全年全市GDP分别增长6.7%、6.6% → 上半年'],
};

/**
 * Words that end the name of a quantity: a subject of a 分别 list ending in one names its own, and
 * shares no words of the last (事故起数和死亡人数); words shared that end in one are shared whatever
 * the figures count (生猪、家禽年出栏量).
 */
export const QUANTITIES: LabelWords = {
  words: ['率', '数', '额', '量', '值', '比', '度', '人次', '比例', '比重', '收入', '支出', '增速', '增幅', '规模', '指数', '价格', '产值', '营收'],
  examples: ['生猪、家禽年出栏量分别稳定在3900万头、13.5亿只以上 → 生猪年出栏量', '快递、电信业务量分别增长16%、10.7% → 快递业务量'],
  counterExamples: ['全域旅游人数、旅游综合收入分别增长9.2%、10.2% → 全域旅游人数综合收入', '全省接待游客人次和旅游收入分别增长17.6%、16.8% → 接待游客人次收入'],
};

/**
 * A share: the subject is before the word, the whole it is a share of after it (核电装机规模占全国
 * 25.8%). Not when the word begins a noun (占比, 占地).
 */
export const SHARE: LabelWords & { notBefore: string; wholes: readonly string[]; nouns: readonly string[]; alone: readonly string[] } = {
  words: ['占'],
  // (占道, taking up the road, is no share: 查处占道经营3.1万起, 占道施工审批35件, in three pages)
  notBefore: '比地用有道',
  /** wholes that open like such a noun (占地区生产总值 is no 占地) */
  wholes: ['地区'],
  /** the share itself, after the whole: the label keeps it, and the whole when they fit (县城常住人口占县域比重) */
  nouns: ['比重', '比例', '份额'],
  /** a share named with no subject before it (投诉类103件，占比37.32%): the subject of the figure before it is its own */
  alone: ['占比', '比重', '比例'],
  examples: [
    '核电装机规模占全国25.8% → 核电装机规模', '工业机器人产量增长31.2%、占全国4成 → 工业机器人产量',
    '县城常住人口占县域比重提升至63% → 县城常住人口占县域比重', '其中非化石能源占能源消费总量比重21% → 非化石能源占能源消费总量比重',
    '高新技术产业增加值占规上工业比重提高到25.5% → 高新技术产业增加值占规上工业比重', '现代服务业增加值占服务业增加值比重达64.9% → 现代服务业增加值比重',
    '先进制造业、高技术制造业增加值占规模以上工业增加值比重分别达56.2%、34.7% → 先进制造业增加值比重',
    '服务业增加值占地区生产总值比重达54% → 服务业增加值占地区生产总值比重', '第一产业占地区生产总值的比重上升3.82个百分点 → 第一产业占地区生产总值比重',
  ],
  counterExamples: ['可再生能源装机占比达40.4% → 可再生能源装机', '项目占地面积120亩 → 项目', '查处占道经营3.1万起 → 查处', '县城常住人口占县域比重提升至63% → 县城常住人口'],
};

/**
 * A clause that is only 分别 and a share of one whole (…女性人口22.61万人，分别占总人口的51.3%和48.7%):
 * group 1 the whole; the shares are, in turn, those of the figures before. Not of wholes listed (1856户
 * 6829人，分别占省计划、县计划的171.8%、100%: the shares are the wholes').
 */
export const RESPECTIVE_SHARE = proven(new RegExp(`^\\s*(?:${RESPECTIVELY.words.join('|')})(?:${SHARE.words.join('|')})([^，,；;。！？!?、]{1,12}?)的?(?:${SHARE.nouns.join('|')})?(?:为|是|达)?$`), {
  examples: ['男性人口23.85万人，女性人口22.61万人，分别占总人口的51.3%和48.7% → 女性人口占总人口比重', '其中男性18.97万人，女性17.56万人，分别占总人口的51.9%和48.1% → 女性占总人口比重'],
  counterExamples: ['搬迁入住1856户6829人，分别占省计划、县计划的171.8%、100% → 搬迁入住占省计划、县计划比重'],
});

/**
 * A noun right before a verb that takes the noun ending the phrase as its object is a modifier of
 * one compound with them (城镇调查失业率, 研发投入强度, 养老服务机构), not the verb's subject; a verb
 * before such a compound is the clause's own (建成养老服务机构 → 养老服务机构). A word of one
 * character before the verb qualifies it (新设外资企业, 新登记经营主体).
 */
export const COMPOUND: Examples = {
  examples: [
    '城镇调查失业率4.1% → 城镇调查失业率', '城镇调查失业率为5.1%左右 → 城镇调查失业率', '研发投入强度达3.6% → 研发投入强度',
    '全社会研发投入强度达到3.5%以上 → 全社会研发投入强度', '建成养老服务机构1596个 → 养老服务机构', '建成乡镇养老服务机构932个 → 乡镇养老服务机构',
    '新设外资企业3.6万家 → 新设外资企业', '全年新登记经营主体1.86万户 → 新登记经营主体', '新认定高新技术企业1400家以上 → 新认定高新技术企业',
    '生活垃圾总处理能力提高到16.9万吨/日 → 生活垃圾总处理能力', '新增公共停车泊位5000个以上 → 公共停车泊位',
  ],
  counterExamples: ['城镇调查失业率4.1% → 调查失业率', '研发投入强度达3.6% → 投入强度', '新设外资企业3.6万家 → 设外资企业'],
};

/**
 * Bodies that act (管理系统, 实验室, 我局): before a verb they are its subject, not a modifier of
 * its object, and they end a compound read back from its noun. Matched at a word's end.
 */
/**
 * A preposition inside a rate's name, between what acts and what it acts on: the rate is the first's
 * (服务业对经济增长贡献率, 消费对经济增长贡献率), read whole.
 */
export const RATE_OF: LabelWords & { head: RegExp } = {
  words: ['对'],
  head: /率$/,
  examples: ['服务业对经济增长贡献率超70% → 服务业对经济增长贡献率', '消费对经济增长贡献率提升至55%左右 → 消费对经济增长贡献率'],
  counterExamples: ['服务业对经济增长贡献率超70% → 经济增长贡献率', '全区对企业开展执法检查1200家次 → 全区对企业开展执法检查'],
};

export const AGENTS: LabelWords = {
  words: ['系统', '平台', '实验室', '部门', '机关', '局'],
  examples: [
    '全区应急管理系统巡查企业6986家次 → 巡查企业', '辽宁实验室集聚科研人员1110人 → 集聚科研人员',
    '一是我局行政许可服务事项27项 → 行政许可服务事项',
  ],
  counterExamples: ['全区应急管理系统巡查企业6986家次 → 应急管理系统巡查企业'],
};

/**
 * Words the segmenter's dictionary lacks come cut into characters: a phrase starting with one takes
 * the one before it (医养结合), and a locative between two (规上: 规 上), before the figure or after it;
 * a word in Latin letters is an indicator's abbreviation (GDP, 5G).
 */
export const CUT_WORDS: Examples = {
  examples: [
    '规上工业增加值增长6.9% → 规上工业增加值', '规上工业企业达到4358户 → 规上工业企业', '全年GDP增长4% → GDP',
    '人均GDP从2020年的5.2万元提高到2025年的7.4万元 → 人均GDP',
    // and after the figure, where the phrase names what it counts (a town's summary, a county's work report)
    '2023年新增圣禾粮油1家规上工业企业。 → 规上工业企业', '园区10户规上企业实现工业总产值22.37亿元 → 规上企业',
  ],
  counterExamples: ['规上工业增加值增长6.9% → 工业增加值', '全年GDP增长4% → ', '2023年新增圣禾粮油1家规上工业企业。 → 规'],
};

/**
 * Words that deny the verb after them: a label read from that verb keeps them, with the adverbs
 * between (未整改资金 is no 整改资金, 尚未审结 no 审结).
 */
export const NEGATIONS: LabelWords = {
  words: ['未', '尚未', '没有', '从未', '不'],
  examples: ['未整改资金35435.70万元 → 未整改资金', '尚未审结1件 → 尚未审结', '未按期办结1件 → 未按期办结', '处置批而未供土地171.6万亩 → 未供土地'],
  counterExamples: ['未整改资金35435.70万元 → 整改资金', '尚未审结1件 → 审结'],
};

/** Verbs that join verbs of one act (发现并整改隐患问题). */
export const VERB_JOINERS: LabelWords = {
  words: ['并', '和', '及'],
  examples: ['发现并整改隐患问题4752项 → 发现并整改隐患问题'],
};

/**
 * Words after which, in the words following a figure, comes the noun it counts: what stands before
 * them only says which ones. A list of kinds (视力、听力、智力等残疾儿童), or a threshold (投资额百亿元
 * 以上重大工业项目).
 */
export const HEAD_FOLLOWS: LabelWords = {
  words: ['等', '等等', '以上', '以下'],
  examples: ['为超20000名视力、听力、肢体、智力等残疾儿童免费提供康复救助 → 残疾儿童', '建成23个投资额百亿元以上重大工业项目 → 重大工业项目'],
  counterExamples: ['为超20000名视力、听力、肢体、智力等残疾儿童免费提供康复救助 → 视力、听力、肢体、智力'],
};

/**
 * A rate named in brackets right before its figure, after the words it is computed from (城镇常住人口
 * 105.93万人，占总人口比重（常住人口城镇化率）为50.68%): the bracket names the figure, and the change
 * of it the clause after states (group 1).
 */
export const BRACKETED_RATE: Examples & { pattern: string } = {
  // (a note's call may stand after the rate, read as space: 占常住人口比重（常住人口城镇化率[5]）45.89%)
  pattern: `[(（]([^()（）]{2,12}率)\\s*[)）](?:为|是|达到|达)?$`,
  examples: ['占总人口比重（常住人口城镇化率）为50.68%，比上年提高1.99个百分点 → 常住人口城镇化率', '占总人口比重（户籍人口城镇化率）为31.44%，比上年末减少0.04个百分点 → 户籍人口城镇化率',
    '占常住人口比重（常住人口城镇化率[5]）45.89%，比上年末提高1.09个百分点 → 常住人口城镇化率'],
  counterExamples: ['占总人口比重（常住人口城镇化率）为50.68% → 占总人口比重', '全年发放贷款（含展期）120亿元 → 含展期'],
};

/**
 * A group named by an age, right before the figure that counts it (按年龄分，0-17岁86248人; 年末户籍人口中，
 * 18岁以下25.76万人), or before its count and the share after it (0-17岁86248人、占19.41%): the group is
 * what the figures count (group 1: its name).
 */
export const AGE_GROUP: Examples & { pattern: string } = {
  // (in full years too: a county's bulletin, 18周岁以下30.24万人，18至34周岁40.24万人)
  pattern: `((?:\\d+\\s*[-—－~至]\\s*)?\\d+周?岁(?:及以上|以上|及以下|以下)?)(?:\\d[\\d.]*[${WAN}]?人、?占)?$`,
  examples: ['按年龄分，0-17岁86248人、占19.41% → 0-17岁', '年末户籍人口中，18岁以下25.76万人，18-34岁22.88万人 → 18岁以下', '18周岁以下30.24万人，18至34周岁40.24万人 → 18周岁以下'],
  counterExamples: ['全市65岁以上老年人12万人 → 65岁以上老年人12万人', '人均预期寿命80岁以上 → 80岁以上'],
};

/**
 * A total's abbreviation set after its name, spaced or in a bracket whose close a scrape lost (全区实现 地区
 * 生产总值 GDP 2478.2 亿元, 全县地区生产总值（GDP161.19亿元): cut, so the name labels the figure (人均GDP stays).
 */
export const APPOSED_ABBREVIATION: Examples & { pattern: string } = {
  pattern: `(?:[(（]\\s*|\\s+)(?:${MEASURE_ABBREVIATIONS.join('|')})\\s*`,
  examples: ['初步核算，全区实现 地区生产总值 GDP 2478.2 亿元 → 地区生产总值', '2021年全县地区生产总值（GDP161.19亿元 → 地区生产总值'],
  counterExamples: ['人均GDP17861元 → 人均'],
};

/**
 * The circumstance a figure was reached in, between what it measures and the verb (地区生产总值在中心城区
 * 率先突破2000亿元, 外贸进出口总额在高基数下实现2730亿元, 税收收入在疫情冲击影响下仍实现…):
 * cut from the end of the clause, as a linking word is. It ends on 下, 中 or an adverb, so a noun
 * opening with 在 (在校学生) stays.
 */
export const CIRCUMSTANCE: Examples & { pattern: string } = {
  pattern: '(?<=[^，,。；;\\s])在[^在，,。；;、\\d]{1,10}?(?:下|中)?(?:率先|仍然|仍|依然|首次)?(?<=下|中|率先|仍|依然|首次)',
  examples: [
    '预计地区生产总值在中心城区率先突破2000亿元 → 地区生产总值', '全年外贸进出口总额在高基数下实现2730亿元 → 外贸进出口总额',
  ],
  counterExamples: ['全县在校学生3.2万人 → 学生', '在建项目中已竣工12个 → 在建项目中'],
};

/**
 * Words that say how a figure was reckoned (按不变价格计算, 按可比价算, 可比 before its change: 可比增长)
 * name nothing: they are cut from the end of a clause like linking words, and a clause of nothing else
 * is read past. Regex source.
 */
export const METHOD_CLAUSE: Examples & { pattern: string } = {
  // (当年价 is 现行价, the prices of the year itself: 全年工业总产值358.97亿元，按当年价格计算比上年下降3.3%)
  // (so is a comparable scope: 一般公共预算收入同口径增长2%; 可比口径增长10%; 按同口径计算分别增长29.0%)
  // (and what was left out of it: 剔除政策因素影响，同口径增长8.0%; 下降2%（剔除减税降费因素，同口径增长9.2%）)
  pattern: '按(?:不变|可比|现行|当年)价(?:格)?计?算|按(?:常住|户籍)人口计?算|按?(?:可比|同)口径(?:计算)?|可比价?|剔除[^，,。；;（）()]{1,10}因素(?:影响)?(?:后)?',
  examples: [
    '人均生产总值按常住人口计算为126737元 → 人均生产总值',
    '一季度农林牧渔业总产值按可比价计算，同比增长2.2% → 一季度农林牧渔业总产值', '地区生产总值按不变价格计算，比上年增长6.5% → 地区生产总值',
    '地区生产总值按可比价算，较上年增长4.0% → 地区生产总值', '前三季度，全市农林牧渔业增加值可比增长4.6% → 农林牧渔业增加值',
    '全年工业总产值358.97亿元，按当年价格计算比上年下降3.3% → 工业总产值', '第一产业增加值103.51亿元，可比价增长3.5% → 第一产业增加值',
    '一般公共预算收入同口径增长2% → 一般公共预算收入', '完成一般公共预算收入18.1亿元，可比口径增长10% → 完成一般公共预算收入',
    '地方一般公共预算收入剔除政策因素影响，同口径增长8.0% → 地方一般公共预算收入', '一般公共预算总收入剔除减税降费因素，同口径增长9.2% → 一般公共预算总收入',
  ],
  counterExamples: ['地区生产总值按不变价格计算，比上年增长6.5% → 不变价格计算', '全口径财政收入增长16.2% → 财政收入'],
};

/**
 * A relative clause between a figure's measure word and its noun (320家承包或委托经营的中小学食堂):
 * the noun after its mark is what is counted, when the clause is short (settings.ts, RELATIVE_MAX_CHARS).
 * A mark that ends the text before a figure with no noun after it closes a clause that names what
 * the figure counts (无法提供的182件), unless it follows a noun or a share word: then it names the
 * whole the figure is of (占一般公共预算支出的79.2%).
 */
export const RELATIVE: Examples & { mark: string } = {
  mark: '的',
  examples: [
    '全省320家承包或委托经营的中小学食堂实现全流程检查 → 中小学食堂', '8人参与市应急局组织的线下复训 → 线下复训',
    '无法提供的182件，占12.53% → 无法提供', '不予公开的1件，占1.02% → 不予公开',
  ],
  counterExamples: ['全省320家承包或委托经营的中小学食堂实现全流程检查 → 承包或委托经营', '占一般公共预算支出的79.2% → 一般公共预算支出'],
};

/**
 * Words that end the noun phrase after a figure: the predicate of which the counted thing is the
 * subject (41家企业办理了信用修复, 6位专业人士担任行政执法社会监督员). A word followed by an aspect
 * particle (ASPECT) is a predicate too.
 */
export const PHRASE_END: LabelWords = {
  words: [
    '进行', '开展', '参与', '参加', '办理', '完成', '担任', '进入', '实现', '获得', '获', '委托', '接受', '纳入', '通过', '享受',
    '覆盖', '达到', '入选', '落地', '被', '全部', '均', '都', '已', '中', '以上', '以下', '左右', '的', '新增',
    '获评', '入围', '带动', '实施', '融入', '延伸', '落户', '保持',
  ],
  examples: [
    '我局为符合条件的41家企业进行信用修复 → 企业', '聘请6位专业人士担任行政执法社会监督员 → 专业人士',
    '绍兴黄酒、金华火腿、西湖龙井茶3个历史经典产业入围国家培育名单 → 历史经典产业', '累计落地35支国家级大基金，8支市级高精尖产业基金带动社会投资超千亿元 → 国家级大基金',
    '航空、机器人及智能制造、工业母机、绿色石化4个集群获评国家先进制造业集群 → 集群', '支持22个国家级产业融合载体延伸上下游产业链 → 国家级产业融合载体',
    '18个行业保持正增长 → 行业',
  ],
  counterExamples: ['我局为符合条件的41家企业进行信用修复 → 企业进行信用'],
};
export const ASPECT: LabelWords = {
  words: ['了', '着', '过'],
  examples: ['我局为符合条件的41家企业办理了信用修复 → 企业'],
  counterExamples: ['我局为符合条件的41家企业办理了信用修复 → 企业办理'],
};

/**
 * Bound nouns that close a word (纠错率, 起数, 出口额): a noun whatever the word before them is, so the
 * verb before them takes them as its object.
 */
export const NOUN_SUFFIXES: LabelWords = {
  words: ['率', '数', '额', '量', '值', '比', '度', '费', '款', '金', '件', '点', '人次', '次数', '人数', '数量', '金额', '比例', '比重', '平均值'],
  examples: ['行政复议纠错率达12% → 行政复议纠错率', '隐患整改数量由去年同期的300项提升为420项 → 隐患整改数量'],
};

/**
 * Words naming a total or a size: of what an earlier figure counts, when alone (上市公司45家、总量达1224家
 * → 上市公司总量); of the noun a figure qualifies, when it stands before that figure (总规模1000亿元的基金).
 */
export const GENERIC_TOTALS: LabelWords = {
  words: ['总量', '总数', '总规模', '规模', '总额', '数量'],
  examples: ['新增境内外上市公司45家、总量达1224家 → 新增境内外上市公司', '组建总规模1000亿元的投资引导基金 → 投资引导基金'],
};

/**
 * One word that names two groups (城乡: 城镇 and 农村) as the subject of 分别: the figures after it are
 * each group's in turn, named by the group's own word. Named apart (城镇和农村居民…), they share what
 * follows the last.
 */
export const PAIRED_SUBJECTS: Examples & { pairs: ReadonlyArray<{ word: string; members: readonly [string, string] }> } = {
  pairs: [{ word: '城乡', members: ['城镇', '农村'] }],
  examples: [
    '城乡居民人均可支配收入分别达6.9万元、3.4万元 → 城镇居民人均可支配收入', '城乡居民低保月均标准分别提高到798元和676元 → 城镇居民低保月均标准',
    // the members named apart share what follows the last
    '城镇和农村居民人均可支配收入分别增长4.3%、5.3% → 城镇居民人均可支配收入',
  ],
  counterExamples: ['城乡居民人均可支配收入分别达6.9万元、3.4万元 → 城乡居民人均可支配收入'],
};

/**
 * Milestones a quantity crosses (跨越3个千亿元台阶, 迈上1000亿斤新台阶): the level crossed, not what a
 * figure measures. A figure whose phrase ends in one is the quantity's, named by the subject that
 * opens its clause (the count of milestones, 3个, keeps the milestone).
 */
export const MILESTONES: LabelWords & { counter: string } = {
  // (a phrase after the figure may open with one: 突破500亿元大关、迈上550亿元新台阶)
  words: ['台阶', '新台阶', '大关', '关口'],
  counter: '个',
  examples: [
    '粮食产量跃上500亿斤台阶 → 粮食产量', '粮食综合生产能力迈上1000亿斤新台阶 → 粮食综合生产能力',
    '地区生产总值先后突破500亿元大关、迈上550亿元新台阶 → 地区生产总值',
  ],
  counterExamples: ['粮食产量跃上500亿斤台阶 → 台阶', '粮食综合生产能力迈上1000亿斤新台阶 → 新台阶', '地区生产总值先后突破500亿元大关、迈上550亿元新台阶 → 大关、迈'],
};

/** Prepositions whose object is the figure and its noun: the verb after that noun is the predicate. */
export const GOVERNING: LabelWords = {
  words: ['为', '对', '向', '给', '帮助', '组织'],
  examples: ['为超8000名孤独症儿童免费提供个体康复训练 → 孤独症儿童'],
  counterExamples: ['为超8000名孤独症儿童免费提供个体康复训练 → 孤独症儿童免费提供个体康复'],
};

/**
 * A clause that ends on a standing (总量保持全市第二, 中心城区第一): it names no measure, and a figure after
 * it measures what the clause before names.
 */
export const RANK_CLAUSE: Examples & { pattern: string } = {
  pattern: `(?:第[${ORDINAL_CHARS}\\d]{1,3}(?:位|名)?|首位|前列)$`,
  // (a district's report; a county's summary; a county's and a district's reports, 首位 and 前列)
  examples: [
    '实现地区生产总值2379.80亿元，总量保持全市第二，中心城区第一，可比增长5.5% → 实现地区生产总值', '一般公共预算收入15.85亿元，全市排位第3，增速2.21% → 一般公共预算收入',
    '全市地区生产总值完成423.46亿元，总量稳居南宁市县域第一、全区县域前列，增长5.4% → 地区生产总值',
    '全区地区生产总值达262亿元，增长7.2%，增速排名全市首位，分别比全国、自治区和全市高4.2、4.3和3.2个百分点 → 地区生产总值',
  ],
  counterExamples: ['实现地区生产总值2379.80亿元，总量保持全市第二，中心城区第一，可比增长5.5% → 中心城区第一'],
};

/** A figure that qualifies the noun after a figure (惠及50万名3岁以下婴幼儿): skipped to reach the noun. */
export const QUALIFIER: Examples & { pattern: string } = {
  pattern: '[\\d.]+[\\u4e00-\\u9fff]{1,2}?(?:及以上|及以下|以上|以下)',
  examples: ['惠及超50万名3岁以下婴幼儿 → 婴幼儿'],
  counterExamples: ['惠及超50万名3岁以下婴幼儿 → 3岁以下婴幼儿'],
};

/**
 * A level or a scale standing before its noun (国家级, 省级, 万亿级): one word, however it is cut. Figures
 * listed with levels alone share the noun after the last (3个万亿级和7个千亿级产业集群 → 万亿级产业集群).
 * Regex source.
 */
export const LEVEL: Examples & { pattern: string } = {
  pattern: `[${HAN_RANGE}]{1,3}?级`,
  examples: [
    '培育形成3个万亿级和7个千亿级产业集群 → 万亿级产业集群', '着力培育6个世界级、7个国家级、9个区域级产业集群 → 世界级产业集群',
    '新建6个国家级、20个省级临床重点专科 → 国家级临床重点专科',
  ],
  counterExamples: ['培育形成3个万亿级和7个千亿级产业集群 → 培育形成'],
};

/**
 * A class or grade numbered in Roman numerals, or a range of them, before its noun (Ⅰ—Ⅲ类水质, Ⅲ类水体,
 * Ⅳ级应急响应): one attribute of the label, however the segmenter cuts it. Regex source.
 */
export const CLASS_RANK: Examples & { pattern: string } = {
  pattern: '[\\u2160-\\u216b](?:\\s*[—－\\-~～至到]\\s*[\\u2160-\\u216b])?(?:类|级)',
  examples: [
    '地表水国控断面Ⅰ—Ⅲ类水质比例达98.7% → 国控断面Ⅰ—Ⅲ类水质比例', '国控断面Ⅰ-Ⅲ类水质比例100% → 国控断面Ⅰ-Ⅲ类水质比例',
  ],
  counterExamples: ['地表水国控断面Ⅰ—Ⅲ类水质比例达98.7% → 类水质比例'],
};

/**
 * Nouns the segmenter's dictionary tags otherwise: 进度 an adverb, so it ended the phrase before it and
 * fell out of the label, where the readers of a city bureau's summary, a street's and a town's keep it
 * (项目支付进度, 招引企业完成进度, 完成全年进度).
 */
export const NOUNS_TAGGED_OTHERWISE: LabelWords = {
  words: ['进度'],
  examples: ['项目支付进度48.75亿元。 → 项目支付进度', '累计完成形象进度84.17亿元。 → 完成形象进度'],
  counterExamples: ['项目支付进度48.75亿元。 → 项目支付'],
};

/**
 * Latin letters joined by & (R&D: a province's and a city's bulletins of R&D spending; a city's work
 * report and a district bureau's summary write it too): one abbreviation of the label, as GDP is, not a
 * letter after a mark. Regex source.
 */
export const LATIN_JOINED: Examples & { pattern: string } = {
  pattern: '(?<![A-Za-z&])[A-Za-z]+(?:&[A-Za-z]+)+(?![A-Za-z&])',
  examples: ['按活动主体分，企业R&D经费支出3359.3亿元 → 企业R&D经费支出', '分活动主体看，各类企业R&D经费支出94.90亿元 → 各类企业R&D经费支出'],
  counterExamples: ['按活动主体分，企业R&D经费支出3359.3亿元 → D经费支出'],
};

/** A quoted name is one noun, however the segmenter would cut it (建设“四好农村路”3万公里); a quoted number is none. */
export const QUOTED_NAMES: Examples = {
  examples: ['建设“四好农村路”3万公里 → 建设“四好农村路”', '累计提供“暖心煤”1亿吨，完成“煤改电”78万户 → 提供“暖心煤”', '新增“多田套合”面积180万亩 → 新增“多田套合”面积'],
  counterExamples: ['建设“四好农村路”3万公里 → 好农村路', '2023年通过“12350”受理举报查处15宗 → 12350受理举报查处'],
};

/**
 * An aside of alternatives after a noun of one character stays with it (57个县（市）); others are
 * dropped before a phrase is read (中心(所、站)).
 */
export const ASIDES: Examples = {
  examples: ['57个县（市）生产总值近3年年均增速快于全省 → 县（市）', '9个县（区）获评“两山”实践创新基地 → 县（区）'],
  counterExamples: ['57个县（市）生产总值近3年年均增速快于全省 → 县'],
};

/** Marks of an aside and of a quotation (see QUOTED_NAMES). */
export const ASIDE_OPEN = '(（';
export const ASIDE_CLOSE = ')）';
export const QUOTES = '“”"‘’\'「」';

/**
 * A time after a verb of carrying over (结转下年度, 顺延至下一年度) is where the act goes, not when the
 * figure is: the label reads from the verb, through what is done there (继续办理). Regex source, matched
 * at the end of the clause before a figure.
 */
export const CARRIED_OVER: Examples & { pattern: string } = {
  pattern: `(?:结转|顺延|转)(?:至|到)?(?:下一?|次|\\d{4})年度?[${HAN_RANGE}]{0,6}$`,
  // (disclosure reports of a district, a town, a county office and a provincial bureau)
  examples: [
    '2024共收到依申请政府信息公开2件，结转下年度继续办理0件 → 结转下年度继续办理', '办结9件，结转下年度继续办理0件 → 结转下年度继续办理',
    '按时办结454件，结转下年继续办理7件 → 结转下年继续办理', '因信息不存在的5件，结转至下一年度办理2件 → 结转至下一年度办理',
  ],
  counterExamples: ['办结9件，结转下年度继续办理0件 → 继续办理', '结转上年度政府信息公开申请3件 → 结转上年度政府信息公开申请'],
};

/**
 * A net change of a stock, alone in its clause after the clause giving the stock in the same unit
 * (限上商贸流通企业达66家，净增33家): it changes that stock, which names it with the change.
 */
export const NET_CHANGE: LabelWords = {
  words: ['净增', '新增', '净增加', '净减少', '净减', '净流入', '净流出'],
  // (a county's work report, two cities' statistical bulletins)
  examples: [
    '2023年，限上商贸流通企业达66家，净增33家 → 净增限上商贸流通企业', '2019年，全市私有企业4万户，新增1.38万户 → 新增私有企业',
    '2023年，全年人才流入32.6万人，净流入15.8万人 → 净流入人才',
  ],
  counterExamples: ['2023年，新增高新技术企业14家，净增13家 → 净增新增高新技术企业', '2023年，常住人口90万人，出生1.2万人 → 出生常住人口'],
};

/**
 * What is left of a whole, alone before a figure that opens its clause (其余2件, 另有50件): when a
 * predicate, not a noun, follows the figure, what the counted ones underwent names them (1件结转下年度
 * 继续办理 → 结转下年度继续办理; 其中33件已办结 → 办结).
 */
export const REMAINDER: LabelWords = {
  words: ['其中', '其余', '剩余', '另有', '另', '尚有', '还有', '仍有'],
  // (disclosure reports of a county, a district, a city's office; a county's bureau)
  examples: [
    '全年共收到政府信息依申请公开89件次，已经答复88件，1件结转下年度继续办理 → 结转下年度继续办理',
    '全年共办结606件，另有50件结转2025年度继续办理 → 结转2025年度继续办理', '共受理投诉60件，其中33件已办结 → 办结',
  ],
  counterExamples: ['全年共办结606件，另有50件结转2025年度继续办理 → 办结', '其中6家企业正式入驻 → 正式入驻'],
};

/**
 * Adverbs between a noun and the one word before a figure (耕地已整治1110亩, 一般程序案件共办理2326件): the
 * noun, named first, is what that word acts on, and the label takes it.
 */
export const OBJECT_FIRST: LabelWords = {
  words: ['已', '已经', '共', '共计', '累计', '均'],
  // (a city's bureau of agriculture, a county's law-enforcement bureau, a district's disclosure report)
  examples: ['全市“非粮化”耕地已整治1110亩 → “非粮化”耕地已整治', '全年一般程序案件共办理2326件 → 一般程序案件共办理', '微信公众号累计发布1800余篇 → 微信公众号累计发布'],
  counterExamples: ['全年共办结606件 → 全年共办结', '2024年度我局共收到0条 → 我局共收到', '报告日已整改40项 → 报告日已整改'],
};

/**
 * The scope of a report's figures (全省, 全国): no part of a label, and skipped where it opens the
 * words after a figure (8家全国重点实验室落户河北).
 */
export const SCOPES: LabelWords = {
  words: ['全区', '全市', '全省', '全县', '全国'],
  examples: ['8家全国重点实验室落户河北 → 重点实验室', '29家全国重点实验室、62家驻津大院大所 → 重点实验室'],
};

/**
 * A plan's span standing between a figure's measure and its change (地区生产总值“十三五”时期年均增长2.4%):
 * the figure's time, no row's name, read past. Not the base a change is reckoned from (比“十三五”时期增长71%).
 */
export const PLAN_SPAN_IN_WORDS = proven(new RegExp(`(?<![比较与于从][“"]?)${PLAN}(?:时期|期间|以来)`, 'g'), {
  // (a banner's 2021 report: …“十三五”时期年均增长2.4%; a prefecture's 2025 report: 经济总量“十四五”以来年均增长7.8%)
  examples: ['地区生产总值“十三五”时期年均增长2.4% → 地区生产总值', '经济总量“十四五”以来年均增长7.8% → 经济总量'],
  counterExamples: ['累计使用外资比“十三五”时期增长71% → 十三五时期'],
});

/** Words that are never part of a label: adverbs, pronouns of place, particles, prepositions. */
export const LABEL_STOPWORDS: LabelWords = {
  words: [
    '共', '共计', '累计', '合计', '总计', '全年', '已', '已经', '了', '达', '达到', '为', '至', '约', '近', '超过', '超', '逾',
    '的', '等', '其中', '分别', '均', '有', '是', '在', '对', '向', '将', '及', '和', '与', '同比', '比', '较', '由', '从',
    '今年', '以来', '年度', ...SCOPES.words, '我局', '我省', '我市', '我区', '我县', '我镇', '我乡', '我委', '本局', '突破', '目前', '现',
    '已将', '全部', '这些', '一是', '二是', '三是', '四是', '五是', '预计', '各', '都', '力争', '确保', '且', '包括', '主要包括', '具体包括',
  ],
  examples: [
    '全区应急管理系统巡查企业6986家次 → 巡查企业', '2023年共培训各类人员6000余人 → 培训各类人员',
    '力争全社会研发投入强度达到3.35% → 全社会研发投入强度', '力争新增可再生能源装机1亿千瓦 → 新增可再生能源装机',
    '对农产品网络销售额2万元以上且快递单量达1000单以上的经营主体进行补助 → 农产品网络销售额',
    '主要包括会议公开2条，占比0.5% → 会议公开',
  ],
  counterExamples: ['2023年共培训各类人员6000余人 → 共培训各类人员', '全年开展合法性审核111次且通过率100% → 且通过率'],
};

