import { InvalidArgumentError, Option, type Command } from 'commander';
import { knownEncoding } from '../decode/index.js';
import type { Shard } from '../ingest/index.js';

/** Options every document-reading command shares, defined once. */
const sharedOptions = () => [
  new Option('--encoding <name>', 'read every input in this encoding instead of detecting it (e.g. gbk)').argParser(encodingName),
  new Option('--max-size <MB>', 'refuse inputs larger than this many megabytes').default(50).argParser(positiveNumber('--max-size')),
  new Option('--timeout <seconds>', 'give up on a document that takes longer than this').default(30).argParser(positiveNumber('--timeout')),
  new Option('-j, --jobs <n>', 'worker threads (default: the number of cores)').argParser(positiveNumber('--jobs')),
  new Option('--errors <file>', 'also write every failure to this file as JSON Lines {path, stage, kind, message}, as they come (emptied as the run starts)'),
  new Option('--known-failures <file>', 'an earlier --errors file (the same file will do): failures it lists (same path, stage and kind) are marked known and alone leave the exit code 0, so that a nightly job alerts only on new ones'),
  new Option('--paths-from <file>', 'also read input paths from this file (- for standard input): one per line, or JSON Lines {"path": …}, as a Hadoop Streaming or Spark pipe() map step gives them'),
  new Option('--shard <K/N>', 'process only the K-th of N stable partitions of the inputs (1/3, 2/3, 3/3; auto: from a Slurm array task or, with auto/N, a Kubernetes indexed Job)').argParser((v: string) => parseShard(v)),
  new Option('--text-column <name>', 'in CSV/TSV/JSON Lines collections, the column holding the page text'),
  new Option('--id-column <name>', 'in collections, the column naming each row (default: its row number)'),
  new Option('--force', 'replace an existing output file (or write into a folder) that govmine did not write; an input is never replaced'),
  new Option('-q, --quiet', 'print no summary, only errors'),
  new Option('--explain', 'print on stderr the encoding read and every line cleaning dropped, with its rule'),
  new Option('--debug', 'print stack traces of internal errors'),
];

/**
 * Finishes a command that reads documents: the shared options, its examples, and an action that
 * sets the exit code `run` returns.
 */
export function documentCommand<O>(cmd: Command, examples: string, run: (inputs: string[], opts: O) => Promise<number>): Command {
  sharedOptions().forEach((o) => cmd.addOption(o));
  return cmd.addHelpText('after', examples).action(async (inputs: string[], opts: O) => {
    process.exitCode = await run(inputs, opts);
  });
}

/** Encodings people mean most often, for the message that refuses an unknown one. */
const COMMON_ENCODINGS = ['utf-8', 'gbk', 'gb18030', 'gb2312', 'big5', 'utf-16le', 'utf-16be'];

/** --encoding: a name iconv-lite knows (loaded only when the option is given). */
export function encodingName(value: string): string {
  if (!knownEncoding(value)) {
    throw new InvalidArgumentError(`unknown encoding "${value}"; use one of ${COMMON_ENCODINGS.join(', ')} (or another name iconv-lite knows, such as windows-1252)`);
  }
  return value;
}

/** A comma-separated list, each item one of `valid`. */
export function listOf(name: string, valid: readonly string[]) {
  return (value: string): string[] => {
    const items = value.split(',').map((v) => v.trim()).filter(Boolean);
    const bad = items.filter((v) => !valid.includes(v));
    if (items.length === 0 || bad.length > 0) {
      throw new InvalidArgumentError(`${name} takes a comma-separated list of ${valid.join(', ')}; "${bad.join(', ') || value}" is not one of them`);
    }
    return items;
  };
}

export function positiveNumber(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${name} takes a positive number, not "${value}"`);
    return n;
  };
}

/** A share in percent, 0 to 100. */
export function percent(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError(`${name} takes a percentage from 0 to 100, not "${value}"`);
    return n;
  };
}

/** `--shard K/N` (K from 1), `auto` (a Slurm array task's environment) or `auto/N` (JOB_COMPLETION_INDEX). */
export function parseShard(value: string, env: NodeJS.ProcessEnv = process.env): Shard {
  const explicit = /^(\d+)\/(\d+)$/.exec(value);
  if (explicit) {
    const [k, n] = [Number(explicit[1]), Number(explicit[2])];
    if (n < 1 || k < 1 || k > n) throw new InvalidArgumentError(`--shard takes K/N with 1 <= K <= N, not "${value}"`);
    return { index: k - 1, count: n };
  }
  const auto = /^auto(?:\/(\d+))?$/.exec(value);
  if (!auto) throw new InvalidArgumentError(`--shard takes K/N or auto, not "${value}"`);
  const num = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);
  const task = num(env.SLURM_ARRAY_TASK_ID);
  if (task !== undefined) {
    const min = num(env.SLURM_ARRAY_TASK_MIN) ?? 0;
    const count = num(auto[1]) ?? num(env.SLURM_ARRAY_TASK_COUNT) ?? (num(env.SLURM_ARRAY_TASK_MAX) !== undefined ? num(env.SLURM_ARRAY_TASK_MAX)! - min + 1 : undefined);
    if (count === undefined || task - min < 0 || task - min >= count) throw new InvalidArgumentError('--shard auto: the Slurm array environment (SLURM_ARRAY_TASK_ID, _MIN, _MAX or _COUNT) is incomplete');
    return { index: task - min, count };
  }
  const index = num(env.JOB_COMPLETION_INDEX);
  if (index !== undefined && auto[1] !== undefined && index < Number(auto[1])) return { index, count: Number(auto[1]) };
  throw new InvalidArgumentError('--shard auto needs a Slurm array task (SLURM_ARRAY_TASK_ID …) or JOB_COMPLETION_INDEX with auto/N');
}

/**
 * Exit codes: the contract scripts and cron jobs rely on. `mismatch`: check found a report's own
 * figures contradicting each other.
 */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, cannotWrite: 3, mismatch: 4 } as const;
