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

/** Whether a line is a body paragraph: long running prose. */
function isParagraph(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words > LONG_WORDS) return true;
  const long = words >= PARAGRAPH_WORDS || (text.match(CJK)?.length ?? 0) >= PARAGRAPH_CJK_CHARACTERS;
  return long && ENDS_SENTENCE.test(text);
}

/**
 * A line's text as a number, for finding the same line in other articles:
 * case, punctuation, spacing and compatibility forms do not count (`Share
 * this:` and `SHARE THIS` are one line). 0 for a line without a letter or digit.
 */
export function lineKey(text: string): number {
  const words = text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words) return 0;
  let hash = 0x811c9dc5;
  for (const word of words) {
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x20, 0x01000193);
  }
  return mix32(hash) || 1;
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
