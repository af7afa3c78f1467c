import { oneOf } from '../build.js';
import { HAN_RANGE } from './script.js';
import { PLAIN_DIGIT_CHARS, PLAIN_SMALL_UNIT_CHARS } from './numerals.js';
import { SLOGANS } from './slogans.js';
import { proven, type Examples } from './types.js';

/**
 * Spans of text whose numerals are not indicators: names, slogans, ordinals, dates, codes.
 * Each is a regex source (compiled with the `g` flag); every number inside a match is ignored.
 * Patterns stay linear on adversarial input: an unbounded run starts only where the run itself
 * starts (a lookbehind), so no scan restarts inside a run it already read.
 */
export interface MaskRule extends Examples {
  name: string;
  pattern: string;
}

const CN = PLAIN_DIGIT_CHARS + PLAIN_SMALL_UNIT_CHARS;
const CNX = `[${CN}]`;

/** What a rate is counted per (每万人口, 每千名老人, 每平方公里). */
export const DENOMINATOR_NOUNS: readonly string[] = ['人口', '名', '人', '户', '平方公里'];
/** The denominator of a rate: not a figure itself; the rate after it is. */
export const PER_DENOMINATOR = `每[\\d${CN}]*[万千百]?(?:${DENOMINATOR_NOUNS.join('|')})`;
/**
 * A rate's denominator as a label holds it, one modifier of the noun after it: also where a scale
 * opens it with no 每 and no numeral before it.
 */
export const RATE_DENOMINATOR = proven(new RegExp(`(?:${PER_DENOMINATOR}|(?<![\\d.${CN}])[万千百](?:${DENOMINATOR_NOUNS.join('|')}))(?!次)`), {
  examples: ['万人高价值发明专利拥有量 → 万人', '每万人口发明专利拥有量 → 每万人口', '每千人口3岁以下婴幼儿托位数 → 每千人口'],
  counterExamples: ['城镇新增就业35.8万人', '入境游客1.1万人次', '十万人'],
});

/** Latin abbreviations of a measured total, as reports print them beside its Chinese name. */
export const MEASURE_ABBREVIATIONS: readonly string[] = ['GDP', 'gdp'];

