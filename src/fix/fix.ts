// Applying fixes. A fix replaces one span with `expected[0]`. Fixes never
// overlap (the earlier wins; the rest wait for the next pass), and deleting
// whole lines also removes the line break and the blank line they leave, so
// that nothing outside a finding's span is ever lost. In HTML and Markdown a
// fix keeps the document's structure: it edits text inside one text node, or
// removes whole elements and blocks (snapped out to their tags), so the fixed
// file parses to the same tree minus the removed nodes; a fix that cannot be
// made so is no fix (the engine reports it as a suggestion).
import { markupTree, type MarkupNode } from '../parse/document.js';
import type { ArticleFormat, LintMessage } from '../types.js';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** The markup structure fixes must keep, or undefined for plain text (see markupTree). */
export function fixTree(source: string, format: ArticleFormat): MarkupNode | null | undefined {
  if (format === 'text') return undefined;
  // null: markup the parser could not read, where no fix is certain.
  return markupTree(source, format) ?? null;
}

/**
 * The edit `--fix` makes for a message, or undefined when it has none. With
 * the markup `tree` of an HTML or Markdown source, the edit keeps its
 * structure, or there is none.
 */
export function editOf(message: LintMessage, source: string, tree?: MarkupNode | null): TextEdit | undefined {
  if (!message.fixable || !message.expected || message.expected.length === 0) return undefined;
  const range = message.fixRange ?? { start: message.place.start.offset, end: message.place.end.offset };
  const edit = { start: range.start, end: range.end, text: message.expected[0]! };
  if (tree === null) return undefined;
  if (tree) {
    try {
      return structuredEdit(source, edit, tree);
    } catch (error) {
      // Markup nested deeper than the stack: no fix there is certain.
      if (error instanceof RangeError) return undefined;
      throw error;
    }
  }
  return edit.text === '' ? widenLineDeletion(source, edit) : edit;
}

/** A piece of a structured edit: a span removed or replaced. */
interface Piece {
  start: number;
  end: number;
  text: string;
}

/**
 * The edit as one that keeps the markup: a replacement inside one text node
 * (of text that is not markup), or a deletion made of whole elements and
 * parts of text nodes, with the tags of the elements it only partly covers
 * kept; undefined when it cannot be made so.
 */
function structuredEdit(source: string, edit: TextEdit, tree: MarkupNode): TextEdit | undefined {
  if (edit.end < edit.start) return undefined;
  if (edit.text !== '') {
    if (/\S/.test(edit.text)) {
      const node = textNodeHolding(tree, edit.start, edit.end);
      return node && !splitsReference(source, node, edit) && isPlainText(edit.text, source, edit.start) ? edit : undefined;
    }
    // White space for whole markup (a leaked tag between two words): the tag goes, the text stays.
    const pieces = removals(source, tree, edit);
    return pieces?.length === 1 && pieces[0]!.whole && pieces[0]!.start === edit.start && pieces[0]!.end === edit.end ? edit : undefined;
  }
  const pieces = removals(source, tree, edit);
  if (!pieces || pieces.length === 0) return undefined;
  // Pieces with only white space between them go as one; whole lines take their line break.
  const joined: TextEdit[] = [];
  for (const piece of pieces) {
    const last = joined.at(-1);
    if (last && source.slice(last.end, piece.start).trim() === '') last.end = piece.end;
    else joined.push({ start: piece.start, end: piece.end, text: '' });
  }
  const merged: TextEdit[] = [];
  for (const piece of joined.map((p) => widenLineDeletion(source, p))) {
    const last = merged.at(-1);
    if (last && piece.start <= last.end) last.end = Math.max(last.end, piece.end);
    else merged.push({ ...piece });
  }
  if (merged.length === 1) return merged[0]!;
  // The tags between the pieces stay: one edit that keeps them.
  let kept = '';
  for (let i = 1; i < merged.length; i++) kept += source.slice(merged[i - 1]!.end, merged[i]!.start);
  return { start: merged[0]!.start, end: merged.at(-1)!.end, text: kept };
}

