import { Command, Option } from 'commander';
import { FORMATS, serializer, type Format } from '../../emit/index.js';
import { openSink, SinkError } from '../../emit/sink.js';
import { expandInputs, readSource } from '../../ingest/index.js';
import { processDocument, type ProcessedDocument } from '../../pipeline.js';
import { StageError, type Problem } from '../../problems.js';
import { fatal, info, reportProblem, warn } from '../messages.js';
import { EXIT, sharedOptions } from '../options.js';

interface ExtractOptions {
  format: Format;
  output?: string;
  bom?: boolean;
  encoding?: string;
  maxSize: number;
  quiet?: boolean;
  debug?: boolean;
}

const EXAMPLES = `
Examples:
  $ govmine extract fixtures -f csv                 every report under fixtures/, as CSV on stdout
  $ govmine extract 'reports/**/*.html' -f jsonl    a glob (quoted, so govmine expands it)
  $ govmine extract report.txt -f json -o out.json  one document object with meta, sections, indicators
  $ cat page.html | govmine extract - -f jsonl      standard input
  $ govmine extract fixtures -f csv --bom -o figures.csv   a CSV that Excel opens as UTF-8

Exit codes: 0 all inputs processed, 1 some inputs failed (named on stderr, the others' records
still written), 2 bad usage, 3 the output could not be written.`;

/** The problem a failed document gives the user; an internal error keeps its stack only with --debug. */
function problemOf(path: string, err: unknown, debug: boolean): Problem {
  if (err instanceof StageError) return { path, stage: err.stage, kind: err.kind, message: err.message };
  const e = err as Error;
  return { path, stage: 'extract', kind: 'internal', message: debug ? e.stack ?? e.message : `internal error: ${e.message} (run with --debug for details)` };
}

async function run(inputs: string[], opts: ExtractOptions): Promise<number> {
  const { sources, problems } = await expandInputs(inputs);
  problems.forEach(reportProblem);
  if (sources.length === 0 && problems.length === 0) {
    fatal('no input documents (give files, folders, globs or - for standard input)');
    return EXIT.usage;
  }
  const out = serializer(opts.format, { bom: opts.bom });
  let sink;
  try {
    sink = openSink(opts.output);
  } catch (err) {
    fatal((err as Error).message);
    return EXIT.cannotWrite;
  }
  const started = Date.now();
  let failed = problems.length;
  let documents = 0;
  let indicators = 0;
  try {
    await sink.write(out.begin());
    for (const source of sources) {
      let doc: ProcessedDocument;
      try {
        const raw = await readSource(source, { maxSize: opts.maxSize * 1024 * 1024 });
        doc = processDocument(raw, { encoding: opts.encoding });
      } catch (err) {
        failed++;
        reportProblem(problemOf(source.id, err, !!opts.debug));
        continue;
      }
      if (!opts.quiet) doc.warnings.forEach((w) => warn(doc.doc, w));
      documents++;
      indicators += doc.indicators.length;
      await sink.write(out.document(doc));
    }
    await sink.write(out.end());
    await sink.commit();
  } catch (err) {
    sink.abort();
    if (err instanceof SinkError) { fatal(err.message); return EXIT.cannotWrite; }
    throw err;
  }
  if (!opts.quiet) {
    info(`${documents} document${documents === 1 ? '' : 's'}, ${indicators} indicators, ${failed} failed, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

export function extractCommand(): Command {
  const cmd = new Command('extract')
    .description('extract numeric indicators (one record per figure) from reports')
    .argument('<inputs...>', 'files, folders (searched recursively), globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS as string[]).default('csv'))
    .option('-o, --output <file>', 'write here (atomically) instead of standard output')
    .option('--bom', 'start CSV with a byte-order mark, for Excel');
  sharedOptions().forEach((o) => cmd.addOption(o));
  return cmd
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts: ExtractOptions) => {
      process.exitCode = await run(inputs, opts);
    });
}
