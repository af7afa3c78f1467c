/** check's output: a terminal table, or one record per check as JSON or CSV, with the figures' offsets and the words that state each relation. */
import { paint } from './paint.js';
import { csvText } from './csv.js';
import type { ProcessedDocument } from '../pipeline.js';
import { marked, sentenceBounds } from './show.js';

export function checkRecords(doc: ProcessedDocument) {
  return doc.checks.map((c) => ({
    doc: doc.doc, kind: c.kind, status: c.status, stated: c.stated, computed: Number(c.computed.toFixed(6)), message: c.message, words: c.words,
    figures: c.figures.map((i) => ({ raw: doc.indicators[i].raw, value: doc.indicators[i].value, unit: doc.indicators[i].unit, start: doc.indicators[i].start, end: doc.indicators[i].end })),
  }));
}

export const checkCsvHeader = () => csvText([['doc', 'kind', 'status', 'stated', 'computed', 'message', 'figures', 'starts', 'ends', 'words']]);

export function checkCsvRows(doc: ProcessedDocument): string {
  const rows = checkRecords(doc).map((r) => [r.doc, r.kind, r.status, r.stated, r.computed, r.message, r.figures.map((f) => f.raw).join(' | '),
    r.figures.map((f) => f.start).join(' '), r.figures.map((f) => f.end).join(' '), r.words.map((w) => w.text).join(' | ')]);
  return rows.length ? csvText(rows) : '';
}

/** The sentences a check's figures stand in, in the text's order, each figure of the check highlighted. */
function sentences(doc: ProcessedDocument, figures: readonly number[]): string[] {
  const records = figures.map((i) => doc.indicators[i]).sort((a, b) => a.start - b.start);
  const bySentence = new Map<string, { bounds: [number, number]; records: typeof records }>();
  for (const r of records) {
    const bounds = sentenceBounds(doc.text, r.start, r.end);
    const entry = bySentence.get(bounds.join(':')) ?? { bounds, records: [] };
    entry.records.push(r);
    bySentence.set(bounds.join(':'), entry);
  }
  return [...bySentence.values()].map((s) => marked(doc.text, s.bounds, s.records).trim());
}

/** The terminal table: each check's verdict and numbers, then the sentences it was read from. */
export function checkTable(doc: ProcessedDocument): string {
  if (doc.checks.length === 0) return `${paint.bold(doc.doc)}: nothing to check\n`;
  const lines = doc.checks.map((c) => {
    const status = c.status === 'ok' ? paint.green('ok      ') : paint.bold(paint.red('MISMATCH'));
    const where = c.figures.map((i) => `@${doc.indicators[i].start}`).join(',');
    const said = sentences(doc, c.figures).map((s) => `${' '.repeat(14)}${s}`);
    return [`  ${status}  ${c.kind.padEnd(10)}  ${c.message}  ${paint.dim(where)}`, ...said].join('\n');
  });
  return `${paint.bold(doc.doc)}\n${lines.join('\n')}\n`;
}
