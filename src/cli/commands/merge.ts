import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { openSink } from '../../emit/sink.js';
import { documentOrder } from '../../ingest/index.js';
import { acquireLock } from '../lock.js';
import { fatal, info } from '../messages.js';
import { EXIT } from '../options.js';

const EXAMPLES = `
Examples:
  $ govmine merge all.db shard-1.db shard-2.db shard-3.db        datasets written by sync --shard
  $ govmine merge all.jsonl part-1.jsonl part-2.jsonl part-3.jsonl  JSON Lines written by extract --shard

SQLite inputs are merged document by document (a path present twice keeps the later input's rows).
JSON Lines inputs are merged into input order: documents sorted as a single run sorts them, each
document's records in their own order, so the result equals a one-machine run.`;

const isDatabase = (p: string) => /\.(?:db|sqlite3?)$/i.test(p);

async function mergeJsonl(out: string, inputs: string[]): Promise<number> {
  const byDoc = new Map<string, string[]>();
  for (const input of inputs) {
    for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      const doc = String((JSON.parse(line) as { doc?: unknown }).doc ?? '');
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

async function run(out: string, inputs: string[], opts: { quiet?: boolean }): Promise<number> {
  const missing = inputs.find((i) => !existsSync(i));
  if (missing) { fatal(`${missing}: no such file`); return EXIT.usage; }
  if (isDatabase(out) !== inputs.every(isDatabase)) {
    fatal('merge SQLite databases into a .db, or JSON Lines into a .jsonl, not a mix');
    return EXIT.usage;
  }
  try {
    if (!isDatabase(out)) {
      const docs = await mergeJsonl(out, inputs);
      if (!opts.quiet) info(`${out}: ${docs} documents from ${inputs.length} inputs`);
      return EXIT.ok;
    }
    const release = await acquireLock(out, 60);
    const { flagDuplicates, openDatabase, mergeDatabase } = await import('../../emit/sqlite.js');
    const db = openDatabase(out);
    try {
      let docs = 0;
      for (const input of inputs) docs += mergeDatabase(db, input);
      // each shard knew only its own documents: near-duplicates across shards are named now
      flagDuplicates(db);
      if (!opts.quiet) info(`${out}: ${docs} documents from ${inputs.length} databases`);
    } finally {
      db.close();
      release();
    }
    return EXIT.ok;
  } catch (err) {
    fatal(`cannot merge into ${out}: ${(err as Error).message}`);
    return EXIT.cannotWrite;
  }
}

export function mergeCommand(): Command {
  return new Command('merge')
    .description('combine the outputs of sharded runs (SQLite datasets or JSON Lines) into one')
    .argument('<output>', 'the merged .db or .jsonl to write')
    .argument('<inputs...>', 'the shards’ .db or .jsonl files')
    .option('-q, --quiet', 'print no summary')
    .addHelpText('after', EXAMPLES)
    .action(async (out: string, inputs: string[], opts: { quiet?: boolean }) => {
      process.exitCode = await run(out, inputs, opts);
    });
}
