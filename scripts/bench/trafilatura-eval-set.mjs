#!/usr/bin/env node
// Builds a labelled boilerplate set, in the layout of ../shared/bench/real/extraction, from a real
// extractor's output on the pages of trafilatura's evaluation (adbar/trafilatura, Apache-2.0:
// tests/evaldata.json, and the pages it names in tests/eval/ or tests/cache/; the page texts belong to
// their publishers), read with `git show` from a clone of adbar/trafilatura (bare or not; its HEAD). The
// extractor (--extractor) is Mozilla Readability (`readability`, the default: @mozilla/readability on a
// jsdom document) or Defuddle (`defuddle`: the defuddle package's Node API, defuddle/node, on a jsdom
// document, given the page's URL from evaldata.json and useAsync: false, so that it never asks a third
// party's API for a page's text), installed outside the project and found with --modules:
//
//   (mkdir DEPS && cd DEPS && npm init -y && npm i @mozilla/readability@0.6.0 jsdom@27.4.0)
//   node scripts/bench/trafilatura-eval-set.mjs --repo PATH/TO/trafilatura --modules DEPS --out /tmp/tr-set [--half 0-7|8-f] [--with-page]
//   node ../shared/bench/real/score-real.mjs --cmd "node dist/bin/cli.js" --dir /tmp/tr-set --jobs 2
//
//   (mkdir DDEPS && cd DDEPS && npm init -y && npm i defuddle@0.19.4 jsdom@27.4.0)
//   node scripts/bench/trafilatura-eval-set.mjs --repo PATH/TO/trafilatura --modules DDEPS --extractor defuddle --out /tmp/tr-defuddle
//
// Tools: the extractor's name (`readability` or `defuddle`), the lines (block elements end lines, as in
// readability-set.mjs, the same code for either extractor) of the article HTML it extracts from the page
// (pages where it finds none are left out); with --with-page also `page`, every line of the page's <body>
// as readability-set.mjs's `page` tool.
// Labels come from evaldata.json, where trafilatura's authors gave each page a few snippets of its
// article text (`with`) and of its furniture (`without`). Snippets and lines are compared normalised
// (NFKC, lower case, word characters only); a snippet of three words or more may start or end inside a
// word (many are cut mid-word: `itreisen und neue Perspektiven`). Every non-empty line is one span:
//   content   (kind `body`) the line contains a `with` snippet;
//   furniture (kind `snippet`) the line contains a `without` snippet and no `with` snippet;
//   unsure    any other line: not scored.
// Left out of the `without` snippets (listed in left-out.json with why): a page's date alone (`31. Mai`,
// `2:54pm`) and its title (the snippet is the whole title, its first two words or more, or half its words
// or more, as evaldata.json gives it, else <title> or og:title less a site's name after `|` or `-`):
// trafilatura keeps both out of the text it extracts, so its authors listed them, but they belong to the
// article, not its page's furniture.
// gold/<id>.txt is the page's `with` snippets, one a paragraph: an extractor's text is not clean, so this
// set is not one to measure findings on clean text by. Pages are split into halves by the first hex
// digit of their id's SHA-1 (0-7, 8-f): ids.json lists them, and --half writes one half only.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { commandOptions, find, halfOf, linesOf, paragraphs, spansOf, words } from './html-lines.mjs';

const {
  repo,
  modules,
  out,
  half: only,
  'with-page': withPage = false,
  extractor = 'readability',
} = commandOptions(
  { repo: { type: 'string' }, modules: { type: 'string' }, out: { type: 'string' }, 'with-page': { type: 'boolean' }, extractor: { type: 'string', choices: ['readability', 'defuddle'] } },
  ['repo', 'modules', 'out'],
  'node scripts/bench/trafilatura-eval-set.mjs --repo PATH --modules DIR --out DIR [--extractor readability|defuddle] [--half 0-7|8-f] [--with-page]',
);
const required = createRequire(join(resolve(modules), 'package.json'));
const { JSDOM, VirtualConsole } = required('jsdom');

