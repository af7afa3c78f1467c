/** The panel's contract: documents in (from a batch or a dataset), cells out. */

/** A figure that names a canonical indicator, as the panel needs it. */
export interface PanelFigure {
  indicator: string;
  value: number;
  unit: string;
  status: string | null;
  part_of: number | null;
  raw: string;
  /** the sentence the figure stands in */
  context: string;
  start: number;
  end: number;
}

/** What the panel needs of one document. */
export interface PanelDocument {
  doc: string;
  title: string;
  agency: string;
  /** the year reported on */
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
  value: number;
  context: string;
  start: number;
  end: number;
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
