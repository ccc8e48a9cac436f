// The word tokens (wordTokens) of an article's words, computed once per
// distinct word form: doc.words' texts are interned, so a form is found in a
// map without its characters being read again, and the article's blocks take
// their tokens from its words instead of tokenising their text again.
import type { ArticleDocument } from '../../src/types.js';
import type { TokenTable } from './postings.js';
import { isApostrophe, isPlainText, wordTokens } from './text.js';

export class WordTokens {
  /** Token ids of every word, one word after another: word w's are `ids[first[w] .. first[w + 1])`. */
  private readonly ids: Int32Array;
  private readonly first: Int32Array;
  /** Per word: the id of its tokens joined into one (`U.S.` -> `us`), -1 when it has none. */
  readonly joined: Int32Array;
  /** Per word: 1 when its text is plain (isPlainText), so that its tokens do not depend on the text around it. */
  private readonly plain: Uint8Array;

  constructor(
    private readonly doc: ArticleDocument,
    private readonly table: TokenTable,
  ) {
    const { words } = doc;
    // Distinct word forms, numbered in order of first sight: form f's token ids are `formIds[formFirst[f] .. formFirst[f + 1])`.
    const forms = new Map<string, number>();
    const formIds: number[] = [];
    const formFirst: number[] = [0];
    const formJoined: number[] = [];
    const formPlain: boolean[] = [];
    let ids = new Int32Array(words.length);
    let count = 0;
    this.first = new Int32Array(words.length + 1);
    this.joined = new Int32Array(words.length);
    this.plain = new Uint8Array(words.length);
    for (let w = 0; w < words.length; w++) {
      const text = words[w]!.text;
      let form = forms.get(text);
      if (form === undefined) {
        form = formJoined.length;
        forms.set(text, form);
        const tokens = wordTokens(text);
        for (const token of tokens) formIds.push(table.idOf(token));
        formFirst.push(formIds.length);
        formJoined.push(tokens.length === 0 ? -1 : tokens.length === 1 ? formIds[formIds.length - 1]! : table.idOf(tokens.join('')));
        formPlain.push(isPlainText(text));
      }
      const [from, to] = [formFirst[form]!, formFirst[form + 1]!];
      if (count + to - from > ids.length) {
        const grown = new Int32Array(2 * ids.length + to - from);
        grown.set(ids);
        ids = grown;
      }
      this.first[w] = count;
      for (let k = from; k < to; k++) ids[count++] = formIds[k]!;
      this.joined[w] = formJoined[form]!;
      this.plain[w] = formPlain[form] ? 1 : 0;
    }
    this.first[words.length] = count;
    this.ids = ids.subarray(0, count);
  }

  /**
   * The token ids of wordTokens(doc.text.slice(start, end)), where the words
   * [firstWord, endWord) are the span's words. They are the words' own tokens
   * when the span's text is plain and the text between words holds no letter
   * or digit and separates them by more than apostrophes (which would join
   * two words' tokens): the span's tokens are then its words'.
   */
  ofSpan(start: number, end: number, firstWord: number, endWord: number): Int32Array {
    if (this.wordsHoldAllTokens(start, end, firstWord, endWord)) return this.ids.subarray(this.first[firstWord]!, this.first[endWord]!);
    return Int32Array.from(wordTokens(this.doc.text.slice(start, end)), (token) => this.table.idOf(token));
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
