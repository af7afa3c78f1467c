import { Command, InvalidArgumentError, Option } from 'commander';
import { searchJsonl, searchText } from '../../emit/search.js';
import { SinkError, writeWhole } from '../../emit/sink.js';
import { fatal, info, plural, warn } from '../messages.js';
import { EXIT } from '../options.js';

interface SearchOptions {
  db: string;
  format: 'text' | 'jsonl';
  limit: number;
  quiet?: boolean;
}

const EXAMPLES = `
Examples:
  $ govmine search 营商环境 --db reports.db                 sections that say 营商环境, the best 20 first
  $ govmine search 行政复议 罚款 --db reports.db             sections that say both
  $ govmine search '"行政复议 案件"' --db reports.db -f jsonl  a phrase, as JSON Lines
  $ govmine search 营商环境 --db reports.db --limit 100 -q

A query is words and "phrases" as you would type them: each is cut into words the way the dataset's
full-text index was (jieba's), and a section must hold every one. The summary on stderr gives the
MATCH expression the query became, for the same search in SQL: sections_fts MATCH '…'.`;

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`--limit takes a whole number above 0, not "${value}"`);
  return n;
}

async function run(words: string[], opts: SearchOptions): Promise<number> {
  const { DatasetError, searchDataset } = await import('../../dataset/index.js');
  let result;
  try {
    result = searchDataset(opts.db, words.join(' '), opts.limit);
  } catch (err) {
    if (!(err instanceof DatasetError)) throw err;
    fatal(err.message);
    return EXIT.usage;
  }
  if (result.warning && !opts.quiet) warn(opts.db, result.warning);
  try {
    await writeWhole(undefined, opts.format === 'jsonl' ? searchJsonl(result.hits) : searchText(result.hits));
  } catch (err) {
    if (!(err instanceof SinkError)) throw err;
    fatal(err.message);
    return EXIT.cannotWrite;
  }
  if (!opts.quiet) {
    const shown = result.hits.length < result.total ? `, the best ${result.hits.length} shown` : '';
    info(`${opts.db}: ${plural(result.total, 'section')} ${result.total === 1 ? 'matches' : 'match'}${shown} (sections_fts MATCH '${result.match.replaceAll("'", "''")}')`);
  }
  return EXIT.ok;
}

export function searchCommand(): Command {
  return new Command('search')
    .description('find the sections of a dataset that say some words or phrases, as you type them')
    .argument('<query...>', 'words and "phrases"; a section must hold every one')
    .requiredOption('--db <file>', 'a dataset written by govmine sync, with its full-text index (read-only)')
    .addOption(new Option('-f, --format <format>', 'text: each section and the sentence that matched; jsonl: one object a section').choices(['text', 'jsonl']).default('text'))
    .option('--limit <n>', 'show the best n sections', count, 20)
    .option('-q, --quiet', 'no summary')
    .addHelpText('after', EXAMPLES)
    .action(async (words: string[], opts: SearchOptions) => {
      process.exitCode = await run(words, opts);
    });
}
