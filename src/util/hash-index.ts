// The one hash table of the project's hot paths (word forms, interned words,
// dictionary lines, name forms, LSH bands; repeated-block sorts its keys
// instead, as an index as long as the article's words is smaller so). A
// Map keyed by strings reads its keys scattered over the heap, and one keyed
// by numbers or holding arrays costs an allocation per key; this one is a
// few typed arrays. It stores no keys, only their 32-bit hashes: each user
// keeps its entries' keys (and any data) in its own arrays, indexed by entry
// number, and compares them itself.

/**
 * Entries numbered 0, 1, 2... in the order added, found by the 32-bit hash of
 * their key. Entries added under one hash are chained in that order, so
 * callers whose distinct keys may share a hash walk the chain and compare:
 *
 *     for (let entry = index.first(hash); entry !== -1; entry = index.next(entry)) if (sameKey(entry)) ...
 *
 * Open addressing with linear probing, at most half full; a slot is chosen by
 * Fibonacci hashing (the hash's product's high bits), so hashes whose low bits
 * are poorly spread are as good as mixed ones. Any 32-bit value, 0 included,
 * is a hash; signed and unsigned forms of one value are the same hash.
 */
export class HashIndex {
  /** Entries added since the start or the last `clear`. */
  size = 0;
  /** Per slot, side by side (one memory read a probe): the first entry added under a hash (-1: an empty slot), and the hash. */
  private slots: Int32Array;
  /** Slots - 1. */
  private mask: number;
  /**
   * Per entry: the next entry added under its hash (-1: none), and for one
   * first under its hash, the last one (itself when alone). Made when a hash
   * first takes a second entry and extended as needed: where keys are their
   * own hashes, or distinct keys seldom share one, there are no chains to hold.
   * Assigned in the constructor, not where declared: the declaration
   * defines them (as undefined), so V8 sees them written twice by the first
   * index and treats them as fields that change; a field written only by
   * its initializer is a constant to the optimizing compiler until an object
   * first writes it again, which throws away every optimized function that
   * read it (docs/benchmarks.md).
   */
  private nextEntries: Int32Array;
  private lastEntries: Int32Array;
  /** Slots in use: distinct hashes. */
  private used = 0;
  /** 32 - log2(slots): a hash's slot is the top bits of its product with the golden ratio. */
  private shift: number;
  /** Where the last `first` ended, and for which hash (-1: nowhere): an `add` of a hash just found absent needs no second probe. */
  private lastSlot = -1;
  private lastHash = 0;

  /** Sized for `expected` entries of distinct hashes, so that as many are added without regrowing. */
  constructor(expected = 8) {
    let slots = 16;
    while (slots < 2 * expected) slots *= 2;
    this.slots = emptySlots(slots);
    this.mask = slots - 1;
    this.shift = 32 - Math.log2(slots);
    this.nextEntries = NO_CHAINS;
    this.lastEntries = NO_CHAINS;
  }

  /** The first entry added under `hash`, or -1. */
  first(hash: number): number {
    const { slots, mask } = this;
    hash |= 0;
    for (let slot = Math.imul(hash, GOLDEN) >>> this.shift; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot]!;
      if (entry === -1 || slots[2 * slot + 1] === hash) {
        this.lastSlot = slot;
        this.lastHash = hash;
        return entry;
      }
    }
  }

  /** The entry added under the same hash after `entry`, or -1. */
  next(entry: number): number {
    const { nextEntries } = this;
    return entry < nextEntries.length ? nextEntries[entry]! : -1;
  }

  /** Adds an entry under `hash`, after any already under it, and returns its number (the size before). */
  add(hash: number): number {
    return this.enter(hash, true);
  }

  /**
   * The first entry under `hash`, or else a new one added under it (then
   * `size` grew by one): one probe where a key is its own hash.
   */
  firstOrAdd(hash: number): number {
    return this.enter(hash, false);
  }

  /** The entry added under `hash`, or with `always` false the first one already under it if any. */
  private enter(hash: number, always: boolean): number {
    if (2 * (this.used + 1) > this.mask + 1) this.rehash(2 * (this.mask + 1));
    const { slots, mask } = this;
    hash |= 0;
    // Slots are never emptied but by clear and rehash (which forget lastSlot): the slot where `first` ended is still the hash's, or still the first free one on its way.
    let slot = this.lastHash === hash && this.lastSlot !== -1 ? this.lastSlot : Math.imul(hash, GOLDEN) >>> this.shift;
    while (slots[2 * slot] !== -1 && slots[2 * slot + 1] !== hash) slot = (slot + 1) & mask;
    const head = slots[2 * slot]!;
    if (head !== -1 && !always) return head;
    const entry = this.size++;
    if (head === -1) {
      slots[2 * slot] = entry;
      slots[2 * slot + 1] = hash;
      this.used++;
    } else {
      if (this.nextEntries.length < this.size) this.extendChains();
      this.nextEntries[this.lastEntries[head]!] = entry;
      this.lastEntries[head] = entry;
    }
    return entry;
  }

  /** Empties the index, keeping its room; entries are numbered from 0 again. */
  clear(): void {
    this.slots.fill(-1);
    this.lastSlot = -1;
    this.nextEntries = NO_CHAINS;
    this.lastEntries = NO_CHAINS;
    this.size = 0;
    this.used = 0;
  }

  /** Chain room for twice the entries so far; the entries it adds are alone under their hashes. */
  private extendChains(): void {
    const from = this.nextEntries.length;
    const length = Math.max(16, 2 * this.size);
    this.nextEntries = grown(this.nextEntries, length).fill(-1, from);
    this.lastEntries = grown(this.lastEntries, length);
    for (let entry = from; entry < length; entry++) this.lastEntries[entry] = entry;
  }

  private rehash(count: number): void {
    this.lastSlot = -1;
    const old = this.slots;
    const slots = (this.slots = emptySlots(count));
    const mask = (this.mask = count - 1);
    this.shift = 32 - Math.log2(count);
    for (let at = 0; at < old.length; at += 2) {
      if (old[at] === -1) continue;
      const hash = old[at + 1]!;
      let slot = Math.imul(hash, GOLDEN) >>> this.shift;
      while (slots[2 * slot] !== -1) slot = (slot + 1) & mask;
      slots[2 * slot] = old[at]!;
      slots[2 * slot + 1] = hash;
    }
  }
}

/** `count` empty slots, side by side. */
function emptySlots(count: number): Int32Array {
  return new Int32Array(2 * count).fill(-1);
}

const NO_CHAINS = new Int32Array(0);

/** 2^32 / φ, odd: multiplying by it spreads a hash's bits into the high ones. */
const GOLDEN = 0x9e3779b1;

/** `array`'s values in a new array twice as long, or `least` long if that is more. */
export function grown<T extends Int32Array | Uint16Array | Uint8Array>(array: T, least = 0): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(2 * array.length, least));
  bigger.set(array);
  return bigger;
}