/** The deepest text node that holds [start, end) (an empty span included). */
function textNodeHolding(node: MarkupNode, start: number, end: number): MarkupNode | undefined {
  for (let i = firstEndingAfter(node.children, start - 1); i < node.children.length; i++) {
    const child = node.children[i]!;
    if (child.start > start) break;
    if (child.end < end) continue;
    if (child.kind === 'text') return child;
    if (child.kind === 'element' || child.kind === 'root') {
      const found = textNodeHolding(child, start, end);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * What a deletion of [start, end) removes: whole elements whose text it
 * covers (tags and all, unless they hold embedded content or frame the
 * page), whole markup inside it, and the covered text of text nodes it
 * partly covers. Undefined when an edge falls inside a character reference.
 */
function removals(source: string, tree: MarkupNode, edit: TextEdit): (Piece & { whole: boolean })[] | undefined {
  const pieces: (Piece & { whole: boolean })[] = [];
  const visit = (node: MarkupNode): boolean => {
    for (let i = firstEndingAfter(node.children, edit.start); i < node.children.length; i++) {
      const child = node.children[i]!;
      if (child.start >= edit.end) break;
      if (child.end <= edit.start) continue;
      if (child.kind === 'text') {
        if (child.textStart < 0) continue;
        const from = Math.max(edit.start, child.start);
        const to = Math.min(edit.end, child.end);
        if (source.slice(from, to).trim() === '') continue;
        if (from <= child.textStart && to >= child.textEnd) pieces.push({ start: child.start, end: child.end, text: '', whole: true });
        else if (splitsReference(source, child, { start: from, end: to, text: '' })) return false;
        else pieces.push({ start: from, end: to, text: '', whole: false });
      } else if (child.kind === 'element') {
        // An element with no text goes whole when the deletion holds all of it (`<p>` closed at once by the `<div>` after it).
        const covered = child.textStart >= 0 ? child.textStart >= edit.start && child.textEnd <= edit.end : child.start >= edit.start && child.end <= edit.end;
        if (covered && !child.embedded && !child.frame && !child.unclosedComment) pieces.push({ start: child.start, end: elementEnd(source, child), text: '', whole: true });
        else if (!visit(child)) return false;
      } else if (child.kind === 'markup' && !child.bound && child.start >= edit.start && child.end <= edit.end) {
        pieces.push({ start: child.start, end: child.end, text: '', whole: true });
      }
    }
    return true;
  };
  return visit(tree) ? pieces : undefined;
}

/** Where an element's source ends: an element with no end tag (closed by what follows, or by the file's end) leaves the white space after its content, a line break the file ends with included, to the line. */
function elementEnd(source: string, node: MarkupNode): number {
  const text = source.slice(node.start, node.end);
  return text.endsWith('>') ? node.end : node.start + text.trimEnd().length;
}

/** Index of the first of `nodes` (sorted by start, not overlapping) that ends after `offset`. */
function firstEndingAfter(nodes: readonly MarkupNode[], offset: number): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (nodes[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A character reference or escape in a text node's source (`&amp;`, `\\*`). */
const REFERENCE = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});|\\[!-\/:-@[-`{-~]/g;

/** Whether an edge of the edit falls inside a reference or escape of the text node. */
function splitsReference(source: string, node: MarkupNode, edit: TextEdit): boolean {
  const text = source.slice(node.start, node.end);
  if (!text.includes('&') && !text.includes('\\')) return false;
  for (const match of text.matchAll(REFERENCE)) {
    const start = node.start + match.index;
    const end = start + match[0].length;
    if ((edit.start > start && edit.start < end) || (edit.end > start && edit.end < end)) return true;
  }
  return false;
}

/** Replacement text that no HTML or Markdown parser reads as markup where it goes. */
function isPlainText(text: string, source: string, at: number): boolean {
  if (/[<>&\\`*_[\]!|~]/.test(text)) return false;
  // At the start of a line a few more characters open a block.
  const lineStart = at === 0 || source[at - 1] === '\n' || source[at - 1] === '\r';
  return !(lineStart && /^(?:[#=+-]|\d+[.)])/.test(text));
}

/**
 * When a deletion covers whole lines, take the line break with it, and one
 * blank line if the deletion would leave two blank lines (or a blank end).
 */
export function widenLineDeletion(source: string, edit: TextEdit): TextEdit {
  // Only white space may stand between the deletion and its line's ends; the scans stop at the first other
  // character, so many deletions in one long line cost no more than the line.
  let start = edit.start;
  while (start > 0 && isBlank(source[start - 1]!)) start--;
  if (start > 0 && !isBreak(source[start - 1]!)) return edit;
  let end = edit.end;
  while (end < source.length && isBlank(source[end]!)) end++;
  if (end < source.length && !isBreak(source[end]!)) return edit;
  if (end < source.length) {
    end += breakLength(source, end);
    const before = start === 0 ? -1 : blankBefore(source, start);
    const after = blankAt(source, end);
    // A blank line (or the file's start) before and a blank line after: keep one separator, not two.
    if (before !== 0 && after > 0) end += after;
    // A blank line left at the very end of the file: drop it.
    else if (before > 0 && end >= source.length) start -= before;
  } else {
    // The last line, with no line break after it: take the breaks before it.
    while (start > 0 && (source[start - 1] === '\n' || source[start - 1] === '\r')) start--;
  }
  return { start, end, text: '' };
}

function isBreak(character: string): boolean {
  return character === '\n' || character === '\r';
}

/** White space within a line (what String.prototype.trim removes, less line breaks). */
function isBlank(character: string): boolean {
  return !isBreak(character) && /\s/.test(character);
}

function breakLength(source: string, offset: number): number {
  if (source[offset] === '\r' && source[offset + 1] === '\n') return 2;
  return source[offset] === '\n' || source[offset] === '\r' ? 1 : 0;
}

/** Length of a blank line (whitespace + break) starting at `offset`, or 0. */
function blankAt(source: string, offset: number): number {
  let end = offset;
  while (end < source.length && isBlank(source[end]!)) end++;
  if (end >= source.length || !isBreak(source[end]!)) return 0;
  return end - offset + breakLength(source, end);
}

/** Length of the blank line that ends just before `offset` (a line start), or 0. */
function blankBefore(source: string, offset: number): number {
  let breakAt = offset - 1;
  if (source[breakAt] === '\n' && source[breakAt - 1] === '\r') breakAt--;
  let start = breakAt;
  while (start > 0 && isBlank(source[start - 1]!)) start--;
  return start > 0 && !isBreak(source[start - 1]!) ? 0 : offset - start;
}

/** Apply the non-overlapping edits; returns the new text and how many were applied. */
export function applyEdits(source: string, edits: readonly TextEdit[]): { output: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let output = '';
  let cursor = 0;
  let applied = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > source.length) continue;
    output += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
    applied++;
  }
  return { output: output + source.slice(cursor), applied };
}

/** Apply the messages' fixes to `source`, a file of `format` (its markup kept, see editOf); `tree` is fixTree(source, format) when the caller has it. */
export function applyFixes(
  source: string,
  messages: readonly LintMessage[],
  format: ArticleFormat = 'text',
  tree = messages.some((m) => m.fixable) ? fixTree(source, format) : undefined,
): { output: string; applied: number } {
  const edits = messages.map((m) => editOf(m, source, tree)).filter((e): e is TextEdit => e !== undefined);
  return applyEdits(source, dedupe(edits));
}

/** Several rules may propose the same edit; keep one. */
function dedupe(edits: TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const key = `${e.start}:${e.end}:${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
