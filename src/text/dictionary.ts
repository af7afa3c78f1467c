/**
 * A lone report's own dictionary. jieba cuts (and tags) a text by the dictionary's words that occur
 * in it and by the total of all the words' frequencies; no other entry counts. So the entries whose
 * first two characters (a one-character word: its character) occur in a text, with one entry that
 * keeps the total, cut and tag that text and every part of it exactly as the whole dictionary does
 * (test/segmenter.test.ts compares them), and jieba builds them in a few milliseconds instead of
 * the ~85 the whole dictionary takes: the largest part of one report's cold start.
 *
 * The entries are found by an index `npm run build` writes beside the bundles (dist/cli/dictionary/):
 * the dictionary's lines grouped by their first two characters, and each group's key, place and
 * frequencies' sum, so that a report reads some hundred kilobytes of it rather than all 5 MB. The
 * groups are found in a few steps each, by where those of each first character begin: the code that
 * finds them runs once per process, before it is ever compiled, so its steps are counted.
 */
import { existsSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The index's files in a folder. */
const WORDS = 'words.txt';
const GROUPS = 'groups.bin';
const ABOUT = 'about.json';

/** What the index says of the dictionary it was made from. */
interface About {
  /** the dictionary file's size, so that an index left from another jieba is never used */
  size: number;
  /** the lines added to the file (terms it lacks), so that an index of other terms is never used */
  added: string;
  /** the total of all frequencies, which every cut's probabilities divide by */
  total: number;
  /** the groups' table's layout (an index of another layout is not read) */
  layout: string;
}

/**
 * The groups' table: first, for each UTF-16 unit and one more, the row where the groups beginning
 * with it begin (`FIRSTS` numbers); then a row per group, its key, where its lines start and their
 * frequencies' sum; then a row that says where the last group's lines end.
 */
const COLUMNS = 3;
const FIRSTS = 0x10001;
const LAYOUT = `firsts ${FIRSTS}, columns ${COLUMNS}`;

/** A word never in a report (private-use characters) whose frequency makes up the total. */
const FILLER = '\ue000\ue001';

/** A group's key: the first two UTF-16 units of a word (the second 0 for a one-character word). */
const keyAt = (text: string, i: number, length: 1 | 2): number =>
  text.charCodeAt(i) * 0x10000 + (length === 2 ? text.charCodeAt(i + 1) : 0);

/**
 * The keys of a text's groups (each of its characters and each pair) that `held` lacks, in order,
 * added to `held`: the groups a dictionary that holds `held`'s must take in to cut the text as the
 * whole does. (Sorted in one native call rather than gathered in the set: a report's first call
 * holds all its text.)
 */
export function newKeys(held: Set<number>, text: string): Uint32Array {
  const all = new Uint32Array(Math.max(0, 2 * text.length - 1));
  for (let i = 0, n = 0; i < text.length; i++) {
    all[n++] = keyAt(text, i, 1);
    if (i + 1 < text.length) all[n++] = keyAt(text, i, 2);
  }
  all.sort();
  let kept = 0;
  for (let i = 0; i < all.length; i++) {
    const key = all[i];
    if ((i === 0 || key !== all[i - 1]) && !held.has(key)) { held.add(key); all[kept++] = key; }
  }
  return all.subarray(0, kept);
}

/** Whether a text holds the filler word (never seen): such a text is cut with the whole dictionary. */
export const holdsFiller = (text: string): boolean => text.includes(FILLER);

/** Bytes between two groups below which both are read at once. */
const READ_GAP = 4096;

/** Writes the index of a jieba dictionary (lines `word frequency tag`), with lines added to it, into a folder. */
export function writeDictionaryIndex(dictionary: string, added: Buffer, folder: string): void {
  const lines = (readFileSync(dictionary, 'utf8') + added.toString()).split('\n').filter(Boolean);
  const groups = new Map<number, string[]>();
  for (const line of lines) {
    const word = line.slice(0, line.indexOf(' '));
    const key = keyAt(word, 0, word.length >= 2 ? 2 : 1);
    groups.get(key)?.push(line) ?? groups.set(key, [line]);
  }
  const keys = [...groups.keys()].sort((a, b) => a - b);
  const table = new Uint32Array(FIRSTS + (keys.length + 1) * COLUMNS);
  const row = (i: number) => FIRSTS + i * COLUMNS;
  const texts: Buffer[] = [];
  let at = 0;
  let total = 0;
  keys.forEach((key, i) => {
    const group = groups.get(key)!;
    const text = Buffer.from(group.join('\n') + '\n');
    const sum = group.reduce((sum, line) => sum + (Number(line.split(' ')[1]) || 0), 0);
    if (sum > 0xffffffff) throw new Error(`${dictionary}: the frequencies of the words of one group sum past 32 bits`);
    table.set([key, at, sum], row(i));
    texts.push(text);
    at += text.length;
    total += sum;
  });
  table.set([0xffffffff, at, 0], row(keys.length));
  // where the groups of each first unit begin: after those of every unit below it
  for (const key of keys) table[Math.floor(key / 0x10000) + 1]++;
  for (let unit = 1; unit < FIRSTS; unit++) table[unit] += table[unit - 1];
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, WORDS), Buffer.concat(texts));
  writeFileSync(join(folder, GROUPS), table);
  writeFileSync(join(folder, ABOUT), JSON.stringify({ size: statSync(dictionary).size, added: added.toString(), total, layout: LAYOUT } satisfies About));
}

