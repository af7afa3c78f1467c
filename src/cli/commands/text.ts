import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { openSink, SinkError, type Sink } from '../../emit/sink.js';
import { textBlock, textFileName, textJson, uniqueNames } from '../../emit/text.js';
import { eachDocument, noInputs, type BatchOptions } from '../batch.js';
import { interruptedExitCode } from '../interrupt.js';
import { fatal, info } from '../messages.js';
import { EXIT, sharedOptions } from '../options.js';

interface TextOptions extends BatchOptions {
  format: 'txt' | 'jsonl';
  output?: string;
}

const EXAMPLES = `
Examples:
  $ govmine text page.html                     the cleaned report, as extract's offsets see it
  $ govmine text fixtures -f jsonl             one object per document: meta, text, sections with their text
  $ govmine text crawl/ -o clean/              one .txt per input under clean/
  $ govmine text scraped.csv --text-column 正文   each row of a collection is a document

The text is exactly the one extract's start/end offsets point into: portal chrome, boilerplate
lines and duplicated bodies gone, one paragraph per line, headings kept.`;

/** -o DIR: one file per document, each written under a temporary name and renamed. */
function folderWriter(dir: string) {
  mkdirSync(dir, { recursive: true });
  return (name: string, content: string) => {
    const path = join(dir, name);
    const tmp = join(dir, `.${name}.${process.pid}.tmp`);
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  };
}

async function run(inputs: string[], opts: TextOptions): Promise<number> {
  if (noInputs(inputs, opts)) {
    fatal('no input documents (give files, folders, globs, --paths-from, or - for standard input)');
    return EXIT.usage;
  }
  let sink: Sink | null = null;
  let writeFile: ((name: string, content: string) => void) | null = null;
  try {
    if (opts.output) writeFile = folderWriter(opts.output);
    else sink = openSink(undefined);
  } catch (err) {
    fatal(`cannot write ${opts.output}: ${(err as Error).message}`);
    return EXIT.cannotWrite;
  }
  let first = true;
  const nameOf = uniqueNames();
  try {
    const summary = await eachDocument(inputs, opts, async (doc) => {
      if (writeFile) {
        try {
          writeFile(nameOf(textFileName(doc.doc)), opts.format === 'jsonl' ? JSON.stringify(textJson(doc)) + '\n' : doc.text + '\n');
        } catch (err) {
          throw new SinkError(`cannot write ${opts.output}: ${(err as Error).message}`);
        }
      } else {
        await sink!.write(opts.format === 'jsonl' ? JSON.stringify(textJson(doc)) + '\n' : textBlock(doc, first));
      }
      first = false;
    });
    await sink?.commit();
    if (!opts.quiet) info(`${summary.documents} document${summary.documents === 1 ? '' : 's'}, ${summary.failed} failed`);
    return interruptedExitCode() ?? (summary.failed > 0 ? EXIT.someFailed : EXIT.ok);
  } catch (err) {
    if (err instanceof SinkError) { fatal(err.message); return EXIT.cannotWrite; }
    throw err;
  }
}

export function textCommand(): Command {
  const cmd = new Command('text')
    .description('print the cleaned main text of each document')
    .argument('[inputs...]', 'files, folders (searched recursively), globs, collections (.csv/.tsv/.jsonl), or -')
    .addOption(new Option('-f, --format <format>', 'txt: documents separated by a form feed and a header line; jsonl: one object per document').choices(['txt', 'jsonl']).default('txt'))
    .option('-o, --output <dir>', 'write one file per document into this folder');
  sharedOptions().forEach((o) => cmd.addOption(o));
  return cmd
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts: TextOptions) => {
      process.exitCode = await run(inputs, opts);
    });
}