// the extractor: the article HTML it finds in a page's document (which it may take apart), or nothing
async function extractorOf(name) {
  if (name === 'readability') {
    const { Readability } = required('@mozilla/readability');
    return (document) => new Readability(document).parse()?.content;
  }
  // defuddle/node is an ES export only (no `require` condition): imported by the file its exports map names
  const pkg = join(resolve(modules), 'node_modules', 'defuddle');
  const { Defuddle } = await import(pathToFileURL(join(pkg, JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).exports['./node'].import)).href);
  // useAsync: false, so that it never asks a third party's API for a page's text: the page alone
  return async (document, url) => (await Defuddle(document, url, { useAsync: false })).content;
}
const extract = await extractorOf(extractor);

const git = (...rest) => execFileSync('git', ['-C', repo, ...rest], { maxBuffer: 1 << 28 });
const DIRS = ['tests/eval/', 'tests/cache/'];
// file name → path; a page in both folders is read from tests/eval/ (the later entries win)
const stored = new Map(
  DIRS.flatMap((dir) =>
    git('ls-tree', '-z', '--name-only', 'HEAD', dir).toString('utf8').split('\0').filter(Boolean).map((path) => [path.slice(dir.length).normalize('NFC'), path]),
  ).reverse(),
);

// ------------------------------------------------------------------ a page and its extracts
// The bytes as UTF-8 when they are (trafilatura tries UTF-8 first too), else as the page declares.
function documentOf(bytes) {
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = bytes;
  }
  return new JSDOM(text, { virtualConsole: new VirtualConsole() }).window.document;
}

