import type { Examples } from './types.js';

/** What a figure counts, in the order reports and charts list them. */
/** The base unit of money: every amount in yuan is summed in it. */
export const YUAN = '元';

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
}

const count = (unit: string, notBefore?: string): UnitEntry => ({ unit, base: unit, category: 'count', notBefore });

export const UNITS: readonly UnitEntry[] = [
  // money
  { unit: '元', base: '元', category: 'money', notBefore: '素旦宵件器首', examples: ['3.86万元', '121.1余万元'] },
  { unit: '美元', base: '美元', category: 'money', examples: ['52.3亿美元'] },
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
  { unit: '个百分点', base: '个百分点', category: 'percent', examples: ['2.1个百分点'] },
  { unit: '百分点', base: '个百分点', category: 'percent' },
  { unit: '成', base: '%', category: 'percent', factor: 10, notBefore: '为果效功绩本员立就熟交都长型效品', examples: ['近三成'], counterExamples: ['三成为'] },
  // counts that may be cases
  { unit: '件', base: '件', category: 'count', ambiguous: true, examples: ['立案查处68件'] },
  { unit: '起', base: '起', category: 'case', ambiguous: true, notBefore: '来草诉步', examples: ['查处70起'] },
  { unit: '宗', base: '宗', category: 'case', ambiguous: true, notBefore: '旨教族', examples: ['违法案件7宗'] },
  { unit: '个', base: '个', category: 'count', ambiguous: true, notBefore: '人体性别', examples: ['17个镇街'] },
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
  count('册'),
  count('处', '罚置理长室于分'),
  count('所', '以有属在得谓'),
  count('张'),
  count('户', '籍口型'),
  count('株'),
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
  count('标箱'),
  count('微克/立方米'),
  count('轮', '次'),
  count('种', '植子类'),
  count('对', '于照接外象标话'),
  count('批次'),
  count('批', '准示复评'),
  count('类', '型似别'),
  count('套', '餐'),
  count('台', '账阶湾风'),
  count('座', '谈'),
  count('艘'),
  count('架', '构'),
  count('列', '入为出车'),
  count('棵'),
  count('篇'),
  count('支', '持付出部撑'),
  count('倍'),
  { ...count('岁', '月'), qualifier: true, examples: ['80岁以上'], counterExamples: ['65岁以上老年人', '0—6岁儿童'] },
];

/** Nouns that count people when a number (usually with 万) stands before them with no measure word. */
export const PERSON_NOUNS: readonly string[] = [
  '退休职工', '职工', '留守儿童', '儿童', '学生', '毕业生', '高校毕业生', '农民工', '群众', '居民', '老人', '贫困人口',
  '人口', '劳动力', '游客', '旅客', '考生', '患者', '教师', '志愿者',
];

/**
 * Village and street names built from a numeral and a measure word (五家子村, 八家户村, 四棵树乡):
 * a Chinese numeral's unit followed by one of these characters and then a place ending is a name.
 */
export const PLACE_NAME_AFTER_UNIT = /^[子户树][\u4e00-\u9fff]{0,2}?(?:村|镇|乡|屯|街道|街|路|沟|岭|堡|营|庄)/;

/** Words right before a bare scaled number that say it counts people (参保人数突破5100万). */
export const PERSON_MEASURE_BEFORE = /(?:人数|人口|人员规模)(?:达到|达|为|突破|超过|超|逾|约|近|增至|增加到|提高到)?$/;

/**
 * Words near a case-or-count unit that decide its category. The keyword nearest to the number
 * wins; after the unit, the last keyword of the noun phrase (its head) wins.
 */
export const CATEGORY_KEYWORDS: Readonly<Record<'case' | 'count', readonly string[]>> = {
  case: ['案件', '案例', '案', '举报', '投诉', '咨询', '复议', '诉讼', '立案', '信访', '纠纷', '事故', '警情', '处罚',
    '信息公开', '建议', '提案', '违法', '查处', '审核', '违规', '诉求', '败诉', '纠错'],
  count: ['意见', '会议', '听证会', '听证', '检查', '培训', '活动', '演练', '审批', '备案', '许可', '文件', '法规', '规章',
    '实事', '企业', '单位', '预案', '备案', '案卷', '评查', '抽查', '平台', '中心', '机构', '岗位', '站点', '行动', '讲座', '宣传', '改革', '经验', '示范'],
};

/** Words whose presence before a money figure makes it a penalty. */
export const FINE_KEYWORDS: readonly string[] = ['罚款', '罚没', '处罚', '罚金', '经济处罚', '处以'];

/** The unit of a figure that counts people with no measure word of its own (12万退休职工). */
export const PERSON_UNIT = '人';

/** Between a figure and the next, words that make the next a share of it (合计罚款158万元。其中，总公司38万元). */
export const SHARE_OF_PREVIOUS = /^[^\n]{0,6}其中[^\n]{0,20}$/;
