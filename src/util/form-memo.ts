// A memo for per-word-form answers (name-spelling's and spelling's). Every
// article asks a run-wide memo about each of its forms: many look-ups of
// fewer forms. A Map keyed by the articles' strings reads its key strings,
// scattered over a heap of parsed articles; this table keeps each form's
// characters in one array next to its hash and answer, several times faster
// a hit (docs/benchmarks.md), so articles need no map of their own forms either.
import { fnv1a } from './fnv.js';
import { MEMO_LIMIT } from './memo.js';

/** Answers of `compute`, a small integer (0-255) per word form, bounded as `memoize` is: when full it starts afresh. */
export function memoizeByForm(compute: (form: string) => number, limit = MEMO_LIMIT): (form: string) => number {
  const table = new FormTable();
  return (form) => {
    const hash = formHash(form);
    let slot = table.find(form, hash);
    if (slot < 0) {
      const answer = compute(form);
      if (table.size >= limit) table.clear();
      slot = table.insert(form, hash, answer);
    }
    return table.answers[slot]!;
  };
}

/** `memoizeByForm` for a yes/no question. */
export function memoizeFormTest(test: (form: string) => boolean, limit = MEMO_LIMIT): (form: string) => boolean {
  const answer = memoizeByForm((form) => (test(form) ? 1 : 0), limit);
  return (form) => answer(form) === 1;
}

/** The form's hash as the table stores it: an int32. */
function formHash(form: string): number {
  return fnv1a(form) | 0;
}

const INITIAL_SLOTS = 1024;

/** Open addressing, at most half full; a slot's form is `chars[starts[slot], starts[slot] + lengths[slot])`, start -1 when empty. */
class FormTable {
  size = 0;
  answers = new Uint8Array(INITIAL_SLOTS);
  private hashes = new Int32Array(INITIAL_SLOTS);
  private starts = new Int32Array(INITIAL_SLOTS).fill(-1);
  private lengths = new Int32Array(INITIAL_SLOTS);
  private chars = new Uint16Array(8 * INITIAL_SLOTS);
  private used = 0;

  /** The form's slot, or -1. */
  find(form: string, hash: number): number {
    const { hashes, starts, lengths, chars } = this;
    const mask = starts.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const start = starts[slot]!;
      if (start === -1) return -1;
      if (hashes[slot] !== hash || lengths[slot] !== form.length) continue;
      let i = 0;
      while (i < form.length && chars[start + i] === form.charCodeAt(i)) i++;
      if (i === form.length) return slot;
    }
  }

  /** Adds a form that is not in the table; returns its slot. */
  insert(form: string, hash: number, answer: number): number {
    if (2 * (this.size + 1) > this.starts.length) this.rehash(2 * this.starts.length);
    if (this.used + form.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(2 * this.chars.length, this.used + form.length));
      chars.set(this.chars);
      this.chars = chars;
    }
    const mask = this.starts.length - 1;
    let slot = hash & mask;
    while (this.starts[slot] !== -1) slot = (slot + 1) & mask;
    this.hashes[slot] = hash;
    this.starts[slot] = this.used;
    this.lengths[slot] = form.length;
    this.answers[slot] = answer;
    for (let i = 0; i < form.length; i++) this.chars[this.used++] = form.charCodeAt(i);
    this.size++;
    return slot;
  }

  clear(): void {
    this.starts.fill(-1);
    this.used = 0;
    this.size = 0;
  }

  private rehash(slots: number): void {
    const { hashes, starts, lengths, answers } = this;
    this.hashes = new Int32Array(slots);
    this.starts = new Int32Array(slots).fill(-1);
    this.lengths = new Int32Array(slots);
    this.answers = new Uint8Array(slots);
    const mask = slots - 1;
    for (let old = 0; old < starts.length; old++) {
      if (starts[old] === -1) continue;
      let slot = hashes[old]! & mask;
      while (this.starts[slot] !== -1) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[old]!;
      this.starts[slot] = starts[old]!;
      this.lengths[slot] = lengths[old]!;
      this.answers[slot] = answers[old]!;
    }
  }
}
