// The word tokens (wordTokens) of an article's words, as 32-bit hashes
// (fnv1a): a plain word's are hashed as its characters are read, with no
// token string built and no map consulted, so that a million-word article
// costs one pass over its characters. The article's blocks take their tokens
// from its words instead of tokenising their text again. Equal hashes say
// that two tokens may be equal; tokenTexts gives the tokens themselves, to
// confirm it where it decides a finding. duplicate-article reads the same
// hashes (latestWordTokens keeps the last article's), so that an article's
// characters are hashed once for both rules.
import type { ArticleDocument } from '../parse/article.js';
import { FNV_OFFSET, FNV_PRIME, fnv1a } from '../util/fnv.js';
import { isApostrophe, isTypographic, wordTokens, writePlainTokenHashes } from './text.js';

export class WordTokens {
  /** Token hashes of every word, one word after another: word w's start at `firstToken(w)`. */
  private readonly hashes: Uint32Array;
  /**
   * The words that do not hold exactly one token (most hold one), in order,
   * and for each the number of tokens of the words up to and including it
   * beyond one a word: word w's first token is w plus that number for the
   * last such word before w (sparse, as most articles have few such words).
   */
  private readonly unusual: GrowingInt32;
  private readonly extraAfter: GrowingInt32;
  /** For each of those words, the hash of its tokens joined into one (`U.S.` -> `us`); a word of one token has that token's (writeJoined). */
  private readonly unusualJoined: GrowingInt32;
  /** Per word: PLAIN when its text is plain (isPlainText), so that its tokens do not depend on the text around it; NO_TOKENS when it has none. */
  private readonly flags: Uint8Array;
  /**
   * In order, the words that are not plain or are not cleanly separated from
   * the next one (separatesWords; the last word, when not plain), so that
   * whether a span's words hold all of its tokens is known without reading
   * its text again.
   */
  private readonly faults: GrowingInt32;

  constructor(readonly doc: ArticleDocument) {
    const { text: articleText, wordTable: words } = doc;
    // Most words are one token: room for an eighth more, grown by half when a text has more.
    let hashes = new Uint32Array(words.length + (words.length >>> 3) + 16);
    let count = 0;
    this.unusual = new GrowingInt32();
    this.extraAfter = new GrowingInt32();
    this.unusualJoined = new GrowingInt32();
    this.faults = new GrowingInt32();
    this.flags = new Uint8Array(words.length);
    for (let w = 0; w < words.length; w++) {
      const text = words.text(w);
      const start = words.start(w);
      const end = words.end(w);
      if (w > 0 && !((this.flags[w - 1]! & PLAIN) !== 0 && separatesWords(articleText, words.end(w - 1), start))) this.faults.push(w - 1);
      // writePlainTokenHashes needs room for half the word's length (wordTokens finds no more).
      if (count + text.length > hashes.length) {
        const grown = new Uint32Array(hashes.length + (hashes.length >>> 1) + text.length);
        grown.set(hashes);
        hashes = grown;
      }
      const before = count;
      // Read from the article's text (text is its slice): one string for every word.
      const plainCount = writePlainTokenHashes(articleText, hashes, count, start, end);
      let tokens: string[] | undefined;
      if (plainCount >= 0) {
        count += plainCount;
        this.flags[w] = PLAIN;
      } else {
        tokens = wordTokens(text);
        for (const token of tokens) hashes[count++] = fnv1a(token);
      }
      if (count === before) this.flags[w]! |= NO_TOKENS;
      // Most words are one token, whose hash is the joined one.
      if (count - before !== 1) {
        this.unusual.push(w);
        this.extraAfter.push(count - (w + 1));
        this.unusualJoined.push(tokens ? fnv1a(tokens.join('')) : plainJoinedHash(text));
      }
    }
    // The last word has no next one to be separated from.
    if (words.length > 0 && (this.flags[words.length - 1]! & PLAIN) === 0) this.faults.push(words.length - 1);
    this.hashes = hashes.subarray(0, count);
  }

  /**
   * Writes each word's joined hash (its tokens joined into one: `U.S.` ->
   * `us`; meaningless for a word with none, see hasTokens) to `into[w]`, and
   * returns `into`. Not a column of its own: a word of one token (nearly
   * all) has its token's hash, and the one reader (repeated-block's sentence
   * runs) needs them for a while, in an array it reuses.
   */
  writeJoined(into: Uint32Array): Uint32Array {
    const { hashes, unusual } = this;
    let next = 0;
    let nextUnusual = unusual.length > 0 ? unusual.at(0) : -1;
    let extra = 0;
    for (let w = 0; w < into.length; w++) {
      if (w !== nextUnusual) {
        into[w] = hashes[w + extra]!;
        continue;
      }
      into[w] = this.unusualJoined.at(next);
      extra = this.extraAfter.at(next++);
      nextUnusual = next < unusual.length ? unusual.at(next) : -1;
    }
    return into;
  }

  /** Whether word w has a token. */
  hasTokens(w: number): boolean {
    return (this.flags[w]! & NO_TOKENS) === 0;
  }

  /** The index in `hashes` of word w's first token (of the tokens after the last word when w is the number of words). */
  private firstToken(w: number): number {
    const before = this.unusual.countBelow(w);
    return before === 0 ? w : w + this.extraAfter.at(before - 1);
  }

