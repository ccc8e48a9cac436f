// Linear time on large articles, checked by what the parsers are given rather
// than by the clock: a large article is parsed in pieces no bigger than its
// largest line (plain text) or top-level block (Markdown), so the work per
// piece does not grow with the file and the total is linear. Positions stay
// in the file's coordinates.
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Sizes of the texts each parser call received. */
const calls = { english: [] as number[], mdastToNlcst: [] as number[] };

vi.mock('parse-english', async (original) => {
  const real = await original<typeof import('parse-english')>();
  class CountingParseEnglish extends real.ParseEnglish {
    override parse(value?: string | null) {
      calls.english.push(value?.length ?? 0);
      return super.parse(value);
    }
  }
  return { ...real, ParseEnglish: CountingParseEnglish };
});

vi.mock('mdast-util-to-nlcst', async (original) => {
  const real = await original<typeof import('mdast-util-to-nlcst')>();
  return {
    ...real,
    toNlcst: (...args: Parameters<typeof real.toNlcst>) => {
      calls.mdastToNlcst.push(String(args[1]).length);
      return real.toNlcst(...args);
    },
  };
});

const { loadFormat, parseArticle } = await import('../src/parse/document.js');
await loadFormat('markdown');

const paragraph = (i: number) => `Paragraph ${i} tells how the council met on day ${i}. It heard ${i * 3} residents speak.`;
const article = (paragraphs: number) => Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('\n\n') + '\n';

beforeEach(() => {
  calls.english = [];
  calls.mdastToNlcst = [];
});

describe('large articles are parsed in pieces', () => {
  it('plain text: one parse per line, none larger than the longest line, at 1x and 8x the size', () => {
    for (const paragraphs of [200, 1600]) {
      calls.english = [];
      // An accented letter: the scanner (tokenizer.ts) declines such lines, and parse-english reads them.
      const text = article(paragraphs).replaceAll('council', 'café council');
      const doc = parseArticle('big.txt', text);
      expect(doc.blocks).toHaveLength(paragraphs);
      expect(calls.english).toHaveLength(paragraphs);
      expect(Math.max(...calls.english)).toBe(Math.max(...text.split('\n').map((line) => line.length)));
    }
  });

  it('plain text the scanner reads is not given to parse-english', () => {
    const doc = parseArticle('big.txt', article(200));
    expect(doc.words).toHaveLength(200 * 15);
    expect(calls.english).toEqual([]);
  });

  it('Markdown: one conversion per top-level block, none larger than the largest block, at 1x and 8x the size', () => {
    for (const paragraphs of [200, 1600]) {
      calls.mdastToNlcst = [];
      const text = '# Title\n\n' + article(paragraphs) + '\n- one item\n- two items\n';
      const doc = parseArticle('big.md', text);
      expect(doc.blocks.length).toBe(paragraphs + 3);
      expect(calls.mdastToNlcst).toHaveLength(paragraphs + 2); // the title, each paragraph, the list
      expect(Math.max(...calls.mdastToNlcst)).toBeLessThanOrEqual(paragraph(paragraphs).length);
    }
  });

  it('keeps every position in the original coordinates', () => {
    const text = '---\ndate: 2025-01-02\n---\n# Title\n\n' + article(50) + '\n> Quoted *words* here.\n';
    const doc = parseArticle('big.md', text);
    for (const word of doc.words) {
      expect(text.slice(word.start, word.end)).toBe(word.text);
      const point = doc.pointAt(word.start);
      expect(text.split('\n')[point.line - 1]!.slice(point.column - 1)).toMatch(new RegExp(`^${word.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
    const visit = (node: { position?: { start: { offset?: number; line: number; column: number } }; children?: unknown[] }) => {
      if (node.position) expect(doc.pointAt(node.position.start.offset!)).toEqual(node.position.start);
      for (const child of node.children ?? []) visit(child as typeof node);
    };
    visit(doc.tree);
    expect(doc.blocks.map((b) => b.kind).slice(0, 2)).toEqual(['heading', 'paragraph']);
    expect(doc.blocks.at(-1)!.text).toBe('Quoted *words* here.');
  });
});
