import { beforeAll, describe, expect, it } from 'vitest';
import { loadFormat, markupTree, type MarkupNode, parseArticle } from '../src/parse/document.js';

beforeAll(() => Promise.all([loadFormat('markdown'), loadFormat('html')]));

describe('plain text', () => {
  it('reads one paragraph per line, blank lines separating too, and finds the title line', () => {
    const doc = parseArticle('a.txt', 'A Title Line\nFirst paragraph. Two sentences.\n\nSecond paragraph.');
    expect(doc.blocks.map((b) => [b.kind, b.text, b.start])).toEqual([
      ['heading', 'A Title Line', 0],
      ['paragraph', 'First paragraph. Two sentences.', 13],
      ['paragraph', 'Second paragraph.', 46],
    ]);
    expect(doc.sentences.map((s) => s.text)).toEqual(['A Title Line', 'First paragraph.', 'Two sentences.', 'Second paragraph.']);
  });

  it('keeps abbreviations inside one sentence', () => {
    const doc = parseArticle('a.txt', 'Gov. Smith met U.S. officials on Feb. 3 in Washington. Then he left.');
    expect(doc.sentences.map((s) => s.text)).toEqual(['Gov. Smith met U.S. officials on Feb. 3 in Washington.', 'Then he left.']);
  });

  it('gives words with offsets, sentence starts and quotation state', () => {
    const text = 'He said: “Isba’s plan works.” Then Isba left.';
    const doc = parseArticle('a.txt', text);
    const isba = doc.words.filter((w) => w.text.startsWith('Isba'));
    expect(isba.map((w) => [w.text, w.start, w.quoted, text.slice(w.start, w.end)])).toEqual([
      ['Isba’s', 10, true, 'Isba’s'],
      ['Isba', 35, false, 'Isba'],
    ]);
    expect(doc.words.filter((w) => w.sentenceStart).map((w) => w.text)).toEqual(['He', 'Then']);
  });

  it('maps offsets to points across CRLF and astral characters', () => {
    const doc = parseArticle('a.txt', 'A 😀 b\r\nsecond line');
    expect(doc.pointAt(5)).toEqual({ line: 1, column: 6, offset: 5 });
    expect(doc.pointAt(8)).toEqual({ line: 2, column: 1, offset: 8 });
    expect(doc.words.at(-1)).toMatchObject({ text: 'line', start: 15 });
  });
});

describe('front matter', () => {
  it('is read as YAML, is not prose, and keeps offsets', () => {
    const text = '---\ndate: 2025-02-07\ntitle: Hello\n---\nBody text here.\n';
    const doc = parseArticle('a.md', text);
    expect(doc.frontMatter).toEqual({ date: '2025-02-07', title: 'Hello' });
    expect(doc.blocks.map((b) => b.text)).toEqual(['Body text here.']);
    expect(doc.blocks[0]!.start).toBe(text.indexOf('Body'));
  });
});

describe('markdown', () => {
  it('keeps headings and paragraphs with original positions, and skips code', () => {
    const text = '# The Title\n\nSome *emphasis* here.\n\n```\ncode block text\n```\n\nLast [link](http://x.org) para.\n';
    const doc = parseArticle('a.md', text);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'The Title'],
      ['paragraph', 'Some *emphasis* here.'],
      ['paragraph', 'Last [link](http://x.org) para.'],
    ]);
    expect(doc.words.map((w) => w.text)).not.toContain('code');
    const emphasis = doc.words.find((w) => w.text === 'emphasis')!;
    expect(text.slice(emphasis.start, emphasis.end)).toBe('emphasis');
  });
});

describe('html', () => {
  // Character references (`&amp;`) shift positions inside their own text node:
  // hast-util-to-nlcst counts decoded characters. Documented in the README.
  it('reads paragraphs from elements with original positions', () => {
    const text = '<html><body><h1>Title here</h1><p>First and only para.</p><script>var x = 1;</script></body></html>';
    const doc = parseArticle('a.html', text);
    expect(doc.words.map((w) => w.text)).toEqual(['Title', 'here', 'First', 'and', 'only', 'para']);
    const para = doc.words.find((w) => w.text === 'para')!;
    expect(text.slice(para.start, para.end)).toBe('para');
  });
});

describe('markup tree', () => {
  /** The source of each node marked as holding a comment with no end, outermost first. */
  const marked = (text: string, node: MarkupNode): string[] => [
    ...(node.unclosedComment && node.kind !== 'root' ? [text.slice(node.start, node.end)] : []),
    ...node.children.flatMap((child) => marked(text, child)),
  ];

  it('marks a comment with no end and every element around it, not a closed comment nor the elements beside it', () => {
    const text = '<p>one<!-- ok --></p>\n<div><p><b>two<!-- no end</p></div>\n<p>three</p>\n';
    const tree = markupTree(text, 'html')!;
    expect(tree.unclosedComment).toBe(true);
    expect(marked(text, tree).map((source) => source.slice(0, 12))).toEqual(['<div><p><b>t', '<p><b>two<!-', '<b>two<!-- n', '<!-- no end<']);
    expect(markupTree('<p>one<!-- ok --></p>\n<p>two</p>\n', 'html')!.unclosedComment).toBeUndefined();
  });

  it('marks a Markdown container whose comment has no end though the container ends before the file does', () => {
    const text = '> <!-- no end\n\nAfter the quote.\n';
    expect(marked(text, markupTree(text, 'markdown')!)).toEqual(['> <!-- no end', '<!-- no end']);
  });
});
