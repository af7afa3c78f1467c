/**
 * Near-duplicate documents across a batch (the same report published on two portals): MinHash over
 * character shingles, with locality-sensitive banding so each document is compared with few others.
 */

/** Characters per shingle: signature's hash loop reads exactly this many. */
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
  if (body.length < MIN_LENGTH) return null;
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
 * One band of a signature as a map key: the band's number, then each row as two UTF-16 code units.
 * As exact as decimals joined by commas, without turning 32-bit numbers (doubles, to V8) into text.
 */
function bandKey(sig: Uint32Array, band: number): string {
  let key = String.fromCharCode(band);
  for (let r = band * ROWS; r < (band + 1) * ROWS; r++) key += String.fromCharCode(sig[r] & 0xffff, sig[r] >>> 16);
  return key;
}

/**
 * Bands a near-duplicate must share: nearlySame lets at most HASHES × (1 − NEAR_DUPLICATE) rows differ,
 * and each differing row spoils at most one band. Documents sharing fewer are never compared.
 */
const MIN_SHARED_BANDS = Math.max(1, BANDS - Math.floor(HASHES * (1 - NEAR_DUPLICATE)));

/** Remembers the documents seen so far and names the first one each new document duplicates. */
export class DuplicateIndex {
  private readonly buckets = new Map<string, number[]>();
  private readonly seen: Array<{ doc: string; sig: Uint32Array }> = [];
  /** per document seen, how many bands it shares with the one being added (zero between adds) */
  private readonly shared: number[] = [];

  /** The earlier document whose body nearly repeats this one's (given by its signature), or null; then remembers this one. */
  add(doc: string, sig: Uint32Array | null): string | null {
    if (!sig) return null;
    const keys = Array.from({ length: BANDS }, (_, b) => bandKey(sig, b));
    // similar bodies share a band or two; only those sharing enough are compared, the earliest match wins
    const met: number[] = [];
    for (const k of keys) for (const i of this.buckets.get(k) ?? []) if (this.shared[i]++ === 0) met.push(i);
    let first = -1;
    for (const i of met) {
      if (this.shared[i] >= MIN_SHARED_BANDS && (first === -1 || i < first) && nearlySame(this.seen[i].sig, sig)) first = i;
      this.shared[i] = 0;
    }
    if (first !== -1) return this.seen[first].doc;
    const id = this.seen.push({ doc, sig }) - 1;
    this.shared.push(0);
    for (const k of keys) {
      const list = this.buckets.get(k);
      if (list) list.push(id); else this.buckets.set(k, [id]);
    }
    return null;
  }
}
