// Where an article's body is on its page. Page furniture gathers at the
// edges of the article: before its first body paragraph (navigation,
// teasers) and after its last (related headlines, newsletter prompts,
// comment threads, footers). A body paragraph is a line of long running
// prose, the blocks jusText calls "good" by length alone; the lines between
// the first and the last of them are the body's core.
import type { ArticleDocument } from '../parse/article.js';
import { mix32 } from './text.js';

/** A paragraph of the body: at least this many words of running prose. */
export const PARAGRAPH_WORDS = 25;
/** Chinese, Japanese and Korean write without spaces: a paragraph of theirs is counted in characters. */
const PARAGRAPH_CJK_CHARACTERS = 60;
/** Past this many words a line is running text whatever its punctuation. */
const LONG_WORDS = 40;

/** A non-blank line of the article: its offsets, whether it is a body paragraph, and whether it is written in capitals. */
export interface LayoutLine {
  start: number;
  end: number;
  paragraph: boolean;
  /** Eight words or more, nearly all of its cased letters capitals (`MAYOR VOWS TO REBUILD THE OLD BRIDGE BY SPRING`): the shape of another story's headline set into the body. */
  capitals: boolean;
  /** A short line with a relative time (`Jane D. · 3 hours ago`): a reader's posting time, as comment threads show it, unless it is a sentence. */
  postingTime: boolean;
  /** A long line cut off in mid-sentence with an ellipsis (see isExcerpt). */
  excerpt: boolean;
}

export interface PageLayout {
  /** Offset where the first body paragraph starts (the text's length when there is none). */
  bodyStart: number;
  /** Offset where the last body paragraph ends (0 when there is none). */
  bodyEnd: number;
  lines: LayoutLine[];
}

