import { proven, type Examples } from './types.js';

/** The base unit of money: every amount in yuan is summed in it. */
export const YUAN = '元';
/** The unit of a rate measured against its base (增长5%); 个百分点 is the difference of two rates, a rate of nothing. */
export const PERCENT = '%';

/** What a figure counts, in the order reports and charts list them. */
export const CATEGORIES = ['fine', 'money', 'case', 'person', 'percent', 'count'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * A unit or measure word that may follow a number. `base` is the unit the value is reported in
 * (money always in 元 or its own currency); `factor` scales the value (三成 = 30%).
 * `ambiguous` units take case or count from the words around them (see categoryKeywords).
 * `notBefore` lists characters that, right after the unit, show it is part of another word (处罚).
 */
export interface UnitEntry extends Examples {
  unit: string;
  base: string;
  category: Category;
  factor?: number;
  ambiguous?: boolean;
  notBefore?: string;
  /** followed by a noun, the figure qualifies it (65岁以上老年人) and is no indicator of its own */
  qualifier?: boolean;
  /** followed by a number, the figure names the group that number counts (18岁以下12.53万人, 0-17岁86248人) */
  namesGroup?: boolean;
  /**
   * a measure word of the open vocabulary (see MEASURE_WORDS): a unit after an Arabic number or a
   * Chinese numeral of two characters or more; after a lone 两/三/四 … it is mostly a name or a slogan
   * (三门峡, 两条腿)
   */
  open?: boolean;
  /** after a year-like number it names a year's cohort or edition (2022届, 2024版): no figure */
  notAfterYear?: boolean;
}

const count = (unit: string, notBefore?: string): UnitEntry => ({ unit, base: unit, category: 'count', notBefore });

export const UNITS: readonly UnitEntry[] = [
  // money
  { unit: '元', base: '元', category: 'money', notBefore: '素旦宵件器首', examples: ['3.86万元', '121.1余万元'] },
  { unit: '美元', base: '美元', category: 'money', examples: ['52.3亿美元'] },
  // the currency named after the unit (实际使用外资金额7363.7亿元人民币（折合1195.6亿美元）) is the unit's, not what is counted
  { unit: '元人民币', base: '元', category: 'money', examples: ['7363.7亿元人民币', '843.5亿元人民币'] },
  { unit: '港元', base: '港元', category: 'money' },
  { unit: '港币', base: '港元', category: 'money' },
  { unit: '欧元', base: '欧元', category: 'money' },
  // people
  { unit: '人次', base: '人次', category: 'person', examples: ['400余人次'] },
  { unit: '人', base: '人', category: 'person', notBefore: '民大工', examples: ['6000余人'], counterExamples: ['3人民'] },
  { unit: '名', base: '名', category: 'person', notBefore: '义单称录额', examples: ['37名'] },
  { unit: '位', base: '位', category: 'person', notBefore: '于置列次', examples: ['六位专业人士'] },
  // percent
  { unit: '%', base: '%', category: 'percent', examples: ['25%'] },
  // per mille: a statistical bulletin's birth, death and natural growth rates
  { unit: '‰', base: '‰', category: 'percent', examples: ['出生率为5.46‰', '人口自然增长率为-3.93‰'] },
  { unit: '个百分点', base: '个百分点', category: 'percent', examples: ['2.1个百分点'] },
  { unit: '百分点', base: '个百分点', category: 'percent' },
  // the difference of two per-mille rates (county bulletins: 登记出生率5.72‰，比上年下降0.14个千分点; 自然增长率…下降3.18个千分点)
  { unit: '个千分点', base: '个千分点', category: 'percent', examples: ['比上年下降0.14个千分点', '比上年下降3.18个千分点'], counterExamples: ['比上年下降0.14个'] },
  { unit: '成', base: '%', category: 'percent', factor: 10, notBefore: '为果效功绩本员立就熟交都长型品', examples: ['近三成'], counterExamples: ['三成为'] },
  // counts that may be cases
  // a matter counted once each time it is raised (petitions, complaints, inquiries)
  { unit: '件次', base: '件次', category: 'count', ambiguous: true, examples: ['谈话函询1305件次', '中、省转办47件次'] },
  { unit: '件', base: '件', category: 'count', ambiguous: true, examples: ['立案查处68件'] },
  { unit: '起', base: '起', category: 'case', ambiguous: true, notBefore: '来草诉步', examples: ['查处70起'] },
  { unit: '宗', base: '宗', category: 'case', ambiguous: true, notBefore: '旨教族', examples: ['违法案件7宗'] },
  { unit: '个', base: '个', category: 'count', ambiguous: true, notBefore: '人体性别月', examples: ['17个镇街'], counterExamples: ['连续24个月保持两位数增长 (a duration)', '提前3个月实现100%交付'] },
  { unit: '次', base: '次', category: 'count', ambiguous: true, notBefore: '要生序', examples: ['培训34次'] },
  // other counts
  { ...count('家次'), examples: ['6986家次'] },
  { ...count('家', '庭属长乡居园电'), examples: ['11家企业'] },
  count('辆次'),
  count('架次'),
  count('航次'),
  count('条', '件例款约'),
  count('项', '目'),
  count('场次'),
  count('场', '所景地馆'),
  count('卷', '宗烟'),
  count('份', '额'),
  count('辆'),
  count('吨/日'),
  count('吨/年'),
  count('吨'),
  count('桶'),
  { ...count('册', '子'), counterExamples: ['5册子'] },
  count('处', '罚置理长室于分'),
  count('所', '以有属在得谓'),
  count('张'),
  count('户', '籍口型'),
  { ...count('株', '洲'), counterExamples: ['12株洲市企业'] },
  count('亩'),
  count('公顷'),
  count('平方公里'),
  count('平方米'),
  count('立方米'),
  count('公里'),
  count('千米'),
  count('米', '粮'),
  count('千瓦时'),
  count('千瓦'),
  count('兆瓦'),
  count('千克'),
  count('公斤'),
  { ...count('斤'), examples: ['粮食产量760亿斤'] },
  // (50 kg: what tobacco is bought and grown in, in three counties' reports and bulletins)
  { ...count('担', '任保当负责纲忧心'), examples: ['烤烟收购量23.7万担', '种植烤烟1208亩、产量3110担', '收购烟叶18.47万担'], counterExamples: ['由3名同志担任'] },
  count('标箱'),
  // (the same written out: two provinces' work reports)
  { ...count('标准箱'), examples: ['集装箱吞吐量达到2218万标准箱', '上海港集装箱吞吐量达到5506.3万标准箱'] },
  count('微克/立方米'),
  // the same written with its symbols (μ the Greek letter or the micro sign µ, ³ or 3)
  ...['μg/m3', 'μg/m³', 'µg/m3', 'µg/m³'].map((unit): UnitEntry => ({ unit, base: '微克/立方米', category: 'count', examples: [`2024年我市pm2.5浓度24.7${unit}`] })),
  count('轮', '次'),
  count('种', '植子类'),
  count('对', '于照接外象标话'),
  count('批次'),
  count('批', '准示复评'),
  count('套', '餐'),
  { ...count('台', '账阶湾风'), examples: ['处理设备故障41台'] },
  count('座', '谈'),
  count('艘'),
  count('架', '构'),
  count('列', '入为出车'),
  count('棵'),
  { ...count('篇', '章'), counterExamples: ['3篇章'] },
  count('支', '持付出部撑'),
  count('倍'),
  { ...count('岁', '月'), qualifier: true, namesGroup: true, examples: ['80岁以上'], counterExamples: ['65岁以上老年人', '0—6岁儿童', '18岁以下12.53万人'] },
  // measures a bulletin or an environmental report states
  { ...count('小时', '内'), qualifier: true, examples: ['服务时长1.2万小时'], counterExamples: ['24小时值班'] },
  count('毫克'),
  count('微克'),
  count('克', '服隆'),
  count('毫升'),
  count('升', '级格值学高温'),
  count('毫米'),
  count('厘米'),
  count('千伏安'),
  count('兆瓦时'),
  count('万千瓦时'),
  { ...count('吨标准煤'), examples: ['节约能源1.2万吨标准煤'] },
  count('吨标煤'),
  // a person counted per day of work
  { unit: '人天', base: '人天', category: 'person', examples: ['投入120人天'] },
  { unit: '人日', base: '人日', category: 'person', notBefore: '报', examples: ['投入120人日'], counterExamples: ['3人日报'] },
];

/**
 * The measure words (量词) of Chinese that UNITS does not list: after a number each is a unit all the
 * same, a plain count of the open vocabulary (see UnitEntry.open). A word stands in one of the two
 * tables only, its guards with it. `notBefore` as in UNITS.
 */
export interface MeasureWord extends Examples {
  word: string;
  notBefore?: string;
  notAfterYear?: boolean;
}

const mw = (word: string, notBefore?: string, more: Partial<MeasureWord> = {}): MeasureWord => ({ word, notBefore, ...more });

export const MEASURE_WORDS: readonly MeasureWord[] = [
  mw('尾', '矿款声号气', { examples: ['放流鱼苗80万尾'], counterExamples: ['3尾款'] }),
  // after a lone numeral, a class named by its number (八类暴力犯罪案件, 属于三类内部事务信息)
  mw('类', '型似别', { examples: ['12类45件民生实事', '开展7大领域101类问题排查'], counterExamples: ['立侦立破八类暴力犯罪案件23起', '属于三类内部事务信息', '八类现发主要刑事案件同比下降18.98%'] }),
  mw('羽', '毛绒', { examples: ['救护野生鸟类260羽'] }),
  mw('讲', '话座解课师堂述究评授', { examples: ['开设专题讲座15讲'], counterExamples: ['12讲话'] }),
  mw('枚', '举'), mw('盏'), mw('眼', '光界睛前下里'), mw('口', '岸径号罩碑令头子腔语音', { examples: ['新打机井12口'] }),
  mw('栋', '梁'), mw('幢'), mw('间', '隔断接歇'), mw('笔', '记试录者', { examples: ['发放贷款320笔'] }), mw('单', '位元独一项据身列'),
  mw('封', '闭控面存顶装锁'), mw('幅', '度员'), mw('部', '门分署位委长队件属级'), mw('门', '户诊槛类店面口票卫岗禁'),
  mw('片', '区面段'), mw('块', '钱'), mw('根', '据本源治'), mw('头', '部脑条衔等号羊'), mw('匹', '配'),
  mw('只', '有要是能需可'), mw('道', '路德理具'), mw('节', '约点日能省奏假庆目'), mw('面', '积貌对向临上'),
  mw('本', '地级市身人部届质着次'), mw('把', '关握手'), mw('顶', '层级尖'),
  mw('颗'), mw('粒'), mw('朵'), mw('束'), mw('串'), mw('双', '向方重边语随'),
  mw('组', '织成建合长团'), mw('队', '伍员'), mw('段', '落'),
  mw('首', '都府次席先批'), mw('栏', '目'),
  mw('例', '如会行外'), mw('桩', '基'),
  mw('期', '间限末望货刊工项', { notAfterYear: true, examples: ['举办培训班12期'], counterExamples: ['2023期间', '3期工程'] }),
  mw('届', undefined, { notAfterYear: true, counterExamples: ['2022届毕业生'] }),
  mw('趟'), mw('遍'), mw('班', '子组级车'), mw('扇'), mw('艇'), mw('箱'), mw('袋'), mw('瓶'), mw('盒'),
  mw('包', '括含装容'), mw('罐'), mw('杯'), mw('盘'), mw('站', '点长'), mw('堂', '课'), mw('幕'),
];

/** Measure words a year-like number stands before as a cohort or edition (2022届, 2024版). */
export const YEAR_LIKE = proven(/^(?:19|20)\d\d$/, { examples: ['2022', '2024'], counterExamples: ['12', '3000', '20222'] });

/** What a measure word with 次 after it counts (台次, 艘次): visits or uses of the thing counted. */
export const TIMES = '次';

/**
 * Measure words that count pieces of information and the documents among them: a part the text marks
 * as one (其中) may count in one of them while its whole counts in another (主动公开各类政府信息6238条，
 * 其中规范性文件3件; 主动公开政府信息11855条。其中，…政府信息公开栏目发布信息68件). Sentences: test/spec/parts.json.
 */
export const INFORMATION_COUNTERS: readonly string[] = ['条', '件', '篇', '份', '期', '条次'];

/**
 * Measure words that count the same things, a part in one and its whole in another: people (two counties'
 * bulletins: 全年新增城镇就业12776人，其中4578名失业人员实现再就业; 新增城镇就业人数23560人，其中4503名下岗失业
 * 人员实现再就业). Sentences: test/spec/parts.json.
 */
export const COUNTERS_ALIKE: readonly (readonly string[])[] = [['人', '名']];

/**
 * What a rate is given per, after 元/ or 每 (元/月, 毫克每升, 元/平方米): the unit's denominator.
 * The rate keeps its unit whole (元/月).
 */
export const PER_UNIT_DENOMINATORS: readonly string[] = [
  '平方米', '平方公里', '立方米', '千瓦时', '公斤', '千克', '小时', '人次', '公里', '标箱', '月', '年', '日', '天', '周',
  '人', '户', '亩', '吨', '升', '次', '辆', '间', '床', '头', '只', '株', '份', '件', '个', '家', '公顷', '米', '平米',
];
/** The marks between a unit and its denominator: 元/月, 毫克每升 (the second read as /). */
export const PER_MARKS: readonly string[] = ['/', '每'];
export const PER_SLASH = '/';

/** Nouns that count people when a number (usually with 万) stands before them with no measure word. */
export const PERSON_NOUNS: readonly string[] = [
  '退休职工', '职工', '留守儿童', '儿童', '学生', '毕业生', '高校毕业生', '农民工', '群众', '居民', '老人', '贫困人口',
  '人口', '劳动力', '游客', '旅客', '考生', '患者', '教师', '志愿者',
  '低保对象', '特困人员', '困难群众', '残疾人', '村民', '市民', '农民', '党员', '干部', '员工', '工人', '青少年', '老年人',
  '妇女', '新生儿', '失业人员', '就业人员', '从业人员', '脱贫人口', '参保人员', '退役军人', '务工人员', '城乡居民', '育龄妇女',
  '医务人员', '人才', '用户',
  // (two reviews of five years: 718.6万建档立卡贫困人口全部脱贫; 40.6万建档立卡贫困人口)
  '建档立卡贫困人口', '农村贫困人口',
];

/**
 * Village and street names built from a numeral and a measure word (五家子村, 八家户村, 四棵树乡):
 * a Chinese numeral's unit followed by one of these characters and then a place ending is a name.
 */
export const PLACE_NAME_AFTER_UNIT = proven(/^[子户树][\u4e00-\u9fff]{0,2}?(?:村|镇|乡|屯|街道|街|路|沟|岭|堡|营|庄)/, {
  examples: ['子村', '户村', '树乡'],
  counterExamples: ['子女教育', '户籍人口'],
});

/** Words right before a bare scaled number that say it counts people (参保人数突破5100万). */
export const PERSON_MEASURE_BEFORE = proven(/(?:人数|人口|人员规模)(?:达到|达|为|突破|超过|超|逾|约|近|增至|增加到|提高到)?$/, {
  examples: ['全市参保人数突破', '年末全市常住人口'],
  counterExamples: ['累计参与人数400余人次', '全市参保'],
});

/**
 * Words right before a bare scaled number that name its unit themselves (总诊疗人次95.5亿, 出院人次16693.5万
 * count 人次): the unit is the group captured.
 */
export const UNIT_MEASURE_BEFORE = proven(/(人次)数?(?:达到|达|为|突破|超过|超|逾|约|近|增至|增加到|提高到)?$/, {
  examples: ['全国医疗卫生机构总诊疗人次', '全国医疗卫生机构出院人次', '入院人次达'],
  counterExamples: ['全市参保人数', '接待游客'],
});

/**
 * Words right before a bare scaled number that name an amount of money (固定资产投资2751亿, 社会消费品零售总额
 * 72.66亿, 商户总营收约856万, 省内产值38.6亿, 从业人员工资4935.7万: five reports leaving out 元): it is in 元.
 */
export const MONEY_MEASURE_BEFORE = proven(/(?:投资|收入|营收|产值|总额|工资|资金|税收|销售额|营业额|增加值|生产总值)(?:达到|达|为|完成|实现|突破|超过|超|逾|约|近|增至|增加到|提高到)?$/, {
  examples: ['全年推动重大片区完成固定资产投资', '实现社会消费品零售总额', '商户总营收约', '省内产值', '从业人员工资'],
  counterExamples: ['接待游客', '全市参保人数', '粮食产量', '收入增长'],
});
/** The unit such an amount is in. */
export const MONEY_MEASURE_UNIT = '元';

/**
 * Words near a case-or-count unit that decide its category. The keyword nearest to the number
 * wins; after the unit, the last keyword of the noun phrase (its head) wins.
 */
export const CATEGORY_KEYWORDS: Readonly<Record<'case' | 'count', readonly string[]>> = {
  case: ['案件', '案例', '案', '举报', '投诉', '咨询', '复议', '诉讼', '立案', '信访', '纠纷', '事故', '警情', '处罚',
    '信息公开', '建议', '提案', '违法', '查处', '审核', '违规', '诉求', '败诉', '纠错'],
  count: ['意见', '会议', '听证会', '听证', '检查', '培训', '活动', '演练', '审批', '备案', '许可', '文件', '法规', '规章',
    '实事', '企业', '单位', '预案', '案卷', '评查', '抽查', '平台', '中心', '机构', '岗位', '站点', '行动', '讲座', '宣传', '改革', '经验', '示范'],
};

/** Words whose presence before a money figure makes it a penalty. */
export const FINE_KEYWORDS: readonly string[] = ['罚款', '罚没', '处罚', '罚金', '经济处罚', '处以'];

/** The unit of a figure that counts people with no measure word of its own (12万退休职工). */
export const PERSON_UNIT = '人';

/**
 * Between an amount and the next, words that make the next the same amount in another currency
 * (实际使用外资达到160.6亿美元、折合1148亿元人民币; 7363.7亿元人民币（折合1195.6亿美元）): it names what
 * the amount before it names.
 */
export const CONVERSION = proven(/^[、，,（(]?(?:按[^，,。（）()]{0,8}汇率(?:计算|换算)[为达]?|(?:按[^，,。（）()]{0,8}汇率)?(?:折合|约合|折算?[为达]?))(?:人民币)?$/, {
  // (按2024年平均汇率计算为: bulletins of a city and three counties, 人均地区生产总值…元，按…计算为…美元)
  examples: ['、折合', '（折合', '(折', '，折合人民币', '（按年平均汇率折算为', '（按年平均汇率折', '，按2024年平均汇率计算为', '，按2021年平均汇率计算为', '，按平均汇率折算达'],
  counterExamples: ['，同比增长', '，合计', '、折合率', '，按可比价格计算，比上年增长'],
});

/** Between a figure and the next, words that make the next a share of it (合计罚款158万元。其中，总公司38万元). */
export const SHARE_OF_PREVIOUS = proven(/^[^\n]{0,6}其中[^\n]{0,20}$/, {
  examples: ['。其中，总公司', '，其中罚款'],
  counterExamples: ['，没收违法所得', '。\n其中，总公司'],
});
