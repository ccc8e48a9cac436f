// A plain-text line is one paragraph. parse-english, and the scanner that
// reproduces it, merge a sentence with the next by moving the rest of the
// line, so a line of thousands of merges (`1. 1. 1. …`, `Mr. Mr. …`) costs
// the square of its length. A long line is therefore read in pieces cut
// where a sentence surely ends: the paragraph stays one block, and its
// sentences are the ones a whole read gives (tests/long-line.test.ts).
import type { ViewSink } from './tokenizer.js';

/** Lines up to this many characters are read whole. */
export const LONG_LINE_CHARS = 8192;
/** A piece is cut at the first sure sentence end after this many characters... */
const PIECE_CHARS = 4096;
/** ...or, when none comes, at the first terminal mark after this many, before white space or another mark (or else between two marks). */
const PIECE_LIMIT_CHARS = 2 * PIECE_CHARS;

// A sure sentence end: a word of three or more lower-case letters (no
// abbreviation the tokenizer joins to the next sentence), a terminal mark,
// closing quotes or brackets, white space, then a capital letter.
const SURE_SENTENCE_END = /[a-z]{3}[.!?]["'\u2019\u201D)\]]*(\s+)(?=[A-Z])/g;
// Any terminal marks before white space, or before a mark that is neither one
// nor a closing one (a line of punctuation has no white space, `.,;:!?.,;`):
// the sentence may go on past it (`1. 1.`), but a cut there never falls
// inside a word or a run of one mark.
// Tried only where a run of terminal marks starts, and the run taken whole
// (an atomic group: a lookahead and its backreference): a run of 50,000 `.`
// retried from each of its marks cost 10 s.
const TERMINAL_MARK = /(?<![.!?])(?=([.!?]+))\1["'\u2019\u201D)\]]*(?:\s+|(?=[^\p{L}\p{N}\s.!?"'\u2019\u201D)\]]))/gu;

// With neither (`&amp;&amp;…`): between two different marks, which no
// merge of the tokenizer joins across (a mark joins only a word or its own run).
const MARK_BEFORE_MARK = /([^\p{L}\p{N}\p{M}\s])(?!\1)(?=[^\p{L}\p{N}\p{M}\s])/gu;
// With none of them for a further piece's length (a URL of thousands of
// `a/b` that the tokenizer would join into one word, a merge at a time):
// after white space, or after a mark before a letter or digit. Such a line is
// no prose; its sentences and words may differ from a whole read's.
const TOKEN_BOUNDARY = /\s+|[^\p{L}\p{N}\p{M}\s](?=[\p{L}\p{N}])/gu;

/** The starts of the pieces of `text` after the first (empty for a line read whole). */
export function pieceStarts(text: string): number[] {
  const starts: number[] = [];
  if (text.length <= LONG_LINE_CHARS) return starts;
  let pieceStart = 0;
  while (text.length - pieceStart > PIECE_LIMIT_CHARS) {
    const limit = pieceStart + PIECE_LIMIT_CHARS;
    const cut =
      cutAfter(text, SURE_SENTENCE_END, pieceStart + PIECE_CHARS, limit) ??
      cutAfter(text, TERMINAL_MARK, limit, limit + PIECE_LIMIT_CHARS) ??
      cutAfter(text, MARK_BEFORE_MARK, limit, limit + PIECE_LIMIT_CHARS) ??
      cutAfter(text, TOKEN_BOUNDARY, limit + PIECE_LIMIT_CHARS, limit + 2 * PIECE_LIMIT_CHARS) ??
      cutAfter(text, TERMINAL_MARK, limit, text.length);
    if (cut === undefined || cut >= text.length) break;
    starts.push(cut);
    pieceStart = cut;
  }
  return starts;
}

/** The end of the first match of `pattern` that starts at or after `from` and before `before`. */
function cutAfter(text: string, pattern: RegExp, from: number, before: number): number | undefined {
  // Only the window is searched, so a line with no match costs one pass, not one a piece.
  const window = text.slice(from, Math.min(text.length, before + 256));
  pattern.lastIndex = 0;
  const match = pattern.exec(window);
  if (!match || from + match.index >= before) return undefined;
  return from + match.index + match[0].length;
}

/**
 * Read one plain-text line through `readPiece` (which reads a line whole),
 * in pieces when it is long: `views` gets the line's paragraph once, then
 * every piece's sentences.
 */
export function readPlainLine(views: ViewSink, text: string, offset: number, readPiece: (sink: ViewSink, text: string, offset: number) => void): void {
  const starts = pieceStarts(text);
  if (starts.length === 0) return readPiece(views, text, offset);
  const first = text.search(/\S/);
  const last = text.length - (text.length - text.trimEnd().length);
  if (!views.paragraph(offset + first, offset + last)) return;
  const sentences: ViewSink = {
    paragraph: () => true,
    sentenceChild: (type, start, end, mark) => views.sentenceChild(type, start, end, mark),
    sentenceEnd: (start, end) => views.sentenceEnd(start, end),
  };
  starts.push(text.length);
  let start = 0;
  for (const end of starts) {
    readPiece(sentences, text.slice(start, end), offset + start);
    start = end;
  }
}
