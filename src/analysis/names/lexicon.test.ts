import { describe, expect, it } from 'vitest';
import { isCalendarName, knownWordTest, looksDamaged, NameShape, otherLanguageWords, WordParts } from './lexicon.js';
import { loadFormat, parseArticle } from '../../parse/document.js';
import { buildGlossary } from '../../config/glossary.js';

describe('looksDamaged', () => {
  it('reads a capital inside a word, or letters no name has, as damage', () => {
    expect(looksDamaged('MOrrtain')).toBe(true);
    expect(looksDamaged('Tliomas')).toBe(true);
    expect(looksDamaged('Thomas')).toBe(false);
  });

  it('keeps the capital after a surname prefix', () => {
    for (const name of ["M'Kenzie", "M'Namara", 'McLeod', 'MacCallum', "O'Brien", 'DeLisle']) expect(looksDamaged(name), name).toBe(false);
    // The prefix is no licence for damage after it.
    expect(looksDamaged("M'KctwIe")).toBe(true);
  });
});

describe('isCalendarName', () => {
  it('knows months and days, and their plurals, which are no one’s name', () => {
    for (const word of ['october', 'monday', 'mondays', 'may']) expect(isCalendarName(word), word).toBe(true);
    for (const word of ['george', 'sydney', 'maya']) expect(isCalendarName(word), word).toBe(false);
  });
});

describe('WordParts', () => {
  const text = 'Fumio Kishida\u2019s well-known Make-up_Kim said Mr. Ray\'s U.S. plan. The Forge';

  it('splits compounds and cuts possessives and a trailing dot, each part placed in the text', () => {
    const doc = parseArticle('a.txt', text);
    const parts = new WordParts(doc);
    const read = Array.from({ length: parts.length }, (_, i) => parts.at(i));
    expect(read.map((p) => p.text)).toEqual(['Fumio', 'Kishida', 'well', 'known', 'Make', 'up', 'Kim', 'said', 'Mr', 'Ray', 'U.S', 'plan', 'The', 'Forge']);
    for (const part of read) expect(text.slice(part.start, part.end)).toBe(part.text.replace(/\u2019/g, "'"));
    expect(read.map((p) => doc.wordTable.text(p.word))).toContain('Make-up_Kim');
    const { none, commonWord, name } = NameShape;
    expect(Array.from(parts.nameShapes)).toEqual([name, name, none, none, commonWord, none, name, none, none, commonWord, none, none, commonWord, commonWord]);
    expect(parts.areAdjacentNames(doc, 0, 1)).toBe(true);
    expect(parts.areAdjacentNames(doc, 1, 2)).toBe(false);
  });

  // A long article holds its parts as long as its document: a part that is its whole word holds no string, offset or word number of its own.
  it('holds a whole-word part as its word, and only the parts of split words in lists of their own', () => {
    const doc = parseArticle('a.txt', text);
    const parts = new WordParts(doc);
    const whole = Array.from({ length: parts.length }, (_, i) => i).filter((i) => parts.text(i) === doc.wordTable.text(parts.word(i)));
    expect(whole.map((i) => parts.text(i))).toEqual(['Fumio', 'said', 'plan', 'The', 'Forge']);
    for (const i of whole) expect(parts.start(i)).toBe(doc.wordTable.start(parts.word(i)));
    const long = parseArticle('b.txt', `${'The council met on Monday and agreed the plan. '.repeat(300)}Ann Lee-Ray said so.`);
    const longParts = new WordParts(long);
    expect(longParts.length).toBe(2705);
    const columns = Object.values(longParts).filter((value) => ArrayBuffer.isView(value)) as Uint8Array[];
    expect(columns.map((column) => column.length).sort((a, b) => b - a)).toEqual([2705, 2, 2, 2]);
    // Read out of order, as in order.
    const words = Array.from({ length: longParts.length }, (_, i) => longParts.word(i));
    for (const i of [2704, 0, 2703, 5, 2702, 2701]) expect(longParts.word(i)).toBe(words[i]);
    expect([2701, 2702, 2703, 2704].map((i) => longParts.text(i))).toEqual(['Lee', 'Ray', 'said', 'so']);
  });
});

describe('otherLanguageWords', () => {
  const known = knownWordTest(buildGlossary({}))(new Set());
  const italian = (link: (words: string) => string) =>
    `Il festival ha ${link('aperto venerdì')} con una ${link('grande folla')}, e gli ${link('organizzatori')} sono molto ${link('contenti')} del risultato.`;

  it('reads a paragraph of Markdown or HTML in another language as such: the tags and marks beside its words are markup, no OCR marks', async () => {
    await loadFormat('html');
    await loadFormat('markdown');
    const html = parseArticle('article.html', `<p>The festival opened on Friday with music from three bands and a crowd of thousands in the main square.</p>\n<p>${italian((words) => `<a href="/x">${words}</a>`)}</p>\n`);
    const markdown = parseArticle('article.md', `The festival opened on Friday with music from three bands and a crowd of thousands in the main square.\n\n${italian((words) => `**${words}**`)}\n`);
    for (const doc of [html, markdown]) {
      const other = otherLanguageWords(doc, known);
      const words = doc.wordTable;
      const italianWords = Array.from({ length: words.length }, (_, i) => i).filter((i) => words.start(i) > doc.text.indexOf('Il festival'));
      expect(italianWords.every((i) => other.has(i)), doc.path).toBe(true);
      expect(other.has(0), doc.path).toBe(false);
    }
  });

  it("still reads damaged English as English when the marks are the OCR's, in plain text", () => {
    const doc = parseArticle('ocr.txt', 'Tho meeting wns held at tho hall; Mr. Smith «aid tha t tho ll5 accounts were passed, and tho «hare» fell.\n');
    expect(otherLanguageWords(doc, known).size).toBe(0);
  });
});