/** The index of a dictionary, open: the groups' table in memory, their lines read when asked for. */
export interface DictionaryIndex {
  /** the lines of the groups of these keys (in jieba's format), and the sum of their frequencies */
  entries(keys: Uint32Array): { lines: Buffer; frequencies: number };
  /** the line of the filler word that makes up the total when the entries loaded sum to `held` */
  filler(held: number): Buffer;
}

/**
 * The index of `dictionary` with lines `added` in a folder; null where there is none (tests run from
 * the source) or it was made from another dictionary (a jieba other than the one the build saw, or
 * other terms).
 */
export function openDictionaryIndex(dictionary: string, added: Buffer, folder: string): DictionaryIndex | null {
  if (!existsSync(join(folder, ABOUT))) return null;
  const about = JSON.parse(readFileSync(join(folder, ABOUT), 'utf8')) as About;
  if (about.size !== statSync(dictionary).size || about.added !== added.toString() || about.layout !== LAYOUT) return null;
  const groups = readFileSync(join(folder, GROUPS));
  const table = new Uint32Array(groups.buffer, groups.byteOffset, groups.byteLength / 4);
  // open while the process lasts: it reads one report, a few groups at a time
  let fd: number | undefined;
  const entries = (keys: Uint32Array) => {
    // the rows of the keys' groups, in order (the keys are): each among those of its first unit
    const found: number[] = [];
    for (const key of keys) {
      const first = Math.floor(key / 0x10000);
      let lo = table[first];
      const end = table[first + 1];
      let hi = end;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (table[FIRSTS + mid * COLUMNS] < key) lo = mid + 1; else hi = mid;
      }
      if (lo < end && table[FIRSTS + lo * COLUMNS] === key) found.push(FIRSTS + lo * COLUMNS);
    }
    let size = 0;
    for (const row of found) size += table[row + COLUMNS + 1] - table[row + 1];
    const lines = Buffer.allocUnsafe(size);
    let filled = 0;
    let frequencies = 0;
    fd ??= openSync(join(folder, WORDS), 'r');
    // groups close together are read at once: a read costs more than some kilobytes between them
    for (let i = 0; i < found.length;) {
      const first = i;
      const start = table[found[i] + 1];
      let end = table[found[i] + COLUMNS + 1];
      for (i++; i < found.length && table[found[i] + 1] - end < READ_GAP; i++) end = table[found[i] + COLUMNS + 1];
      const run = Buffer.allocUnsafe(end - start);
      readSync(fd, run, 0, run.length, start);
      for (let g = first; g < i; g++) {
        filled += run.copy(lines, filled, table[found[g] + 1] - start, table[found[g] + COLUMNS + 1] - start);
        frequencies += table[found[g] + 2];
      }
    }
    return { lines, frequencies };
  };
  // jieba takes a word loaded again at its new frequency, and sums the total anew
  return { entries, filler: (held) => Buffer.from(`${FILLER} ${about.total - held} x\n`) };
}
