import { paint } from '../emit/paint.js';
import type { ProcessedDocument } from '../pipeline.js';
import type { Problem } from '../problems.js';

/**
 * Everything the user reads besides data goes to stderr, in the form
 * `govmine: <path>: <stage>: <reason>`. Colour is on where cli/colour.ts says.
 */
export function reportProblem(p: Problem, known = false): void {
  process.stderr.write(`${paint.red('govmine:')} ${p.path}: ${p.stage}: ${p.message}${known ? ' (a known failure: --known-failures lists it)' : ''}\n`);
}

export function warn(path: string, message: string): void {
  process.stderr.write(`${paint.yellow('govmine:')} ${path}: warning: ${message}\n`);
}

export function info(message: string): void {
  process.stderr.write(`${paint.dim('govmine:')} ${message}\n`);
}

export function fatal(message: string): void {
  process.stderr.write(`${paint.red('govmine:')} ${message}\n`);
}

/** --explain: the encoding read, where each metadata field came from, and which lines cleaning dropped, by which rule. */
export function explain(doc: ProcessedDocument): void {
  const lines = [`${doc.doc}: decoded as ${doc.encoding} (${doc.format})`];
  if (doc.duplicateOf) lines.push(`${doc.doc}: near-duplicate of ${doc.duplicateOf}`);
  for (const [field, source] of Object.entries(doc.metaSources ?? {})) lines.push(`${doc.doc}: ${field} from ${source}`);
  for (const d of doc.dropped) lines.push(`${doc.doc}:${d.line}: dropped (${d.rule}): ${d.text.length > 80 ? d.text.slice(0, 80) + '…' : d.text}`);
  process.stderr.write(lines.map((l) => `${paint.dim('govmine:')} ${l}\n`).join(''));
}

/** "1 document", "2 documents": a count and its noun, singular or plural (`many` for irregular nouns). */
export function plural(n: number, noun: string, many = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : many}`;
}
