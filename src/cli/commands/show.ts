import { Command } from 'commander';
import type { Indicator } from '../../extract/index.js';
import { render } from '../../emit/show.js';
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
