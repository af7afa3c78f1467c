/** The panel's contract: documents in (from a batch or a dataset), cells out. */

/** A figure that names a canonical indicator, as the panel needs it. */
export interface PanelFigure {
  indicator: string;
  /** what the figure counts, in the report's words */
  label: string;
  value: number;
  unit: string;
  status: string | null;
  /** the year or span it refers to (2025, 2021-2025), '' where nothing says */
  period: string;
  /** its approximation marker (突破, 超过, 以上 …), '' for none */
  approx: string;
  /** up or down, where it is a stated change */
  direction: 'up' | 'down' | null;
  part_of: number | null;
  raw: string;
  /** the sentence the figure stands in */
  context: string;
  start: number;
  end: number;
  /** whether it stands in a sentence or in a table's cell ('' where a dataset an earlier version wrote does not say) */
  source: string;
}

/** What the panel needs of one document. */
export interface PanelDocument {
  doc: string;
  title: string;
  agency: string;
  /** the year reported on: a figure with no period of its own counts for it */
  year: number | null;
  /** the earlier document whose body this one nearly repeats */
  duplicateOf: string | null;
  /** its figures that name a canonical indicator, in the document's order */
  figures: PanelFigure[];
}

/** A figure a cell was made from, with its document: what a reader follows back to the sentence. */
export interface PanelSource {
  doc: string;
  title: string;
  raw: string;
  /** the figure's value as the cell counts it (in the cell's unit, a fall negative) */
  value: number;
  /** the year or span the figure refers to */
  period: string;
  context: string;
  start: number;
  end: number;
  /** where it stands: in a sentence, or in a table's cell */
  source: string;
}

/**
 * How a document's figures of one indicator became its value: `one` figure; the `same` value stated
 * more than once; the `largest` of several different counts or amounts (the whole that holds the
 * others); or `several` different rates, which neither add nor rank (a conflict).
 */
export type Rule = 'one' | 'same' | 'largest' | 'several';

/** One agency's value of one indicator in one year reported on. */
export interface PanelCell {
  agency: string;
  year: number;
  indicator: string;
  /** the unit its figures are stated in (values are in base units: 元, not 万元); 件/起 when they differ */
  unit: string;
  /** null when the documents (or one document's rates) disagree: see `values` */
  value: number | null;
  /** the value is a bound the report states (突破3万亿元, 超过, 以上, 近) */
  approx: boolean;
  conflict: boolean;
  /** each different value with the documents that give it */
  values: Array<{ value: number; docs: string[] }>;
  /** how each document's figures combined, the least simple of them */
  rule: Rule;
  /** the figures counted, from all documents */
  figures: number;
  documents: string[];
  sources: PanelSource[];
}

/** A document that gives the panel nothing, and why. */
export interface LeftOut {
  doc: string;
  reason: string;
}

export interface PanelFilter {
  indicators?: readonly string[];
  /** an agency whose name contains any of these */
  agencies?: readonly string[];
  years?: readonly number[];
}

export interface Panel {
  cells: PanelCell[];
  /** documents read, near-duplicates included */
  documents: number;
  left: LeftOut[];
  /** the years, agencies and indicators the documents have cells of, before any filter: what a filter that matches nothing can be told */
  offered: { years: number[]; agencies: string[]; indicators: string[] };
}

/** The wide form: one row per agency × indicator, a value (or the conflicting values) per year. */
export interface WideRow {
  agency: string;
  indicator: string;
  unit: string;
  /** by year; null where the panel has no cell */
  years: Record<string, PanelCell | null>;
}
