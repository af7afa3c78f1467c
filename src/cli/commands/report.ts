import { Command } from 'commander';
import { reportDocument, reportHead, reportOverview, reportTail, summarise, type DocumentSummary } from '../../emit/report.js';
import { eachDocument, type BatchOptions } from '../batch.js';
import { info, plural } from '../messages.js';
import { documentCommand } from '../options.js';
import { exitCodeOf, failedCount, withOutput } from '../output.js';

interface ReportOptions extends BatchOptions {
  output: string;
  title: string;
}

const EXAMPLES = `
Examples:
  $ govmine report report.html -o figures.html      one report: its figures, table and highlighted text
  $ govmine report crawl/2024 -o 2024.html           many documents in one file, with an overview
  $ govmine report report.html -o - > figures.html   to standard output

One self-contained HTML file (no network): with several documents an overview first (each
document's figures by category, linking to it, and the totals); per document its metadata, a bar
chart per category, a table of every figure (click a header to sort, filter by category and section;
click a row to jump to the figure in the text) and the cleaned text with each figure highlighted
(hover for value, unit, category, approximation and change). -o replaces only an HTML report
govmine wrote (else --force).`;

async function run(inputs: string[], opts: ReportOptions): Promise<number> {
  return withOutput(inputs, opts, opts.output, 'html', async (sink) => {
    const documents: DocumentSummary[] = [];
    await sink.write(reportHead(opts.title));
    const summary = await eachDocument(inputs, opts, async (doc) => {
      await sink.write(reportDocument(doc, documents.length));
      documents.push(summarise(doc, documents.length));
    });
    // known only once every document is written: placed first on the page by the style sheet
    await sink.write(reportOverview(documents));
    await sink.write(reportTail());
    if (!opts.quiet) info(`${opts.output === '-' ? 'standard output' : opts.output}: ${plural(summary.documents, 'document')}, ${failedCount(summary)}`);
    return exitCodeOf(summary);
  });
}

export function reportCommand(): Command {
  const cmd = new Command('report')
    .description('write one self-contained HTML report: figures table, highlighted text, charts')
    .argument('[inputs...]', 'files, folders, globs, collections, or - for standard input')
    .requiredOption('-o, --output <file>', 'the HTML file to write (- for standard output)')
    .option('--title <text>', 'the report title', 'govmine report');
  return documentCommand(cmd, EXAMPLES, run);
}
