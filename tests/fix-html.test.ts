// --fix in HTML and Markdown keeps the document's structure: after fixing a
// set of real-shaped pages (header, nav, footer, figure, aside, scripts,
// unclosed paragraphs, a table, Markdown with front matter, a quote, an
// image and a list), the fixed file parses to the tree of the original minus
// whole removed nodes, every removed node's text was inside a finding, and
// nothing that is not text (images, scripts, tables, the page's frame) is
// removed. Checked with the parsers directly, independently of the fixer.
import { readdirSync, readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lintArticles } from '../src/engine/workers.js';
import type { LintMessage, Rule } from '../src/types.js';

const PAGES = new URL('./fixtures/pages/', import.meta.url);
const CONFIG = { glossary: [], rules: new Map(), plugins: [], ignore: [], words: [] };

interface Node {
  type: string;
  tagName?: string;
  properties?: unknown;
  value?: string;
  depth?: number;
  ordered?: boolean;
  url?: string;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

function parse(path: string, text: string): Node {
  return (path.endsWith('.md') ? fromMarkdown(text) : fromHtml(text)) as unknown as Node;
}

/** Children that carry structure: white space between elements is layout. */
const significant = (node: Node) => (node.children ?? []).filter((c) => !(c.type === 'text' && !/\S/.test(c.value ?? '')));
/** Text compared on its ASCII letters and digits: a fix may shorten a text node or repair characters in it. */
const skeleton = (text: string) => text.replace(/[^A-Za-z0-9]/g, '');
const isSubsequence = (short: string, long: string) => {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
};

function sameNode(before: Node, after: Node): boolean {
  if (before.type !== after.type) return false;
  if (before.type === 'text') return isSubsequence(skeleton(after.value ?? ''), skeleton(before.value ?? ''));
  if (before.type !== 'text' && before.value !== undefined && before.value !== after.value) return false;
  return before.tagName === after.tagName && JSON.stringify(before.properties) === JSON.stringify(after.properties) && before.depth === after.depth && before.ordered === after.ordered && before.url === after.url;
}

/**
 * Match `after` into `before` as the same tree minus whole nodes (kept nodes
 * in order); returns the removed nodes of `before`, or undefined when
 * `after` is not such a tree.
 */
function removedNodes(before: Node, after: Node): Node[] | undefined {
  const removed: Node[] = [];
  const b = significant(before);
  const a = significant(after);
  let j = 0;
  for (const child of b) {
    if (j < a.length && sameNode(child, a[j]!)) {
      const inner = removedNodes(child, a[j]!);
      if (inner) {
        removed.push(...inner);
        j++;
        continue;
      }
    }
    removed.push(child);
  }
  return j === a.length ? removed : undefined;
}

const textSpans = (node: Node): [number, number][] =>
  node.type === 'text' && /\S/.test(node.value ?? '') ? [[node.position!.start.offset!, node.position!.end.offset!]] : (node.children ?? []).flatMap(textSpans);
const NEVER_REMOVED = /^(img|figure|script|style|table|html|head|body|template|noscript)$|^(image|code)$/;
const hasProtected = (node: Node): boolean => NEVER_REMOVED.test(node.tagName ?? node.type) || (node.children ?? []).some(hasProtected);

/** The text of `source` in [start, end) that lies outside every finding's span (white space aside). */
function outsideFindings(source: string, start: number, end: number, messages: readonly LintMessage[]): string {
  let outside = '';
  for (let i = start; i < end; i++) {
    if (!messages.some((m) => i >= Math.min(m.place.start.offset, m.fixRange?.start ?? Infinity) && i < Math.max(m.place.end.offset, m.fixRange?.end ?? -1))) outside += source[i];
  }
  return outside.trim();
}

async function fixed(path: string, text: string, rules: readonly Rule[] = builtinRules) {
  const [result] = await lintArticles([{ path, text }], { cwd: '.', rules, config: CONFIG, fix: true });
  return result!;
}

const pages = readdirSync(PAGES).sort();

describe('--fix on real-shaped HTML and Markdown pages', () => {
  it('has pages of both formats, and fixes something in each', () => {
    expect(pages.filter((p) => p.endsWith('.html')).length).toBeGreaterThanOrEqual(4);
    expect(pages.filter((p) => p.endsWith('.md')).length).toBeGreaterThanOrEqual(1);
  });

  it.each(pages)('%s: the fixed file parses to the same tree minus removed nodes, each removed node a finding', async (page) => {
    const source = readFileSync(new URL(page, PAGES), 'utf8');
    const result = await fixed(page, source);
    expect(result.output).toBeDefined();
    const removed = removedNodes(parse(page, source), parse(page, result.output!));
    expect(removed).toBeDefined();
    expect(removed!.length).toBeGreaterThan(0);
    for (const node of removed!) {
      expect(hasProtected(node)).toBe(false);
      for (const [start, end] of textSpans(node)) expect(outsideFindings(source, start, end, result.unfixedMessages!)).toBe('');
    }
  });

  it('a footer finding that runs from inside a paragraph past </article> removes whole paragraphs and the footer, and keeps </article>, the script, </body> and </html>', async () => {
    const source = readFileSync(new URL('news-page.html', PAGES), 'utf8');
    const output = (await fixed('news-page.html', source)).output!;
    expect(output).not.toMatch(/Follow us|All rights reserved|Contact us|<nav>/);
    expect(output).toMatch(/<\/p>\n<\/article>\n<\/main>\n<script>\/\/ CafÃ©: analytics\n[^\n]*<\/script>\n<\/body>\n<\/html>\n$/);
    expect(output).toContain('<style>.byline { color: #555 } /* CafÃ© font */</style>');
  });

  it('keeps a figure and its image, and the tags of an element it only partly empties', async () => {
    const source = readFileSync(new URL('figure-aside.html', PAGES), 'utf8');
    const output = (await fixed('figure-aside.html', source)).output!;
    expect(output).toContain('<img src="/img/flood.jpg" alt="A flooded street in Marlow">');
    expect(output).toContain('Officials said the damage');
    expect(output).toContain('<div class="share"><!-- share buttons --><script>share.init();</script></div>');
  });

  it('a table inside a furniture paragraph (quirks mode nests it) is kept', async () => {
    const source = readFileSync(new URL('unclosed.html', PAGES), 'utf8');
    const output = (await fixed('unclosed.html', source)).output!;
    expect(output).toContain('<table><tr><td>Enrolment</td><td>4,210</td></tr></table>');
    expect(output).not.toContain('Click here to subscribe');
  });

  it('Markdown: a furniture list and paragraph go as whole blocks, the final newline kept', async () => {
    const source = readFileSync(new URL('article.md', PAGES), 'utf8');
    const output = (await fixed('article.md', source)).output!;
    expect(output).toContain('![The bridge at dawn](bridge.jpg)');
    expect(output).not.toMatch(/Share on|Subscribe/);
    expect(output.endsWith('<!-- Follow us on Twitter -->\n')).toBe(true);
  });
});

describe('a fix that would break the markup is a suggestion', () => {
  /** A rule that offers a certain-looking fix over a span: here, one crossing tags. */
  const spanRule = (find: string, expected: string): Rule => ({
    meta: { id: 'span-fix', description: 'test', severity: 'warn', url: '', fixable: true },
    create(context) {
      const start = context.doc.text.indexOf(find);
      if (start >= 0) context.report({ message: 'x', start, end: start + find.length, expected: [expected] });
    },
  });
  const HTML = '<html><body><p>One paragraph ends here.</p><p>Another begins &amp; goes on.</p></body></html>\n';

  it.each([
    ['a replacement across two paragraphs', 'here.</p><p>Another', 'here. Another'],
    ['a replacement that inserts a tag', 'One', '<b>One</b>'],
    ['a replacement that inserts a character reference', 'One', 'One &amp;'],
    ['an edit that splits a character reference', 'begins &am', 'starts'],
  ])('%s: fixable false, expected kept as the suggestion, and --fix leaves the file alone', async (_name, find, expected) => {
    const result = await fixed('a.html', HTML, [spanRule(find, expected)]);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ fixable: false, expected: [expected] });
    expect(result.output).toBeUndefined();
  });

