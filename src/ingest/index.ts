import { readFileSync, realpathSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { StageError, type Problem } from '../problems.js';
import { COLLECTION_EXTENSIONS, readCollection, type RowFailure } from './collection.js';
import { readableName } from './names.js';
import type { FileSource, IngestOptions, RawDocument, Source } from './types.js';

export type { CollectionOptions, DocumentHints, FileSource, IngestOptions, RawDocument, Source } from './types.js';
export type { RowFailure } from './collection.js';
export { COLLECTION_EXTENSIONS } from './collection.js';
export { existingPath } from './names.js';

/**
 * File endings taken from inside a folder; a file named on the command line is taken whatever its
 * ending. PDF and Word files are reports too: their type is then told by their bytes, not their name.
 */
export const DOCUMENT_EXTENSIONS = ['txt', 'text', 'htm', 'html', 'shtml', 'xhtml', 'pdf', 'docx', 'doc'];

function describe(err: unknown): { kind: string; message: string } {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return { kind: 'not-found', message: 'no such file or folder' };
    case 'EACCES': case 'EPERM': return { kind: 'unreadable', message: 'permission denied' };
    case 'ELOOP': return { kind: 'symlink-loop', message: 'symbolic link loop' };
    default: return { kind: 'unreadable', message: (err as Error).message };
  }
}

/** One of N stable partitions of the input list, for running N copies on a cluster. */
export interface Shard {
  /** 0-based */
  index: number;
  count: number;
}

/**
 * Whether a source belongs to a shard: a hash of its name below its input folder (Source.name), the
 * same on every machine and run, however the folder is spelled or mounted.
 */
export function inShard(name: string, shard: Shard): boolean {
  return digest('sha1', name).readUInt32BE(0) % shard.count === shard.index;
}

let crypto: typeof import('node:crypto') | null = null;
/** The hash of a name or of bytes. node:crypto loads on first use, which one report never makes. */
export function digest(algorithm: 'sha1' | 'sha256', data: string | Uint8Array): Buffer {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash(algorithm).update(data).digest();
}

/** A folder as the file system knows it: absolute, links and `..` resolved (as spelled, when it cannot be read), named readably. */
function realFolder(dir: Found): string {
  try {
    // the native call: the other reads a path given as bytes as UTF-8, and misses a name that is not
    return readableName(realpathSync.native(fsPath(dir), { encoding: 'buffer' }));
  } catch {
    return resolve(dir.path);
  }
}

/** `/` between folders, whatever the platform writes. */
const slashed = (path: string) => path.split(sep).join('/');

/**
 * Where a file named by itself stands: its own folder (as the file system knows it) and its name
 * there. The file itself is not resolved: a link is a document of its own, as it is in a folder.
 * `rawPath`: the path's bytes, where they are not UTF-8 (Source.rawPath), to find the folder by.
 */
export function placeOf(path: string, rawPath?: Uint8Array): { root: string; name: string } {
  // latin1 keeps each byte one character, so that dirname cuts the bytes where it cuts a string
  const folder = rawPath && Buffer.from(dirname(Buffer.from(rawPath).toString('latin1')), 'latin1');
  return { root: realFolder({ path: dirname(path), rawPath: folder }), name: basename(path) };
}

/** The folders of a glob before its first pattern (`crawl/2024` of `crawl/2024/**\/*.html`): its matches are named below them. */
function globBase(pattern: string, isDynamic: (part: string) => boolean): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isDynamic(part)) break;
    fixed.push(part);
  }
  if (fixed.length === 0) return '.';
  return fixed.join('/') || '/';
}

const DOCUMENT_NAME = new RegExp(`\\.(?:${DOCUMENT_EXTENSIONS.join('|')})$`, 'i');

/** A file found: its readable path, and its bytes where they are not UTF-8. */
interface Found { path: string; rawPath?: Buffer }

