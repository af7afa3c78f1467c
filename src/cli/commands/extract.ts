import { Command, Option } from 'commander';
import { FORMATS, renderDocument, serializer, type Format, type RenderedDocument } from '../../emit/index.js';
import { eachDocument, eachRendered, type BatchOptions } from '../batch.js';
import { interruptedExitCode } from '../interrupt.js';
import { info, plural } from '../messages.js';
import { documentCommand, EXIT } from '../options.js';
import { exitCodeOf, failedCount, refusing, withOutput } from '../output.js';
import { outputFormat } from '../safety.js';

interface ExtractOptions extends BatchOptions {
  format?: Format;
  output?: string;
  bom?: boolean;
  rawCsv?: boolean;
  dedupe?: boolean;
}

const EXAMPLES = `
Examples:
  $ govmine extract fixtures -f csv                 every report under fixtures/, as CSV on stdout
  $ govmine extract 'reports/**/*.html' -f jsonl    a glob (quoted, so govmine expands it)
  $ govmine extract report.txt -f json -o out.json  one document object with meta, sections, indicators
  $ cat page.html | govmine extract - -f jsonl      standard input
  $ govmine extract fixtures -f csv --bom -o figures.csv   a CSV that Excel opens as UTF-8
  $ govmine extract portal-a portal-b --dedupe      a report published twice gives its figures once
  $ govmine extract crawl --shard 2/3 -f jsonl -o part-2.jsonl   the 2nd of 3 partitions (merge with govmine merge)
  $ find crawl -name '*.html' | govmine extract --paths-from - -f jsonl   paths on stdin (Hadoop Streaming, Spark pipe)

The -o name chooses the format (.csv, .json, .jsonl/.ndjson); -f that says otherwise is an error.
-o never replaces an input, nor a file govmine did not write (unless --force).

Exit codes: 0 all inputs processed (or failed only as --known-failures lists), 1 some inputs
failed (named on stderr, the others' records still written), 2 bad usage, 3 the output could not be
written.`;

async function run(inputs: string[], given: ExtractOptions): Promise<number> {
  const format = refusing(() => outputFormat(given.output, given.format, FORMATS, 'csv', 'extract'));
  if (format === null) return EXIT.usage;
  const opts = { ...given, format };
  return withOutput(inputs, opts, opts.output, format, async (sink) => {
    const out = serializer(opts.format, { bom: opts.bom, rawCsv: opts.rawCsv });
    const started = Date.now();
    let indicators = 0;
    const byCategory = new Map<string, number>();
    await sink.write(out.begin());
    const place = async (doc: RenderedDocument) => {
      for (const [category, n] of Object.entries(doc.categories)) {
        indicators += n;
        byCategory.set(category, (byCategory.get(category) ?? 0) + n);
      }
      await sink.write(out.place(doc.output, doc.duplicateOf ?? null));
    };
    // the workers write the records, except when --explain needs the whole document here, or when
    // --dedupe drops the figures of a JSON document, which is known only in input order
    const summary = opts.explain || (opts.dedupe && opts.format === 'json')
      ? await eachDocument(inputs, opts, async (doc) => {
        // a near-duplicate of an earlier document keeps its metadata but, with --dedupe, not its figures
        if (opts.dedupe && doc.duplicateOf) doc.indicators = [];
        await place(renderDocument(doc, out));
      })
      // CSV and JSON Lines hold nothing but the figures, and no duplicate_of: with --dedupe a
      // near-duplicate's records are left out; without it, near-duplicates are not looked for
      : await eachRendered(inputs, { ...opts, duplicates: opts.dedupe || opts.format === 'json' ? 'batch' : 'none' }, { format: opts.format, rawCsv: opts.rawCsv }, async (doc) => {
        if (!(opts.dedupe && doc.duplicateOf)) await place(doc);
      });
    await sink.write(out.end());
    if (!opts.quiet) {
      const { documents } = summary;
      const stop = interruptedExitCode() ? ' (interrupted)' : '';
      const categories = [...byCategory].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ');
      info(`${plural(documents, 'document')}, ${plural(indicators, 'indicator')}${categories ? ` (${categories})` : ''}, ${failedCount(summary)}, ${((Date.now() - started) / 1000).toFixed(1)} s${stop}`);
    }
    return exitCodeOf(summary);
  });
}

export function extractCommand(): Command {
  const cmd = new Command('extract')
    .description('extract numeric indicators (one record per figure) from reports')
    .argument('[inputs...]', 'files, folders (searched recursively), globs, collections, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o name: .csv, .json, .jsonl or .ndjson; else csv)').choices(FORMATS as string[]))
    .option('-o, --output <file>', 'write here (atomically) instead of standard output; an existing file is replaced only if it is an earlier extract output of the same format')
    .option('--bom', 'start CSV with a byte-order mark, for Excel')
    .option('--raw-csv', "write CSV cells as they are: no ' before a cell that starts with = + - @ (spreadsheet formula guard)")
    .option('--dedupe', 'drop the figures of documents that nearly duplicate an earlier one');
  return documentCommand(cmd, EXAMPLES, run);
}