// the article's own part of a title: `Headline | Site` less the site's name (the longer side)
const ownPart = (title) => title.split(/\s+[|–—·»:-]+\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');

async function extracts(bytes, metadataTitle, url) {
  const document = documentOf(bytes);
  // evaldata.json's title is the headline alone; the page's own titles may carry the site's name
  const titles = (typeof metadataTitle === 'string' && words(metadataTitle).length
    ? [metadataTitle]
    : [document.title, document.querySelector('meta[property="og:title"]')?.getAttribute('content')].filter((t) => typeof t === 'string').map(ownPart)
  ).filter((t) => words(t).length);
  const lang = (document.documentElement.getAttribute('lang') ?? '').slice(0, 2).toLowerCase() || '?';
  // the page's lines before the extractor, which takes the document apart
  const source = withPage ? fromHtml(document.documentElement.outerHTML) : undefined;
  const article = await extract(document, url);
  const tools = { [extractor]: article ? linesOf(fromHtml(article, { fragment: true })) : [] };
  if (source) tools.page = linesOf(find(source, (n) => n.tagName === 'body')[0] ?? source);
  document.defaultView.close();
  return { tools, titles, lang };
}

// ------------------------------------------------------------------ labels
const MONTH_OR_DAY =
  /^(?:jan|feb|f[eé]v|m[aä]r|apr|avr|abr|ma[iy]|jun|jui|jul|aug|ao[uû]|ago|sep|set|o[ck]t|out|nov|de[cz]|d[eé]c|dic|gen|giu|lug|ene|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)/;
const CLOCK_OR_JOIN = new Set(['am', 'pm', 'uhr', 'um', 'at', 'de', 'del', 'of', 'le', 'el', 'h', 'ago', 'vor']);
// numbers with month or day names, or with a clock's or a date's separators (not a phone number)
const dateAlone = (snippet, ws) =>
  ws.some((w) => /^\d/.test(w)) &&
  ws.every((w) => /^\d+(?:st|nd|rd|th|am|pm|h)?$/.test(w) || CLOCK_OR_JOIN.has(w) || MONTH_OR_DAY.test(w)) &&
  (ws.some((w) => MONTH_OR_DAY.test(w)) || /\d[.:/]\d/.test(snippet));

// a snippet as a matcher of normalised lines
function matcher(snippet) {
  const text = words(snippet).join(' ');
  const partial = words(snippet).length >= 3;
  return (line) => ` ${line} `.includes(` ${text} `) || (partial && line.includes(text));
}

// a title's words as the snippet may give them: all, its first two or more, or half of them or more
// (a shorter run inside it is as often a topic's link: `Corte Suprema` under `La Corte Suprema no …`)
function isTitle(ws, titleWords) {
  const text = ` ${ws.join(' ')} `;
  return titleWords.some((tw) => {
    const title = ` ${tw.join(' ')} `;
    return title === text || (ws.length >= 2 && title.startsWith(text)) || (2 * ws.length >= tw.length && title.includes(text));
  });
}

function labeller(entry, titles) {
  const leftOut = [];
  const titleWords = titles.map(words);
  const furniture = entry.without.filter((snippet) => {
    const ws = words(snippet);
    const why = !ws.length ? 'no word' : dateAlone(snippet, ws) ? 'date' : isTitle(ws, titleWords) ? 'title' : undefined;
    if (why) leftOut.push({ snippet, why });
    return !why;
  }).map(matcher);
  const content = entry.with.filter((s) => words(s).length).map(matcher);
  const label = (line) => {
    const text = words(line).join(' ');
    if (text && content.some((m) => m(text))) return { label: 'content', kind: 'body' };
    if (text && furniture.some((m) => m(text))) return { label: 'furniture', kind: 'snippet' };
    return { label: 'unsure' };
  };
  return { label, leftOut };
}

// ------------------------------------------------------------------ the set
const evaldata = JSON.parse(git('show', 'HEAD:tests/evaldata.json').toString('utf8'));
const idOf = (file) => file.normalize('NFC').replace(/\.html?$/, '').replace(/[^A-Za-z0-9._-]+/g, '_');
const entries = Object.entries(evaldata)
  .map(([url, entry]) => ({ url, entry, id: idOf(entry.file) }))
  .filter(({ id }) => only === undefined || halfOf(id) === only)
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const toolNames = withPage ? [extractor, 'page'] : [extractor];
for (const d of ['gold', ...toolNames.map((t) => `articles/${t}`)]) mkdirSync(join(out, d), { recursive: true });
const labels = {};
const halves = { '0-7': [], '8-f': [] };
const leftOut = {};
const languages = {};
const unread = [];
const seen = new Set();

for (const { url, entry, id } of entries) {
  if (seen.has(id)) throw new Error(`two pages with the id ${id}`);
  seen.add(id);
  const path = stored.get(entry.file.normalize('NFC'));
  if (!path) {
    unread.push(entry.file);
    continue;
  }
  const { tools, titles, lang } = await extracts(git('show', `HEAD:${path}`), entry.title, url);
  const { label, leftOut: dropped } = labeller(entry, titles);
  if (dropped.length) leftOut[id] = { url, snippets: dropped };
  languages[lang] = (languages[lang] ?? 0) + 1;
  writeFileSync(join(out, 'gold', `${id}.txt`), paragraphs(entry.with.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean)));
  for (const [tool, lines] of Object.entries(tools)) {
    if (!lines.length) continue;
    writeFileSync(join(out, 'articles', tool, `${id}.txt`), paragraphs(lines));
    labels[`${tool}/${id}.txt`] = spansOf(lines, label);
  }
  halves[halfOf(id)].push(id);
}
writeFileSync(join(out, 'labels.json'), `${JSON.stringify(labels)}\n`);
writeFileSync(join(out, 'gold-defects.json'), '[]\n');
writeFileSync(join(out, 'ids.json'), `${JSON.stringify(halves, null, 1)}\n`);
writeFileSync(join(out, 'left-out.json'), `${JSON.stringify(leftOut, null, 1)}\n`);
const count = (tool, l) => Object.entries(labels).filter(([k]) => k.startsWith(`${tool}/`)).flatMap(([, s]) => s).filter((s) => s.label === l).length;
for (const tool of toolNames)
  console.log(`${tool}: ${Object.keys(labels).filter((k) => k.startsWith(`${tool}/`)).length} pages, ${count(tool, 'content')} content, ${count(tool, 'furniture')} furniture, ${count(tool, 'unsure')} unsure lines`);
const dropped = Object.values(leftOut).flatMap((p) => p.snippets);
console.log(`without snippets left out: ${dropped.filter((s) => s.why === 'date').length} dates, ${dropped.filter((s) => s.why === 'title').length} titles, ${dropped.filter((s) => s.why === 'no word').length} with no word`);
console.log(`pages not in the repository: ${unread.length}${unread.length ? ` (${unread.slice(0, 3).join(', ')})` : ''}`);
console.log(`languages (<html lang>): ${Object.entries(languages).sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(', ')}`);
console.log(`halves: 0-7 ${halves['0-7'].length} pages, 8-f ${halves['8-f'].length}`);
