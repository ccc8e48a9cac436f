#!/usr/bin/env node
// Builds a labelled boilerplate set, in the layout of ../shared/bench/real/extraction, from Mozilla
// Readability's test pages (test/test-pages/<id>/source.html, and expected.html: the article as
// Readability extracts it; MIT/Apache-2.0), read with `git show` from a clone of mozilla/readability
// (bare or not; its HEAD):
//
//   node scripts/bench/readability-set.mjs --repo PATH/TO/readability --out /tmp/rd-set [--half 0-7|8-f]
//   node ../shared/bench/real/score-real.mjs --cmd "node dist/bin/cli.js" --dir /tmp/rd-set
//
// Two "tools" stand for extractors that keep too much: `page`, every line of text in source.html's
// <body> (what a naive extractor keeps: only script, style, noscript, template and svg are dropped;
// block elements end lines), and `container`, the same for the page's main content element only (its
// longest <article>, <main> or role=main element; pages with neither are left out of that tool), which
// keeps the furniture inside the article's element. gold/<id>.txt is the title, a blank line, and the
// lines of expected.html. Every non-empty line of a tool's text is one span of labels.json:
//   content   its normalised text (NFKC, lower case, word characters only) occurs in expected.html's, or
//             a line of 8+ words has >= 60 % of its word bigrams there (kind `body`); a line of one to
//             three words must be a whole expected line or a part of one at most three words longer, as
//             a short word run occurs in any long text (`Share`, `Home`, `News`); or it is the page's
//             title, byline or excerpt as expected-metadata.json gives them (kind `title`, `byline`,
//             `dek`);
//   unsure    a line with no word characters, or only a date;
//   furniture everything else (kind `auto`: not read by eye).
// Pages are split into halves by the first hex digit of their id's SHA-1 (0-7, 8-f): ids.json lists them,
// and --half writes one half only, to tune on one and score the other.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { commandOptions, find, halfOf, linesOf, paragraphs, spansOf, words } from './html-lines.mjs';

const { repo, out, half: only } = commandOptions({ repo: { type: 'string' }, out: { type: 'string' } }, ['repo', 'out'], 'node scripts/bench/readability-set.mjs --repo PATH --out DIR [--half 0-7|8-f]');

const git = (...rest) => execFileSync('git', ['-C', repo, ...rest], { encoding: 'utf8', maxBuffer: 1 << 28 });
const PAGES = 'test/test-pages/';

const textLength = (node) => linesOf(node).join(' ').length;

function containerOf(body) {
  const candidates = find(body, (n) => n.tagName === 'article' || n.tagName === 'main' || n.properties?.role === 'main');
  return candidates.length ? candidates.reduce((a, b) => (textLength(b) > textLength(a) ? b : a)) : undefined;
}

// ------------------------------------------------------------------ labels
const bigrams = (ws) => ws.slice(1).map((w, i) => `${ws[i]} ${w}`);
const DATE_ONLY =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,4}[-./]\d{1,2}[-./]\d{1,4}|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{4})(?:\s*[,|·•-]?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$/i;

function labeller(expectedLines, metadata) {
  const expectedWords = expectedLines.map(words);
  const whole = ` ${expectedWords.map((ws) => ws.join(' ')).join(' ')} `;
  const pairs = new Set(expectedWords.flatMap(bigrams));
  const meta = Object.entries({ title: metadata.title, byline: metadata.byline, dek: metadata.excerpt })
    .filter(([, v]) => typeof v === 'string' && words(v).length)
    .map(([kind, v]) => [kind, words(v).join(' ')]);
  return (line) => {
    const ws = words(line);
    if (!ws.length || DATE_ONLY.test(line)) return { label: 'unsure' };
    const text = ws.join(' ');
    const inside = ws.length < 4
      ? expectedWords.some((e) => e.length <= ws.length + 3 && ` ${e.join(' ')} `.includes(` ${text} `))
      : whole.includes(` ${text} `) || (ws.length >= 8 && bigrams(ws).filter((b) => pairs.has(b)).length >= 0.6 * (ws.length - 1));
    if (inside) return { label: 'content', kind: 'body' };
    const own = meta.find(([, v]) => v === text || (ws.length >= 4 && v.includes(text)) || (text.includes(v) && ws.length <= words(v).length + 12));
    return own ? { label: 'content', kind: own[0] } : { label: 'furniture', kind: 'auto' };
  };
}

// ------------------------------------------------------------------ the set
const ids = [...new Set(git('ls-tree', '-d', '--name-only', 'HEAD', PAGES).split('\n').filter(Boolean).map((p) => p.slice(PAGES.length)))]
  .filter((id) => only === undefined || halfOf(id) === only)
  .sort();
for (const d of ['gold', 'articles/page', 'articles/container']) mkdirSync(join(out, d), { recursive: true });
const labels = {};
const halves = { '0-7': [], '8-f': [] };

for (const id of ids) {
  const read = (name) => git('show', `HEAD:${PAGES}${id}/${name}`);
  let metadata = {};
  try {
    metadata = JSON.parse(read('expected-metadata.json'));
  } catch {
    // a page without metadata has no title to put above its gold lines
  }
  const source = fromHtml(read('source.html'));
  const expected = linesOf(fromHtml(read('expected.html')));
  const title = typeof metadata.title === 'string' ? metadata.title.trim() : '';
  writeFileSync(join(out, 'gold', `${id}.txt`), paragraphs(title ? [title, ...expected] : expected));
  const label = labeller(expected, metadata);
  const body = find(source, (n) => n.tagName === 'body')[0] ?? source;
  const container = containerOf(body);
  for (const [tool, node] of [['page', body], ['container', container]]) {
    const lines = node ? linesOf(node) : [];
    if (!lines.length) continue;
    const spans = spansOf(lines, label);
    writeFileSync(join(out, 'articles', tool, `${id}.txt`), paragraphs(lines));
    labels[`${tool}/${id}.txt`] = spans;
  }
  halves[halfOf(id)].push(id);
}
writeFileSync(join(out, 'labels.json'), `${JSON.stringify(labels)}\n`);
writeFileSync(join(out, 'ids.json'), `${JSON.stringify(halves, null, 1)}\n`);
const count = (tool, l) => Object.entries(labels).filter(([k]) => k.startsWith(`${tool}/`)).flatMap(([, s]) => s).filter((s) => s.label === l).length;
for (const tool of ['page', 'container'])
  console.log(`${tool}: ${Object.keys(labels).filter((k) => k.startsWith(`${tool}/`)).length} pages, ${count(tool, 'content')} content, ${count(tool, 'furniture')} furniture, ${count(tool, 'unsure')} unsure lines`);
console.log(`halves: 0-7 ${halves['0-7'].length} pages, 8-f ${halves['8-f'].length}`);
