import { describe, expect, it } from 'vitest';
import { loadFormat, parseArticle } from './document.js';
import { WordTable } from './word-table.js';

await loadFormat('markdown');
await loadFormat('html');

const ARTICLE = 'Ishiba Meets Trump\n\nPrime Minister Shigeru Ishiba said “it’s a new era” on Friday. Trump agreed.\n\nThe the talks went on.\n';

describe('WordTable', () => {
  it('holds each word of a real article with its place, sentence and flags', () => {
    const doc = parseArticle('a.txt', ARTICLE);
    const words = doc.wordTable;
    expect(words.length).toBe(21);
    const said = 7;
    expect(words.text(said)).toBe('said');
    expect(words.start(said)).toBe(ARTICLE.indexOf('said'));
    expect(words.end(said)).toBe(ARTICLE.indexOf('said') + 4);
    expect(words.sentence(said)).toBe(1);
    const its = 8;
    expect(words.text(its)).toBe('it’s');
    expect([words.quoted(its), words.spaced(its), words.sentenceStart(its)]).toEqual([true, false, false]);
    const trump = 14;
    expect([words.text(trump), words.start(trump), words.sentenceStart(trump), words.quoted(trump)]).toEqual(['Trump', ARTICLE.indexOf('Trump agreed'), true, false]);
    expect(words.sentence(trump)).toBe(2);
    // Every word's text is the article's characters at its place.
    for (let i = 0; i < words.length; i++) expect(ARTICLE.slice(words.start(i), words.end(i))).toBe(words.text(i));
  });

  it('gives equal texts one form, whatever their case elsewhere', () => {
    const doc = parseArticle('a.txt', ARTICLE);
    const words = doc.wordTable;
    const the = [];
    for (let i = 0; i < words.length; i++) if (words.text(i).toLowerCase() === 'the') the.push(i);
    expect(the.map((i) => words.text(i))).toEqual(['The', 'the']);
    expect(words.form(the[0]!)).not.toBe(words.form(the[1]!));
    const trumps = [];
    for (let i = 0; i < words.length; i++) if (words.text(i) === 'Trump') trumps.push(words.form(i));
    expect(trumps).toHaveLength(2);
    expect(trumps[0]).toBe(trumps[1]);
  });

  it('makes the same Word objects as doc.words, in slices and as JSON', () => {
    const doc = parseArticle('a.md', '# Title\n\nA *short* paragraph, “quoted words” here.\n\n<p>Some <b>HTML</b>.</p>\n', 'markdown');
    const objects = doc.words;
    expect(doc.wordTable.slice()).toEqual(objects);
    expect(doc.wordTable.slice(2, 4)).toEqual(objects.slice(2, 4));
    expect(doc.wordTable.at(3)).toEqual(objects[3]);
    expect(JSON.stringify(doc.wordTable)).toBe(JSON.stringify(objects));
    expect(objects.find((word) => word.text === 'quoted')).toMatchObject({ quoted: true, sentenceStart: false });
    // Made once: the same array on every read.
    expect(doc.words).toBe(objects);
  });

  it('places a word in markup at the characters it is read from (an entity as written)', () => {
    const html = '<p>Shares of AT&amp;T rose, said Jos&eacute; Ruiz today.</p>\n';
    const doc = parseArticle('a.html', html, 'html');
    const words = doc.wordTable;
    expect(words.length).toBeGreaterThan(6);
    for (let i = 0; i < words.length; i++) expect(html.slice(words.start(i), words.end(i))).toBe(words.text(i));
    expect(words.slice().map((w) => [w.start, w.end])).toEqual(doc.words.map((w) => [w.start, w.end]));
  });

  it('grows past its first room and trims to its words', () => {
    const forms = ['alpha', 'beta'];
    const table = new WordTable(forms, 16);
    for (let i = 0; i < 1000; i++) table.add(i % 2, 6 * i, i >> 3, i % 8 === 0, i % 3 === 0, i % 8 !== 0);
    table.trim();
    expect(table.length).toBe(1000);
    // Trimmed to its words exactly, as it lives as long as its document: three columns, no end column (an end is its start plus its text's length), and its 125 sentences' runs.
    expect(
      Object.values(table)
        .filter((value) => ArrayBuffer.isView(value))
        .map((column) => (column as Int32Array).length)
        .sort((a, b) => a - b),
    ).toEqual([125, 125, 1000, 1000, 1000]);
    expect(table.at(999)).toEqual({ text: 'beta', start: 5994, end: 5998, sentence: 124, sentenceStart: false, quoted: true, spaced: true });
    expect(table.at(8)).toEqual({ text: 'alpha', start: 48, end: 53, sentence: 1, sentenceStart: true, quoted: false, spaced: false });
    expect(table.slice(998)).toHaveLength(2);
  });

  it('numbers forms in 16 bits up to the 65,536th form, then in 32, keeping every word read before', () => {
    const forms = Array.from({ length: 70_000 }, (_, i) => `w${i}`);
    const table = new WordTable(forms, 16);
    const shortColumns = () => Object.values(table).filter((value) => value instanceof Uint16Array).length;
    const added: number[] = [];
    const add = (form: number) => {
      table.add(form, 3 * added.length, 0, added.length === 0, false, true);
      added.push(form);
    };
    // Forms 0 to 65,535, the largest a 16-bit column holds.
    for (let form = 0; form < 65_536; form++) add(form);
    expect(shortColumns()).toBe(1);
    add(65_536);
    expect(shortColumns()).toBe(0);
    for (const form of [69_999, 3, 65_535, 0]) add(form);
    table.trim();
    expect(table.length).toBe(added.length);
    for (let i = 0; i < added.length; i++) {
      expect(table.form(i)).toBe(added[i]);
      expect(table.text(i)).toBe(forms[added[i]!]);
    }
    // An article with fewer forms keeps the 16-bit column through its trim.
    const small = new WordTable(forms, 16);
    for (let i = 0; i < 100; i++) small.add(65_535 - i, 3 * i, 0, i === 0, false, true);
    small.trim();
    expect(Object.values(small).filter((value) => value instanceof Uint16Array)).toHaveLength(1);
    expect(small.text(99)).toBe('w65436');
  });

  it("gives each word its sentence in any order of reading, past sentences without words", () => {
    const table = new WordTable(['w'], 16);
    // Sentences 0 (3 words), 2 (1 word: sentence 1 has none), 3 (5 words), 7 (2 words).
    const sentences = [0, 0, 0, 2, 3, 3, 3, 3, 3, 7, 7];
    sentences.forEach((sentence, i) => table.add(0, 2 * i, sentence, i === 0 || sentences[i - 1] !== sentence, false, false));
    table.trim();
    const order = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 3, 9, 0, 8, 4, 2, 6, 1, 5, 7];
    expect(order.map((i) => table.sentence(i))).toEqual(order.map((i) => sentences[i]));
  });
});
