import { ORDINAL_CHARS } from './numerals.js';
import { proven, type Examples } from './types.js';

/**
 * Heading levels of Chinese official documents, outermost first. A heading is a line that starts with
 * its marker; its title runs to the first full stop (the rest of the line is body text).
 */
export interface HeadingPattern extends Examples {
  kind: 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren';
  pattern: RegExp;
}

const CN = `[${ORDINAL_CHARS}]{1,3}`;

/**
 * A site's tag of the province before a title ((山东省)平邑县人民政府工作报告, one site's five reports), or
 * its short name before the title's year ((黑龙江)2021年肇源县…, (廣西)2024年柳州市融安縣…: that site's others).
 */
export const PROVINCE_TAG = `[(（](?:[^()（）]{1,8}(?:省|自治区|市)[)）]|[^()（）\\d${ORDINAL_CHARS}]{2,3}[)）](?=\\s*(?:19|20)\\d{2}\\s*年))`;
/** A line that opens with a list or heading mark (一、, (一)): an item of a list, never a title. */
export const LIST_MARK_START = proven(new RegExp(`^[${ORDINAL_CHARS}]+、|^(?!${PROVINCE_TAG})[(（]`), {
  examples: ['一、主要举措和成效', '（二）扎紧制度篱笆'],
  // (a site's tag of the province before a title is no list mark)
  counterExamples: ['某某市应急管理局2023年法治政府建设情况报告', '一是积极推动', '（湖北省）蕲春县人民政府工作报告（2024年1月20日）', '（黑龙江）2021年肇源县人民政府工作报告'],
});

export const HEADINGS: readonly HeadingPattern[] = [
  { kind: 'cn', pattern: new RegExp(`^${CN}\\s*[、.．]`), examples: ['一、主要举措和成效'], counterExamples: ['一是积极推动', '十分重视'] },
  { kind: 'cn-paren', pattern: new RegExp(`^[(（]\\s*${CN}\\s*[)）]`), examples: ['(一)加强党的领导', '（二）扎紧制度篱笆'], counterExamples: ['（2021—2025年）', '(1)开展培训'] },
  { kind: 'arabic', pattern: /^\d{1,2}\s*[.．、](?!\d)/, examples: ['1.推动学习', '2. 严把安全', '3．创新'], counterExamples: ['1.2万元', '2023年'] },
  { kind: 'arabic-paren', pattern: /^[(（]\s*\d{1,2}\s*[)）]/, examples: ['(1)开展培训', '（2）加强'], counterExamples: ['（2021—2025年）', '(一)加强党的领导'] },
];

/** The kind of heading mark a line opens with (一、, （一）, 1., （1）), if any. */
export const headingKind = (line: string) => HEADINGS.find((h) => h.pattern.test(line))?.kind;

/** Where a heading's title ends within its line. */
export const HEADING_TITLE_END = proven(/[。！？!?；;]/, {
  examples: ['(一)加强党的领导。局党委坚持', '1.推动学习；'],
  counterExamples: ['(一)加强党的领导', '一、主要举措和成效'],
});

/** The markers of every heading level, for finding one inside a line. */
const MARKER = `(?:${CN}\\s*[、.．]|[(（]\\s*${CN}\\s*[)）]|\\d{1,2}\\s*[.．、](?!\\d)|[(（]\\s*\\d{1,2}\\s*[)）])`;
/** A run-in heading's title: short, no clause or sentence mark, ended by a space. */
const RUN_IN_TITLE = '[^。！？；;!?，,：:\\s]{2,30}';

/**
 * A heading a crawler ran into the body when it flattened a page onto one line: after a sentence's
 * end, a heading marker and a short title followed by a space (…工作。一、总体情况 2023年…). The
 * line breaks before the marker; `RUN_IN_TITLE_END` breaks it again after the title.
 */
export const RUN_IN_HEADING = {
  pattern: new RegExp(`(?<=[。！？；;!?])[ \\t\\u3000]*(?=${MARKER}\\s*${RUN_IN_TITLE}[ \\t\\u3000]+\\S)`, 'g'),
  examples: ['现将有关情况报告如下。一、总体情况 2023年，全县', '取得明显成效。（二）强化执法监督 全年开展'],
  counterExamples: ['增长5.6%。2023年，全县', '主要做法：一、加强领导 全年', '成效明显。一是加强领导，全年'],
};
/** Where a run-in heading's title ends: the spaces after it become the line's end. */
export const RUN_IN_TITLE_END = proven(new RegExp(`^(${MARKER}\\s*${RUN_IN_TITLE})[ \\t\\u3000]+(?=\\S)`), {
  examples: ['一、总体情况 2023年，全县 → 一、总体情况', '（二）强化执法监督 全年开展 → （二）强化执法监督'],
  counterExamples: ['一、总体情况，2023年', '一是加强领导 全年'],
});

/**
 * A heading of the two upper levels inside a line, after a sentence's end or a space: where a body was
 * scraped onto one line with its headings (…依法行政。三、下一步工作计划 …). The section tree keeps to
 * lines; the time frame of a document opens such a heading's frame where it stands. The group is its
 * title: to the next sentence end or space, at most 30 characters.
 */
export const INLINE_HEADING = {
  pattern: new RegExp(`(?<=[。！？；;!?]\\s*|\\s)(?:[${ORDINAL_CHARS}]{1,3}、|[(（][${ORDINAL_CHARS}]{1,3}[)）])([^。！？；;!?\\s]{2,30})`, 'g'),
  examples: ['全年办结案件120件。三、下一步工作计划 我局将', '一、工作开展情况 （一）加强组织领导'],
  counterExamples: ['主要做法：一是加强领导', '二、存在的问题'],
};

/**
 * The caption of a chart or a table (图1, 表2, 附表3): it names what the chart shows, often over
 * years (2020-2024年), and is no heading of the text after it.
 */
export const CAPTION = proven(new RegExp(`^\\s*附?[图表]\\s*(?:\\d{1,2}|[${ORDINAL_CHARS}]{1,3})(?![\\d年月日])`), {
  examples: ['图1：2020年-2024年地区生产总值及增速', '图1 2020-2024年地区生产总值及其增长速度', '表1 浦北县2024年GDP构成表', '附表2 2024年主要指标'],
  counterExamples: ['图书馆建设', '表彰先进集体12个', '2024年主要指标'],
});

/**
 * A heading's title that states a figure (a number not of a date): a run-in list item, whose years
 * date its own clauses, not a section (1.适时更新政府信息公开指南26条，发布2023年政府信息公开工作年度报告51篇).
 */
export const STATING_TITLE = proven(/\d(?![\d.]*\s*(?:[年月日号时]|[-—－~～至到]\s*\d{1,2}\s*月))/, {
  examples: ['适时更新政府信息公开指南26条，发布2023年政府信息公开工作年度报告51篇', '全年办理案件120件'],
  counterExamples: ['2024年工作回顾', '关于2026年1-6月工作安排', '“十四五”时期和2025年工作回顾'],
});
