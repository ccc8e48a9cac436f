// What the held-out boilerplate sets (readability-set.mjs, trafilatura-eval-set.mjs) share: HTML turned
// into the lines an extractor's text would have, the normalisation their labels compare lines by, the
// split into halves, the layout of one tool's article file with its spans, and their command lines.

import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';

/**
 * The command's options (parseArgs's, an option's `choices` the values it takes), or the usage line and
 * exit 2 when one is unknown, missing or not one of its choices.
 */
export function commandOptions(options, required, usage) {
  const all = { ...options, half: { type: 'string', choices: ['0-7', '8-f'] } };
  try {
    const { values } = parseArgs({ options: Object.fromEntries(Object.entries(all).map(([name, { choices, ...option }]) => [name, option])) });
    const chosen = Object.entries(all).every(([name, { choices }]) => !choices || values[name] === undefined || choices.includes(values[name]));
    if (required.every((name) => values[name]) && chosen) return values;
  } catch {
    // An unknown option: the usage says what there is.
  }
  console.error(`usage: ${usage}`);
  process.exit(2);
}

// ------------------------------------------------------------------ HTML to lines
// Elements whose text is no reader's text; block elements end lines (hast trees, hast-util-from-html).
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

export function linesOf(node) {
  const lines = [];
  let current = '';
  const end = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (n) => {
    if (n.type === 'text') current += n.value;
    if (n.type === 'element' && DROPPED.has(n.tagName)) return;
    const block = n.type === 'element' && BLOCKS.has(n.tagName);
    if (block) end();
    for (const child of n.children ?? []) walk(child);
    if (block) end();
  };
  walk(node);
  end();
  return lines;
}

// the elements that pass `test`, outside dropped elements, in document order
export function find(node, test, found = []) {
  if (node.type === 'element' && DROPPED.has(node.tagName)) return found;
  if (node.type === 'element' && test(node)) found.push(node);
  for (const child of node.children ?? []) find(child, test, found);
  return found;
}

// ------------------------------------------------------------------ labels and layout
export const words = (s) => s.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];

export const halfOf = (id) => (parseInt(createHash('sha1').update(id).digest('hex')[0], 16) < 8 ? '0-7' : '8-f');

export const paragraphs = (lines) => `${lines.join('\n\n')}\n`;

// one span of labels.json per line of paragraphs(lines)
export function spansOf(lines, label) {
  const spans = [];
  let at = 0;
  for (const line of lines) {
    spans.push({ start: at, end: at + line.length, ...label(line) });
    at += line.length + 2;
  }
  return spans;
}
