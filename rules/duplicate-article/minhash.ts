// MinHash signatures of word shingles, and an LSH (banding) index over them:
// articles that share a band are candidates, and only candidates are compared,
// so finding near copies stays near-linear in the number of articles.
import { mix32 } from '../../src/analysis/text.js';
import { HashIndex } from '../../src/util/hash-index.js';

export const SIGNATURE_SIZE = 128;
/** A shingle's bin: the top bits of its hash. */
const BIN_SHIFT = 32 - Math.log2(SIGNATURE_SIZE);
/**
 * 64 bands of 2 rows: a pair with Jaccard 0.3 shares a band with probability
 * 0.998, one at 0.05 (unrelated articles score under 0.01) with 0.15.
 */
const ROWS_PER_BAND = 2;
const BANDS = SIGNATURE_SIZE / ROWS_PER_BAND;
/** Earlier articles compared per band bucket (a bucket of many identical copies stays cheap). */
const MAX_BUCKET_SCAN = 64;

/**
 * A signature as the corpus pass keeps it: its 128 values packed (packValues)
 * into 512 one-byte characters, where an array of the values held 1.3 KB
 * (most are over a small integer's range, so each is a number object). More
 * packed values may follow them in the same string (the article's title:
 * duplicate-article's index.ts); a signature's functions read the first 128.
 */
export type Signature = string;

/** Value `i` of a packed signature (or of any packed values). */
export function signatureValue(signature: Signature, i: number): number {
  const at = 4 * i;
  return (signature.charCodeAt(at) | (signature.charCodeAt(at + 1) << 8) | (signature.charCodeAt(at + 2) << 16) | (signature.charCodeAt(at + 3) << 24)) >>> 0;
}

/** A string's packed values. */
export function signatureValues(signature: Signature): number[] {
  return Array.from({ length: signature.length / 4 }, (_, i) => signatureValue(signature, i));
}

/**
 * Unsigned 32-bit values packed four characters each (low byte first) into a
 * one-byte string: it survives JSON (the cache, evidence files), and a corpus
 * run holds one per record for the whole run.
 */
export function packValues(values: ArrayLike<number>): string {
  const bytes = new Uint8Array(4 * values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    bytes[4 * i] = value & 0xff;
    bytes[4 * i + 1] = (value >>> 8) & 0xff;
    bytes[4 * i + 2] = (value >>> 16) & 0xff;
    bytes[4 * i + 3] = value >>> 24;
  }
  // One call makes one flat string; appending a piece at a time would hold a rope of 128 pieces (5 KB).
  return String.fromCharCode(...bytes);
}

/** The MinHash signature of a set of shingle hashes (see MinHashSketch). */
export function minHash(shingleHashes: Iterable<number>): Signature {
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
   * The bins' least hashes, in bin order. A bin no shingle reached (a short article leaves
   * most empty) takes the value of the first reached bin in a pseudo-random
   * sequence of bins of its own, the same for every article: "optimal
   * densification" (Shrivastava, 2017), which keeps the share of equal bins an
   * unbiased estimate of the Jaccard similarity. Hash values carry their bin,
   * so a borrowed value never equals a value of the bin's own.
   */
  values(): Uint32Array {
    if (!this.reached.includes(1)) throw new Error('MinHash signature of an empty set');
    return this.least.map((least, bin) => {
      if (this.reached[bin] === 1) return least;
      for (let attempt = 1; ; attempt++) {
        const other = densificationBin(bin, attempt);
        if (this.reached[other] === 1) return this.least[other]!;
      }
    });
  }

  /** The values packed (packValues). */
  signature(): Signature {
    return packValues(this.values());
  }
}

/** The bin an empty bin borrows from at a given attempt (every bin's sequence soon visits every bin). */
function densificationBin(bin: number, attempt: number): number {
  return mix32(0x9e3779b9 ^ ((bin << 20) + attempt)) >>> BIN_SHIFT;
}

/** Estimated Jaccard similarity: the share of equal signature entries. */
export function estimatedJaccard(a: Signature, b: Signature): number {
  return equalEntries(a, b) / SIGNATURE_SIZE;
}

