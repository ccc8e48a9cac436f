// Compact stores for the candidate indexes of repeated-block: on a
// million-word article a Map of small arrays costs about 200 bytes per key
// (the entry, the array, its spare capacity, the boxed 32-bit key), so a
// word-shingle index outgrew the article itself. Here every key and item is a
// slot of a typed array.
import { HashIndex } from '../../src/util/hash-index.js';

/**
 * For items numbered in the order they are indexed, each under a 32-bit key:
 * the earlier items under the same key, only the first `cap` of them (a key
 * shared by more items is a stock phrase that proposes nothing useful). This
 * is what a map of capped posting lists, filled in item order, holds when an
 * item is looked up just before it is added; built in one go as a linked list
 * per key (a hash table of typed arrays finds each key's last item), it takes
 * 8 bytes an item.
 */
export class EarlierItems {
  /** Per item: the first item under its key (-1: not indexed). */
  private readonly head: Int32Array;
  /** Per item: the next item under its key (-1: none). */
  private readonly next: Int32Array;

  /**
   * `keys[i]` is item i's key; items for which `indexed` is false are left
   * out. Its arrays and working room are `scratch`'s (HEADS, NEXTS,
   * LAST_ITEMS): it lasts until the next user of that scratch's arrays.
   */
  constructor(
    keys: Uint32Array,
    private readonly cap: number,
    indexed: (item: number) => boolean = () => true,
    scratch = new Scratch(),
  ) {
    this.head = scratch.ints(HEADS, keys.length).fill(-1);
    this.next = scratch.ints(NEXTS, keys.length).fill(-1);
    // The keys so far, each an entry with the last item under it.
    const byKey = scratch.hashIndex(keys.length);
    const lastItems = scratch.ints(LAST_ITEMS, keys.length);
    for (let item = 0; item < keys.length; item++) {
      if (!indexed(item)) continue;
      const key = keys[item]!;
      const known = byKey.size;
      const entry = byKey.firstOrAdd(key);
      if (entry === known) {
        this.head[item] = item;
      } else {
        const last = lastItems[entry]!;
        this.head[item] = this.head[last]!;
        this.next[last] = item;
      }
      lastItems[entry] = item;
    }
  }

  /** Calls `visit` with each earlier item under `item`'s key, in order, the first `cap` of them. */
  forEach(item: number, visit: (earlier: number) => void): void {
    let earlier = this.head[item]!;
    for (let visited = 0; earlier !== -1 && earlier < item && visited < this.cap; visited++, earlier = this.next[earlier]!) visit(earlier);
  }
}

/** The arrays of a Scratch that EarlierItems takes; a user of the others leaves these to it. */
export const LAST_ITEMS = 0;
export const HEADS = 1;
export const NEXTS = 2;

/**
 * Working room that the rule's indexes take one after another: a hash table
 * and integer arrays, each known by its number, emptied or overwritten for
 * each user instead of made anew. On a long article each is as long as the
 * article has words, and one left behind stays in memory until the next
 * full collection, which V8 makes for memory outside its heap only after
 * some 64 MB more of it: the block pass's arrays were still held while the
 * sentence pass made its own. Two users of one array must not overlap in time.
 */
export class Scratch {
  private index?: HashIndex;
  private readonly arrays: Int32Array[] = [];

  /** The hash table, empty, with room for `expected` entries (it grows past them as any does). */
  hashIndex(expected: number): HashIndex {
    if (this.index) this.index.clear();
    else this.index = new HashIndex(expected);
    return this.index;
  }

  /** Array `which`, `length` long, holding whatever its last user left: a user writes a slot before it reads it. */
  ints(which: number, length: number): Int32Array {
    let array = this.arrays[which];
    if (!array || array.length < length) this.arrays[which] = array = new Int32Array(length);
    return array.subarray(0, length);
  }

  /** Array `which` read as unsigned values (hashes), as `ints` gives it. */
  uints(which: number, length: number): Uint32Array {
    const array = this.ints(which, length);
    return new Uint32Array(array.buffer, array.byteOffset, length);
  }
}