export const MASKS: readonly MaskRule[] = [
  { name: 'book-title', pattern: '《[^》\\n]{0,80}》', examples: ['《法治政府建设实施纲要(2021—2025年)》'], counterExamples: ['法治政府建设实施纲要'] },
  {
    name: 'quoted-label',
    pattern: `[“"'‘「](?:[${CN}\\d]|[A-Za-z])[^”"'’」\\n]{0,14}[”"'’」]`,
    examples: ['“四个意识”', '“12350”', '“5·12”', '“3+8”', '“1310”'],
    counterExamples: ['“全覆盖”'],
  },
  // a policy package named by its count of articles (稳增长32条): a name, which the annotation guide skips
  // (稳外贸12条) and the readers of the pages read never count (of some twenty on pages of three genres)
  { name: 'articles-named', pattern: `“[^“”\\n\\d${CN}]{1,10}[\\d${CN}]{1,3}条”`, examples: ['出台“稳增长32条”', '出台实施“稳就业16条”', '“雄才16条”反响热烈', '新出台“牛（羊）十条”'], counterExamples: ['发布信息32条', '“稳增长”32条措施'] },
  { name: 'ordinal', pattern: `第[${CN}\\d]{1,8}`, examples: ['第5位', '第一'], counterExamples: ['次第展开'] },
  // a party committee may stand between its term and its plenum (十二届市委八次全会); a congress's session is
  // counted, as the gold counts it (市十六届人大三次会议)
  { name: 'session', pattern: `(?<!${CNX})${CNX}+届(?:[省市区县州]?委)?(?:${CNX}{1,3}中|${CNX}{1,3}次|[、和及])*(?:全会|全体会议|会议|人大|政协)?`, examples: ['六届二次、三次、四次、五次全会', '二十届三中全会', '十二届市委八次全会'], counterExamples: ['2022届毕业生'] },
  { name: 'plenum', pattern: `(?<!${CNX})${CNX}{1,3}[中次]全会`, examples: ['三中全会', '按照省委十次全会部署'], counterExamples: ['全体会议', '召开三次会议'] },
  { name: 'doc-number', pattern: '[〔\\[［【(（]\\d{4}[〕\\]］】)）]\\s*\\d+\\s*号', examples: ['〔2021〕33号', '厅字〔2019〕28号'], counterExamples: ['《纲要(2021—2025年)》'] },
  { name: 'index-number', pattern: '(?<![\\dA-Za-z])[\\dA-Za-z]+(?:[-/][\\dA-Za-z]+){2,}', examples: ['77080179-5/2024-29871'], counterExamples: ['2024-02', '3-5人'] },
  { name: 'date', pattern: `[\\d${CN}]{2,4}\\s*年\\s*[\\d${CN}]{1,2}\\s*月(?:\\s*[\\d${CN}]{1,3}\\s*[日号])?`, examples: ['2024年1月18日', '二〇二四年一月'], counterExamples: ['2024年'] },
  { name: 'month-day', pattern: `[\\d${CN}]{1,2}月[\\d${CN}]{1,3}[日号]`, examples: ['11月6日'], counterExamples: ['11月'] },
  { name: 'iso-date', pattern: '\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}', examples: ['2024-02-19'], counterExamples: ['2024-02'] },
  { name: 'time', pattern: '\\d{1,2}:\\d{2}(?::\\d{2})?', examples: ['16:51:34'], counterExamples: ['16时51分'] },
  // a total's abbreviation a scraper ran onto its figure is no code (地区生产总值（GDP188.72亿元, 人均GDP17861元)
  { name: 'latin-code', pattern: `(?<![\\dA-Za-z.])(?!(?:${MEASURE_ABBREVIATIONS.join('|')})\\d)(?:[A-Za-z]+[\\d.]+[A-Za-z\\d]*|\\d[\\d.]*[A-Za-z][A-Za-z\\d]*)`, examples: ['5G', 'PM2.5', 'G15', '10L'], counterExamples: ['GDP', '2023', '人均GDP17861元', '地区生产总值（GDP161.19亿元'] },
  { name: 'formula', pattern: '(?<![\\dA-Za-z])[\\dA-Za-z]+(?:\\s*\\+\\s*[\\dA-Za-z]+)+', examples: ['1+4+N', '3+8'], counterExamples: ['3人'] },
  { name: 'ratio', pattern: '(?<![\\d.])\\d+(?:\\.\\d+)?(?:\\s*[∶:]\\s*\\d+(?:\\.\\d+)?)+', examples: ['4.0∶37.7∶58.3', '2.50:1'], counterExamples: ['4.0%'] },
  // the size of a team naming a game's format, not a count of people (a city's census of sports grounds, a town's summary)
  { name: 'team-size', pattern: `(?<![\\d${CN}])[\\d${CN}]{1,3}人(?:制|(?=篮球))`, examples: ['其中十一人制足球场地558个', '投资204万元建成4个五人制笼式足球场', '室外三人篮球场3902个'], counterExamples: ['培训三人', '落实新闻发言人制度'] },
  { name: 'n-big', pattern: `(?<!${CNX})${CNX}{1,4}大(?=[${HAN_RANGE}])`, examples: ['三大动力', '七大产业集群'], counterExamples: ['扩大开放'] },
  { name: 'inline-enumerator', pattern: `(?:^|[。；;，,：:\\s])${CNX}{1,3}是`, examples: ['一是', '。二是'], counterExamples: ['统一是'] },
  { name: 'per-denominator', pattern: PER_DENOMINATOR, examples: ['每万人口', '每千名老人'], counterExamples: ['每年'] },
  // the second branch checks "not inside a run" after the run's first character rather than before it:
  // the same matches, but the engine can skip ahead to candidate characters (measured: 2.4 times faster)
  { name: 'rank', pattern: `(?:前|百强|强)[\\d${CN}]{1,6}|[\\d${CN}](?<![\\d${CN}]{2})[\\d${CN}]{0,5}强`, examples: ['500强', '世界五百强', '前10'], counterExamples: ['1234567强'] },
  // 保持两位数增长, 突破两位数: how many digits a number has, no number
  { name: 'digit-count', pattern: `(?<!${CNX})[两三四五六七八九]位数`, examples: ['连续18个月保持两位数增长', '在晋两院院士突破两位数'], counterExamples: ['两位专家'] },
  // 三位一体, 五位一体: several joined into one, an idiom (quoted or not: 搭建“防储处”三位一体防灾减灾救灾机制), no count of people
  { name: 'in-one', pattern: `(?<!${CNX})${CNX}位一体`, examples: ['三位一体防灾减灾救灾机制', '“五位一体”总体布局', '八位一体执法监管机制'], counterExamples: ['三位专家', '一体化'] },
  // 三轮车, 电动两轮车, 电动三四轮车: a vehicle by its wheels (a work report, a bureau's summary, an industry named), no rounds counted
  { name: 'wheels', pattern: `(?<!${CNX}|第)[两二三四]{1,2}轮(?=车|摩托)`, examples: ['发生1起三轮车侧翻较大事故', '违规电动三四轮车', '电动两轮车产业集群'], counterExamples: ['开展两轮督察', '第三轮中央环保督察'] },
  { name: 'phase', pattern: `(?<!${CNX})${CNX}{1,3}期(?:工程|项目)?`, examples: ['二期'], counterExamples: ['期间'] },
  // 说一件、干一件、成一件: one of a thing, said again for each verb, is a motto, not a count
  { name: 'motto', pattern: `一([件个项])(?:[、，]?[${HAN_RANGE}]一\\1)+`, examples: ['说一件、干一件、成一件', '干一件成一件', '定一件、干一件、成一件'], counterExamples: ['办好一件实事', '建成一个、改造两个'] },
  { name: 'slogan', pattern: oneOf(SLOGANS), examples: ['三项制度'], counterExamples: ['三项工作'] },
];
