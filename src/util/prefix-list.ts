/**
 * Strings asked whether any of them starts with a given prefix: kept sorted
 * in one text with their starts, and searched in place (no string per step),
 * so that a list of a hundred thousand words costs about its letters. For
 * pruning a search that grows forms letter by letter (`channelVariants`) to
 * the forms some list holds. The strings hold no line break.
 */
export class PrefixList {
  private constructor(
    private readonly text: string,
    /** Where each string starts in `text`, in order, and one past the end of the last (its '\n' included). */
    private readonly starts: Int32Array,
  ) {}

  /** The list of these strings. */
  static of(strings: Iterable<string>): PrefixList {
    // The default order is by UTF-16 code units, the order the search compares in.
    const sorted = [...new Set(strings)].sort();
    const starts = new Int32Array(sorted.length + 1);
    for (let i = 0, at = 0; i < sorted.length; i++) {
      starts[i] = at;
      at += sorted[i]!.length + 1;
    }
    const text = sorted.join('\n') + '\n';
    starts[sorted.length] = text.length;
    return new PrefixList(text, starts);
  }

  /**
   * The list of strings already distinct, sorted by UTF-16 code units and
   * joined by '\n', as a build step writes them (generate-dictionary.mjs):
   * no string is made or sorted. The empty text is the empty list.
   */
  static fromSortedLines(lines: string): PrefixList {
    if (lines === '') return PrefixList.of([]);
    const text = lines + '\n';
    let count = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
    const starts = new Int32Array(count + 1);
    for (let i = 0, at = 0; i <= count; i++) {
      starts[i] = at;
      at = text.indexOf('\n', at) + 1;
    }
    return new PrefixList(text, starts);
  }

  /** Whether some string of the list starts with `prefix` (every string starts with ''). */
  startsAny(prefix: string): boolean {
    const i = this.firstFrom(prefix);
    return i < this.starts.length - 1 && this.compare(i, prefix) === 0;
  }

  /** Whether `word` is one of the strings. */
  has(word: string): boolean {
    const i = this.firstFrom(word);
    return i < this.starts.length - 1 && this.compare(i, word) === 0 && this.length(i) === word.length;
  }

  /** The first string not below `prefix` (on its length): if any string starts with it, this one does, and it is `prefix` itself when listed. */
  private firstFrom(prefix: string): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(middle, prefix) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private length(i: number): number {
    return this.starts[i + 1]! - this.starts[i]! - 1;
  }

  /** The string at `i` against the prefix, on the prefix's length: below 0 when it sorts first, 0 when it starts with the prefix (or is a shorter prefix of it, below 0 then). */
  private compare(i: number, prefix: string): number {
    const start = this.starts[i]!;
    const length = this.length(i);
    for (let k = 0; k < prefix.length; k++) {
      if (k === length) return -1;
      const order = this.text.charCodeAt(start + k) - prefix.charCodeAt(k);
      if (order !== 0) return order;
    }
    return 0;
  }
}