/** The file system's name for a file: its bytes where its readable spelling is not the name itself. */
export const fsPath = (f: { path: string; rawPath?: Uint8Array }): string | Buffer => (f.rawPath ? Buffer.from(f.rawPath) : f.path);

/**
 * The report files below a folder. Links to files are followed; links to folders are not (so a
 * link loop cannot trap the walk). A broken link, a link loop, a FIFO or an unreadable folder
 * with a report's name becomes a problem, not a silent gap. Names are read as bytes, so that a
 * name that is not UTF-8 still opens (see names.ts).
 */
async function* walk(dir: Found, problems: Problem[], skipped: string[]): AsyncGenerator<Found> {
  let entries;
  try {
    entries = await readdir(fsPath(dir), { withFileTypes: true, encoding: 'buffer' });
  } catch (err) {
    problems.push({ path: dir.path, stage: 'ingest', ...describe(err) });
    return;
  }
  const named = entries.map((e) => ({ e, name: readableName(e.name) }));
  named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { e, name } of named) {
    const path = join(dir.path, name);
    const found: Found = dir.rawPath || !isUtf8(e.name) ? { path, rawPath: Buffer.concat([dir.rawPath ?? Buffer.from(dir.path), Buffer.from(sep), e.name]) } : { path };
    if (e.isDirectory()) { yield* walk(found, problems, skipped); continue; }
    if (!DOCUMENT_NAME.test(name)) {
      // a collection inside a folder may be an earlier output: left out, but named to the caller
      if (COLLECTION_EXTENSIONS.test(name)) skipped.push(path);
      continue;
    }
    if (e.isFile()) { yield found; continue; }
    if (e.isSymbolicLink()) {
      try {
        const target = await stat(fsPath(found));
        if (target.isFile()) yield found;
        else if (!target.isDirectory()) problems.push({ path, stage: 'ingest', kind: 'not-a-file', message: 'links to something that is not a regular file' });
      } catch (err) {
        problems.push({ path, stage: 'ingest', ...describe(err) });
      }
      continue;
    }
    problems.push({ path, stage: 'ingest', kind: 'not-a-file', message: 'not a regular file (a FIFO, socket or device)' });
  }
}

/**
 * Turns command-line inputs (files, folders, globs, "-") into a sorted list of sources, and the
 * inputs that name nothing readable into problems. An input given as bytes is a path whose name is
 * not UTF-8, as the shell passed it. `skipped` lists, per folder given, the collections (CSV, TSV,
 * JSON Lines) found below it and not taken. A file reached twice (a folder and a file in it, two
 * spellings of one folder) is listed once. `inputs`: each input as the sources spell it (`input`),
 * in the order given.
 */
