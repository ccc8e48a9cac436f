// Markdown that micromark parses in super-linear time (thousands of emphasis
// or link marks in one paragraph, dozens of containers opened on one line) is
// found by a linear scan (src/parse/markdown-nesting.ts) and read as plain
// text, with one info notice; positions stay exact, and real Markdown (a
// paragraph of a hundred links, a table, nested lists) is parsed as before.
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lintArticles } from '../src/engine/workers.js';
import { loadFormat, markupTree, parseArticle } from '../src/parse/document.js';
import { markdownNesting, MAX_BLOCKS, MAX_LINE_CONTAINERS, MAX_PARAGRAPH_MARKS } from '../src/parse/markdown-nesting.js';
import { EMPTY_CONFIG, pathologicalInput } from './fuzz-harness.mjs';

await loadFormat('markdown');

/** The shapes, at a size the old parse took from 3 s to minutes over (the guarded parse takes milliseconds). */
const SHAPES = [
  'emphasis openers of two kinds (*a **b)',
  'emphasis inside words (a*a*)',
  'emphasis openers, then closers',
  'nested link text ([a[a]])',
  'nested block quotes with spaces (> > >)',
  'nested list items on one line (- - -)',
  'emphasis over lines joined by empty items',
];

describe('Markdown nested past what the parser reads in linear time', () => {
  for (const shape of SHAPES) {
    it(`${shape}: parsed as plain text within a generous bound, its views and fix tree included`, () => {
      const input = pathologicalInput(shape, 'md', 30_000);
      const started = performance.now();
      const doc = parseArticle(input.path, input.text);
      void doc.words;
      void doc.articleText;
      expect(markupTree(input.text, 'markdown')).toBeUndefined();
      // The old parse took 3 s (a*a*) to over a minute (- - -) at this size on an idle machine.
      expect(performance.now() - started).toBeLessThan(2_500);
      expect(markdownNesting(input.text)).toBeDefined();
    });
  }

  it('keeps positions exact and gives one info notice at the line that decided, once across both passes of a run', async () => {
    const dense = '*a **b _c '.repeat(400);
    const text = `# Budget night\n\nThe council met.\n\n${dense}\n\nThe the vote passed.\n`;
    const doc = parseArticle('a.md', text);
    const the = doc.words.filter((w) => w.text === 'the' || w.text === 'The').at(-1)!;
    expect(text.slice(the.start, the.end)).toBe('the');
    expect(the.start).toBe(text.lastIndexOf('the vote'));
    const [result] = await lintArticles([{ path: 'a.md', text }, { path: 'b.md', text: 'Another file.\n' }], { cwd: '.', rules: builtinRules, config: EMPTY_CONFIG, date: '2025-02-07' });
    const notices = result!.messages.filter((m) => m.ruleId === 'read-as-plain-text');
    expect(result!.messages.filter((m) => m.ruleId === 'internal-error')).toEqual([]);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ severity: 'info', fatal: null, line: 5, column: 1 });
    expect(notices[0]!.reason).toBe(
      `this file was read as plain text: its Markdown has more than ${MAX_PARAGRAPH_MARKS} emphasis and link marks in one paragraph, which no article has and which would cost the Markdown parser minutes or gigabytes`,
    );
    const doubled = result!.messages.find((m) => m.ruleId === 'repeated-word')!;
    expect(doubled.place.start.offset).toBe(text.indexOf('The the') + 4);
    // Read as plain text, the file has no markup tree: no fix is certain.
    expect(doubled.fixable).toBe(false);
  });

  it('counts a paragraph across lines that do not end it (lazy lines, empty items) and stops at blank lines, headings and bullet items', () => {
    const line = '*a **b _c __d [e ]f\n'; // 6 marks: a run of one character counts once
    const lines = (n: number) => line.repeat(n);
    const over = Math.floor(MAX_PARAGRAPH_MARKS / 6) + 1;
    expect(markdownNesting(lines(over))?.line).toBe(over);
    expect(markdownNesting(lines(over - 1))).toBeUndefined();
    // An empty item or a lone bullet cannot interrupt a paragraph: the count goes on.
    expect(markdownNesting(lines(over).replace(/\n/g, '\n2. \n'))).toBeDefined();
    expect(markdownNesting(lines(over).replace(/\n/g, '\n* \n'))).toBeDefined();
    // Blank lines (or block quote marks only), headings and bullet items with text start a new paragraph.
    expect(markdownNesting(lines(over).replace(/\n/g, '\n\n'))).toBeUndefined();
    expect(markdownNesting(lines(over).replace(/\n/g, '\n>\n'))).toBeUndefined();
    expect(markdownNesting(lines(over).replace(/\n/g, '\n## Part\n'))).toBeUndefined();
    expect(markdownNesting(lines(over).replace(/\n/g, '\n- item\n'))).toBeUndefined();
    expect(markdownNesting(lines(over).replace(/\r?\n/g, '\r\n'))?.line).toBe(over);
  });

  it('counts paragraphs, headings and list items: tens of thousands of tiny paragraphs are read as plain text, in linear time and memory', () => {
    expect(markdownNesting('a\n\n'.repeat(MAX_BLOCKS))).toBeUndefined();
    expect(markdownNesting('a\n\n'.repeat(MAX_BLOCKS + 1))).toEqual({ line: 2 * MAX_BLOCKS + 1, reason: `more than ${MAX_BLOCKS} paragraphs, headings and list items` });
    // Lines of one paragraph and items of one list line by line count as one block each only when they start one.
    expect(markdownNesting('word\n'.repeat(3 * MAX_BLOCKS))).toBeUndefined();
    expect(markdownNesting('- item\n'.repeat(MAX_BLOCKS + 1))).toBeDefined();
    // micromark took 6 s and 1.9 GB for 133,334 of them (400 KB); read as plain text they take well under a second.
    const text = 'a\n\n'.repeat(133_334);
    const started = performance.now();
    const doc = parseArticle('tiny.md', text);
    expect(doc.blocks).toHaveLength(133_334);
    expect(doc.blocks.at(-1)).toMatchObject({ start: text.length - 3, end: text.length - 2 });
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('counts containers opened on one line, not nesting built over many lines', () => {
    expect(markdownNesting(`${'> '.repeat(MAX_LINE_CONTAINERS)}word\n`)).toBeUndefined();
    expect(markdownNesting(`Intro\n\n${'> - 1. '.repeat(MAX_LINE_CONTAINERS)}word\n`)).toEqual({ line: 3, reason: `more than ${MAX_LINE_CONTAINERS} block quotes and list items opened on one line` });
    const indented = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
    expect(markdownNesting(indented)).toBeUndefined();
  });

  it('leaves real Markdown to the parser: a paragraph of a hundred links, a table with emphasis, front matter', () => {
    const links = Array.from({ length: 100 }, (_, i) => `[source ${i}](https://example.com/${i}) and **note ${i}**`).join(', ');
    const table = ['| **Team** | _Points_ |', '|---|---|', ...Array.from({ length: 80 }, (_, i) => `| [Team ${i}](/t/${i}) | **${i}** |`)].join('\n');
    const text = `---\ntitle: Results\n---\n# Results\n\n${links}.\n\n${table}\n`;
    expect(markdownNesting(text)).toBeUndefined();
    expect(markupTree(text, 'markdown')).toBeDefined();
    const doc = parseArticle('a.md', text);
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', text: 'Results' });
  });
});