function equalEntries(a: Signature, b: Signature): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (signatureValue(a, i) === signatureValue(b, i)) equal++;
  return equal;
}

/** A signature whose best the index was not asked to find. */
const NOT_ASKED = -2;

/**
 * The most similar earlier signature of each signature asked for, among
 * those that share an LSH band with it, found for all of them at once when
 * the index is built. Signatures in input order are bucketed by band: per
 * band, each links to the previous one with the same values in the band's
 * rows, so that a bucket is scanned back from any of its members. The links
 * (64 a signature) are dropped once the bests are found, as a corpus run
 * holds the index for the whole run: it keeps two numbers a signature.
 */
export class LshIndex {
  /** Per signature: its best earlier signature (-1: none; NOT_ASKED), and how many signature entries they share. */
  private readonly best: Int32Array;
  private readonly bestEqual: Uint8Array;

  /** `asked`: whether a signature's best will be asked for (a run that lints a share of its corpus asks for that share's). */
  constructor(signatures: readonly (Signature | undefined)[], asked: (index: number) => boolean) {
    const count = signatures.length;
    const previous = bandLinks(signatures);
    this.best = new Int32Array(count).fill(-1);
    this.bestEqual = new Uint8Array(count);
    // Per signature: the last signature whose candidates compared it (each candidate is compared once).
    const comparedFor = new Int32Array(count).fill(-1);
    for (let index = 0; index < count; index++) {
      const signature = signatures[index];
      if (!signature) continue;
      if (!asked(index)) {
        this.best[index] = NOT_ASKED;
        continue;
      }
      let best = -1;
      let bestEqual = -1;
      for (let band = 0; band < BANDS; band++) {
        const links = band * count;
        let other = previous[links + index]!;
        for (let scanned = 0; other !== -1 && scanned < MAX_BUCKET_SCAN; other = previous[links + other]!, scanned++) {
          if (comparedFor[other] === index) continue;
          comparedFor[other] = index;
          const equal = equalEntries(signature, signatures[other]!);
          if (equal > bestEqual || (equal === bestEqual && other < best)) [best, bestEqual] = [other, equal];
        }
      }
      this.best[index] = best;
      this.bestEqual[index] = Math.max(0, bestEqual);
    }
  }

  /** The most similar earlier signature at or above `threshold` (the earliest on ties). */
  bestEarlier(index: number, threshold: number): { index: number; similarity: number } | undefined {
    const best = this.best[index] ?? -1;
    if (best === NOT_ASKED) throw new Error(`the LSH index was not asked for signature ${index}'s best`);
    if (best === -1) return undefined;
    const similarity = this.bestEqual[index]! / SIGNATURE_SIZE;
    return similarity >= threshold ? { index: best, similarity } : undefined;
  }
}

/**
 * `previous[band * count + i]`: the last signature before i in its bucket of
 * that band (-1: none). Typed arrays, built with one HashIndex of the bands'
 * value pairs, cleared per band: a map per bucket would cost an allocation
 * per article and band.
 */
function bandLinks(signatures: readonly (Signature | undefined)[]): Int32Array {
  const count = signatures.length;
  const previous = new Int32Array(BANDS * count).fill(-1);
  // The band's pairs of values so far, each an entry with the last signature that holds it.
  const pairs = new HashIndex(count);
  const lastWithPair = new Int32Array(count);
  for (let band = 0; band < BANDS; band++) {
    const row = band * ROWS_PER_BAND;
    pairs.clear();
    signatures.forEach((signature, index) => {
      if (!signature) return;
      const first = signatureValue(signature, row);
      const second = signatureValue(signature, row + 1);
      const hash = first ^ Math.imul(second, 0x9e3779b1);
      let entry = pairs.first(hash);
      while (entry !== -1) {
        const other = signatures[lastWithPair[entry]!]!;
        if (signatureValue(other, row) === first && signatureValue(other, row + 1) === second) break;
        entry = pairs.next(entry);
      }
      if (entry === -1) entry = pairs.add(hash);
      else previous[band * count + index] = lastWithPair[entry]!;
      lastWithPair[entry] = index;
    });
  }
  return previous;
}
