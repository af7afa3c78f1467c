import { Command, Option } from 'commander';
import { checkCsvHeader, checkCsvRows, checkRecords, checkTable } from '../../emit/check.js';
import { eachDocument, type BatchOptions } from '../batch.js';
import { info, plural } from '../messages.js';
import { EXIT, documentCommand } from '../options.js';
import { exitCodeOf, failedCount, refusing, withOutput } from '../output.js';
import { outputFormat } from '../safety.js';

type CheckFormat = 'table' | 'json' | 'csv';
const CHECK_FORMATS: readonly CheckFormat[] = ['table', 'json', 'csv'];

interface CheckOptions extends BatchOptions {
  format?: CheckFormat;
  output?: string;
}

const EXAMPLES = `
Examples:
  $ govmine check report.txt                   a table of every check: ok or mismatch, with the numbers
  $ govmine check crawl/ -f csv -o checks.csv  one record per check, with the figures' offsets

Checks, only between figures the text relates, of the same period and scope:
  rate        a change from one value to another and its rate (由1575项提升为2455项，同比上升55.87%)
  difference  a stated difference and its rate, on the earlier value (减少了147次 … 压降56.32% of 261次;
              X，比上年增加Y，增长Z% is Y of X−Y)
  average     an average annual rate over its stated span, compounded (从A提高到B … 五年 … 年均增长r%)
  parts       a whole and its stated parts: they add up when the text says the list is whole (合计/共…
              其中…, no 等); otherwise no part exceeds the whole
  share       a part's stated share of its whole (其中…90件，占60%)
  items       a count and the items it lists (3个中心(A、B、C))
  repeated    the same indicator, same period, stated twice with different values
Real growth (实际, 可比价) is never set against nominal values. Rounding to the stated precision is
allowed. -f json gives, for each check, the words of the text that state the relation. Exit code 0
when all is consistent, 4 when a mismatch is found.`;

async function run(inputs: string[], given: CheckOptions): Promise<number> {
  const format = refusing(() => outputFormat(given.output, given.format, CHECK_FORMATS, 'table', 'check'));
  if (format === null) return EXIT.usage;
  const opts = { ...given, format };
  return withOutput(inputs, opts, opts.output, `check-${format}`, async (sink) => {
    let mismatches = 0;
    let checks = 0;
    let first = true;
    if (opts.format === 'json') await sink.write('[');
    if (opts.format === 'csv') await sink.write(checkCsvHeader());
    const summary = await eachDocument(inputs, opts, async (doc) => {
      checks += doc.checks.length;
      mismatches += doc.checks.filter((c) => c.status === 'mismatch').length;
      if (opts.format === 'table') { await sink.write(checkTable(doc)); return; }
      if (opts.format === 'csv') { await sink.write(checkCsvRows(doc)); return; }
      for (const r of checkRecords(doc)) { await sink.write((first ? '\n' : ',\n') + JSON.stringify(r)); first = false; }
    });
    if (opts.format === 'json') await sink.write(first ? ']\n' : '\n]\n');
    if (!opts.quiet) info(`${plural(summary.documents, 'document')}, ${plural(checks, 'check')}, ${plural(mismatches, 'mismatch', 'mismatches')}, ${failedCount(summary)}`);
    return exitCodeOf(summary, mismatches > 0 ? EXIT.mismatch : EXIT.ok);
  });
}

export function checkCommand(): Command {
  const cmd = new Command('check')
    .description("check the arithmetic a report invites against its own figures")
    .argument('[inputs...]', 'files, folders, globs, collections, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'table (terminal), json or csv (one record per check); default: from the -o name (.json, .csv), else table').choices(CHECK_FORMATS as CheckFormat[]))
    .option('-o, --output <file>', 'write here (atomically) instead of standard output');
  return documentCommand(cmd, EXAMPLES, run);
}