export async function expandInputs(inputs: ReadonlyArray<string | Buffer>): Promise<{ sources: Source[]; problems: Problem[]; skipped: Array<{ folder: string; files: string[] }>; inputs: string[] }> {
  // by where the file is, so that another spelling of the same path is the same source
  const found = new Map<string, Source>();
  const add = (f: Found, root: string, name: string, input: string) => {
    const at = join(root, name);
    if (!found.has(at)) found.set(at, { id: f.path, ...f, root, name, input });
  };
  const problems: Problem[] = [];
  const skipped: Array<{ folder: string; files: string[] }> = [];
  let stdin = false;
  const spelled: string[] = [];
  for (const given of inputs) {
    const input: Found = typeof given === 'string' ? { path: given } : { path: readableName(given), rawPath: given };
    spelled.push(input.path);
    if (given === '-') { stdin = true; continue; }
    try {
      const info = await stat(fsPath(input));
      if (info.isDirectory()) {
        const files: string[] = [];
        const root = realFolder(input);
        for await (const entry of walk(input, problems, files)) add(entry, root, slashed(relative(input.path, entry.path)), input.path);
        if (files.length > 0) skipped.push({ folder: input.path, files });
      } else if (info.isFile()) {
        const { root, name } = placeOf(input.path, input.rawPath);
        add(input, root, name, input.path);
      } else {
        problems.push({ path: input.path, stage: 'ingest', kind: 'not-a-file', message: 'not a regular file or folder' });
      }
    } catch (err) {
      // not a path: a pattern, perhaps (the globbing library loads only then)
      const globbing = typeof given === 'string' ? createRequire(import.meta.url)('tinyglobby') as typeof import('tinyglobby') : null;
      if (globbing?.isDynamicPattern(input.path)) {
        const files = await globbing.glob(input.path, { onlyFiles: true, followSymbolicLinks: false, expandDirectories: false });
        if (files.length === 0) problems.push({ path: input.path, stage: 'ingest', kind: 'no-match', message: 'the pattern matches no file' });
        const base = resolve(globBase(input.path, (part) => globbing.isDynamicPattern(part)));
        const root = realFolder({ path: base });
        for (const f of files) add({ path: f }, root, slashed(relative(base, resolve(f))), input.path);
        continue;
      }
      problems.push({ path: input.path, stage: 'ingest', ...describe(err) });
    }
  }
  const sources = [...found.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (stdin) sources.push({ id: '<stdin>', path: null, root: '', name: '<stdin>', input: '-' });
  return { sources, problems, skipped, inputs: spelled };
}

/** The order a single run gives documents: by path, the rows of a collection by their number. */
export function documentOrder(a: string, b: string): number {
  const [pa, ra] = a.split(/#(?=\d+$)/);
  const [pb, rb] = b.split(/#(?=\d+$)/);
  if (pa !== pb) return pa < pb ? -1 : 1;
  return Number(ra ?? 0) - Number(rb ?? 0);
}

async function readStdin(maxSize: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxSize) throw new StageError('ingest', 'too-large', `standard input is larger than --max-size (${maxSize} bytes)`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The documents of one source: a file gives one, a collection (CSV, TSV, JSON Lines) one per row.
 * A row that cannot be read is yielded as a failure so that the rows after it still come.
 */
export async function* readDocuments(source: Source, options: IngestOptions): AsyncGenerator<RawDocument | RowFailure> {
  if (source.path !== null && COLLECTION_EXTENSIONS.test(source.path)) {
    try {
      const info = await stat(fsPath(source as FileSource));
      if (!info.isFile()) throw new StageError('ingest', 'not-a-file', 'not a regular file');
    } catch (err) {
      if (err instanceof StageError) throw err;
      const { kind, message } = describe(err);
      throw new StageError('ingest', kind, message);
    }
    for await (const item of readCollection(source.path, options, fsPath(source as FileSource))) {
      if ('bytes' in item && item.bytes.length > options.maxSize) {
        yield { id: item.id, error: new StageError('ingest', 'too-large', `${item.bytes.length} bytes is more than --max-size (${options.maxSize} bytes)`) };
      } else {
        yield item;
      }
    }
    return;
  }
  yield await readSource(source, options);
}

/** Reads one source's bytes; refuses what is too large before reading it. */
async function readSource(source: Source, options: IngestOptions): Promise<RawDocument> {
  if (source.path === null) return { id: source.id, path: null, bytes: await readStdin(options.maxSize) };
  return readFileSource(source as FileSource, options.maxSize);
}

/**
 * Reads one file, refusing what is too large before reading it. Synchronous: small files read
 * faster so than through the thread pool, and worker threads call it too.
 */
export function readFileSource(file: FileSource, maxSize: number): RawDocument {
  try {
    const info = statSync(fsPath(file));
    if (!info.isFile()) throw new StageError('ingest', 'not-a-file', 'not a regular file');
    if (info.size > maxSize) {
      throw new StageError('ingest', 'too-large', `${info.size} bytes is more than --max-size (${maxSize} bytes)`);
    }
    // a FIFO or device would block the read; regular files only reach here
    return { id: file.id, path: file.path, bytes: readFileSync(fsPath(file)) };
  } catch (err) {
    if (err instanceof StageError) throw err;
    const { kind, message } = describe(err);
    throw new StageError('ingest', kind, message);
  }
}

