/** The panel's documents: from the pipeline's result, or from a dataset `govmine sync` wrote (read by dataset/). */
import type { ProcessedDocument } from '../pipeline.js';
import type { DocumentRecords } from '../record/schema.js';
import type { PanelDocument } from './types.js';

/** A processed document's records, with the fields that place it. */
export const recordsOf = (d: ProcessedDocument): DocumentRecords => ({
  doc: d.doc, title: d.meta.title, agency: d.meta.agency, year: d.meta.year ?? null, duplicateOf: d.duplicateOf ?? null, indicators: d.indicators,
});

/** What the panel keeps of a document: its metadata and the figures that name an indicator. */
export function panelDocument(d: DocumentRecords): PanelDocument {
  return {
    doc: d.doc, title: d.title, agency: d.agency, year: d.year, duplicateOf: d.duplicateOf,
    figures: d.indicators.filter((r) => r.indicator).map((r) => ({
      indicator: r.indicator, label: r.label, value: r.value, unit: r.unit, status: r.status, period: r.period, approx: r.approx,
      direction: r.change?.direction ?? null, part_of: r.part_of, raw: r.raw, context: r.context, start: r.start, end: r.end, source: r.source,
    })),
  };
}
