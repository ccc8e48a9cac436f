// Per-word answers that rules keep across articles. A CLI run sees a few
// tens of thousands of distinct words; a language server runs for days, and
// a "word" can be a 400 KB run of letters, so a memo is bounded by the
// characters it keeps, not by its number of keys: when full it starts
// afresh (cheap, and a hot word is recomputed once). A key is kept as a copy
// of its own: a word is a slice of its article's text, and V8 keeps the
// whole text alive for a slice of it.

/** Default bound, in characters as entryChars counts them: a few megabytes whatever the words, tens of thousands of ordinary ones. */
export const MEMO_CHARS = 4_000_000;

/**
 * What an entry costs besides its key's characters, counted in characters:
 * the table's slots and the answer (a small number, a stem, phonetic codes
 * or a few suggestions: about the key's size, which the key's count covers twice).
 */
const ENTRY_CHARS = 32;

/** The characters an entry of `key` counts for against a memo's bound. */
export function entryChars(key: string): number {
  return 2 * key.length + ENTRY_CHARS;
}

/** A memo's function, and what it keeps (for tests and measurements). */
export type Memo<V> = ((key: string) => V) & { readonly keptChars: () => number };

export function memoize<V>(compute: (key: string) => V, maxChars = MEMO_CHARS): Memo<V> {
  const answers = new Map<string, V>();
  let kept = 0;
  const memo = (key: string) => {
    let answer = answers.get(key);
    if (answer === undefined && !answers.has(key)) {
      const chars = entryChars(key);
      // A key that would fill the memo alone is not kept.
      if (chars > maxChars) return compute(key);
      if (kept + chars > maxChars) {
        answers.clear();
        kept = 0;
      }
      // Computed from the copy, so that an answer sliced from the key holds no more than it.
      const own = ownCopy(key);
      answer = compute(own);
      answers.set(own, answer);
      kept += chars;
    }
    return answer as V;
  };
  return Object.assign(memo, { keptChars: () => kept });
}

/**
 * The text in a string of its own, which holds no larger string alive: a
 * slice of 13 or more characters refers to the string it was cut from. V8
 * flattens the concatenation into a new string before slicing it.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/**
 * Answers per object: an article, a glossary, a run's corpus. Each answer
 * lives as long as its object (a WeakMap), so nothing outlives the document
 * or run it was computed for. Further arguments are what the answer is
 * computed from when the object has none yet; the object alone keys it.
 */
export function memoizeByObject<K extends object, V, Inputs extends unknown[] = []>(compute: (key: K, ...inputs: Inputs) => V): (key: K, ...inputs: Inputs) => V {
  const answers = new WeakMap<K, V>();
  return (key, ...inputs) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key, ...inputs);
      answers.set(key, answer);
    }
    return answer;
  };
}

/**
 * Values by key (files read once until they change: glossaries, configs),
 * kept within a bound on their total weight (the bytes they were read from):
 * storing one that would pass it drops the least recently used others
 * first. The newest is always kept, whatever its weight: it is in use.
 */
export class WeighedCache<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private total = 0;

  constructor(private readonly maxWeight: number) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    // Map order is the order of use.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, weight: number): void {
    this.delete(key);
    for (const [oldest, entry] of this.entries) {
      if (this.total + weight <= this.maxWeight) break;
      this.delete(oldest, entry);
    }
    this.entries.set(key, { value, weight });
    this.total += weight;
  }

  /** The total weight kept. */
  get weight(): number {
    return this.total;
  }

  private delete(key: string, entry = this.entries.get(key)): void {
    if (entry === undefined) return;
    this.entries.delete(key);
    this.total -= entry.weight;
  }
}
