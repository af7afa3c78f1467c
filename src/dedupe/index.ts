/**
 * Near-duplicate documents across a batch (the same report published on two portals): MinHash over
 * character shingles, with locality-sensitive banding so each document is compared with few others.
 */

const SHINGLE = 5;
const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;
/** Estimated Jaccard similarity from which two bodies count as the same report. */
export const NEAR_DUPLICATE = 0.8;
/** Bodies shorter than this (in characters) are not compared: too little to tell. */
const MIN_LENGTH = 100;
/**
 * Only shingles whose hash falls in one of SAMPLE buckets enter the signature: chosen by content,
 * so two copies of a body sample the same shingles, at a quarter of the cost.
 */
const SAMPLE = 4;

function fnv1a(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A seeded 32-bit mix (murmur3's finaliser): one independent hash function per seed. */
function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => mix(i + 1, 0x9e3779b9));

/** The MinHash signature of a text's character shingles, whitespace ignored; null when too short. */
export function signature(text: string): Uint32Array | null {
  const body = text.replace(/\s+/g, '');
  if (body.length < MIN_LENGTH) return null;
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= body.length; i++) {
    const h = fnv1a(body, i, i + SHINGLE);
    if (h % SAMPLE !== 0) continue;
    for (let k = 0; k < HASHES; k++) {
      const v = mix(h, SEEDS[k]);
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/** Remembers the documents seen so far and names the first one each new document duplicates. */
export class DuplicateIndex {
  private readonly buckets = new Map<string, number[]>();
  private readonly seen: Array<{ doc: string; sig: Uint32Array }> = [];

  /** The earlier document whose body nearly repeats this one's (given by its signature), or null; then remembers this one. */
  add(doc: string, sig: Uint32Array | null): string | null {
    if (!sig) return null;
    const keys = Array.from({ length: BANDS }, (_, b) => `${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`);
    const candidates = new Set(keys.flatMap((k) => this.buckets.get(k) ?? []));
    const first = [...candidates].sort((a, b) => a - b).find((i) => similarity(this.seen[i].sig, sig) >= NEAR_DUPLICATE);
    if (first !== undefined) return this.seen[first].doc;
    const id = this.seen.push({ doc, sig }) - 1;
    for (const k of keys) {
      const list = this.buckets.get(k);
      if (list) list.push(id); else this.buckets.set(k, [id]);
    }
    return null;
  }
}
