// Compact stores for the candidate indexes of repeated-block: on a
// million-word article a Map of small arrays costs about 200 bytes per key
// (the entry, the array, its spare capacity, the boxed 32-bit key), so a
// word-shingle index outgrew the article itself. Here every key and item is a
// slot of a typed array.

/**
 * For items numbered in the order they are indexed, each under a 32-bit key:
 * the earlier items under the same key, only the first `cap` of them (a key
 * shared by more items is a stock phrase that proposes nothing useful). This
 * is what a map of capped posting lists, filled in item order, holds when an
 * item is looked up just before it is added; built in one go by a stable
 * radix sort of the items by key, it takes 8 bytes an item.
 */
export class EarlierItems {
  /** Items ordered by key, then by number. */
  private readonly sorted: Int32Array;
  /** Per item: where its key's items start in `sorted` (-1: not indexed). */
  private readonly groupStart: Int32Array;

  /** `keys[i]` is item i's key; items for which `indexed` is false are left out. */
  constructor(
    keys: Uint32Array,
    private readonly cap: number,
    indexed: (item: number) => boolean = () => true,
  ) {
    let count = 0;
    const items = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) if (indexed(i)) items[count++] = i;
    this.sorted = sortedByKey(items.subarray(0, count), keys);
    this.groupStart = new Int32Array(keys.length).fill(-1);
    let start = 0;
    for (let at = 0; at < count; at++) {
      const item = this.sorted[at]!;
      if (at > 0 && keys[item] !== keys[this.sorted[at - 1]!]) start = at;
      this.groupStart[item] = start;
    }
  }

  /** Calls `visit` with each earlier item under `item`'s key, in order, the first `cap` of them. */
  forEach(item: number, visit: (earlier: number) => void): void {
    const start = this.groupStart[item]!;
    if (start < 0) return;
    // A group is in item order: its earlier items come first.
    const end = Math.min(this.sorted.length, start + this.cap);
    for (let k = start; k < end && this.sorted[k]! < item; k++) visit(this.sorted[k]!);
  }
}

/** Below this many items, sortedByKey compares instead. */
const SHORT_SORT = 4096;

/** `items` sorted by their keys, ties kept in order: least significant digit radix sort, 16 bits at a time. */
function sortedByKey(items: Int32Array, keys: Uint32Array): Int32Array {
  // The radix sort's two passes over 65,536 digits outweigh comparing the few items of a short article (items ascend: ties stay in order).
  if (items.length < SHORT_SORT) return items.sort((a, b) => keys[a]! - keys[b]! || a - b);
  let from: Int32Array = items;
  let to: Int32Array = new Int32Array(items.length);
  for (const shift of [0, 16]) {
    const starts = new Int32Array(0x10001);
    for (let i = 0; i < from.length; i++) starts[((keys[from[i]!]! >>> shift) & 0xffff) + 1]!++;
    for (let digit = 1; digit <= 0x10000; digit++) starts[digit]! += starts[digit - 1]!;
    for (let i = 0; i < from.length; i++) {
      const item = from[i]!;
      to[starts[(keys[item]! >>> shift) & 0xffff]!++] = item;
    }
    [from, to] = [to, from];
  }
  return from;
}

/** Distinct strings numbered in order of first sight, with each one's hash (`hash`), so that tokens compare as integers. */
export class TokenTable {
  private readonly ids = new Map<string, number>();
  /** hash(token) by id. */
  readonly hashes: number[] = [];

  constructor(private readonly hash: (token: string) => number) {}

  idOf(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.hashes.length;
      this.ids.set(token, id);
      this.hashes.push(this.hash(token));
    }
    return id;
  }
}
