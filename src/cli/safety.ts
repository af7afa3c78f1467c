import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync, type PathLike, type Stats } from 'node:fs';
import { basename, dirname, extname, resolve, sep } from 'node:path';
import { isDataset } from '../dataset/index.js';
import { fsPath, type FileSource, type Source } from '../ingest/index.js';
import { CSV_COLUMNS } from '../record/schema.js';

/**
 * What govmine writes may never destroy data: no command writes over one of its inputs (compared
 * by device and inode, so a link or another spelling of the same path is caught), and an existing
 * file is replaced only when it holds an earlier output of the same kind (or with --force).
 */

/** Bad usage found before anything is written: the command exits 2 with this message. */
export class UsageError extends Error {}

/** The kinds of output govmine writes, each recognisable from its first bytes. */
export type OutputKind = 'csv' | 'json' | 'jsonl' | 'check-csv' | 'check-json' | 'check-table' | 'html' | 'errors' | 'sqlite'
  | 'panel-csv' | 'panel-json' | 'panel-jsonl' | 'panel-html';

const DESCRIPTION: Record<OutputKind, string> = {
  csv: 'a CSV written by govmine extract', json: 'a JSON file written by govmine extract', jsonl: 'JSON Lines written by govmine extract or merge',
  'check-csv': 'a CSV written by govmine check', 'check-json': 'a JSON file written by govmine check', 'check-table': 'a table written by govmine check',
  html: 'an HTML report written by govmine report', errors: 'an --errors file written by govmine', sqlite: 'a dataset written by govmine sync or merge',
  'panel-csv': 'a CSV written by govmine panel', 'panel-json': 'a JSON file written by govmine panel',
  'panel-jsonl': 'JSON Lines written by govmine panel', 'panel-html': 'an HTML page written by govmine panel',
};

/**
 * The first columns of extract's CSV header: an earlier version's output, which may lack the
 * columns added since, starts with them too.
 */
