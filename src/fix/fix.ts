// Applying fixes. A fix replaces one span with `expected[0]`. Fixes never
// overlap (the earlier wins; the rest wait for the next pass), and deleting
// whole lines also removes the line break and the blank line they leave, so
// that nothing outside a finding's span is ever lost.
import type { LintMessage } from '../types.js';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** The edit `--fix` makes for a message, or undefined when it has none. */
export function editOf(message: LintMessage, source: string): TextEdit | undefined {
  if (!message.fixable || !message.expected || message.expected.length === 0) return undefined;
  const range = message.fixRange ?? { start: message.place.start.offset, end: message.place.end.offset };
  const edit = { start: range.start, end: range.end, text: message.expected[0]! };
  return edit.text === '' ? widenLineDeletion(source, edit) : edit;
}

/**
 * When a deletion covers whole lines, take the line break with it, and one
 * blank line if the deletion would leave two blank lines (or a blank end).
 */
export function widenLineDeletion(source: string, edit: TextEdit): TextEdit {
  let start = lastBreak(source, edit.start);
  let end = nextBreak(source, edit.end);
  if (source.slice(start, edit.start).trim() !== '' || source.slice(edit.end, end).trim() !== '') return edit;
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

function lastBreak(source: string, offset: number): number {
  let i = offset;
  while (i > 0 && source[i - 1] !== '\n' && source[i - 1] !== '\r') i--;
  return i;
}

function nextBreak(source: string, offset: number): number {
  let i = offset;
  while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
  return i;
}

function breakLength(source: string, offset: number): number {
  if (source[offset] === '\r' && source[offset + 1] === '\n') return 2;
  return source[offset] === '\n' || source[offset] === '\r' ? 1 : 0;
}

/** Length of a blank line (whitespace + break) starting at `offset`, or 0. */
function blankAt(source: string, offset: number): number {
  const end = nextBreak(source, offset);
  if (source.slice(offset, end).trim() !== '' || end >= source.length) return 0;
  return end - offset + breakLength(source, end);
}

/** Length of the blank line that ends just before `offset` (a line start), or 0. */
function blankBefore(source: string, offset: number): number {
  let breakAt = offset - 1;
  if (source[breakAt] === '\n' && source[breakAt - 1] === '\r') breakAt--;
  const start = lastBreak(source, breakAt);
  return source.slice(start, breakAt).trim() === '' ? offset - start : 0;
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

export function applyFixes(source: string, messages: readonly LintMessage[]): { output: string; applied: number } {
  const edits = messages.map((m) => editOf(m, source)).filter((e): e is TextEdit => e !== undefined);
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
