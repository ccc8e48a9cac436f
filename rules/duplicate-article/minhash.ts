// MinHash signatures of word shingles, and an LSH (banding) index over them:
// articles that share a band are candidates, and only candidates are compared,
// so finding near copies stays near-linear in the number of articles.
import { mix32 } from '../repeated-block/text.js';

export const SIGNATURE_SIZE = 128;
/** A shingle's bin: the top bits of its hash. */
const BIN_SHIFT = 32 - Math.log2(SIGNATURE_SIZE);
/**
 * 64 bands of 2 rows: a pair with Jaccard 0.3 shares a band with probability
 * 0.998, one at 0.05 (unrelated articles score under 0.01) with 0.15.
 * LshIndex keys a band by its two values, one map within another.
 */
const ROWS_PER_BAND = 2;
const BANDS = SIGNATURE_SIZE / ROWS_PER_BAND;
/** Earlier articles compared per band bucket (a bucket of many identical copies stays cheap). */
const MAX_BUCKET_SCAN = 64;

/**
 * The MinHash signature of a set of shingle hashes (see MinHashSketch); a
 * plain array, as the corpus pass's data must survive JSON (the cache).
 */
export function minHash(shingleHashes: Iterable<number>): number[] {
  const sketch = new MinHashSketch();
  for (const shingle of shingleHashes) sketch.add(shingle);
  return sketch.signature();
}

/**
 * A one-permutation MinHash signature (Li, Owen and Zhang, 2012) built a
 * shingle at a time: the top 7 bits of a shingle's hash (already well mixed,
 * see shingleHash) pick one of 128 bins, and each bin keeps the least hash
 * that falls into it. One step per shingle instead of one per signature
 * entry; adding a shingle again changes nothing. Two articles agree on a bin
 * when the least hash of the union of their shingles in that bin belongs to
 * both, that is with probability their Jaccard similarity, as with 128
 * independent hash functions.
 */
export class MinHashSketch {
  private readonly least = new Uint32Array(SIGNATURE_SIZE);
  private readonly reached = new Uint8Array(SIGNATURE_SIZE);

  add(shingle: number): void {
    const bin = shingle >>> BIN_SHIFT;
    if (this.reached[bin] === 0 || shingle < this.least[bin]!) {
      this.least[bin] = shingle;
      this.reached[bin] = 1;
    }
  }

  /**
   * The bins' least hashes. A bin no shingle reached (a short article leaves
   * most empty) takes the value of the first reached bin in a pseudo-random
   * sequence of bins of its own, the same for every article: "optimal
   * densification" (Shrivastava, 2017), which keeps the share of equal bins an
   * unbiased estimate of the Jaccard similarity. Hash values carry their bin,
   * so a borrowed value never equals a value of the bin's own.
   */
  signature(): number[] {
    if (!this.reached.includes(1)) throw new Error('MinHash signature of an empty set');
    return Array.from(this.least, (least, bin) => {
      if (this.reached[bin] === 1) return least;
      for (let attempt = 1; ; attempt++) {
        const other = densificationBin(bin, attempt);
        if (this.reached[other] === 1) return this.least[other]!;
      }
    });
  }
}

/** The bin an empty bin borrows from at a given attempt (every bin's sequence soon visits every bin). */
export function densificationBin(bin: number, attempt: number): number {
  return mix32(0x9e3779b9 ^ ((bin << 20) + attempt)) >>> BIN_SHIFT;
}

/** Estimated Jaccard similarity: the share of equal signature entries. */
export function estimatedJaccard(a: readonly number[], b: readonly number[]): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_SIZE;
}

/** Signatures in input order, bucketed by band. */
export class LshIndex {
  /** Per band, the signatures (their indices) with the same values in its rows: keyed by the first row's value, then the second's. */
  private readonly buckets = Array.from({ length: BANDS }, () => new Map<number, Map<number, number[]>>());

  constructor(private readonly signatures: readonly (readonly number[] | undefined)[]) {
    signatures.forEach((signature, index) => {
      if (!signature) return;
      for (let band = 0; band < BANDS; band++) {
        const first = signature[band * ROWS_PER_BAND]!;
        let byFirst = this.buckets[band]!.get(first);
        if (!byFirst) this.buckets[band]!.set(first, (byFirst = new Map()));
        const second = signature[band * ROWS_PER_BAND + 1]!;
        let bucket = byFirst.get(second);
        if (!bucket) byFirst.set(second, (bucket = []));
        bucket.push(index);
      }
    });
  }

  /** The most similar earlier signature at or above `threshold` (the earliest on ties). */
  bestEarlier(index: number, threshold: number): { index: number; similarity: number } | undefined {
    const signature = this.signatures[index];
    if (!signature) return undefined;
    let best: { index: number; similarity: number } | undefined;
    const seen = new Set<number>();
    for (let band = 0; band < BANDS; band++) {
      const bucket = this.buckets[band]!.get(signature[band * ROWS_PER_BAND]!)!.get(signature[band * ROWS_PER_BAND + 1]!)!;
      // Buckets are in input order: scan back from this article's own place.
      let position = lowerBound(bucket, index) - 1;
      for (let scanned = 0; position >= 0 && scanned < MAX_BUCKET_SCAN; position--, scanned++) {
        const other = bucket[position]!;
        if (seen.has(other)) continue;
        seen.add(other);
        const similarity = estimatedJaccard(signature, this.signatures[other]!);
        if (similarity < threshold) continue;
        if (!best || similarity > best.similarity || (similarity === best.similarity && other < best.index)) best = { index: other, similarity };
      }
    }
    return best;
  }
}

/** First position in a sorted list whose value is not below `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
