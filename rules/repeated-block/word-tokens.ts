// The word tokens (wordTokens) of an article's words, as 32-bit hashes
// (hashString): a plain word's are hashed as its characters are read, with no
// token string built and no map consulted, so that a million-word article
// costs one pass over its characters. The article's blocks take their tokens
// from its words instead of tokenising their text again. Equal hashes say
// that two tokens may be equal; tokenTexts gives the tokens themselves, to
// confirm it where it decides a finding.
import type { ArticleDocument } from '../../src/types.js';
import { FNV_OFFSET, FNV_PRIME, hashString, isApostrophe, wordTokens, writePlainTokenHashes } from './text.js';

export class WordTokens {
  /** Token hashes of every word, one word after another: word w's are `hashes[first[w] .. first[w + 1])`. */
  private readonly hashes: Uint32Array;
  private readonly first: Int32Array;
  /** Per word: the hash of its tokens joined into one (`U.S.` -> `us`); meaningless when it has none (hasTokens). */
  readonly joined: Uint32Array;
  /** Per word: 1 when its text is plain (isPlainText), so that its tokens do not depend on the text around it. */
  private readonly plain: Uint8Array;

  constructor(private readonly doc: ArticleDocument) {
    const { words } = doc;
    let hashes = new Uint32Array(words.length + 16);
    let count = 0;
    this.first = new Int32Array(words.length + 1);
    this.joined = new Uint32Array(words.length);
    this.plain = new Uint8Array(words.length);
    for (let w = 0; w < words.length; w++) {
      const text = words[w]!.text;
      // writePlainTokenHashes needs room for half the word's length (wordTokens finds no more).
      if (count + text.length > hashes.length) {
        const grown = new Uint32Array(2 * hashes.length + text.length);
        grown.set(hashes);
        hashes = grown;
      }
      this.first[w] = count;
      const plainCount = writePlainTokenHashes(text, hashes, count);
      if (plainCount >= 0) {
        count += plainCount;
        this.plain[w] = 1;
        this.joined[w] = plainJoinedHash(text);
      } else {
        const tokens = wordTokens(text);
        for (const token of tokens) hashes[count++] = hashString(token);
        this.joined[w] = hashString(tokens.join(''));
      }
    }
    this.first[words.length] = count;
    this.hashes = hashes.subarray(0, count);
  }

  /** Whether word w has a token. */
  hasTokens(w: number): boolean {
    return this.first[w + 1]! > this.first[w]!;
  }

  /**
   * The token hashes of wordTokens(doc.text.slice(start, end)), where the words
   * [firstWord, endWord) are the span's words. They are the words' own tokens
   * when the span's text is plain and the text between words holds no letter
   * or digit and separates them by more than apostrophes (which would join
   * two words' tokens): the span's tokens are then its words'.
   */
  ofSpan(start: number, end: number, firstWord: number, endWord: number): Uint32Array {
    if (this.wordsHoldAllTokens(start, end, firstWord, endWord)) return this.hashes.subarray(this.first[firstWord]!, this.first[endWord]!);
    return Uint32Array.from(tokenTexts(this.doc.text, start, end), hashString);
  }

  private wordsHoldAllTokens(start: number, end: number, firstWord: number, endWord: number): boolean {
    const { text, words } = this.doc;
    let from = start;
    for (let w = firstWord; w <= endWord; w++) {
      const to = w < endWord ? words[w]!.start : end;
      if (to < from) return false;
      // Before the first word and after the last, nothing needs separating.
      let separated = w === firstWord || w === endWord;
      for (let i = from; i < to; i++) {
        const code = text.charCodeAt(i);
        if (isSeparator(code)) separated = true;
        else if (!isApostrophe(code)) return false;
      }
      if (!separated) return false;
      if (w < endWord) {
        if (this.plain[w] === 0) return false;
        from = words[w]!.end;
      }
    }
    return true;
  }
}

/** A plain character (isPlainText) that ends a token: neither a letter, a digit nor an apostrophe. */
function isSeparator(code: number): boolean {
  if (code >= 0x80) return code === 0x2013 || code === 0x2014 || code === 0x201c || code === 0x201d;
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
  const { blocks, sentences, words } = doc;
  const firsts = new Int32Array(blocks.length + 1);
  let block = 0;
  for (let w = 0; w < words.length; w++) {
    const wordBlock = sentences[words[w]!.sentence]!.block;
    while (block <= wordBlock) firsts[block++] = w;
  }
  while (block <= blocks.length) firsts[block++] = words.length;
  return firsts;
}
