// Markdown that the Markdown parser (micromark) reads in super-linear time,
// told by one linear scan before it is parsed. micromark matches every
// emphasis or link closer against the openers before it in the same
// paragraph, and re-enters every open container on each line, so thousands
// of `*`, `_`, `[` or `]` in one paragraph (`*a **b *c …`, `a*a*a*…`,
// `[[[[a]]]]`) or hundreds of block quotes and list items opened on one line
// (`> > > …`, `- - - …`) take seconds to minutes. No article comes near
// either bound; a file past one is read as plain text (document.ts), with a
// notice, so its parse stays linear and its positions exact. micromark also
// holds kilobytes for every block until the whole file is parsed, so a file
// of tens of thousands of tiny paragraphs (`a\n\na\n\n…`) takes seconds and
// gigabytes: past MAX_BLOCKS, far more than any article has, it is read as
// plain text too.

/** Emphasis and link marks in one paragraph: runs of `*` or `_` (a run counts once), `[` and `]`. */
export const MAX_PARAGRAPH_MARKS = 1000;
/** Block quotes and list items opened at the start of one line. */
export const MAX_LINE_CONTAINERS = 32;
/** Paragraphs, headings and list items in one file. */
export const MAX_BLOCKS = 20_000;

/** Why a Markdown text is read as plain text, and the line that decided (1-based), or undefined. */
export interface MarkdownNesting {
  line: number;
  reason: string;
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const STAR = 0x2a;
const UNDERSCORE = 0x5f;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * The first place where `text` goes past MAX_PARAGRAPH_MARKS or
 * MAX_LINE_CONTAINERS, or undefined. A paragraph ends at a blank line (blank
 * but for block quote marks), and a new one starts at a heading or at a
 * bullet item with text after its bullet (both interrupt a paragraph); any
 * other line is counted with the paragraph above it, as a lazy continuation
 * line is, so that the count never falls short of micromark's. Code is
 * counted as prose: a code block of a thousand marks with no blank line is
 * read as plain text too.
 */
export function markdownNesting(text: string): MarkdownNesting | undefined {
  let marks = 0;
  let blocks = 0;
  let afterBlank = true;
  let line = 1;
  let i = 0;
  while (i < text.length) {
    // The line's containers, and whether it opens a heading or a bullet item.
    let containers = 0;
    let opensBlock = false;
    let onlyQuotes = true;
    let j = i;
    for (;;) {
      let indent = 0;
      while (indent < 4 && isSpace(text.charCodeAt(j + indent))) indent++;
      if (indent === 4) break;
      const c = text[j + indent];
      const spaceAfter = isSpace(text.charCodeAt(j + indent + 1));
      if (c === '>') {
        j += indent + 1 + (spaceAfter ? 1 : 0);
      } else if ((c === '-' || c === '+' || c === '*') && spaceAfter) {
        j += indent + 2;
        opensBlock = true;
        onlyQuotes = false;
      } else {
        const ordered = /^\d{1,9}[.)][ \t]/.exec(text.slice(j + indent, j + indent + 12));
        if (!ordered) {
          if (/^#{1,6}(?:[ \t\r\n]|$)/.test(text.slice(j + indent, j + indent + 8))) opensBlock = true;
          break;
        }
        j += indent + ordered[0].length;
        onlyQuotes = false;
      }
      if (++containers > MAX_LINE_CONTAINERS) return { line, reason: `more than ${MAX_LINE_CONTAINERS} block quotes and list items opened on one line` };
    }
    // The marks of the whole line (a bullet `*` too: counting more than micromark is safe), and whether text follows the containers.
    let lineMarks = 0;
    let hasText = false;
    let end = i;
    for (; end < text.length; end++) {
      const code = text.charCodeAt(end);
      if (code === LF || code === CR) break;
      if (end >= j && !isSpace(code)) hasText = true;
      if (code === STAR || code === UNDERSCORE) {
        if (end === i || text.charCodeAt(end - 1) !== code) lineMarks++;
      } else if (code === OPEN_BRACKET || code === CLOSE_BRACKET) {
        lineMarks++;
      }
    }
    // A blank line, or one of block quote marks only, ends the paragraph; an empty item does not (it cannot interrupt one).
    if (!hasText && onlyQuotes) marks = 0;
    else marks = (opensBlock && hasText ? 0 : marks) + lineMarks;
    if (hasText && (afterBlank || opensBlock) && ++blocks > MAX_BLOCKS) return { line, reason: `more than ${MAX_BLOCKS} paragraphs, headings and list items` };
    afterBlank = !hasText && onlyQuotes;
    if (marks > MAX_PARAGRAPH_MARKS) return { line, reason: `more than ${MAX_PARAGRAPH_MARKS} emphasis and link marks in one paragraph` };
    // The line break: CR LF, CR or LF.
    i = end + (text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1);
    line++;
  }
  return undefined;
}

const isSpace = (code: number) => code === SPACE || code === TAB;
