/**
 * A lone report's own dictionary. jieba cuts (and tags) a text by the dictionary's words that occur
 * in it and by the total of all the words' frequencies; no other entry counts. So the entries whose
 * first two characters (a one-character word: its character) occur in a text, with one entry that
 * keeps the total, cut and tag that text and every part of it exactly as the whole dictionary does
 * (test/segmenter.test.ts compares them), and jieba builds them in a few milliseconds instead of
 * the ~85 the whole dictionary takes: the largest part of one report's cold start.
 *
 * The entries are found by an index `npm run build` writes beside the bundle (dist/dictionary/):
 * the dictionary's lines grouped by their first two characters, and each group's key and place,
 * so that a report reads some hundred kilobytes of it rather than all 5 MB.
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
  /** the total of all frequencies, which every cut's probabilities divide by */
  total: number;
}

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

/** The sum of the frequencies of dictionary lines (`word frequency tag`), read from their bytes. */
function frequencySum(lines: Buffer): number {
  const SPACE = 0x20;
  const NEWLINE = 0x0a;
  let sum = 0;
  for (let at = 0; at < lines.length; at++) {
    while (at < lines.length && lines[at] !== SPACE && lines[at] !== NEWLINE) at++;
    let frequency = 0;
    if (lines[at] === SPACE) for (at++; at < lines.length && lines[at] !== SPACE && lines[at] !== NEWLINE; at++) frequency = frequency * 10 + lines[at] - 0x30;
    sum += frequency;
    while (at < lines.length && lines[at] !== NEWLINE) at++;
  }
  return sum;
}

/** Writes the index of a jieba dictionary (lines `word frequency tag`) into a folder. */
export function writeDictionaryIndex(dictionary: string, folder: string): void {
  const lines = readFileSync(dictionary, 'utf8').split('\n').filter(Boolean);
  const groups = new Map<number, string[]>();
  for (const line of lines) {
    const word = line.slice(0, line.indexOf(' '));
    const key = keyAt(word, 0, word.length >= 2 ? 2 : 1);
    groups.get(key)?.push(line) ?? groups.set(key, [line]);
  }
  const keys = [...groups.keys()].sort((a, b) => a - b);
  // key and byte offset of each group, then an end: [key, start, key, start, …, 0xffffffff, end]
  const table = new Uint32Array(keys.length * 2 + 2);
  const texts: Buffer[] = [];
  let at = 0;
  keys.forEach((key, i) => {
    const text = Buffer.from(groups.get(key)!.join('\n') + '\n');
    table[2 * i] = key;
    table[2 * i + 1] = at;
    texts.push(text);
    at += text.length;
  });
  table[keys.length * 2] = 0xffffffff;
  table[keys.length * 2 + 1] = at;
  const words = Buffer.concat(texts);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, WORDS), words);
  writeFileSync(join(folder, GROUPS), table);
  writeFileSync(join(folder, ABOUT), JSON.stringify({ size: statSync(dictionary).size, total: frequencySum(words) } satisfies About));
}

/** The index of a dictionary, open: the groups' table in memory, their lines read when asked for. */
export interface DictionaryIndex {
  /** the lines of the groups of these keys (in jieba's format), and the sum of their frequencies */
  entries(keys: Uint32Array): { lines: Buffer; frequencies: number };
  /** the line of the filler word that makes up the total when the entries loaded sum to `held` */
  filler(held: number): Buffer;
}

/**
 * The index of `dictionary` in a folder; null where there is none (tests run from the source) or it
 * was made from another dictionary (a jieba other than the one the build saw).
 */
export function openDictionaryIndex(dictionary: string, folder: string): DictionaryIndex | null {
  if (!existsSync(join(folder, ABOUT))) return null;
  const about = JSON.parse(readFileSync(join(folder, ABOUT), 'utf8')) as About;
  if (about.size !== statSync(dictionary).size) return null;
  const groups = readFileSync(join(folder, GROUPS));
  const table = new Uint32Array(groups.buffer, groups.byteOffset, groups.byteLength / 4);
  const count = table.length / 2 - 1;
  // open while the process lasts: it reads one report, a few groups at a time
  let fd: number | undefined;
  const entries = (keys: Uint32Array) => {
    // the groups of the keys (both in order): each looked for from the last one found, by steps
    // that double, then halved (a report's keys are a few thousand of 190,000 groups)
    const found: number[] = [];
    let lo = 0;
    for (const key of keys) {
      let hi = lo;
      for (let step = 1; hi < count && table[2 * hi] < key; step *= 2) { lo = hi + 1; hi += step; }
      hi = Math.min(hi, count);
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (table[2 * mid] < key) lo = mid + 1; else hi = mid;
      }
      if (lo < count && table[2 * lo] === key) found.push(lo);
    }
    const parts: Buffer[] = [];
    fd ??= openSync(join(folder, WORDS), 'r');
    // groups close together are read at once: a read costs more than some kilobytes between them
    for (let i = 0; i < found.length;) {
      const first = i;
      const start = table[2 * found[i] + 1];
      let end = table[2 * found[i] + 3];
      for (i++; i < found.length && table[2 * found[i] + 1] - end < READ_GAP; i++) end = table[2 * found[i] + 3];
      const buffer = Buffer.allocUnsafe(end - start);
      readSync(fd, buffer, 0, buffer.length, start);
      for (let g = first; g < i; g++) parts.push(buffer.subarray(table[2 * found[g] + 1] - start, table[2 * found[g] + 3] - start));
    }
    const lines = Buffer.concat(parts);
    return { lines, frequencies: frequencySum(lines) };
  };
  // jieba takes a word loaded again at its new frequency, and sums the total anew
  return { entries, filler: (held) => Buffer.from(`${FILLER} ${about.total - held} x\n`) };
}
