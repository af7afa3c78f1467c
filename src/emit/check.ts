/** check's output: a terminal table, or one record per check as JSON or CSV, with the figures' offsets and the words that state each relation. */
import { stringify } from 'csv-stringify/sync';
import chalk from 'chalk';
import type { ProcessedDocument } from '../pipeline.js';

export function checkRecords(doc: ProcessedDocument) {
  return doc.checks.map((c) => ({
    doc: doc.doc, kind: c.kind, status: c.status, stated: c.stated, computed: Number(c.computed.toFixed(6)), message: c.message, words: c.words,
    figures: c.figures.map((i) => ({ raw: doc.indicators[i].raw, value: doc.indicators[i].value, unit: doc.indicators[i].unit, start: doc.indicators[i].start, end: doc.indicators[i].end })),
  }));
}

export const checkCsvHeader = () => stringify([['doc', 'kind', 'status', 'stated', 'computed', 'message', 'figures', 'starts', 'ends', 'words']]);

export function checkCsvRows(doc: ProcessedDocument): string {
  const rows = checkRecords(doc).map((r) => [r.doc, r.kind, r.status, r.stated, r.computed, r.message, r.figures.map((f) => f.raw).join(' | '),
    r.figures.map((f) => f.start).join(' '), r.figures.map((f) => f.end).join(' '), r.words.map((w) => w.text).join(' | ')]);
  return rows.length ? stringify(rows) : '';
}

export function checkTable(doc: ProcessedDocument): string {
  if (doc.checks.length === 0) return `${chalk.bold(doc.doc)}: nothing to check\n`;
  const lines = doc.checks.map((c) => {
    const status = c.status === 'ok' ? chalk.green('ok      ') : chalk.red.bold('MISMATCH');
    const where = c.figures.map((i) => `@${doc.indicators[i].start}`).join(',');
    return `  ${status}  ${c.kind.padEnd(10)}  ${c.message}  ${chalk.dim(where)}`;
  });
  return `${chalk.bold(doc.doc)}\n${lines.join('\n')}\n`;
}
