/**
 * Near-duplicate documents across a batch (the same report published on two portals): MinHash over
 * character shingles, with locality-sensitive banding so each document is compared with few others.
 */
import { SETTINGS } from '../lang/zh/settings.js';

/** Characters per shingle: signature's hash loop reads exactly this many. */
const SHINGLE = 5;
const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;
/** Estimated Jaccard similarity from which two bodies count as the same report. */
export const NEAR_DUPLICATE = 0.8;
/**
 * Only shingles whose hash falls in one of SAMPLE buckets enter the signature: chosen by content,
 * so two copies of a body sample the same shingles, at a quarter of the cost.
 */
const SAMPLE = 4;

/** A seeded 32-bit mix (murmur3's finaliser): one independent hash function per seed. */
function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * The seeds, each already xor-ed with itself shifted by 16: mix's first step, x ^ (x >>> 16) with
 * x = h ^ seed, is then (h ^ (h >>> 16)) ^ that, so the hot loop does it once per shingle. Int32
 * throughout: a uint32 above 2^31 would be a double, and slow.
 */
const SEEDS = Int32Array.from({ length: HASHES }, (_, i) => {
  const seed = mix(i + 1, 0x9e3779b9);
  return seed ^ (seed >>> 16);
});
const SIGN = 0x80000000;

/** The MinHash signature of a text's character shingles, whitespace ignored; null when too short. */
export function signature(text: string): Uint32Array | null {
  const body = text.replace(/\s+/g, '');
  if (body.length < SETTINGS.DUPLICATE_MIN_CHARS.value) return null;
  // the sampled shingles' hashes, each already folded for mix (see SEEDS)
  const sampled = new Int32Array(body.length);
  let n = 0;
  // FNV-1a of each shingle, its SHINGLE characters carried along in a…e so that each is read once
  // (written out: V8 does not unroll a loop over them, which then costs twice as much)
  let [a, b, c, d, e] = [0, body.charCodeAt(0), body.charCodeAt(1), body.charCodeAt(2), body.charCodeAt(3)];
  for (let i = SHINGLE - 1; i < body.length; i++) {
    [a, b, c, d, e] = [b, c, d, e, body.charCodeAt(i)];
    let h = Math.imul(0x811c9dc5 ^ a, 0x01000193);
    h = Math.imul(h ^ b, 0x01000193);
    h = Math.imul(h ^ c, 0x01000193);
    h = Math.imul(h ^ d, 0x01000193);
    h = Math.imul(h ^ e, 0x01000193);
    if ((h >>> 0) % SAMPLE === 0) sampled[n++] = h ^ (h >>> 16);
  }
  const sig = new Uint32Array(HASHES);
  for (let k = 0; k < HASHES; k++) {
    const seed = SEEDS[k];
    // the minimum kept with its sign bit flipped, so that a signed comparison orders as unsigned
    let min = 0xffffffff ^ SIGN;
    for (let i = 0; i < n; i++) {
      // mix(h, seed k), from its second step
      let x = Math.imul(sampled[i] ^ seed, 0x85ebca6b);
      x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
      const v = x ^ (x >>> 16) ^ SIGN;
      if (v < min) min = v;
    }
    sig[k] = (min ^ SIGN) >>> 0;
  }
  return sig;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/** Whether similarity(a, b) >= NEAR_DUPLICATE: stops once too many rows differ for it to be. */
function nearlySame(a: Uint32Array, b: Uint32Array): boolean {
  let differ = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] !== b[k] && (HASHES - ++differ) / HASHES < NEAR_DUPLICATE) return false;
  return true;
}

/**
 * A band of a signature as a nonzero 32-bit key: a hash of its rows in the high 28 bits, the band's
 * number (BANDS is 16) in the low 4, so that a bucket only ever holds one band. Zero marks an empty slot.
 */
function bandKey(sig: Uint32Array, band: number): number {
  let h = band + 1;
  for (let r = band * ROWS; r < (band + 1) * ROWS; r++) h = mix(sig[r], h);
  return (h << 4) | band || 1 << 4;
}

