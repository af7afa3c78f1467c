import { LIST_COMMA } from './punctuation.js';
import type { Examples } from './types.js';

export interface ApproxEntry extends Examples {
  marker: string;
  /** where the marker stands relative to the number */
  position: 'before' | 'inside' | 'after';
  /** characters that, right before the marker, make it the end of a word (签约, 节约): no marker then */
  notAfter?: string;
}

/** Approximation markers, recorded in the `approx` field. Longer markers first within a position. */
export const APPROX: readonly ApproxEntry[] = [
  { marker: '超过', position: 'before', examples: ['超过174人次'] },
  { marker: '突破', position: 'before', examples: ['突破2500亿美元'] },
  { marker: '将近', position: 'before' },
  { marker: '接近', position: 'before' },
  { marker: '大约', position: 'before' },
  { marker: '不到', position: 'before' },
  { marker: '不足', position: 'before' },
  { marker: '超', position: 'before', examples: ['超610亿次'] },
  { marker: '逾', position: 'before' },
  { marker: '近', position: 'before', examples: ['近三成'] },
  // (签约500户, 签约5个亿元项目: two pages; 节约, 预约, 履约 alike)
  { marker: '约', position: 'before', notAfter: '签节预履续违制合邀', examples: ['约300人'], counterExamples: ['签约500户'] },
  { marker: '余', position: 'inside', examples: ['6000余人', '121.1余万元'] },
  { marker: '多', position: 'inside', examples: ['1000多个'] },
  { marker: '以上', position: 'after', examples: ['90%以上'] },
  { marker: '左右', position: 'after', examples: ['13.6%左右'] },
  { marker: '以内', position: 'after' },
  { marker: '以下', position: 'after' },
];

/** The markers standing at one position relative to the number (以上, 左右 … after it). */
export const approxMarkers = (position: ApproxEntry['position']): string[] => APPROX.filter((a) => a.position === position).map((a) => a.marker);

/** Separators between two numbers that make a range (3-5人, 三至五人). */
export const RANGE_SEPARATORS: readonly string[] = ['-', '~', '～', '—', '–', '至', '到'];
/** Separators of an enumeration whose items may share the last item's unit (1409万、1305万人次). */
export const LIST_SEPARATORS: readonly string[] = [LIST_COMMA, '和', '与', '及'];

/** The approximation that follows a qualifying figure (65岁及以上老年人). */
export const QUALIFIER_APPROX = '及以上';
