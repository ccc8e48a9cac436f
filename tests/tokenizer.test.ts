import { readdirSync, readFileSync } from 'node:fs';
import { ParseEnglish } from 'parse-english';
import { describe, expect, it } from 'vitest';
import { parseArticle, plainTextLines, readTree, ViewsBuilder } from '../src/parse/document.js';
import { NON_ASCII_PUNCTUATION, readLine } from '../src/parse/tokenizer.js';
// @ts-expect-error: a script without types
import { compareLine, generatedLine, seededRandom, TRICKY_LINES } from '../scripts/check-tokenizer.mjs';

const modules = { ViewsBuilder, readTree, readLine, ParseEnglish };

/** Lines whose readings differ, with the difference. */
function differing(lines: string[]): string[] {
  return lines.flatMap((line) => {
    const result = compareLine(line, modules);
    return result === 'same' || result === 'declined' ? [] : [`${JSON.stringify(line)}: ${result}`];
  });
}

const seedLines = readdirSync('seeds')
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => plainTextLines(readFileSync(`seeds/${name}`, 'utf8')).map((line) => line.text));

describe('the plain-text scanner', () => {
  it('reads every line of the seeds as parse-english does', () => {
    expect(seedLines.length).toBeGreaterThan(50);
    expect(seedLines.filter((line) => compareLine(line, modules) === 'declined')).toEqual([]);
    expect(differing(seedLines)).toEqual([]);
  });

  it('reads written and generated tricky lines as parse-english does', () => {
    const random = seededRandom(1);
    // The last line has more tokens than the scanner keeps node objects for.
    const lines = [...TRICKY_LINES, ...Array.from({ length: 3000 }, () => generatedLine(random)), 'Mr. Smith said “it’s 3.5 times” more. Then he left. '.repeat(1500)];
    expect(differing(lines)).toEqual([]);
  });

  it('classes each character it reads as parse-latin does, in every pairing', () => {
    const alphabet = ['\t', ...Array.from({ length: 0x5f }, (_, index) => String.fromCharCode(0x20 + index)), ...NON_ASCII_PUNCTUATION];
    const lines = alphabet.flatMap((character) => [`a${character}b`, `Ab ${character}${character} cd.`, `${character}`, `x.${character} Y`, `o${character} the`]);
    for (const first of alphabet) for (const second of alphabet) lines.push(`Go${first}${second}on. Now`);
    expect(lines.filter((line) => line.trim() && compareLine(line, modules) === 'declined')).toEqual([]);
    expect(differing(lines)).toEqual([]);
  });

  it('declines lines with other characters, which parse-english reads', () => {
    for (const line of ['Emoji 😀 here.', 'Café.', 'Arabic العربية.', 'Non\u00A0breaking.', 'Tab\u000Bvertical.', 'Zero\u200Bwidth.']) {
      expect(readLine(line, 0, new ViewsBuilder(line, undefined))).toBe(false);
    }
  });

  it('gives the views in the file’s offsets, next to lines it declines', () => {
    const text = '---\ntitle: X\n---\nA Title Line\r\nMr. Smith said “it’s 3.5 times” more. Then he left.\r\n\r\n  Emoji 😀 line. Two sentences.  \nU.S. officials met. rock \'n\' roll w/ km/h.\n';
    const doc = parseArticle('a.txt', text);
    const expected = new ViewsBuilder(text, undefined);
    for (const line of plainTextLines(text, doc.bodyStart)) readTree(expected, new ParseEnglish().parse(line.text).children, line.start);
    expect(doc.blocks).toEqual(expected.blocks);
    expect(doc.sentences).toEqual(expected.sentences);
    expect(doc.words).toEqual(expected.words.slice());
    expect(JSON.stringify(doc.wordTable)).toBe(JSON.stringify(doc.words));
    expect(doc.words.find((word) => word.text === 'it’s')).toMatchObject({ start: text.indexOf('it’s'), quoted: true, spaced: false });
    expect(doc.sentences.map((sentence) => sentence.text)).toEqual([
      'A Title Line',
      'Mr. Smith said “it’s 3.5 times” more.',
      'Then he left.',
      'Emoji 😀 line.',
      'Two sentences.',
      'U.S. officials met. rock \'n\' roll w/ km/h.',
    ]);
  });
});