const CSV_HEADER_START = `${CSV_COLUMNS.slice(0, 4).join(',')},`;

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Whether the first bytes of a file are an earlier govmine output of this kind. */
export function looksLike(kind: OutputKind, head: string): boolean {
  const text = head.replace(/^\ufeff/, '');
  const first = text.split('\n', 1)[0];
  switch (kind) {
    case 'csv': return first.startsWith(CSV_HEADER_START);
    case 'jsonl': return /^\{"doc":/.test(first);
    case 'json': return /^\[(?:\]|\n\{\n {2}"doc":)/.test(text);
    case 'check-csv': return /^doc,kind,status,/.test(first);
    case 'check-json': return /^\[(?:\]|\n\{"doc":)/.test(text);
    case 'check-table': {
      const [a = '', b = ''] = text.replace(ANSI, '').split('\n', 2);
      return a.endsWith(': nothing to check') || /^ {2}(?:ok {6}|MISMATCH) {2}/.test(b);
    }
    case 'html': return text.startsWith('<!doctype html>') && /<header class="top"><strong>govmine<\/strong>|<meta name="generator" content="govmine(?: report)?"/.test(text);
    case 'errors': return /^\{"path":.*"stage":/.test(first);
    case 'sqlite': return head.startsWith('SQLite format 3\u0000');
    // long (agency,year,…) or wide (agency,indicator,unit,…): one command's two shapes
    case 'panel-csv': return /^agency,(?:year,indicator|indicator,unit),/.test(first);
    case 'panel-json': return /^\[(?:\]|\n\{"agency":)/.test(text);
    case 'panel-jsonl': return /^\{"agency":/.test(first);
    case 'panel-html': return text.startsWith('<!doctype html>') && text.includes('<meta name="generator" content="govmine panel">');
  }
}

function statOrNull(path: PathLike): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function readHead(path: PathLike, bytes = 65536): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The mark govmine's HTML reports and pages carry (`<meta name="generator" content="govmine report">`). */
const GENERATOR = /<meta name="generator" content="govmine[\s"]/;
/** The data govmine's commands write, as their first bytes show it. */
const OWN_DATA: readonly OutputKind[] = ['csv', 'json', 'jsonl', 'check-csv', 'check-json', 'errors', 'panel-csv', 'panel-json', 'panel-jsonl'];

/**
 * What govmine output a file is, in words, or null: a page carrying govmine's generator mark, or
 * CSV, JSON or JSON Lines one of its commands wrote, as its first bytes show.
 */
export function ownOutputOf(path: PathLike): string | null {
  let head: string;
  try {
    head = readHead(path, 4096);
  } catch {
    return null; // unreadable: reported when it is read
  }
  if (GENERATOR.test(head)) return /content="govmine panel"/.test(head) ? DESCRIPTION['panel-html'] : 'an HTML page written by govmine';
  const kind = OWN_DATA.find((k) => looksLike(k, head));
  return kind ? DESCRIPTION[kind] : null;
}

/** Whether an existing file is a govmine output of this kind (an empty file holds nothing to lose). */
export function isOwnOutput(path: string, kind: OutputKind): boolean {
  const info = statSync(path);
  if (info.size === 0) return true;
  if (!looksLike(kind, readHead(path))) return false;
  return kind !== 'sqlite' || isDataset(path);
}

/**
 * Refuses (UsageError) an output file that would replace data govmine did not write: a folder, or
 * an existing file that is not an earlier output of this kind, unless `force`. A device or FIFO
 * (/dev/null, a pipe) is written to as it is and never replaced, so it is always accepted.
 */
export function guardOutput(path: string | undefined, kind: OutputKind, force: boolean, option = '-o'): void {
  if (!path || path === '-') return;
  const info = statOrNull(path);
  if (!info) return;
  if (info.isDirectory()) throw new UsageError(`${path} is a folder: ${option} takes a file name`);
  if (!info.isFile() || force) return;
  if (isOwnOutput(path, kind)) return;
  throw new UsageError(`${path} already exists and is not ${DESCRIPTION[kind]}; nothing was written. ` +
    'Choose another name, remove the file, or add --force to replace it');
}

/** The marker a folder of `text -o` outputs holds, so that a later run may write into it again. */
export const TEXT_FOLDER_MARKER = '.govmine-text';

/**
 * `text -o DIR`: DIR is new, empty, or a folder an earlier `text -o` wrote (it holds the marker);
 * any other folder holds files govmine did not write, and is refused unless `force`.
 */
export function guardOutputFolder(dir: string, force: boolean): void {
  const info = statOrNull(dir);
  if (!info) return;
  if (!info.isDirectory()) throw new UsageError(`${dir} is a file: text -o takes a folder (one .txt per document is written into it)`);
  if (force) return;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return; // unreadable: writing into it fails with its own message (exit 3)
  }
  if (entries.length === 0 || entries.includes(TEXT_FOLDER_MARKER)) return;
  throw new UsageError(`${dir} already holds files govmine did not write; nothing was written. ` +
    'Give a new or empty folder, or add --force to write into it');
}

/** A path as the file system knows it: links and `..` resolved, even for a file that does not exist yet. */
export function canonicalPath(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync(full);
  } catch {
    try {
      return realpathSync(dirname(full)) + sep + basename(full);
    } catch {
      return full;
    }
  }
}

const identity = (info: Stats) => `${info.dev}:${info.ino}`;

/** An output this run writes, named by the option that gives it (for messages). */
export interface Output {
  path: string;
  option: string;
  /** a folder that files are written into (text -o DIR) */
  folder?: boolean;
}

/** Refuses two outputs that are the same file (-o and --errors naming one path). */
export function refuseSharedOutputs(outputs: readonly Output[]): void {
  const seen = new Map<string, Output>();
  for (const o of outputs) {
    if (o.path === '-') continue;
    const key = canonicalPath(o.path);
    const other = seen.get(key);
    if (other) throw new UsageError(`${other.option} and ${o.option} name the same file (${o.path}): give each its own`);
    seen.set(key, o);
  }
}

/**
 * Refuses outputs that are inputs: an output file that is one of the input files (a hard or
 * symbolic link, another spelling), or an output folder that holds an input. Inputs are compared
 * only when an output already exists, so a run writing a new file pays nothing.
 */
export function refuseInputsAsOutputs(outputs: readonly Output[], inputs: Iterable<Pick<Source, 'id' | 'path' | 'rawPath'>>): void {
  const files = new Map<string, Output>();
  const folders: Array<{ output: Output; at: string }> = [];
  for (const o of outputs) {
    if (o.path === '-') continue;
    const info = statOrNull(o.path);
    if (!info) continue;
    if (o.folder && info.isDirectory()) folders.push({ output: o, at: canonicalPath(o.path) + sep });
    else if (info.isFile()) files.set(identity(info), o);
  }
  if (files.size === 0 && folders.length === 0) return;
  for (const input of inputs) {
    if (input.path === null) continue;
    if (files.size > 0) {
      const info = statOrNull(fsPath(input as FileSource));
      const output = info && files.get(identity(info));
      if (output) {
        throw new UsageError(`${output.option} ${output.path} is also an input (${input.path}): writing it would destroy that input. Nothing was written; give another output name`);
      }
    }
    for (const { output, at } of folders) {
      if (canonicalPath(input.path).startsWith(at)) {
        throw new UsageError(`${output.option} ${output.path} holds an input (${input.path}): its text could be written over it. Nothing was written; give a folder outside the inputs`);
      }
    }
  }
}

/** Output formats chosen by a file's extension. */
const BY_EXTENSION: Record<string, string> = { '.csv': 'csv', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };
const DATABASE = /\.(?:db|sqlite3?)$/i;

/**
 * The format an output is written in: -f when given, else the output file's extension (.csv, .json,
 * .jsonl, .ndjson), else `fallback`. An -f that contradicts the extension, an extension whose
 * format this command does not write, and a database name are bad usage.
 */
export function outputFormat<F extends string>(output: string | undefined, explicit: F | undefined, allowed: readonly F[], fallback: F, command: string): F {
  if (!output || output === '-') return explicit ?? fallback;
  if (DATABASE.test(output)) {
    throw new UsageError(`${output}: ${command} does not write SQLite; for a dataset use \`govmine sync <inputs> --db ${output}\` (or -o a .csv, .json or .jsonl file)`);
  }
  const byName = BY_EXTENSION[extname(output).toLowerCase()] as F | undefined;
  if (byName === undefined) return explicit ?? fallback;
  if (!allowed.includes(byName)) throw new UsageError(`${output}: ${command} does not write ${byName.toUpperCase()}; it writes ${allowed.join(', ')}`);
  if (explicit !== undefined && explicit !== byName) {
    throw new UsageError(`-f ${explicit} contradicts the name ${output} (${byName}): drop -f, or give the output a name that ends in .${explicit}`);
  }
  return byName;
}
