import type { Status } from '../lang/zh/status.js';
import type { Category } from '../lang/zh/units.js';
import type { Change, IndicatorRecord } from '../record/schema.js';

export type { Category, Change, Status };

/** A stretch of the text that holds one figure, as found (before it is understood). */
export interface Span {
  start: number;
  end: number;
  /** the number's own characters, e.g. "121.1" or "十一" */
  number: string;
  numberStart: number;
  /** the scale words met after the number, e.g. ["万"] */
  scales: string[];
  unit: string | null;
  approx: string;
  /** the unit came from the next item of an enumeration (1409万、1305万人次) */
  inherited?: boolean;
  /** a range: the upper bound's number and scales */
  to?: { number: string; scales: string[] };
  /** written as 百分之… */
  percentWords?: boolean;
  /** a person noun stood where the unit would (12万退休职工) */
  personNoun?: string;
}

/** The indicator record: the contract of every output format, its fields listed once in record/schema.ts. */
export type Indicator = IndicatorRecord;

/** What extract needs to know of the document it works on. */
export interface ExtractInput {
  doc: string;
  title: string;
  agency: string;
  year: number | null;
  /** the cleaned text, as output */
  text: string;
  /** the same text with fullwidth forms folded, of equal length */
  match: string;
  sectionAt: (offset: number) => string;
}
