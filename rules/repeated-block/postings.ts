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

  /** `keys[i]` is item i's key; items for which `indexed` is false are left out. The working room comes from `scratch`. */
  constructor(
    keys: Uint32Array,
    private readonly cap: number,
    indexed: (item: number) => boolean = () => true,
    scratch = new Scratch(),
  ) {
    this.head = new Int32Array(keys.length).fill(-1);
    this.next = new Int32Array(keys.length).fill(-1);
    // The keys so far, each an entry with the last item under it.
    const byKey = scratch.hashIndex(keys.length);
    const lastItems = scratch.ints(0, keys.length);
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

/**
 * Working room that the rule's indexes take one after another: a hash table
 * and two integer arrays, emptied or overwritten for each user instead of
 * made anew: on a long article each is as long as the article has words,
 * and the ones left behind stayed in memory until the next full collection.
 */
export class Scratch {
  private index?: HashIndex;
  private readonly arrays: Int32Array[] = [new Int32Array(0), new Int32Array(0)];

  /** The hash table, empty, with room for `expected` entries (it grows past them as any does). */
  hashIndex(expected: number): HashIndex {
    if (this.index) this.index.clear();
    else this.index = new HashIndex(expected);
    return this.index;
  }

  /** Array `which` (0 or 1), `length` long, holding whatever its last user left: a user writes a slot before it reads it. */
  ints(which: 0 | 1, length: number): Int32Array {
    if (this.arrays[which]!.length < length) this.arrays[which] = new Int32Array(length);
    return this.arrays[which]!.subarray(0, length);
  }
}
