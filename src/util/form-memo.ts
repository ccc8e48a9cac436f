// A memo for per-word-form answers (name-spelling's and spelling's). Every
// article asks a run-wide memo about each of its forms: many look-ups of
// fewer forms. A Map keyed by the articles' strings reads its key strings,
// scattered over a heap of parsed articles; this table keeps each form's
// characters in one array next to its hash and answer, several times faster
// a hit (docs/benchmarks.md), so articles need no map of their own forms either.
import { fnv1a } from './fnv.js';
import { HashIndex, grown } from './hash-index.js';
import { entryChars, MEMO_CHARS, type Memo } from './memo.js';

/**
 * Answers of `compute`, a small integer (0-255) per word form, bounded as
 * `memoize` is, by the characters it keeps: when full it starts afresh, with
 * tables no larger than the bound (a long form's are not kept).
 */
export function memoizeByForm(compute: (form: string) => number, maxChars = MEMO_CHARS): Memo<number> {
  let table = new FormTable();
  let kept = 0;
  const memo = (form: string) => {
    // An int32, as the index keeps it: an unsigned hash above 2^31 would be a heap number on the way.
    const hash = fnv1a(form) | 0;
    let entry = table.find(form, hash);
    if (entry < 0) {
      const answer = compute(form);
      const chars = entryChars(form);
      if (chars > maxChars) return answer;
      if (kept + chars > maxChars) {
        table = new FormTable();
        kept = 0;
      }
      entry = table.insert(form, hash, answer);
      kept += chars;
    }
    return table.answers[entry]!;
  };
  return Object.assign(memo, { keptChars: () => kept });
}

/** `memoizeByForm` for a yes/no question. */
export function memoizeFormTest(test: (form: string) => boolean, maxChars = MEMO_CHARS): Memo<boolean> {
  const answer = memoizeByForm((form) => (test(form) ? 1 : 0), maxChars);
  return Object.assign((form: string) => answer(form) === 1, { keptChars: answer.keptChars });
}

const INITIAL_FORMS = 512;

/** Forms, their answers and their characters by entry of a HashIndex: a form is `chars[starts[entry], starts[entry] + lengths[entry])`. */
class FormTable {
  // Assigned in the constructor, not where declared, as they grow (see HashIndex's `nextEntries`).
  answers: Uint8Array;
  private readonly index = new HashIndex(INITIAL_FORMS);
  private starts: Int32Array;
  private lengths: Int32Array;
  private chars: Uint16Array;
  private used = 0;

  constructor() {
    this.answers = new Uint8Array(INITIAL_FORMS);
    this.starts = new Int32Array(INITIAL_FORMS);
    this.lengths = new Int32Array(INITIAL_FORMS);
    this.chars = new Uint16Array(16 * INITIAL_FORMS);
  }

  /** The form's entry, or -1. */
  find(form: string, hash: number): number {
    const { index, starts, lengths, chars } = this;
    for (let entry = index.first(hash); entry !== -1; entry = index.next(entry)) {
      if (lengths[entry] !== form.length) continue;
      const start = starts[entry]!;
      let i = 0;
      while (i < form.length && chars[start + i] === form.charCodeAt(i)) i++;
      if (i === form.length) return entry;
    }
    return -1;
  }

  /** Adds a form that is not in the table; returns its entry. */
  insert(form: string, hash: number, answer: number): number {
    const entry = this.index.add(hash);
    if (entry === this.starts.length) {
      this.starts = grown(this.starts);
      this.lengths = grown(this.lengths);
      this.answers = grown(this.answers);
    }
    if (this.used + form.length > this.chars.length) this.chars = grown(this.chars, this.used + form.length);
    this.starts[entry] = this.used;
    this.lengths[entry] = form.length;
    this.answers[entry] = answer;
    for (let i = 0; i < form.length; i++) this.chars[this.used++] = form.charCodeAt(i);
    return entry;
  }
}
