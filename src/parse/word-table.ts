// An article's words as columns: a million-word article held a million Word
// objects of seven fields, the largest share of a long article's memory
// (docs/benchmarks.md); here a word is a slot in three typed arrays, its text
// an index into one string per distinct form (the characters at its place,
// so that its end is its start plus its text's length), its sentence found
// from the runs of words of one sentence. `doc.words` makes the objects
// from this table only when someone asks for them (a plugin); the built-in
// rules and analyses read the table.

const SENTENCE_START = 1;
const QUOTED = 2;
const SPACED = 4;

/** One word as an object, as `doc.words` and the JSON of a table give it. */
export interface Word {
  /** The word as written, possessive and inner apostrophes included (`Ishiba's`). */
  text: string;
  start: number;
  end: number;
  /** Index into `doc.sentences`. */
  sentence: number;
  /** True for the first word of its sentence. */
  sentenceStart: boolean;
  /** True when written inside quotation marks. */
  quoted: boolean;
  /** True when only white space (and markup) separates it from the previous word of its sentence. */
  spaced: boolean;
}

/** The words of one article, word i's fields read by index (`text(i)`, `start(i)`...). */
export class WordTable {
  /** How many words. */
  length = 0;
  /**
   * Per word: the index of its form (its text) in `forms`; two words have
   * one form exactly when their texts are equal. 16 bits while there are
   * fewer than 65,536 forms (a million-word book has about 50,000), 32 from
   * the first form beyond.
   */
  private formIds: Uint16Array | Int32Array;
  private starts: Int32Array;
  private flags: Uint8Array;
  /** Runs of consecutive words of one sentence: run r starts at word `runStarts[r]`, in sentence `runSentences[r]` (assigned in the constructor, not where declared, as they grow: see HashIndex's `nextEntries`). */
  private runStarts: Int32Array;
  private runSentences: Int32Array;
  private runs = 0;
  /** The run of the last word asked for: words are mostly read in order. */
  private lastRun = 0;

  /** `forms`: the distinct texts, which `add` indexes (the builder's interner fills it). */
  constructor(
    private readonly forms: readonly string[],
    capacity = 16,
  ) {
    capacity = Math.max(16, capacity);
    this.formIds = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.runStarts = new Int32Array(16);
    this.runSentences = new Int32Array(16);
  }

  /** The word as written (`Word.text`). */
  text(i: number): string {
    return this.forms[this.formIds[i]!]!;
  }

  /** Its form's number: equal for two words exactly when their texts are. */
  form(i: number): number {
    return this.formIds[i]!;
  }

  start(i: number): number {
    return this.starts[i]!;
  }

  end(i: number): number {
    return this.starts[i]! + this.forms[this.formIds[i]!]!.length;
  }

  /** Index into `doc.sentences`. */
  sentence(i: number): number {
    let run = this.lastRun;
    if (!(run < this.runs && this.runStarts[run]! <= i && (run + 1 === this.runs || i < this.runStarts[run + 1]!))) {
      // The last run that starts at or before word i.
      let low = 0;
      let high = this.runs;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (this.runStarts[middle]! <= i) low = middle + 1;
        else high = middle;
      }
      run = this.lastRun = low - 1;
    }
    return this.runSentences[run]!;
  }

  /** The first word of its sentence. */
  sentenceStart(i: number): boolean {
    return (this.flags[i]! & SENTENCE_START) !== 0;
  }

  /** Written inside quotation marks. */
  quoted(i: number): boolean {
    return (this.flags[i]! & QUOTED) !== 0;
  }

  /** Only white space (and markup) separates it from the previous word of its sentence. */
  spaced(i: number): boolean {
    return (this.flags[i]! & SPACED) !== 0;
  }

  /** Word i as an object (a new one each call). */
  at(i: number): Word {
    return { text: this.text(i), start: this.start(i), end: this.end(i), sentence: this.sentence(i), sentenceStart: this.sentenceStart(i), quoted: this.quoted(i), spaced: this.spaced(i) };
  }

  /** Words [from, to) as objects. */
  slice(from = 0, to = this.length): Word[] {
    const words: Word[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) words.push(this.at(i));
    return words;
  }

  /** JSON as the words' objects (`JSON.stringify(table)` equals that of `doc.words`). */
  toJSON(): Word[] {
    return this.slice();
  }

  /** Add a word of the form numbered `form` in `forms`: the text at `start`. */
  add(form: number, start: number, sentence: number, sentenceStart: boolean, quoted: boolean, spaced: boolean): void {
    if (this.length === this.starts.length) this.resize(2 * this.length);
    const i = this.length++;
    if (form > MAX_SHORT_FORM && this.formIds instanceof Uint16Array) this.formIds = new Int32Array(this.formIds);
    this.formIds[i] = form;
    this.starts[i] = start;
    if (this.runs === 0 || this.runSentences[this.runs - 1] !== sentence) {
      if (this.runs === this.runStarts.length) {
        this.runStarts = resized(this.runStarts, 2 * this.runs, this.runs);
        this.runSentences = resized(this.runSentences, 2 * this.runs, this.runs);
      }
      this.runStarts[this.runs] = i;
      this.runSentences[this.runs++] = sentence;
    }
    this.flags[i] = (sentenceStart ? SENTENCE_START : 0) | (quoted ? QUOTED : 0) | (spaced ? SPACED : 0);
  }

  /** Release the room beyond the last word once every word is added (a copy of the columns is made): the table lives as long as its document. */
  trim(): void {
    if (this.starts.length > this.length) this.resize(this.length);
    if (this.runStarts.length > this.runs) {
      this.runStarts = resized(this.runStarts, this.runs, this.runs);
      this.runSentences = resized(this.runSentences, this.runs, this.runs);
    }
  }

  private resize(capacity: number): void {
    this.formIds = resized(this.formIds, capacity, this.length);
    this.starts = resized(this.starts, capacity, this.length);
    this.flags = resized(this.flags, capacity, this.length);
  }
}

/** The largest form number a 16-bit column holds. */
const MAX_SHORT_FORM = 0xffff;

/** A copy of `array`'s first `used` values (at most `capacity`) in an array of `capacity`. */
function resized<T extends Int32Array | Uint16Array | Uint8Array>(array: T, capacity: number, used: number): T {
  const copy = new (array.constructor as new (length: number) => T)(capacity);
  copy.set(array.subarray(0, Math.min(used, capacity)));
  return copy;
}
