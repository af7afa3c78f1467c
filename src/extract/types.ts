import type { Status } from '../lang/zh/status.js';
import type { Category } from '../lang/zh/units.js';

export type { Category, Status };

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

/** Whether a figure rises or falls, and from what to what, when the report says so. */
export interface Change {
  direction: 'up' | 'down';
  from?: number;
  to?: number;
  rate?: number;
}

/** The indicator record: the contract of every output format. */
export interface Indicator {
  doc: string;
  title: string;
  agency: string;
  year: number | null;
  section: string;
  category: Category;
  label: string;
  indicator: string;
  value: number;
  unit: string;
  approx: string;
  raw: string;
  context: string;
  start: number;
  end: number;
  /** upper bound of a range (3-5人); absent otherwise */
  to?: number;
  change?: Change;
  /** the year or span the figure refers to (2025, 2021-2025), '' where nothing says (see meaning/) */
  period: string;
  /** what the figure is in time and kind: a result of the period, a baseline, a target … (see meaning/) */
  status: Status;
  /** the index, among its document's records, of the figure this one is a stated part of; null if none */
  part_of: number | null;
  /** the worst outcome of the report's own arithmetic this figure takes part in (see check/) */
  check?: 'ok' | 'mismatch';
  /** where the figure stands: in a sentence, or in a cell of a table (its label then the headers' path) */
  source: 'prose' | 'table';
}

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
