import type { Examples } from './types.js';

/**
 * What the top or bottom of a printed page holds besides the report: its number, and what a browser
 * prints around each page (the date and time of printing, the page's address). A line of a page's
 * margin made only of these is no part of the text.
 */
export interface PageFurniture extends Examples {
  name: string;
  /** matches the whole of one piece of a margin's line */
  pattern: RegExp;
}

const DASH = '[-—–－]';
const N = '\\d{1,4}';

export const PAGE_FURNITURE: readonly PageFurniture[] = [
  {
    name: 'page number',
    pattern: new RegExp(`^(?:${DASH}\\s*${N}\\s*${DASH}|第\\s*${N}\\s*页(?:\\s*[,，]?\\s*共\\s*${N}\\s*页)?|共\\s*${N}\\s*页\\s*[,，]?\\s*第\\s*${N}\\s*页|${N}\\s*/\\s*${N}|${N}|[Pp]age\\s*${N}(?:\\s*of\\s*${N})?)$`),
    examples: ['- 3 -', '— 12 —', '第 3 页', '第3页 共10页', '共5页 第2页', '3/10', '7', 'Page 2 of 5'],
    counterExamples: ['2023年', '第3条', '1.推动学习', '第三页', '12345'],
  },
  {
    // as Chromium prints it in the locale of the machine: 12/6/26, 12:01 AM; 2024/3/5 10:20
    name: 'print date',
    pattern: /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[,，]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?$/,
    examples: ['12/6/26, 12:01 AM', '2024/3/5 10:20', '2024-03-05 10:20:33'],
    counterExamples: ['2024年3月5日', '2024-03-05', '10:20'],
  },
  {
    name: 'address',
    pattern: /^(?:https?|file):\/\/\S+$/,
    examples: ['file:///tmp/report.html', 'https://www.gov.cn/zhengce/content/2024-03/05/content_1.htm'],
    counterExamples: ['网址：https://www.gov.cn', 'www.gov.cn 政府网'],
  },
];
