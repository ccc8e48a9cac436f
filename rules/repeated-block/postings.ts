// Compact stores for the candidate indexes of repeated-block: on a
// million-word article a Map of small arrays costs about 200 bytes per key
// (the entry, the array, its spare capacity, the boxed 32-bit key), so a
// word-shingle index outgrew the article itself. Here every key and item is a
// slot of a typed array, and items are grouped by key by sorting them (a
// radix sort): no hash table, which took 16 bytes a key besides.

/** The arrays of a Scratch that EarlierItems takes: HEADS for as long as it is used (the sort's spare room while it is built), ORDER while it is built. */
export const HEADS = 0;
export const ORDER = 1;

/**
 * For items numbered in the order they are indexed, each under a 32-bit key:
 * the earlier items under the same key, only the first `cap` of them (a key
 * shared by more items is a stock phrase that proposes nothing useful). This
 * is what a map of capped posting lists, filled in item order, holds when an
 * item is looked up just before it is added; built in one go as a linked list
 * per key (the items sorted by key give each key's items in order), it keeps
 * 8 bytes an item, 4 of them in the keys' own array.
 */
export class EarlierItems {
  /** Per item: the first item under its key (-1: not indexed). */
  private readonly head: Int32Array;
  /** Per item: the next item under its key (-1: none; an item not indexed has a meaningless one, never read). */
  private readonly next: Int32Array;

  /**
   * `keys[i]` is item i's key; items for which `indexed` is false are left
   * out. The keys are used up: their array becomes the links between items
   * (each key is read before its slot is written). The other arrays are
   * `scratch`'s (HEADS, and ORDER while it is built): it lasts until the next
   * user of that scratch's HEADS or of the keys' array.
   */
  constructor(
    keys: Uint32Array,
    private readonly cap: number,
    indexed: (item: number) => boolean = () => true,
    scratch = new Scratch(),
  ) {
    const head = (this.head = scratch.ints(HEADS, keys.length));
    const sorted = sortByKey(keys, keys.length, indexed, scratch.ints(ORDER, keys.length), head);
    head.fill(-1);
    const next = (this.next = new Int32Array(keys.buffer, keys.byteOffset, keys.length));
    // A key's items are in item order: each points to the first, and to the one after it.
    for (let k = 0; k < sorted.length; ) {
      const first = sorted[k]!;
      const key = keys[first];
      head[first] = first;
      let last = first;
      for (k++; k < sorted.length && keys[sorted[k]!] === key; k++) {
        const item = sorted[k]!;
        head[item] = first;
        next[last] = item;
        last = item;
      }
      next[last] = -1;
    }
  }

  /** Calls `visit` with each earlier item under `item`'s key, in order, the first `cap` of them. */
  forEach(item: number, visit: (earlier: number) => void): void {
    let earlier = this.head[item]!;
    for (let visited = 0; earlier !== -1 && earlier < item && visited < this.cap; visited++, earlier = this.next[earlier]!) visit(earlier);
  }

  /** Whether an earlier item has `item`'s key (an item not indexed has none). */
  hasEarlier(item: number): boolean {
    const first = this.head[item]!;
    return first !== -1 && first < item;
  }
}

const RADIX_BITS = 16;
const RADIX = 1 << RADIX_BITS;
const SHORT_LIST = 1 << 12;

/**
 * The items of `[0, count)` for which `indexed` holds, ordered by their
 * 32-bit key and, under one key, by item: a stable radix sort in two passes
 * of 16 bits (a short list: a comparison sort), into `order` (returned as
 * long as the items sorted), with `spare` as long as `count` for working room.
 */
export function sortByKey(keys: Uint32Array, count: number, indexed: (item: number) => boolean, order: Int32Array, spare: Int32Array): Int32Array {
  // A short list is sorted as it is: the radix sort's tables are larger than it.
  if (count < SHORT_LIST) {
    // Key and item packed in one number (exact below 2^53), sorted as numbers.
    const packed = new Float64Array(count);
    let sortedCount = 0;
    for (let item = 0; item < count; item++) if (indexed(item)) packed[sortedCount++] = keys[item]! * SHORT_LIST + item;
    const sorted = packed.subarray(0, sortedCount).sort();
    for (let k = 0; k < sortedCount; k++) order[k] = sorted[k]! % SHORT_LIST;
    return order.subarray(0, sortedCount);
  }
  const low = new Int32Array(RADIX + 1);
  const high = new Int32Array(RADIX + 1);
  let sortedCount = 0;
  for (let item = 0; item < count; item++) {
    if (!indexed(item)) continue;
    const key = keys[item]!;
    low[(key & (RADIX - 1)) + 1]!++;
    high[(key >>> RADIX_BITS) + 1]!++;
    sortedCount++;
  }
  for (let bucket = 0; bucket < RADIX; bucket++) {
    low[bucket + 1]! += low[bucket]!;
    high[bucket + 1]! += high[bucket]!;
  }
  for (let item = 0; item < count; item++) if (indexed(item)) spare[low[keys[item]! & (RADIX - 1)]!++] = item;
  for (let k = 0; k < sortedCount; k++) {
    const item = spare[k]!;
    order[high[keys[item]! >>> RADIX_BITS]!++] = item;
  }
  return order.subarray(0, sortedCount);
}

/**
 * Working room that the rule's indexes take one after another: integer
 * arrays, each known by its number, overwritten by each user instead of made
 * anew. On a long article each is as long as the article has words, and one
 * left behind stays in memory until the next full collection, which V8 makes
 * for memory outside its heap only after some 64 MB more of it: the block
 * pass's arrays were still held while the sentence pass made its own. Two
 * users of one array must not overlap in time.
 */
export class Scratch {
  private readonly arrays: Int32Array[] = [];

  /**
   * `length`: the longest that users are known to ask for, the length each
   * array is made at first (or longer when one asks more): an array made
   * again longer would leave the shorter one in memory beside it.
   */
  constructor(private readonly length = 0) {}

  /** Array `which`, `length` long, holding whatever its last user left: a user writes a slot before it reads it. */
  ints(which: number, length: number): Int32Array {
    let array = this.arrays[which];
    if (!array || array.length < length) this.arrays[which] = array = new Int32Array(Math.max(length, this.length));
    return array.subarray(0, length);
  }

  /** Array `which` read as unsigned values (hashes), as `ints` gives it. */
  uints(which: number, length: number): Uint32Array {
    const array = this.ints(which, length);
    return new Uint32Array(array.buffer, array.byteOffset, length);
  }
}
