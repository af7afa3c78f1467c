import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { openSink } from '../../emit/sink.js';
import { documentOrder } from '../../ingest/index.js';
import { acquireLock } from '../lock.js';
import { fatal, info, plural } from '../messages.js';
import { EXIT } from '../options.js';
import { refusing } from '../output.js';
import { guardOutput, isOwnOutput, refuseInputsAsOutputs, UsageError } from '../safety.js';

const EXAMPLES = `
Examples:
  $ govmine merge -o all.db shard-1.db shard-2.db shard-3.db        datasets written by sync --shard
  $ govmine merge -o all.jsonl part-1.jsonl part-2.jsonl part-3.jsonl  JSON Lines written by extract --shard

The output is always given with -o: every other name is an input, and none is ever written. -o may
not be one of the inputs, and an existing -o is replaced (JSON Lines) or added to (a dataset) only
when govmine wrote it (else --force).

SQLite inputs are merged table by table (a document present twice, the same root and path, keeps
the later input's rows).
JSON Lines inputs are merged into input order: documents sorted as a single run sorts them, each
document's records in their own order, so the result equals a one-machine run.`;

const isDatabase = (p: string) => /\.(?:db|sqlite3?)$/i.test(p);
const isJsonl = (p: string) => /\.(?:jsonl|ndjson)$/i.test(p);

/** An input that cannot be merged: exit 1, nothing written. */
class BadInput extends Error {}

async function mergeJsonl(out: string, inputs: string[]): Promise<number> {
  const byDoc = new Map<string, string[]>();
  for (const input of inputs) {
    let n = 0;
    for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
      n++;
      if (!line.trim()) continue;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        throw new BadInput(`${input}: line ${n} is not valid JSON (merge takes JSON Lines written by extract -f jsonl)`);
      }
      if (typeof record !== 'object' || record === null || typeof (record as { doc?: unknown }).doc !== 'string') {
        throw new BadInput(`${input}: line ${n} is not a govmine record (no "doc"; merge takes JSON Lines written by extract -f jsonl)`);
      }
      const doc = (record as { doc: string }).doc;
      const lines = byDoc.get(doc);
      if (lines) lines.push(line); else byDoc.set(doc, [line]);
    }
  }
  const sink = openSink(out);
  try {
    for (const doc of [...byDoc.keys()].sort(documentOrder)) await sink.write(byDoc.get(doc)!.join('\n') + '\n');
    await sink.commit();
  } catch (err) {
    sink.abort();
    throw err;
  }
  return byDoc.size;
}

/** What merge refuses before reading anything: bad usage, exit 2. */
function checkUsage(out: string | undefined, inputs: string[], force: boolean, search: boolean | undefined): void {
  if (!out) {
    const example = inputs.length > 1 ? `govmine merge -o merged${isDatabase(inputs[0]) ? '.db' : '.jsonl'} ${inputs.join(' ')}` : 'govmine merge -o all.jsonl part-1.jsonl part-2.jsonl';
    throw new UsageError(`merge needs -o OUTPUT: every name given without it is an input, and none is written. Nothing was written; run e.g. \`${example}\``);
  }
  if (inputs.length === 0) throw new UsageError('no inputs to merge: give the shards\u2019 .db or .jsonl files after -o OUTPUT');
  const missing = inputs.find((i) => !existsSync(i));
  if (missing) throw new UsageError(`${missing}: no such file`);
  const folder = inputs.find((i) => statSync(i).isDirectory());
  if (folder) throw new UsageError(`${folder}: is a folder; merge takes .db or .jsonl files (e.g. part-*.jsonl)`);
  if (!isDatabase(out) && !isJsonl(out)) throw new UsageError(`${out}: merge writes a SQLite dataset (.db, .sqlite) or JSON Lines (.jsonl, .ndjson); give -o such a name`);
  if (search !== undefined && !isDatabase(out)) throw new UsageError(`--${search ? '' : 'no-'}search is for a dataset: ${out} is JSON Lines, which has no full-text index`);
  const other = inputs.find((i) => isDatabase(i) !== isDatabase(out) || (!isDatabase(i) && !isJsonl(i)));
  if (other) throw new UsageError(`${other}: merge SQLite databases into a .db, or JSON Lines into a .jsonl, not a mix`);
  refuseInputsAsOutputs([{ path: out, option: '-o' }], inputs.map((i) => ({ id: i, path: i })));
  guardOutput(out, isDatabase(out) ? 'sqlite' : 'jsonl', force);
  const foreign = isDatabase(out) ? inputs.find((i) => !isOwnOutput(i, 'sqlite')) : undefined;
  if (foreign) throw new UsageError(`${foreign}: not a dataset govmine wrote (sync --db); nothing was merged`);
}

interface MergeOptions { output?: string; quiet?: boolean; force?: boolean; search?: boolean }

async function run(inputs: string[], opts: MergeOptions): Promise<number> {
  if (refusing(() => checkUsage(opts.output, inputs, !!opts.force, opts.search)) === null) return EXIT.usage;
  const out = opts.output!;
  try {
    if (!isDatabase(out)) {
      const docs = await mergeJsonl(out, inputs);
      if (!opts.quiet) info(`${out}: ${plural(docs, 'document')} from ${plural(inputs.length, 'input')}`);
      return EXIT.ok;
    }
    const release = await acquireLock(out, 60);
    const { mergeDatasets, SearchIndexKept } = await import('../../dataset/index.js');
    try {
      const docs = mergeDatasets(out, inputs, opts.search);
      if (!opts.quiet) info(`${out}: ${plural(docs, 'document')} from ${plural(inputs.length, 'database')}`);
    } catch (err) {
      if (err instanceof SearchIndexKept) { fatal(err.message); return EXIT.usage; }
      throw err;
    } finally {
      release();
    }
    return EXIT.ok;
  } catch (err) {
    if (err instanceof BadInput) { fatal(`${err.message}; nothing was written`); return EXIT.someFailed; }
    fatal(`cannot merge into ${out}: ${(err as Error).message}`);
    return EXIT.cannotWrite;
  }
}

export function mergeCommand(): Command {
  return new Command('merge')
    .description('combine the outputs of sharded runs (SQLite datasets or JSON Lines) into one')
    .argument('[inputs...]', 'the shards’ .db or .jsonl files (never written)')
    .option('-o, --output <file>', 'the merged .db or .jsonl to write (required)')
    .option('--force', 'replace (or add to) an existing -o that govmine did not write; an input is never written')
    .option('-q, --quiet', 'print no summary')
    // as sync's: --search first, so that neither given leaves it to the dataset
    .option('--search', 'build the full-text index in an -o dataset made without one')
    .option('--no-search', 'make a new -o dataset without the full-text index of words (as sync --no-search)')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts: MergeOptions) => {
      process.exitCode = await run(inputs, opts);
    });
}
