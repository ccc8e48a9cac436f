import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, widenLineDeletion } from '../src/fix/fix.js';

/** Delete the whole line holding `needle` the way --fix does. */
function deleteLine(source: string, needle: string): string {
  const start = source.indexOf(needle);
  const edit = widenLineDeletion(source, { start, end: start + needle.length, text: '' });
  return applyEdits(source, [edit]).output;
}

describe('deleting whole lines', () => {
  it.each([
    ['a line between lines', 'A\nCOPY\nB\n', 'A\nB\n'],
    ['a paragraph between blank lines keeps one separator', 'A\n\nCOPY\n\nB\n', 'A\n\nB\n'],
    ['the last paragraph, with a final newline', 'A\n\nB\n\nCOPY\n', 'A\n\nB\n'],
    ['the last line without a final newline', 'A\nB\nCOPY', 'A\nB'],
    ['the last paragraph without a final newline', 'A\n\nCOPY', 'A'],
    ['the first line, followed by a blank line', 'COPY\n\nA\n', 'A\n'],
    ['CRLF line endings', 'A\r\n\r\nCOPY\r\n\r\nB\r\n', 'A\r\n\r\nB\r\n'],
    ['a lone CR line ending', 'A\rCOPY\rB', 'A\rB'],
  ])('%s', (_name, source, expected) => {
    expect(deleteLine(source, 'COPY')).toBe(expected);
  });

  it('leaves a deletion inside a line as it is', () => {
    expect(widenLineDeletion('A COPY B', { start: 2, end: 6, text: '' })).toEqual({ start: 2, end: 6, text: '' });
  });

  it('widens a deletion as reading its whole line would, on any text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab \t\u00a0\n\r]{0,24}$/), fc.nat(), fc.nat(), (source, x, y) => {
        const [start, end] = [x % (source.length + 1), y % (source.length + 1)].sort((a, b) => a - b) as [number, number];
        expect(widenLineDeletion(source, { start, end, text: '' })).toEqual(widenByWholeLines(source, { start, end, text: '' }));
      }),
      { numRuns: 3000 },
    );
  });

  it('costs no more than the line for thousands of deletions in one long line', () => {
    // Each deletion read its whole line: 25,000 of them in a 100 K-character line took over 5 s.
    const source = 'the '.repeat(25_000);
    const started = performance.now();
    for (let start = 4; start < source.length; start += 4) widenLineDeletion(source, { start, end: start + 4, text: '' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

/** The definition: read the deletion's line whole (the linear scans must agree with it). */
function widenByWholeLines(source: string, edit: { start: number; end: number; text: string }) {
  const isBreak = (c: string | undefined) => c === '\n' || c === '\r';
  const lastBreak = (i: number) => { while (i > 0 && !isBreak(source[i - 1])) i--; return i; };
  const nextBreak = (i: number) => { while (i < source.length && !isBreak(source[i])) i++; return i; };
  const breakLength = (i: number) => (source[i] === '\r' && source[i + 1] === '\n' ? 2 : isBreak(source[i]) ? 1 : 0);
  const blankAt = (offset: number) => {
    const lineEnd = nextBreak(offset);
    return source.slice(offset, lineEnd).trim() !== '' || lineEnd >= source.length ? 0 : lineEnd - offset + breakLength(lineEnd);
  };
  const blankBefore = (offset: number) => {
    let breakAt = offset - 1;
    if (source[breakAt] === '\n' && source[breakAt - 1] === '\r') breakAt--;
    const lineStart = lastBreak(breakAt);
    return source.slice(lineStart, breakAt).trim() === '' ? offset - lineStart : 0;
  };
  let start = lastBreak(edit.start);
  let end = nextBreak(edit.end);
  if (source.slice(start, edit.start).trim() !== '' || source.slice(edit.end, end).trim() !== '') return edit;
  if (end < source.length) {
    end += breakLength(end);
    const before = start === 0 ? -1 : blankBefore(start);
    const after = blankAt(end);
    if (before !== 0 && after > 0) end += after;
    else if (before > 0 && end >= source.length) start -= before;
  } else {
    while (start > 0 && isBreak(source[start - 1])) start--;
  }
  return { start, end, text: '' };
}

describe('applying edits', () => {
  it('skips an edit that overlaps an earlier one and keeps everything else', () => {
    const { output, applied } = applyEdits('abcdef', [
      { start: 1, end: 3, text: 'X' },
      { start: 2, end: 4, text: 'Y' },
      { start: 5, end: 6, text: '' },
    ]);
    expect(output).toBe('aXde');
    expect(applied).toBe(2);
  });
});