  it('the same rule in plain text, and a replacement inside one text node in HTML, stay fixes', async () => {
    expect((await fixed('a.txt', 'One paragraph.\n', [spanRule('One', 'A single')])).output).toBe('A single paragraph.\n');
    expect((await fixed('a.html', HTML, [spanRule('One', 'A single')])).output).toBe(HTML.replace('One', 'A single'));
  });

  it('a rule that declares no fixes offers suggestions only, whatever its report says', async () => {
    const rule: Rule = { meta: { id: 'suggests', description: 'test', severity: 'warn', url: '', fixable: false }, create: (c) => c.report({ message: 'x', start: 0, end: 3, expected: ['A'], fixable: true }) };
    const result = await fixed('a.txt', 'One paragraph.\n', [rule]);
    expect(result.messages[0]).toMatchObject({ fixable: false, expected: ['A'] });
    expect(result.output).toBeUndefined();
  });
});

describe('one decision about certainty, read by every consumer', () => {
  // Mojibake in an attribute is no text node: its repair would edit a tag, so it is a suggestion.
  const PAGE =
    '<!doctype html>\n<html><body>\n<p>The council met on Tuesday to discuss the new harbour plan.</p>\n<img src="c.jpg" alt="CafÃ© owners">\n<p>The cafÃ© on the quay reopened on Monday after a month of repairs.</p>\n<p>Owners said trade had been slow since the storm, but that bookings were up for the summer.</p>\n</body></html>\n';

  it('the report, the cache, --fix-dry-run and --fix agree: the attribute repair is a suggestion, the text repair a fix', async () => {
    const { cli, parseJson, tempTree } = await import('./helpers.js');
    const root = tempTree({ 'a.html': PAGE });
    const fixables = (run: Awaited<ReturnType<typeof cli>>) => parseJson(run)[0]!.messages.map((m) => [m.line, (m as { fixable?: boolean }).fixable]);
    const first = await cli(['--cache', '--format', 'json', 'a.html'], { cwd: root });
    const cached = await cli(['--cache', '--format', 'json', 'a.html'], { cwd: root });
    expect(fixables(first)).toEqual([
      [4, false],
      [5, true],
    ]);
    expect(fixables(cached)).toEqual(fixables(first));
    const dry = await cli(['--fix-dry-run', 'a.html'], { cwd: root });
    expect(dry.stdout).toContain('-<p>The cafÃ© on the quay');
    expect(dry.stdout).not.toContain('+<img');
    await cli(['--fix', 'a.html'], { cwd: root });
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(`${root}/a.html`, 'utf8')).toBe(PAGE.replace('The cafÃ© on', 'The café on'));
  });
});
