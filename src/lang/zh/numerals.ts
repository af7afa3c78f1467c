import { proven } from './types.js';
import { HAN_RANGE } from './script.js';

/** Chinese numeral characters and their values. */
export const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};

/** Small multipliers (within a 万 group). */
export const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** The two group separators of Chinese numerals; 万亿 is read as 万 × 亿. */
export const WAN = '万';
export const YI = '亿';

/** Large multipliers (group separators). */
export const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Scale words that may follow an Arabic number: 1.2万, 3千, 67665亿. */
export const ARABIC_SCALES: Readonly<Record<string, number>> = { 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12 };

const chars = (o: Record<string, number>) => Object.keys(o).join('');
export const DIGIT_CHARS = chars(DIGITS);
/** The everyday digits (not the financial forms 壹贰…): dates, ordinals and names write these. */
export const PLAIN_DIGIT_CHARS = '零〇一二两三四五六七八九';
/** The numerals that count headings, list items and spans of years: 一 to 十 (一、, (三), 五年). */
export const ORDINAL_CHARS = '一二三四五六七八九十';
/** The multipliers within a 万 group, everyday forms. */
export const PLAIN_SMALL_UNIT_CHARS = '十百千';
export const NUMERAL_CHARS = DIGIT_CHARS + chars(SMALL_UNITS) + chars(LARGE_UNITS);

/**
 * A scale word alone stands for one of it where a bound comes before it and a unit after it
 * (进出口总额突破万亿元 = 1万亿元, 普惠小微企业贷款余额超万亿元, 生物医药产值超千亿元, 成交额均超百亿美元).
 * Not without the bound: 千家万户, 迈上千亿元台阶 (a milestone), 达万亿级规模 (a class).
 */
export const BARE_SCALES: readonly string[] = ['百亿', '千亿', '万亿'];

/**
 * The financial forms of the numerals: cheques and contracts write them in runs (壹拾伍万元). One of
 * them alone is a character of a name or a word (陆家嘴, 伍家岗区, 队伍), never a count.
 */
export const FINANCIAL_CHARS = '壹贰叁肆伍陆柒捌玖拾佰仟';

/** 十 with no digit before it reads as 一十 (十一 = 11). */
export const TEN_CHARS = '十拾';

/**
 * The sign of a negative rate, right before its number where no number stands before it (贡献率为-1.2%,
 * 人口自然增长率为-3.93‰; not the range 3-5%). Fullwidth forms are folded to it before matching.
 */
export const MINUS = '-';

/**
 * What may stand right before a negative rate's sign: words, or the comma or colon of a list of rates
 * (four county bulletins and a street's summary: 分别增长22.0%、-14.1%、-8.4%; 同比分别-6.2%、-19.3%).
 * Examples are the text before the sign.
 */
export const SIGN_AFTER = proven(new RegExp(`(?:[${HAN_RANGE}]|[、，,：:])$`), {
  examples: ['贡献率为', '分别增长22.0%、', '同比分别', '贡献率：'],
  counterExamples: ['增长3', '4.5%', '（'],
});

/** 百分之… (a percentage written out in words). */
export const PERCENT_PREFIX = '百分之';

/** The decimal point of numerals written in words (十点七 = 10.7). */
export const DECIMAL_POINT = '点';

/**
 * Characters that, right before a lone 一, make it part of a word rather than a count
 * (再一次, 统一, 唯一, 每一次, 进一步).
 */
export const ONE_WORD_PREFIXES = '再又每进统唯同单之万第其逐';

/** A lone one, in its everyday and financial forms. */
export const ONE_CHARS: readonly string[] = ['一', '壹'];
