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
});

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
