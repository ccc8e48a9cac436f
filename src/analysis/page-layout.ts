// Where an article's body is on its page. Page furniture gathers at the
// edges of the article: before its first body paragraph (navigation,
// teasers) and after its last (related headlines, newsletter prompts,
// comment threads, footers). A body paragraph is a line of long running
// prose, the blocks jusText calls "good" by length alone; the lines between
// the first and the last of them are the body's core.
import type { ArticleDocument } from '../types.js';
import { mix32 } from './text.js';

/** A paragraph of the body: at least this many words of running prose. */
export const PARAGRAPH_WORDS = 25;
/** Chinese, Japanese and Korean write without spaces: a paragraph of theirs is counted in characters. */
const PARAGRAPH_CJK_CHARACTERS = 60;
/** Past this many words a line is running text whatever its punctuation. */
const LONG_WORDS = 40;

export interface PageLayout {
  /** Offset where the first body paragraph starts (the text's length when there is none). */
  bodyStart: number;
  /** Offset where the last body paragraph ends (0 when there is none). */
  bodyEnd: number;
  /** lineKey of every body paragraph, in order: what tells two copies of one page from two pages. */
  paragraphKeys: number[];
  /** lineKey of every other line (0 for a line without a letter or digit), in order: the lines a site repeats on its pages. */
  lineKeys: number[];
}

const ENDS_SENTENCE = /[.!?…。！？]["'”’)\]」』]*$/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Words of a line: its runs of non-space (punctuation alone on its run is rare enough not to matter here). */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Whether a line is a body paragraph: long running prose. */
function isParagraph(text: string): boolean {
  const words = countWords(text);
  if (words > LONG_WORDS) return true;
  if (!ENDS_SENTENCE.test(text)) return false;
  return words >= PARAGRAPH_WORDS || (text.length >= PARAGRAPH_CJK_CHARACTERS && (text.match(CJK)?.length ?? 0) >= PARAGRAPH_CJK_CHARACTERS);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Letters and digits of a line beyond ASCII, by the Unicode classes. */
const WORD_PART = /[\p{L}\p{N}]+/gu;

/**
 * A line's text as a number, for finding the same line in other articles:
 * case, punctuation, spacing and compatibility forms do not count (`Share
 * this:` and `SHARE THIS` are one line). 0 for a line without a letter or digit.
 */
export function lineKey(text: string): number {
  let hash = FNV_OFFSET;
  let any = false;
  // Most lines are ASCII: their letters and digits are read without a regex.
  if (/^[\x00-\x7f]*$/.test(text)) {
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      const upper = code >= 0x41 && code <= 0x5a;
      if (upper || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
        if (upper) code += 0x20;
        hash = Math.imul(hash ^ code, FNV_PRIME);
        inWord = any = true;
      } else if (inWord) {
        hash = Math.imul(hash ^ 0x20, FNV_PRIME);
        inWord = false;
      }
    }
    if (inWord) hash = Math.imul(hash ^ 0x20, FNV_PRIME);
  } else {
    for (const word of text.normalize('NFKC').toLowerCase().match(WORD_PART) ?? []) {
      for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
      hash = Math.imul(hash ^ 0x20, FNV_PRIME);
      any = true;
    }
  }
  return any ? mix32(hash) || 1 : 0;
}

/** The layout of an article: where its body paragraphs start and end. */
export function pageLayout(doc: ArticleDocument): PageLayout {
  let bodyStart = doc.text.length;
  let bodyEnd = 0;
  const paragraphKeys: number[] = [];
  const lineKeys: number[] = [];
  for (const block of doc.blocks) {
    let offset = block.start;
    for (const raw of block.text.split(/\r\n|\r|\n/)) {
      const text = raw.trim();
      if (text && isParagraph(text)) {
        const start = offset + raw.length - raw.trimStart().length;
        bodyStart = Math.min(bodyStart, start);
        bodyEnd = Math.max(bodyEnd, start + text.length);
        paragraphKeys.push(lineKey(text));
      } else if (text) lineKeys.push(lineKey(text));
      offset += raw.length + (doc.text.startsWith('\r\n', offset + raw.length) ? 2 : 1);
    }
  }
  return { bodyStart, bodyEnd, paragraphKeys, lineKeys };
}
