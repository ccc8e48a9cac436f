/**
 * Strings asked whether any of them starts with a given prefix: a sorted
 * array and a binary search, nothing else built. For pruning a search that
 * grows forms letter by letter (`channelVariants`) to the forms some list
 * holds.
 */
export class PrefixList {
  private readonly sorted: string[];

  constructor(strings: Iterable<string>) {
    // The default order is by UTF-16 code units, the order of `<`.
    this.sorted = [...new Set(strings)].sort();
  }

  /** Whether some string of the list starts with `prefix` (every string starts with ''). */
  startsAny(prefix: string): boolean {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.sorted[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    return low < this.sorted.length && this.sorted[low]!.startsWith(prefix);
  }
}
