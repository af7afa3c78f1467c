/**
 * Where a document's file is. A document is its file, not the spelling of its path: it is stored
 * as the input folder it was found under (`root`, absolute, links resolved) and its path below it,
 * and compared by the two joined (`at`), so that `sync crawl`, `sync /data/crawl` and `sync .` from
 * inside it name the same documents, from any working directory. Documents an earlier version
 * stored under their paths as typed are matched to their files here, once.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, posix, resolve } from 'node:path';
import { COLLECTION_EXTENSIONS, placeOf as filePlace, type Source } from '../ingest/index.js';
import { sha256Of } from './rows.js';
import type { KnownDocument } from './write.js';

export interface Place {
  /** the input folder ('' for standard input) */
  root: string;
  /** the path below it: a collection's row is the collection's path and `#row` */
  name: string;
  /** the two joined: what identifies the document */
  at: string;
}

export const place = (root: string, name: string): Place => ({ root, name, at: join(root, name) });

/**
 * The ways a stored path may split into a file and a collection's row: the whole path, and each
 * `#` that follows a collection's name (`crawl/pages.csv#12` → `crawl/pages.csv`, `#12`).
 */
export function fileAndRow(path: string): Array<[string, string]> {
  const splits: Array<[string, string]> = [[path, '']];
  for (let i = path.indexOf('#'); i !== -1; i = path.indexOf('#', i + 1)) {
    if (COLLECTION_EXTENSIONS.test(path.slice(0, i))) splits.push([path.slice(0, i), path.slice(i)]);
  }
  return splits;
}

/** What an earlier version's typed paths came to: each document kept moved to its place, the other copies of the same file dropped. */
export interface TypedPlacement {
  moves: Array<{ doc: KnownDocument; place: Place }>;
  drops: KnownDocument[];
}

const sha256OfFile = (at: string): string | null => {
  try {
    return sha256Of(readFileSync(at));
  } catch {
    return null;
  }
};

/**
 * Matches documents an earlier version stored under typed paths (`crawl/a.html`, `/data/crawl/a.html`,
 * `a.html` typed inside the folder) to the files this run lists (`listed`, by `at`): a path read from
 * one of `bases` (the working directory, the dataset's folder) or an absolute one that is a listed
 * file; else the one listed file whose path ends with it (of several, the one whose bytes it
 * stored). Of several documents of one file, the one processed last is kept (moved to its place)
 * and the others dropped, as they are when the file's document is already placed (`placed`). A
 * path that matches no listed file stays as it is.
 */
export function placeTyped(
  typed: readonly KnownDocument[],
  listed: ReadonlyMap<string, Place>,
  placed: ReadonlySet<string>,
  bases: readonly string[],
): TypedPlacement {
  // the listed files by their last path segment, for the paths that only end the same way
  const byLast = new Map<string, Place[]>();
  for (const p of listed.values()) {
    const last = p.at.slice(p.at.lastIndexOf('/') + 1);
    const same = byLast.get(last);
    if (same) same.push(p); else byLast.set(last, [p]);
  }
  const fileAt = (file: string, sha256: string | null): Place | undefined => {
    if (file === '<stdin>') return listed.get('<stdin>');
    const tried = isAbsolute(file) ? [file] : bases.map((b) => resolve(b, file));
    for (const path of tried) {
      const { root, name } = filePlace(path);
      const found = listed.get(join(root, name));
      if (found) return found;
    }
    if (isAbsolute(file)) return undefined;
    const tail = '/' + posix.normalize(file.split('\\').join('/')).replace(/^(?:\.\/)+/, '');
    const ends = (byLast.get(tail.slice(tail.lastIndexOf('/') + 1)) ?? []).filter((p) => p.at.endsWith(tail));
    if (ends.length === 1) return ends[0];
    const same = sha256 === null ? [] : ends.filter((p) => sha256OfFile(p.at) === sha256);
    return same.length === 1 ? same[0] : undefined;
  };

  const byPlace = new Map<string, { place: Place; docs: KnownDocument[] }>();
  for (const doc of typed) {
    for (const [file, row] of fileAndRow(doc.path)) {
      const found = fileAt(file, row ? null : doc.sha256);
      if (!found) continue;
      const at = place(found.root, found.name + row);
      const group = byPlace.get(at.at);
      if (group) group.docs.push(doc); else byPlace.set(at.at, { place: at, docs: [doc] });
      break;
    }
  }
  const moves: TypedPlacement['moves'] = [];
  const drops: KnownDocument[] = [];
  for (const { place: at, docs } of byPlace.values()) {
    docs.sort((a, b) => (a.processedAt === b.processedAt ? b.id - a.id : a.processedAt < b.processedAt ? 1 : -1));
    const kept = placed.has(at.at) ? undefined : docs[0];
    if (kept) moves.push({ doc: kept, place: at });
    drops.push(...(kept ? docs.slice(1) : docs));
  }
  return { moves, drops };
}

/**
 * Where a file the dataset does not hold yet goes: under the shallowest root the dataset records
 * that holds it (a file named alone, or a glob of a subfolder, of a folder synced before), else
 * under its own input folder.
 */
export function newPlace(source: Source, roots: readonly string[]): Place {
  const at = join(source.root, source.name);
  if (source.root === '') return place(source.root, source.name);
  let best: string | undefined;
  for (const r of roots) {
    if (r !== '' && (best === undefined || r.length < best.length) && at.startsWith(r.endsWith('/') ? r : r + '/')) best = r;
  }
  return best === undefined ? place(source.root, source.name) : place(best, at.slice(best.length).replace(/^\/+/, ''));
}
