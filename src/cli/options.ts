import { InvalidArgumentError, Option } from 'commander';

/** Options every document-reading command shares, defined once. */
export const sharedOptions = () => [
  new Option('--encoding <name>', 'read every input in this encoding instead of detecting it (e.g. gbk)'),
  new Option('--max-size <MB>', 'refuse inputs larger than this many megabytes').default(50).argParser(positiveNumber('--max-size')),
  new Option('--timeout <seconds>', 'give up on a document that takes longer than this').default(30).argParser(positiveNumber('--timeout')),
  new Option('-j, --jobs <n>', 'worker threads (default: the number of cores)').argParser(positiveNumber('--jobs')),
  new Option('--errors <file>', 'also write every failure to this file as JSON Lines {path, stage, kind, message}'),
  new Option('--text-column <name>', 'in CSV/TSV/JSON Lines collections, the column holding the page text'),
  new Option('--id-column <name>', 'in collections, the column naming each row (default: its row number)'),
  new Option('-q, --quiet', 'print no summary, only errors'),
  new Option('--explain', 'print on stderr the encoding read and every line cleaning dropped, with its rule'),
  new Option('--debug', 'print stack traces of internal errors'),
];

export function positiveNumber(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${name} takes a positive number, not "${value}"`);
    return n;
  };
}

/** Exit codes: the contract scripts and cron jobs rely on. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2, cannotWrite: 3 } as const;
