// What is not article text in HTML and Markdown (`<script>`, `<style>`,
// `<noscript>`, `<template>`, comments) is never linted, and everything else
// keeps its place.
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lintArticles } from '../src/engine/workers.js';
import { loadFormat, parseArticle } from '../src/parse/document.js';

beforeAll(() => Promise.all([loadFormat('markdown'), loadFormat('html')]));

const CONFIG = { glossary: [], rules: new Map(), plugins: [], ignore: [], words: [] };
const lint = async (path: string, text: string) => (await lintArticles([{ path, text }], { cwd: '.', rules: builtinRules, config: CONFIG }))[0]!.messages;

const HTML = `<!doctype html>
<html>
<head><title>Council votes</title>
<style>/* Ã© */ .subscribe::after { content: "Subscribe to our newsletter" }</style>
<script>// Ã© in a comment
var prompt = "Follow us on Twitter and Facebook for the latest news. Subscribe to our newsletter.";</script>
</head>
<body>
<!-- Ã© Follow us on Twitter. All rights reserved. -->
<article>
<h1>Council votes to expand bus service</h1>
<p>The city council voted on Tuesday to expand bus service to the northern suburbs.</p>
<noscript><p>Subscribe to our newsletter. Follow us on Twitter and Facebook.</p></noscript>
<template><p>All rights reserved. Copyright 2024 The Daily Example.</p></template>
<p>The plan adds four routes and costs $12 million a year.</p>
</article>
</body>
</html>
`;

const HIDDEN = ['<style>', '<script>', '<!--', '<noscript>', '<template>'].map((open) => {
  const start = HTML.indexOf(open);
  const close = { '<style>': '</style>', '<script>': '</script>', '<!--': '-->', '<noscript>': '</noscript>', '<template>': '</template>' }[open]!;
  return [start, HTML.indexOf(close, start) + close.length] as const;
});

describe('HTML: scripts, styles, noscript, templates and comments', () => {
  it('are not linted: no mojibake in a JS or CSS comment, no furniture in JavaScript, a noscript or a template', async () => {
    expect(await lint('a.html', HTML)).toEqual([]);
  });

  it('are not in the views, and every other block and word keeps its offsets', () => {
    const doc = parseArticle('a.html', HTML);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Council votes to expand bus service',
      'The city council voted on Tuesday to expand bus service to the northern suburbs.',
      'The plan adds four routes and costs $12 million a year.',
    ]);
    for (const block of doc.blocks) expect(HTML.slice(block.start, block.end)).toBe(block.text);
    const million = doc.words.find((w) => w.text === 'million')!;
    expect(million.start).toBe(HTML.indexOf('million'));
    for (const word of doc.words) expect(HIDDEN.some(([s, e]) => word.start >= s && word.start < e)).toBe(false);
  });

  it('are blanked in articleText, which keeps the length and the line breaks', () => {
    const doc = parseArticle('a.html', HTML);
    expect(doc.articleText).toHaveLength(HTML.length);
    expect(doc.articleText.replace(/[^\n]/g, '')).toBe(HTML.replace(/[^\n]/g, ''));
    for (const [start, end] of HIDDEN) expect(doc.articleText.slice(start, end).trim()).toBe('');
    expect(doc.articleText.slice(HIDDEN.at(-1)![1])).toBe(HTML.slice(HIDDEN.at(-1)![1]));
  });

  it('mojibake and furniture in article text next to them are still found, at their places', async () => {
    const text = HTML.replace('northern suburbs.', 'northern suburbs. CafÃ© owners cheered.');
    const messages = await lint('a.html', text);
    expect(messages.map((m) => [m.ruleId, m.place.start.offset])).toEqual([['stray-markup', text.indexOf('CafÃ©') + 3]]);
  });

  it('the white space around </body> and </html> is not read as words', () => {
    const doc = parseArticle('a.html', '<p>One short paragraph here.</p>\n</body>\n</html>\n');
    expect(doc.words.map((w) => w.text)).toEqual(['One', 'short', 'paragraph', 'here']);
  });
});

describe('Markdown: raw HTML comments and scripts', () => {
  const MD = '# Title\n\nSome text here. <!-- a comment Ã© here --> More text.\n\n<script>\nvar a = "Ã© Subscribe to our newsletter";\n</script>\n\n<!--\nFollow us on Twitter. Ã©\n-->\n\nLast paragraph.\n';

  it('are not linted, and are blanked in articleText', async () => {
    expect(await lint('a.md', MD)).toEqual([]);
    const doc = parseArticle('a.md', MD);
    expect(doc.articleText).toHaveLength(MD.length);
    expect(doc.articleText).not.toMatch(/Ã|script|Follow/);
    expect(doc.articleText).toContain('Some text here.');
  });
});
