import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { writeWhole } from '../../emit/sink.js';
import { textBlock, textFileName, textJson, uniqueNames } from '../../emit/text.js';
import { COLLECTION_EXTENSIONS } from '../../ingest/index.js';
import { eachDocument, type BatchOptions } from '../batch.js';
import { fatal, info, plural } from '../messages.js';
import { EXIT, documentCommand } from '../options.js';
import { exitCodeOf, failedCount, refusing, withOutput } from '../output.js';
import { guardOutputFolder, TEXT_FOLDER_MARKER } from '../safety.js';

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

/**
 * -o DIR: one file per document, each through a file sink (a temporary name, then renamed). The
 * folder is marked as govmine's, so that a later run may write into it again.
 */
function folderWriter(dir: string) {
  mkdirSync(dir, { recursive: true });
  let marked = false;
  return async (name: string, content: string) => {
    if (!marked) {
      writeFileSync(join(dir, TEXT_FOLDER_MARKER), 'Written by govmine text -o: a later run may replace the .txt files here.\n');
      marked = true;
    }
    await writeWhole(join(dir, name), content);
  };
}

/** One file (or standard input) gives one document: its text is printed alone, as head and tail do. */
function isOneDocument(inputs: readonly string[]): boolean {
  if (inputs.length !== 1) return false;
  if (inputs[0] === '-') return true;
  try {
    return statSync(inputs[0]).isFile() && !COLLECTION_EXTENSIONS.test(inputs[0]);
  } catch {
    return false;
  }
}

async function run(inputs: string[], opts: TextOptions): Promise<number> {
  // -o DIR: one file per document, each renamed into place (the folder itself is never half-written)
  let writeFile: ((name: string, content: string) => Promise<void>) | null = null;
  if (opts.output) {
    if (refusing(() => guardOutputFolder(opts.output!, !!opts.force)) === null) return EXIT.usage;
    // no input may lie inside the folder (checked once the inputs are listed)
    opts.outputs = [{ path: opts.output, option: '-o', folder: true }];
  }
  if (opts.output && inputs.length + (opts.pathsFrom ? 1 : 0) > 0) {
    try {
      writeFile = folderWriter(opts.output);
    } catch (err) {
      fatal(`cannot write ${opts.output}: ${(err as Error).message}`);
      return EXIT.cannotWrite;
    }
  }
  return withOutput(inputs, opts, undefined, null, async (sink) => {
    let first = true;
    const alone = isOneDocument(inputs);
    const nameOf = uniqueNames();
    const summary = await eachDocument(inputs, opts, async (doc) => {
      const bare = writeFile ? doc.text + '\n' : alone ? (doc.text ? doc.text + '\n' : '') : null;
      const content = opts.format === 'jsonl' ? JSON.stringify(textJson(doc)) + '\n' : bare ?? textBlock(doc, first);
      first = false;
      if (!writeFile) { await sink.write(content); return; }
      await writeFile(nameOf(textFileName(doc.doc)), content);
    });
    if (!opts.quiet) info(`${plural(summary.documents, 'document')}, ${failedCount(summary)}`);
    return exitCodeOf(summary);
  });
}

export function textCommand(): Command {
  const cmd = new Command('text')
    .description('print the cleaned main text of each document')
    .argument('[inputs...]', 'files, folders (searched recursively), globs, collections (.csv/.tsv/.jsonl), or -')
    .addOption(new Option('-f, --format <format>', 'txt: documents separated by a form feed and a header line (one file alone: its text only); jsonl: one object per document').choices(['txt', 'jsonl']).default('txt'))
    .option('-o, --output <dir>', 'write one file per document into this folder (a new or empty one, or one an earlier text -o wrote)');
  return documentCommand(cmd, EXAMPLES, run);
}