/**
 * Bands a near-duplicate must share: nearlySame lets at most HASHES × (1 − NEAR_DUPLICATE) rows differ,
 * and each differing row spoils at most one band. Documents sharing fewer are never compared.
 */
const MIN_SHARED_BANDS = Math.max(1, BANDS - Math.floor(HASHES * (1 - NEAR_DUPLICATE)));

/** A typed array at least `size` long, keeping the contents: half as long again, so that growing is amortised. */
function grown<T extends Uint32Array | Int32Array | Uint8Array>(a: T, size: number): T {
  if (size <= a.length) return a;
  const bigger = new (a.constructor as new (n: number) => T)(Math.max(size, Math.ceil(a.length * 1.5)));
  bigger.set(a);
  return bigger;
}

/**
 * Remembers the documents seen so far and names the first one each new document duplicates.
 * Everything a document leaves behind lives in typed arrays (its signature, and an open-addressing
 * table from band keys to the documents holding them), about 0.9 KB per document with its name: kept
 * in a Map of strings to arrays it was 2.9 KB, which over 100,000 documents outweighed a worker.
 * Two different bands with the same key share a bucket; that only adds a comparison, never a wrong
 * answer, since nearlySame decides and every near-duplicate shares enough bands exactly.
 */
export class DuplicateIndex {
  private readonly docs: string[] = [];
  private sigs = new Uint32Array(HASHES * 64);
  /** per document and band, the previous document in the same bucket (−1: none) */
  private next = new Int32Array(BANDS * 64);
  /** per document seen, how many bands it shares with the one being added (zero between adds) */
  private shared = new Uint8Array(64);
  /** the table: band keys (0: empty slot) and the latest document holding each */
  private keys = new Int32Array(1024);
  private heads = new Int32Array(1024);
  private filled = 0;

  /** The slot of a band key: where it is, or the empty one where it would go. */
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = mix(key, 0) & mask;
    while (this.keys[i] !== 0 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  /** Doubles the table before it is three quarters full, so that probes stay short. */
  private reserve(): void {
    if ((this.filled + BANDS) * 4 <= this.keys.length * 3) return;
    const [keys, heads] = [this.keys, this.heads];
    this.keys = new Int32Array(keys.length * 2);
    this.heads = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      const s = this.slot(keys[i]);
      this.keys[s] = keys[i];
      this.heads[s] = heads[i];
    }
  }

  /** The earlier document whose body nearly repeats this one's (given by its signature), or null; then remembers this one. */
  add(doc: string, sig: Uint32Array | null): string | null {
    if (!sig) return null;
    const keys = Array.from({ length: BANDS }, (_, b) => bandKey(sig, b));
    // similar bodies share a band or two; only those sharing enough are compared, the earliest match wins
    const met: number[] = [];
    keys.forEach((key, band) => {
      const s = this.slot(key);
      if (this.keys[s] === 0) return;
      for (let i = this.heads[s]; i !== -1; i = this.next[i * BANDS + band]) if (this.shared[i]++ === 0) met.push(i);
    });
    let first = -1;
    for (const i of met) {
      if (this.shared[i] >= MIN_SHARED_BANDS && (first === -1 || i < first) && nearlySame(this.sigs.subarray(i * HASHES, (i + 1) * HASHES), sig)) first = i;
      this.shared[i] = 0;
    }
    if (first !== -1) return this.docs[first];
    const id = this.docs.push(doc) - 1;
    this.sigs = grown(this.sigs, (id + 1) * HASHES);
    this.sigs.set(sig, id * HASHES);
    this.next = grown(this.next, (id + 1) * BANDS);
    this.shared = grown(this.shared, id + 1);
    this.reserve();
    keys.forEach((key, band) => {
      const s = this.slot(key);
      if (this.keys[s] === 0) { this.keys[s] = key; this.filled++; this.next[id * BANDS + band] = -1; } else this.next[id * BANDS + band] = this.heads[s];
      this.heads[s] = id;
    });
    return null;
  }
}
