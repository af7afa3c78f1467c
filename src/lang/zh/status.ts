import { proven, type Examples } from './types.js';
import { HAN_RANGE } from './script.js';
import type { Category } from './units.js';
import { MULTIPLE_OF_YEAR } from './time.js';

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
  /** the categories of figure the cue is read for, where not all */
  categories?: readonly Category[];
  /** for a cue read after the figure: what the words before it in its clause must end on too */
  before?: RegExp;
  /** for a cue read after the figure: the bound it must carry before its number (超) */
  bounds?: readonly string[];
}

/** In order: the first cue that matches decides. */
export const SENTENCE_CUES: readonly StatusCue[] = [
  {
    status: 'average',
    // an average, or an average rate of change (the change of an average, 平均办理时长压缩, is not one); an
    // average named right before its figure (早稻平均亩产652.7公斤, 平均跑动次数0.23次, 平均优化率达73%), not
    // the rate a conversion uses (按年平均汇率计算为), a level compared with (高于全市平均水平), or a change (平均降幅)
    words: ['年均', '年平均', '日均', '月均', '周均', '平均每', '平均值', '均值', '平均为', '平均达'],
    pattern: /平均(?!汇率|水平)(?![^，,；;。]*?(?:压减|减少|缩减|压缩|降低|提高|提升|下降|增长|缩短|节约|节省|精简|降幅|增幅))[^，,；;。\d]{1,6}?(?:达到?|为|是)?$/,
    examples: ['地区生产总值年均增长5.5%。', '失业率平均值为5.0%。', '日均办理业务300件。', '水稻示范基地早稻平均亩产652.7公斤。', '推行“最多跑一次”，平均跑动次数0.23次。', '审批时限平均优化率达73%。'],
    counterExamples: ['平均办理时长压缩87.3%。', '人均地区生产总值达11万元。', '按2024年平均汇率计算为10283美元。', '增速高于全市平均水平1.2个百分点。', '集中带量采购，价格平均降幅60%左右。', '推出119个重点事项，平均压减时间58%。', '企业办事材料平均精简约40%。'],
  },
  {
    status: 'target',
    // read in the figure's own clause. 预期 but not 预期寿命 (life expectancy, a measured result), nor 预期转弱 (the
    // expectations weakening of the three pressures two reports name before their year's results), nor a
    // result set against the expected (超预期完成, 好于预期, 符合预期); 计划
    // before what is planned (计划新建, 计划投资), not the plan a result is set against (比原计划的340次,
    // 完成年度计划的105%, 完成年度计划投资的117%, 未按计划开工项目33项) nor a programme's name
    // (国家培养计划科技领军人才, 就业见习计划); the year's plan of investment stated as its amount
    // (年度投资计划40.9亿元), not a share of it (占年度投资计划的97.2%); 争取 before a verb of reaching,
    // not 争取 = to obtain (争取中央预算内投资237亿元; 争取到位上级资金34.3亿元, 争取到国家政策性资金2.1亿元:
    // 到 a time is a plan's, 争取到2027年); 将 before a verb of the future, not 将 = 把; a goal's value
    // named right before it (低于市定目标值95微克/立方米), not a result that reached it; a quota of building
    // or renewal named right before it (高标准农田建设任务0.7万亩, 改造任务1800亩), not one done or passed;
    // what a project is expected to bring (预计带来产值4亿元, 预计拉动投资30亿元, 预计年产值4亿元), not the
    // year's estimated result (预计全年接待游客9.6亿人次); 拟 before what is planned, not cadres named by what
    // awaits them (开展拟提拔领导干部法律知识考试6场)
    pattern: /拟(?!提拔|任职?|晋升|录用|聘)|预计(?:可|将)?(?:带来|拉动|年产值|年税收)|(?<!完成|超)(?:建设|改造)任务(?:是|为)?\s*$|(?<![超出于合])预期(?!寿命|转弱|减弱)|(?<!占|完成)年度投资计划(?:为|是|达)?$|(?<!原|按|完成|完成年度)计划(?=新建|建设|建成|完成|实施|开展|投资|安排|新增|招|培训|举办|到|于|在|用|年内|全年|新?开工(?!的))|争取(?=达到|实现|完成|突破|超过|新增|建成|到\s*(?:(?:19|20)\d{2}|年底|年末|月底))|目标值(?:为|是)?\s*[（(]?$|将(?:达到|超过|突破|提高|增加|增长|提升|降低|下降|继续|进一步|全面|加快|持续|着力|大力|重点|新建|建成|完成|实施|推动|推进|开展|投入)/,
    // a budget draft sets what is to be collected and spent (预算草案：全国一般公共预算收入219850亿元). Not
    // 控制在: a result in a review (城镇调查失业率控制在3.64%以内, of a district's 2022; 居民消费价格涨幅控制在
    // 1.7%以内, of a city's 2018), a goal in a plan, as its frame says
    words: ['力争', '确保', '预算草案'],
    examples: ['力争城镇新增就业110万人以上。', '国务院提出的2025年中央和地方预算草案：全国一般公共预算收入219850亿元。', '预期目标：地区生产总值增长5%。', '计划新建学校12所。', '今年将继续新开工改造城镇老旧小区320个。', '未来三年将投入1000亿元现金。', '本年度计划开工项目255项。', '其中计划开工项目6个。', '年度投资计划647.4亿元。', '年度投资计划40.9亿元，完成投资52.6亿元。', '争取达到3000亿元。', '争取到2027年建成省级园区5个。', '低于市定目标值95微克/立方米。', '提前实现了健康广州行动的目标值（37%）。', '华容区高标准农田建设任务0.7万亩。', '2018年糖料蔗“双高”建设任务是 2.23 万亩。', '出租给优质企业易赛通信，预计带来产值4亿元。', '其中乌龙山国际森林度假目的地项目预计拉动投资30亿元。', '招引企业落户，预计年产值4亿元，纳税200万', '拟新建学校3所。'],
    counterExamples: ['将12家企业列入经营异常名录。', '预计全年接待游客9.6亿人次。', '规上工业预计总产值802.86亿元。', '预计年水产品产量约48538吨。', '人均预期寿命提高到80岁。', '顶住需求收缩、供给冲击、预期转弱三重压力，全年地区生产总值达672.14亿元。', '截至目前，已超预期完成固定资产投资35.93亿元。', '全年增长5.4%，好于预期。', '检查频次比原计划的340次减少了119次。', '完成年度计划的105%。', '完成年度计划开工的80.8%。', '完成年度计划投资的117%。', '占年度投资计划的97.2%。', '未按计划开工项目33项。', '按计划完成11项改动。', '新入选国家培养计划科技领军人才409名。', '争取中央预算内投资237亿元。', '争取到位上级资金34.3亿元，较上年增长10.1%。', '前6个月共争取到国家政策性资金2.1亿元。', '全年城镇新增就业52万人。', '已达到目标值，全年优良天数为220天。', '面积1.428万亩，超建设任务200多亩。', '全年完成建设任务3400亩。', '城镇调查失业率控制在3.64%以内。', '开展拟提拔领导干部法律知识考试6场。'],
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
 * A clause opening on 已 and a verb: what was done by the time of writing, a result of the year reported
 * on, whatever year its sentence plans for (a zone's summary: 谋划2024年重大项目55个、总投资282亿元，已收储土地
 * 1.3万亩; a city's progress report: 谋划储备2025年重点项目519项，已推送纳入国家重大建设项目库407项). Not 已 before a
 * level or a plan (已达, 已有, 已将).
 */
export const DONE_CLAUSE = proven(new RegExp(`^\\s*已(?:经)?(?!达|超|有|是|为|将|累计)[${HAN_RANGE}]`), {
  examples: ['已收储土地', '已推送纳入国家重大建设项目库', '已经完成'],
  counterExamples: ['已达到', '已有', '已将', '计划已收储土地'],
});

/**
 * Words that state what was done: 实际完成, 实际已开工, 已开工 (not 实际 naming a measure, 实际使用外资), and a verb
 * of completion that no plan word governs (7个计划开工项目完成投资1.43亿元; 全年完成投资1.4亿元;
 * 完成年度计划投资107.7%; not 计划完成投资). Right before a figure, they make it a result whatever plan
 * its words named; before a figure anywhere in its sentence, they end the hold of a plan that opened it
 * (今年计划实施…150公里，实际完成…142.187公里).
 */
export const RESULT_STATED = proven(/实际(?:已|完成|开工|竣工|到位)|已(?:开工|竣工|完工)|(?<!计划|力争|确保|争取|预计|预期|拟|将)完成(?:年度)?(?:投资)?(?:计划)?(?:投资|产值)?的?(?=[\d，,、；;]|$)/, {
  examples: [
    '今年计划实施路面大中修项目总计里程150公里，实际完成', '本年度计划新开工项目270项，实际已开工', '目前实际已开工',
    '7个计划开工项目完成投资', '全年完成投资', '1—12月完成投资', '完成年度计划投资', '完成年度计划投资的',
    '92个计划新开工项目已开工', '自贡5G创新应用产业园等3个项目已开工',
  ],
  counterExamples: ['力争实际使用外资增长5%', '今年计划实施路面大中修项目总计里程', '计划完成投资', '力争完成投资', '年度计划投资', '完成投资的项目'],
});

/**
 * A sentence that opens with a document's title and what it sets out (《纲要草案》…设置了29项主要指标):
 * its figures count what the document holds now, a fact, even where the document is a plan.
 */
export const DOCUMENT_CONTENTS = {
  /** the sentence's opening: a document's title (sentences up to a figure, from two reports) */
  subject: proven(/^\s*(?:[^。；;,，]{0,12}[,，])?《[^》]{2,40}》/, {
    examples: ['《纲要草案》具体部署了', ' 《纲要草案》具体部署了 (a paragraph a one-line body runs on to)', '《纲要（草案）》明确了经济社会发展主要指标：一是围绕经济发展，提出', '为实现上述指标，《纲要（草案）》安排了'],
    counterExamples: ['全年办理案件', '为深入贯彻落实党中央关于法治建设的重大部署，《纲要》'],
  }),
  /** the figure's own clause: the verb that sets it out, right before it */
  verb: proven(/(?:设置|部署|提出|明确|安排|确定|列出)了?$/, {
    examples: ['《纲要草案》具体部署了', '一是围绕经济发展，提出', '《纲要（草案）》安排了'],
    counterExamples: ['其中地区生产总值年均增长', '《条例》施行以来，累计办理案件'],
  }),
};

/**
 * An average over the year (年均浓度, 年平均浓度; a pollutant's 平均浓度 is its mean over the year): in a
 * frame of one year it is that year's own measure, a result; over a span of years (年均增长5.5%) an average.
 */
export const YEAR_AVERAGE = proven(/年平?均(?!(?:分别)?(?:增长|增速|增幅|提高|提升|下降|降低|减少|增加|递增|递减))|(?<![日月周])平均浓度/, {
  examples: ['细颗粒物年均浓度', '设区城市PM2.5年平均浓度降至', 'PM2.5平均浓度为30微克/立方米', 'PM2.5平均浓度为32微克/立方米'],
  counterExamples: ['日均办理业务', '月均现场检查量', '地区生产总值年均增长', '服务贸易年均增速', '城镇、农村居民人均可支配收入年均分别增长'],
});
/** An average rate of change (年均增长5.5%, 月均下降): an average whatever the frame. */
export const AVERAGE_RATE = proven(/[年月日周]平?均(?:分别)?(?:增长|增速|增幅|提高|提升|下降|降低|减少|增加|递增|递减)/, {
  // (of a list: 社会消费品零售总额、规模以上工业增加值年均分别增长8.2%、7.5%, in two reviews of five years)
  examples: ['地区生产总值年均增长', '服务贸易年均增速', '社会消费品零售总额年均分别增长'],
  counterExamples: ['细颗粒物年均浓度', '月均现场检查量下降'],
});

/**
 * Right after a figure of a review of several years, the average rate it grew by over them: the figure
 * is the level the years ended at, not what they added (人均生产总值7.9万元，年均增长6%; 城乡居民人均可支配
 * 收入2.33万元，年均增长6.7%; 固定资产投资250.3亿元，可比年均增长10.3%).
 */
export const AVERAGE_RATE_AFTER = proven(new RegExp(`^[,，]\\s*(?:可比)?${AVERAGE_RATE.source}`), {
  examples: ['，年均增长6%', '，可比年均增长10.3%'],
  counterExamples: ['，增长6%', '，占全省的10%', '年均增长6%'],
});

/**
 * A change from the year before (同比, 比上年) of a figure of a review of several years, or right after
 * it: the figure is of one year, the span's last, not what the years added (“十三五”期间，…预计到2020年底，
 * 全乡实现国民生产总值9350万元，同比增长0.86%). Examples are a rate's clause and the words after a level.
 */
const YEAR_ON_YEAR = '(?:同比|(?:比|较)(?:上年|去年))(?:同期)?';
export const YEAR_ON_YEAR_RATE = proven(new RegExp(`${YEAR_ON_YEAR}(?:分别)?(?:增长|下降|提高|增加|减少|上升|降低)$`), {
  examples: ['全乡实现国民生产总值9350万元，同比增长', '农民人均纯收入达到5200元，同比增长'],
  counterExamples: ['地区生产总值年均增长', '比2015年增长'],
});
export const YEAR_ON_YEAR_AFTER = proven(new RegExp(`^[,，]\\s*${YEAR_ON_YEAR}`), {
  examples: ['，同比增长0.86%', '，比上年增长8.33%'],
  counterExamples: ['，年均增长6%', '，比2015年增长30%'],
});

/**
 * Right after a figure of a review of several years: a multiple of an earlier year's value (完成地方财政一般
 * 预算收入6006万元，是2016年的1.03倍; 进出口总额27.6亿元，是2016年的2倍): the figure is the level of one year,
 * the span's last, that the multiple compares. Examples are the words after a level.
 */
export const MULTIPLE_OF_YEAR_AFTER = proven(new RegExp(`^[,，]\\s*(?:分别)?${MULTIPLE_OF_YEAR}`), {
  examples: ['，是2016年的1.03倍', '，分别是2016年的1.4倍、2.4倍'],
  counterExamples: ['，比2016年增长30%', '，是全省的1.2倍', '，年均增长6%'],
});

/**
 * A quota named right before a figure that a share right after it is of (完成全年任务1100人的137%; 完成年度目标
 * 任务42亿元的92.36%): the quota's value, not what was done (a city's bulletin, a street's summary).
 */
export const QUOTA_SHARED: StatusCue = {
  status: 'target',
  pattern: /^\s*的\s*\d[\d.]*\s*[%％]/,
  before: /(?:任务|指标)数?(?:为|是)?\s*$/,
  examples: ['完成全年任务1100人的137%。', '规上工业产值完成年度目标任务42亿元的92.36%。', '完成全年指标任务37亿元的120.43%。'],
  counterExamples: ['全年完成建设任务3400亩。', '完成全年任务1100人，占137%。'],
};

/** A figure that names a goal (增长6%目标任务, 7.5%的预期目标, 6%任务目标): the goal's value, not a result. */
export const TARGET_AFTER: StatusCue = {
  status: 'target',
  pattern: /^的?(?:预期|年度|全年|增长|任务)?目标/,
  examples: ['聚焦地区生产总值年度增长6%目标任务。', '上半年经济增速高于年初制定的7.5%的预期目标。', '圆满完成市委、市政府下达的6%任务目标。'],
  counterExamples: ['预计上半年全县GDP增长6.3%以上。', '高于年初目标4.8个百分点。'],
};

/**
 * After a figure: it qualifies what follows (1万元以内的行政处罚权, 5年以上刑期, 2000万元及以上的企业), a
 * condition, not a result. `examples` are sentences whose first figure this makes a rule.
 */
export const THRESHOLD_AFTER: StatusCue = {
  status: 'threshold',
  // also a reach (50米内换乘, 15分钟内到达) and a grade (30万吨级航道): what the figure qualifies, not a
  // result; but 内 that begins a noun counted (6项内容, 8个内设机构) reaches nowhere
  pattern: /^(?:(?:及以上|及以下|以上|以下|以内)的|内(?![容设部涵])(?=[\u4e00-\u9fff])|级)/,
  examples: ['下放1万元以内的行政处罚权。', '年主营业务收入2000万元及以上的工业企业。', '公交与轨道50米内换乘比例达91%。', '30万吨级条帚门航道建成投运。'],
  counterExamples: ['培训执法人员200人以上。', '罚款1万元。', '新增运营里程30公里，总里程达909公里。', '本报告包括其他需要报告的事项等6项内容。', '局机关设置8个内设机构。'],
};

/**
 * After a sum of money, words that make it the bound of a class of what follows (500万元以上项目318个,
 * 5000万元以上项目65个): a condition, not an amount spent or earned. A count so bounded is a count
 * (100个以上项目纳入). `examples` are sentences whose first figure this makes a rule.
 */
export const MONEY_CLASS_AFTER: StatusCue = {
  status: 'threshold',
  pattern: new RegExp(`^(?:及以上|以上|以下)(?![的，,。；;、）)\\s])(?=[${HAN_RANGE}])`),
  categories: ['money'],
  examples: ['全年实施推进500万元以上项目318个。', '实施5000万元以上项目65个，开复工率100%。', '500万元以上固定资产投资项目均超额完成年度投资目标。'],
  counterExamples: ['完成投资500万元以上。', '实现营业收入100亿元以上，增长8%。'],
};

/**
 * After an amount or a measure, a lower bound followed, in its clause, by the count of what it bounds
 * (已建成1000平方米以上商务楼宇97幢; 建成30亩以上高糖高产糖料蔗示范点15个; 其中3亿元以上17个): the bound of a class
 * counted, not an amount reached. `examples` are sentences whose first figure this makes a rule.
 */
export const CLASS_COUNTED_AFTER: StatusCue = {
  status: 'threshold',
  pattern: new RegExp(`^(?:及以上|以上)[${HAN_RANGE}“”]{0,14}?\\d`),
  categories: ['count', 'money'],
  // (a district's report, a city bureau's summary of 2016, a county's report)
  examples: ['2015年，已建成1000平方米以上商务楼宇97幢。', '2016年，建成30亩以上高糖高产糖料蔗示范点15个。', '其中3亿元以上17个、10亿元以上制造业5个。'],
  counterExamples: ['2015年，完成造林1000亩以上，新增绿地20公顷。', '2024年，培训执法人员200人以上。', '实现营业收入100亿元以上，增长8%。'],
};

/**
 * After a sum of money a bound before it opens (超5000万元项目417个, 收入超100万元村1个, 营收超十亿元行业6个,
 * 产值超500亿元的企业达到11家), the class it bounds and the count of that class: the bound of a class counted, as
 * 以上 after the sum makes one (CLASS_COUNTED_AFTER). `examples` are sentences whose first figure this makes a rule.
 */
export const BOUNDED_CLASS_AFTER: StatusCue = {
  status: 'threshold',
  pattern: new RegExp(`^的?[${HAN_RANGE}]{1,8}?\\d`),
  categories: ['money'],
  bounds: ['超', '超过'],
  // (a city's work report, a town's summary, a district's bulletin, a province's report)
  examples: ['全年开工建设超5000万元项目417个。', '预计2025年收入超100万元村1个。', '从行业看，营收超10亿元行业6个。', '营业收入超500亿元的企业达到11家。'],
  counterExamples: ['总投资超1亿元，通过高频次沟通。', '全年完成投资超5000万元。', '完成投资5000万元项目3个。'],
};

/**
 * Right before a figure, the standard a change is measured against: 比原需开展的261次行政执法减少了147次
 * (a baseline when a change of the same unit follows). (由…提升为… is a stated change, found with the
 * changes.)
 */
export const BASELINE_COMPARED: StatusCue = {
  status: 'baseline',
  // not 比重, 比例, 比率 (a share: 占规上工业比重达到35%)
  pattern: /(?:(?<!占)比(?![重例率])|较|相比)[^,，;；。比较]{0,14}$/,
  examples: ['比原需开展的261次行政执法减少了147次。'],
  counterExamples: ['比上年增长5%。', '同比下降12%。', '战略性新兴产业增加值占规上工业比重达到35%。', '新增非化石能源装机占比达到75%以上。'],
};

/** Right before a figure, an earlier period's value: 上年同期为45件. */
export const BASELINE_EARLIER: StatusCue = {
  status: 'baseline',
  pattern: /(?:上年|去年|上一年度?|上年同期|去年同期)(?:的|为|是|有|共|达)$/,
  examples: ['上年同期为45件，今年为60件。'],
  counterExamples: ['今年为60件。', '比上年增长5%。'],
};

/**
 * Words right before a figure that say it is a level reached, not a quantity added over the span:
 * in a review of several years, 城镇化率提高到76.58% is where the span ended (actual), 建成碧道7960公里
 * is what the span added (cumulative).
 */
export const LEVEL_WORDS: Examples & { words: readonly string[] } = {
  words: ['达', '达到', '提高到', '提高至', '提升到', '提升至', '增至', '增加到', '发展到', '升至', '降至', '降到', '减至', '突破', '超过', '跃居', '迈上', '站上', '保持在', '稳定在', '有', '覆盖', '为'],
  /** in a review of five years, examples are figures of a level reached, counter-examples what the years added */
  examples: ['城镇化率提高到76.58%', '港澳学生达11.6万人', '粮食产量稳定在760亿斤以上', '超过10%的有44种', '城镇和农村居民人均可支配收入分别超过8万元', '地均迈上76亿元/平方公里新台阶', '先后突破500亿元大关、迈上550亿元新台阶', '商务楼宇发展到36座', '农产品加工企业发展到177家'],
  counterExamples: ['建成碧道7960公里', '新增2个国家级经济技术开发区'],
};

/**
 * A quantity a year holds (粮食年产量, 页岩油年产量, 新能源汽车年产量, 港口年吞吐量): in a review of several
 * years, the level the years reached, not what they added.
 */
export const ANNUAL_QUANTITY = proven(/年(?:产量|吞吐量)/, {
  examples: ['粮食年产量超760亿斤', '助力页岩油年产量突破100万吨', '新能源汽车年产量近70万辆', '成为全球首个年吞吐量超过5000万标准箱的世界大港'],
  counterExamples: ['粮食产量年均增长1%', '年均产量', '五年新增产量'],
});

/**
 * A quantity that is a stock, not a flow (总里程, 总装机, 总数, 保有量, 余额), named right before its figure
 * with no change: in a review of several years, the level reached, not what the years added; unless its
 * words say it was added (新增通车里程). Read on the figure's own words.
 */
export const STOCK_QUANTITY = proven(/^(?!.*(?:新增|新建|新开通))(?=.*(?:总里程|通车里程|运营里程|总装机\S{0,4}|总数|保有量|余额)(?:达到?|超过?|突破|近|约|为)?$)/, {
  examples: ['电力总装机规模3.1亿千瓦', '农村公路总里程12.96万公里', '城市轨道交通通车里程超400公里', '上市公司总数186家'],
  counterExamples: ['新增通车里程500公里', '建成碧道7960公里', '人民币存款、贷款余额连跨4个万亿元台阶'],
});

/** Clause-final particles between a figure and the words that make it a level (达 in 达到了): all of them, or none. */
export const LEVEL_PARTICLES = proven(/(?:了|约|近|超过|超|逾|的|分别)*$/, {
  examples: ['港澳学生达到了 → 了', '城镇和农村居民人均可支配收入分别超过 → 分别超过', '城镇化率提高到 → '],
});
