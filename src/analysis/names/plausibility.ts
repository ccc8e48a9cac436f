// How much a form looks like a name: a character model of names (order 4,
// Witten-Bell interpolation down to letters alike) learned from the ~10,700
// names of dictionary-en. OCR damage leaves letter sequences names seldom
// have (`Henrv`, `Oweu`, `Ciiiang`, `Willinm`), so a damaged form reads as
// less likely than the name it came from. Built on first use (~30 ms), only
// when name-spelling reads OCR text without a glossary.
import { DICTIONARY_WORDS } from './dictionary-words.js';

/** Letters of context the model conditions on. */
const ORDER = 4;
/** Word edges: the model learns how names start and end. */
const START = '^';
const END = '$';
/** What the model reads: lower-case letters and the apostrophe (`o'brien`), plus the end; anything else is as unlikely as an unseen letter. */
const ALPHABET_SIZE = 28;

interface Counts {
  /** `context + next` -> times seen, for every context length 0..ORDER-1. */
  seen: Map<string, number>;
  /** `context` -> times it was followed by anything. */
  total: Map<string, number>;
  /** `context` -> how many different letters followed it. */
  types: Map<string, number>;
}

/** The lower-case names a model learns from: every capitalised form of dictionary-en that is letters only (`Sydney`, `George`, `O'Brien`). */
export function dictionaryNames(): string[] {
  return [...DICTIONARY_WORDS.matchAll(/^\p{Lu}[\p{Ll}']+$/gmu)].map((match) => match[0].toLowerCase()).filter((name) => !name.endsWith("'s"));
}

export class NameModel {
  private readonly counts: Counts = { seen: new Map(), total: new Map(), types: new Map() };

  constructor(names: Iterable<string>) {
    const { seen, total, types } = this.counts;
    for (const name of names) {
      const padded = START.repeat(ORDER - 1) + name + END;
      for (let i = ORDER - 1; i < padded.length; i++) {
        for (let length = 0; length < ORDER; length++) {
          const context = padded.slice(i - length, i);
          const key = context + padded[i];
          const before = seen.get(key) ?? 0;
          seen.set(key, before + 1);
          total.set(context, (total.get(context) ?? 0) + 1);
          if (before === 0) types.set(context, (types.get(context) ?? 0) + 1);
        }
      }
    }
  }

  /** The probability of `next` after `history` (the last ORDER-1 symbols), interpolated from the longest context down. */
  private probability(history: string, next: string): number {
    let p = 1 / ALPHABET_SIZE;
    for (let length = 0; length < ORDER; length++) {
      const context = history.slice(history.length - length);
      const total = this.counts.total.get(context);
      if (total === undefined) break;
      const types = this.counts.types.get(context)!;
      p = ((this.counts.seen.get(context + next) ?? 0) + types * p) / (total + types);
    }
    return p;
  }

  /** How a lower-case form reads, in log2 probabilities: their sum over its letters and its end, and the least likely step (`nm$` in `willinm`). */
  read(form: string): { total: number; worst: number } {
    const padded = START.repeat(ORDER - 1) + form + END;
    let total = 0;
    let worst = 0;
    for (let i = ORDER - 1; i < padded.length; i++) {
      const step = Math.log2(this.probability(padded.slice(i - ORDER + 1, i), padded[i]!));
      total += step;
      worst = Math.min(worst, step);
    }
    return { total, worst };
  }

  /** The mean log2 probability per letter (its end counted as one) of a lower-case form: about -2.5 for a common name, under -4 for most damaged forms. */
  perLetter(form: string): number {
    return this.read(form).total / (form.length + 1);
  }
}

let dictionaryModel: NameModel | undefined;

/** How a lower-case form reads as a name (`NameModel.read`), by the model of dictionary-en's names. */
export function readAsName(form: string): { total: number; worst: number } {
  dictionaryModel ??= new NameModel(dictionaryNames());
  return dictionaryModel.read(form);
}
