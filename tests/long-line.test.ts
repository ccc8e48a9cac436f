import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, plainTextLines, ViewsBuilder } from '../src/parse/document.js';
import { LONG_LINE_CHARS, pieceStarts } from '../src/parse/long-line.js';
import { readLine } from '../src/parse/tokenizer.js';

/** The views of `line` read whole by the scanner, as parse-english would give them. */
function wholeReading(line: string): ViewsBuilder {
  const views = new ViewsBuilder(line, undefined);
  expect(readLine(line, 0, views)).toBe(true);
  return views;
}

// The seeds' prose on one line, as a scraper that drops line breaks gives it.
const seedProse = readdirSync('seeds')
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => plainTextLines(readFileSync(`seeds/${name}`, 'utf8')).map((line) => line.text.trim()))
  .filter((text) => /^[\x20-\x7e\u2018\u2019\u201c\u201d\u2013\u2014\u2026]+$/.test(text))
  .join(' ');

describe('a long plain-text line', () => {
  it('is read in pieces that give the sentences and the one paragraph of a whole read', () => {
    const line = (seedProse + ' ').repeat(Math.ceil(40_000 / seedProse.length)).trimEnd();
    expect(pieceStarts(line).length).toBeGreaterThan(4);
    const doc = parseArticle('one-line.txt', line);
    const whole = wholeReading(line);
    expect(doc.blocks.map(({ start, end }) => [start, end])).toEqual(whole.blocks.map(({ start, end }) => [start, end]));
    expect(doc.sentences.length).toBe(whole.sentences.length);
    expect(JSON.stringify(doc.sentences)).toBe(JSON.stringify(whole.sentences));
    expect(JSON.stringify(doc.words)).toBe(JSON.stringify(whole.words));
  });

  it('of thousands of abbreviation merges (1. 1. 1.) parses in linear time, one paragraph with exact places', () => {
    // Whole, 150 K characters took over 15 s: each merge moved the rest of the line.
    const line = 'Items: ' + '1. '.repeat(50_000) + 'end';
    const started = performance.now();
    const doc = parseArticle('numbers.txt', line);
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0]).toMatchObject({ start: 0, end: line.length });
    expect(performance.now() - started).toBeLessThan(4_000);
    for (const word of doc.words.slice(0, 50)) expect(line.slice(word.start, word.end)).toMatch(/^(Items|1\.?|end)$/);
    expect(doc.words.at(-1)).toMatchObject({ start: line.length - 3, end: line.length });
  });

  it('of punctuation with no white space (.,;:!?) parses in linear time, one paragraph', () => {
    // Whole, 200 K characters took 3.7 s and 400 K over 14 s: each sentence of marks alone moved the rest of the line.
    const line = '.,;:!?'.repeat(60_000);
    const started = performance.now();
    const doc = parseArticle('marks.txt', line);
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0]).toMatchObject({ start: 0, end: line.length });
    expect(performance.now() - started).toBeLessThan(4_000);
    // Cut after a terminal mark, never inside a run of one mark or a word.
    expect(pieceStarts(line).every((start) => '.!?'.includes(line[start - 1]!) && !'.!?'.includes(line[start]!))).toBe(true);
    const words = 'U.S.A.,e.g.,1.5.,'.repeat(1_000);
    for (const start of pieceStarts(words)) expect(/[\p{L}\p{N}]/u.test(words[start]!)).toBe(false);
  });

  it('of marks and words with neither white space nor terminal marks (&amp;&amp;) parses in linear time, its words whole', () => {
    // Whole, 400 K characters took over 5 s: each `&` joined to its word moved the rest of the line.
    const line = '&amp;'.repeat(80_000);
    const started = performance.now();
    const doc = parseArticle('entities.txt', line);
    expect(doc.blocks).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(doc.words).toHaveLength(80_000);
    expect(doc.words.every((word) => word.text === '&amp')).toBe(true);
  });

  it('of one token the tokenizer would join a merge at a time (a URL of a/b/a/b) parses in linear time, cut only between a mark and a letter', () => {
    // Whole, 100/200/400 K characters took 0.25/0.97/3.8 s: each `a/b` joined moved the rest of the line.
    const line = 'https://example.com/' + 'a/b'.repeat(200_000);
    const started = performance.now();
    const doc = parseArticle('url.txt', line);
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0]).toMatchObject({ start: 0, end: line.length });
    expect(performance.now() - started).toBeLessThan(4_000);
    const starts = pieceStarts(line);
    expect(starts.length).toBeGreaterThan(20);
    for (const start of starts) expect([line[start - 1], line[start]]).toEqual(['/', expect.stringMatching(/^[ab]$/)]);
    // Words with no terminal mark for 16 K characters are cut after white space, never inside a word.
    const words = 'word '.repeat(5_000) + 'end.';
    expect(pieceStarts(words).length).toBeGreaterThan(0);
    for (const start of pieceStarts(words)) expect([words[start - 1], words[start]]).toEqual([' ', 'w']);
  });

  it('of one terminal mark repeated (.....) parses in linear time, one word-free paragraph', () => {
    // Whole, 50 K characters took 10 s: the terminal-mark cut was retried from each mark of the run.
    for (const mark of ['.', '!', '?']) {
      const line = mark.repeat(200_000);
      const started = performance.now();
      const doc = parseArticle('marks.txt', line);
      expect(doc.blocks).toHaveLength(1);
      expect(doc.words).toHaveLength(0);
      expect(performance.now() - started).toBeLessThan(4_000);
    }
  });

  it('up to the limit is read whole', () => {
    expect(pieceStarts('Officials said talks would resume. '.repeat(LONG_LINE_CHARS / 35))).toEqual([]);
  });
});
