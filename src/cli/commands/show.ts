import { Command } from 'commander';
import chalk from 'chalk';
import { isSentenceEnd, type Indicator } from '../../extract/index.js';
import type { ProcessedDocument } from '../../pipeline.js';
import { eachDocument, type BatchOptions } from '../batch.js';
import { CATEGORIES } from '../../lang/zh/units.js';
import { documentCommand, listOf } from '../options.js';
import { exitCodeOf, withOutput } from '../output.js';

interface ShowOptions extends BatchOptions {
  category?: string[];
  grep?: string;
}

const EXAMPLES = `
Examples:
  $ govmine show report.html                     every figure with its sentence, under its section
  $ govmine show report.txt --category fine,case   only fines and cases
  $ govmine show report.txt --grep 罚款            only sentences that hold 罚款

Colour follows the terminal: none when piped, with NO_COLOR or --no-color; FORCE_COLOR forces it.`;

/** The sentence (start and end offsets) around a figure. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
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
  if (r.check === 'mismatch') parts.push(chalk.red('does not add up'));
  return chalk.cyan(`[${parts.join(' · ')}]`);
}

/** One document, as a journalist reads it: metadata, then each section's sentences that hold figures. */
export function render(doc: ProcessedDocument, keep: (r: Indicator, sentence: string) => boolean): string {
  const out: string[] = [];
  const m = doc.meta;
  out.push(chalk.bold(m.title || doc.doc));
  out.push(chalk.dim([m.agency, m.year ? `${m.year}年` : '', m.published ? `发布 ${m.published}` : '', doc.doc].filter(Boolean).join(' · ')));
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
      out.push('', chalk.bold.blue(`${'  '.repeat(Math.max(0, depth - 1))}${path ? path.split(' > ').pop() : '(before the first heading)'}`));
    }
    let line = '';
    let at = bounds[0];
    for (const r of figures) {
      line += doc.text.slice(at, r.start) + chalk.bold.yellow.inverse(doc.text.slice(r.start, r.end)) + ' ' + describe(r, doc) + ' ';
      at = r.end;
    }
    line += doc.text.slice(at, bounds[1]);
    out.push(`    ${line.trim()}`);
  }
  if (bySentence.size === 0) out.push('', chalk.dim('(no figures)'));
  return out.join('\n') + '\n\n';
}

async function run(inputs: string[], opts: ShowOptions): Promise<number> {
  const categories = opts.category ? new Set<string>(opts.category) : null;
  const keep = (r: Indicator, sentence: string) => (!categories || categories.has(r.category)) && (!opts.grep || sentence.includes(opts.grep));
  return withOutput(inputs, opts, undefined, null, async (sink) => {
    const summary = await eachDocument(inputs, { ...opts, quiet: true }, async (doc) => { await sink.write(render(doc, keep)); });
    return exitCodeOf(summary);
  });
}

export function showCommand(): Command {
  const cmd = new Command('show')
    .description('show each figure highlighted in its sentence, under its section, with its value, unit and category')
    .argument('[inputs...]', 'files, folders, globs, collections, or - for standard input')
    .option('--category <list>', `only these categories, comma-separated (${CATEGORIES.join(', ')})`, listOf('--category', CATEGORIES))
    .option('--grep <text>', 'only sentences that contain this text');
  return documentCommand(cmd, EXAMPLES, run);
}
