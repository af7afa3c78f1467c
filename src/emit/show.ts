/**
 * show's output: a document as a journalist reads it, each figure highlighted in its sentence under
 * its section, with what it is beside it. Colour is paint's, set by the command line.
 */
import { paint } from './paint.js';
import type { Indicator } from '../extract/index.js';
import { isSentenceEnd } from '../text/index.js';
import type { ProcessedDocument } from '../pipeline.js';
import { metaLine } from './meta.js';

/** The sentence (start and end offsets) around a figure. */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !isSentenceEnd(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < text.length && !isSentenceEnd(text.charCodeAt(e))) e++;
  return [s, Math.min(text.length, e + 1)];
}

function describe(r: Indicator, doc: ProcessedDocument): string {
  const parts = [`${r.value}${r.to !== undefined ? `–${r.to}` : ''} ${r.unit}`, r.category];
  if (r.approx) parts.push(r.approx);
  if (r.change) parts.push(r.change.direction === 'up' ? '↑' : '↓');
  // a result of the period goes unsaid; anything else is named (target, baseline …)
  if (r.status !== 'actual') parts.push(r.status);
  if (r.part_of !== null) parts.push(`part of ${doc.indicators[r.part_of].raw}`);
  if (r.check === 'mismatch') parts.push(paint.red('does not add up'));
  return paint.cyan(`[${parts.join(' · ')}]`);
}

/** A stretch of the text with each figure in it highlighted, and `after` written after each. */
export function marked(text: string, [start, end]: [number, number], figures: readonly Indicator[], after: (r: Indicator) => string = () => ''): string {
  let line = '';
  let at = start;
  for (const r of figures) {
    line += text.slice(at, r.start) + paint.mark(text.slice(r.start, r.end)) + after(r);
    at = r.end;
  }
  return line + text.slice(at, end);
}

/** One document, as a journalist reads it: metadata, then each section's sentences that hold figures. */
export function render(doc: ProcessedDocument, keep: (r: Indicator, sentence: string) => boolean): string {
  const out: string[] = [];
  const m = doc.meta;
  out.push(paint.bold(m.title || doc.doc));
  out.push(paint.dim(metaLine(m, doc.doc)));
  const bySentence = new Map<string, { section: string; bounds: [number, number]; figures: Indicator[] }>();
  for (const r of doc.indicators) {
    const bounds = sentenceBounds(doc.text, r.start, r.end);
    if (!keep(r, doc.text.slice(...bounds))) continue;
    const key = bounds.join(':');
    const entry = bySentence.get(key) ?? { section: r.section, bounds, figures: [] };
    entry.figures.push(r);
    bySentence.set(key, entry);
  }
  let section: string | null = null;
  for (const { section: path, bounds, figures } of bySentence.values()) {
    if (path !== section) {
      section = path;
      const depth = path ? path.split(' > ').length : 0;
      out.push('', paint.bold(paint.blue(`${'  '.repeat(Math.max(0, depth - 1))}${path ? path.split(' > ').pop() : '(before the first heading)'}`)));
    }
    out.push(`    ${marked(doc.text, bounds, figures, (r) => ` ${describe(r, doc)} `).trim()}`);
  }
  if (bySentence.size === 0) out.push('', paint.dim('(no figures)'));
  return out.join('\n') + '\n\n';
}
