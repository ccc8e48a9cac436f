// MinHash signatures of word shingles, and an LSH (banding) index over them:
// articles that share a band are candidates, and only candidates are compared,
// so finding near copies stays near-linear in the number of articles.
import { mix32 } from '../repeated-block/text.js';

export const SIGNATURE_SIZE = 128;
/**
 * 64 bands of 2 rows: a pair with Jaccard 0.3 shares a band with probability
 * 0.998, one at 0.05 (unrelated articles score under 0.01) with 0.15.
 */
const ROWS_PER_BAND = 2;
/** Earlier articles compared per band bucket (a bucket of many identical copies stays cheap). */
const MAX_BUCKET_SCAN = 64;

const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32(0x9e3779b9 + i * 0x632be5ab));

/**
 * The MinHash signature of a set of shingle hashes (each of the 128 entries is
 * the least hash under one seed). Typed arrays keep the inner loop, run 128
 * times per shingle, on unboxed 32-bit values; a plain array is returned, as
 * the corpus pass's data must survive JSON (the cache).
 */
export function minHash(shingleHashes: Iterable<number>): number[] {
  const sketch = new MinHashSketch();
  for (const shingle of shingleHashes) sketch.add(shingle);
  return sketch.signature();
}

/** A MinHash signature built a shingle at a time; adding a shingle again changes nothing. */
export class MinHashSketch {
  private readonly least = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);

  add(shingle: number): void {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = mix32(shingle ^ SEEDS[i]!);
      if (value < this.least[i]!) this.least[i] = value;
    }
  }

  signature(): number[] {
    return Array.from(this.least);
  }
}

/** Estimated Jaccard similarity: the share of equal signature entries. */
export function estimatedJaccard(a: readonly number[], b: readonly number[]): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_SIZE;
}

/** Signatures in input order, bucketed by band. */
export class LshIndex {
  private readonly buckets = new Map<string, number[]>();

  constructor(private readonly signatures: readonly (readonly number[] | undefined)[]) {
    signatures.forEach((signature, index) => {
      if (!signature) return;
      for (const key of bandKeys(signature)) {
        let bucket = this.buckets.get(key);
        if (!bucket) this.buckets.set(key, (bucket = []));
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
    for (const key of bandKeys(signature)) {
      const bucket = this.buckets.get(key)!;
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

function bandKeys(signature: readonly number[]): string[] {
  const keys: string[] = [];
  for (let band = 0; band * ROWS_PER_BAND < SIGNATURE_SIZE; band++) {
    keys.push(`${band}:${signature.slice(band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND).join(',')}`);
  }
  return keys;
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