  /**
   * The token hashes of wordTokens(doc.text.slice(start, end)), where the words
   * [firstWord, endWord) are the span's words. They are the words' own tokens
   * when the span's text is plain and the text between words holds no letter
   * or digit and separates them by more than apostrophes (which would join
   * two words' tokens): the span's tokens are then its words'.
   */
  ofSpan(start: number, end: number, firstWord: number, endWord: number): Uint32Array {
    return this.heldByWords(start, end, firstWord, endWord) ?? Uint32Array.from(tokenTexts(this.doc.text, start, end), fnv1a);
  }

  /** The span's token hashes when they are its words' own (see ofSpan), without tokenising its text otherwise. */
  heldByWords(start: number, end: number, firstWord: number, endWord: number): Uint32Array | undefined {
    return this.wordsHoldAllTokens(start, end, firstWord, endWord) ? this.hashes.subarray(this.firstToken(firstWord), this.firstToken(endWord)) : undefined;
  }

  private wordsHoldAllTokens(start: number, end: number, firstWord: number, endWord: number): boolean {
    const { text, wordTable: words } = this.doc;
    if (firstWord === endWord) return holdsNoToken(text, start, end);
    // The words are plain and cleanly separated, the last one plain (whatever follows it), and nothing but space and punctuation before or after them.
    return (
      this.faults.countBelow(endWord - 1) === this.faults.countBelow(firstWord) &&
      (this.flags[endWord - 1]! & PLAIN) !== 0 &&
      holdsNoToken(text, start, words.start(firstWord)) &&
      holdsNoToken(text, words.end(endWord - 1), end)
    );
  }
}

/** WordTokens' flags of a word. */
const PLAIN = 1;
const NO_TOKENS = 2;

/** A list of integers, grown by half when full (countBelow reads an ascending one). */
class GrowingInt32 {
  /** Assigned in the constructor, not where declared, as it grows (see HashIndex's `nextEntries`). */
  private values: Int32Array;
  private count = 0;

  constructor() {
    this.values = new Int32Array(16);
  }

  get length(): number {
    return this.count;
  }

  push(value: number): void {
    if (this.count === this.values.length) {
      const grown = new Int32Array(this.count + (this.count >>> 1));
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = value;
  }

  at(index: number): number {
    return this.values[index]!;
  }

  /** How many values are below `value` (the list ascends). */
  countBelow(value: number): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.values[middle]! < value) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Whether plain text between two words holds nothing but separators and apostrophes, and at least one separator (apostrophes alone join words' tokens). */
function separatesWords(text: string, from: number, to: number): boolean {
  let separated = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isSeparator(code)) separated = true;
    else if (!isApostrophe(code)) return false;
  }
  return separated;
}

/** Whether the text from `from` to `to` (not before it) holds nothing but separators and apostrophes: no token, nor part of one. */
function holdsNoToken(text: string, from: number, to: number): boolean {
  if (to < from) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!isSeparator(code) && !isApostrophe(code)) return false;
  }
  return true;
}

/**
 * A slot for one article's WordTokens at a time, for one pass of a lint run:
 * the rules that read them (duplicate-article's collect, repeated-block) run
 * in each article's first pass, one article after another, so the latest
 * article's are the ones asked for. Not memoizeByObject: the CLI keeps up to
 * KEPT_CHARS_PER_THREAD of articles for the second pass, and a WeakMap would
 * keep theirs too (tens of megabytes). The engine makes one slot per pass and
 * drops it when the pass returns, so nothing is kept after a lint (a
 * language server's closed 20 MB document held a gigabyte in a module-level
 * slot). Not a WeakRef either: a target is kept until the current job ends,
 * and a run that never waits on I/O between lints (a batch of articles, the
 * fuzz run) is one job, so every article's views were kept to its end.
 */
export function latestWordTokens(): (doc: ArticleDocument) => WordTokens {
  let latest: WordTokens | undefined;
  return (doc) => {
    if (latest?.doc !== doc) latest = new WordTokens(doc);
    return latest;
  };
}

/** A plain character (isPlainText) that ends a token: neither a letter, a digit nor an apostrophe. */
function isSeparator(code: number): boolean {
  if (code >= 0x80) return isTypographic(code) && !isApostrophe(code);
  return SEPARATORS[code] === 1;
}

const SEPARATORS = Uint8Array.from({ length: 0x80 }, (_, code) => (/[^A-Za-z0-9<&'`]/.test(String.fromCharCode(code)) ? 1 : 0));

/** The word tokens of `text.slice(start, end)`, as strings: what equal hashes stand for. */
export function tokenTexts(text: string, start: number, end: number): string[] {
  return wordTokens(text.slice(start, end));
}

/** wordTokens(text).join(''), hashed, for a plain text (isPlainText): its letters and digits, lower-cased. */
function plainJoinedHash(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) hash = Math.imul(hash ^ code, FNV_PRIME);
  }
  return hash >>> 0;
}

/** Per block, its first word: block b's words are `[result[b], result[b + 1])`. */
export function firstWordOfBlocks(doc: ArticleDocument): Int32Array {
  const { blocks, sentences, wordTable: words } = doc;
  const firsts = new Int32Array(blocks.length + 1);
  let block = 0;
  // A sentence's firstWord is the next word's index even when it has none, so sentences mark where blocks start.
  for (const { block: sentenceBlock, firstWord } of sentences) {
    while (block <= sentenceBlock) firsts[block++] = firstWord;
  }
  while (block <= blocks.length) firsts[block++] = words.length;
  return firsts;
}