const ENDS_SENTENCE = /[.!?…。！？]["'”’)\]」』]*$/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Words of a line up to `limit`: its runs of non-space (punctuation alone on its run is rare enough not to matter here). */
export function countWords(text: string, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < limit; i++) {
    const code = text.charCodeAt(i);
    const space = code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Words of a headline in capitals: shorter capital lines are the article's own subheadings (`HOW TO MAKE JAM`). */
export const CAPITAL_HEADLINE_WORDS = 8;
const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/gu;

/** Whether a line is written in capitals and long enough to be a headline (see LayoutLine.capitals). */
export function isCapitalHeadline(text: string): boolean {
  if (countWords(text, CAPITAL_HEADLINE_WORDS) < CAPITAL_HEADLINE_WORDS) return false;
  const upper = text.match(UPPER)?.length ?? 0;
  return upper >= 20 && (text.match(LOWER)?.length ?? 0) <= upper * 0.05;
}

/** `3 hours ago`, `2 days ago`, `just now`: when a reader posted, as a comment thread shows it; an article writes dates and hours. */
export const RELATIVE_TIME = /\b(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\s+ago\b|^just now$/i;
/** Words of a line that may carry a posting time: a reader's name, the time, the buttons. */
export const POSTING_TIME_WORDS = 12;

/** Words of a post's excerpt: a shorter line cut off with an ellipsis is a headline cut to fit, or a writer trailing off. */
export const EXCERPT_WORDS = 15;
/**
 * `… for only $949.99, $199.01 off...`, `… a plan for the […]`: a line that
 * stops in mid-sentence on an ellipsis (after a word or a comma, not after
 * a sentence's end), as a site cuts its posts to one length for a listing.
 */
const CUT_OFF = /[\p{L}\p{N},;:'"”’)]\s?(?:\.{3}|…|\[(?:\.{3}|…)\])$/u;

/** Whether a line is a post's excerpt cut off at the site's length: EXCERPT_WORDS or more, ending as CUT_OFF does. */
export function isExcerpt(text: string): boolean {
  return CUT_OFF.test(text) && countWords(text, EXCERPT_WORDS) >= EXCERPT_WORDS;
}

/** Whether a line is a body paragraph: long running prose. */
function isParagraph(text: string): boolean {
  const words = countWords(text, LONG_WORDS + 1);
  if (words > LONG_WORDS) return true;
  if (!ENDS_SENTENCE.test(text)) return false;
  return words >= PARAGRAPH_WORDS || (text.length >= PARAGRAPH_CJK_CHARACTERS && (text.match(CJK)?.length ?? 0) >= PARAGRAPH_CJK_CHARACTERS);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Letters and digits of a line, by the Unicode classes (for lines with characters outside the BMP). */
const WORD_PART = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/**
 * What each BMP character is to lineKey, filled in as characters are met: 0
 * not yet known, 1 not a letter or digit, 2 folds to more than one character
 * (the line is read by WORD_PART), else the character it folds to plus 3.
 */
const FOLDED = new Uint32Array(0x10000);

function foldOf(code: number): number {
  const char = String.fromCharCode(code);
  const folded = char.normalize('NFKC').toLowerCase();
  if (folded.length !== 1) return LETTER_OR_DIGIT.test(char) || /[\p{L}\p{N}]/u.test(folded) ? 2 : 1;
  return LETTER_OR_DIGIT.test(folded) ? folded.charCodeAt(0) + 3 : 1;
}

/**
 * A line's text as a number, for finding the same line in other articles:
 * case, punctuation, spacing and compatibility forms do not count (`Share
 * this:` and `SHARE THIS` are one line). 0 for a line without a letter or digit.
 */
export function lineKey(text: string): number {
  let hash = FNV_OFFSET;
  let any = false;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let fold = FOLDED[code]!;
    if (fold === 0) FOLDED[code] = fold = code >= 0xd800 && code <= 0xdfff ? 2 : foldOf(code);
    if (fold === 2) return wordPartKey(text);
    if (fold > 2) {
      hash = Math.imul(hash ^ (fold - 3), FNV_PRIME);
      inWord = any = true;
    } else if (inWord) {
      hash = Math.imul(hash ^ 0x20, FNV_PRIME);
      inWord = false;
    }
  }
  if (inWord) hash = Math.imul(hash ^ 0x20, FNV_PRIME);
  return any ? mix32(hash) || 1 : 0;
}

/** lineKey of a line that holds a character folding to several, or outside the BMP: by its normalised words. */
function wordPartKey(text: string): number {
  let hash = FNV_OFFSET;
  let any = false;
  for (const word of text.normalize('NFKC').toLowerCase().match(WORD_PART) ?? []) {
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
    hash = Math.imul(hash ^ 0x20, FNV_PRIME);
    any = true;
  }
  return any ? mix32(hash) || 1 : 0;
}

/** The layout of an article: its lines, and where its body paragraphs start and end. */
export function pageLayout(doc: ArticleDocument): PageLayout {
  let bodyStart = doc.text.length;
  let bodyEnd = 0;
  const lines: LayoutLine[] = [];
  for (const block of doc.blocks) {
    let offset = block.start;
    for (const raw of block.text.split(/\r\n|\r|\n/)) {
      const text = raw.trim();
      if (text) {
        const start = offset + raw.length - raw.trimStart().length;
        const paragraph = isParagraph(text);
        if (paragraph) {
          bodyStart = Math.min(bodyStart, start);
          bodyEnd = Math.max(bodyEnd, start + text.length);
        }
        const short = !paragraph && countWords(text, POSTING_TIME_WORDS + 1) <= POSTING_TIME_WORDS;
        lines.push({ start, end: start + text.length, paragraph, capitals: !paragraph && isCapitalHeadline(text), postingTime: short && RELATIVE_TIME.test(text), excerpt: isExcerpt(text) });
      }
      offset += raw.length + (doc.text.startsWith('\r\n', offset + raw.length) ? 2 : 1);
    }
  }
  return { bodyStart, bodyEnd, lines };
}
