// The fuzzing and fixer-property harness, shared by tests/fuzz.test.ts,
// tests/fix-property.test.ts (vitest, against src/) and scripts/fuzz.mjs
// (plain Node, against the built dist/). It is plain JavaScript so that both
// can load it; the engine is passed in, never imported here.
//
// Everything is checked against the text itself, not against the engine's
// own helpers: line/column are recomputed here from the line breaks (`\r\n`,
// `\r` and `\n`, as vfile counts them), and the expected fixed text is
// rebuilt here from the findings.
import fc from 'fast-check';

/** @typedef {{ lintArticles: Function, builtinRules: readonly unknown[], formatJson: Function, applyFixes: Function, editOf: Function }} Engine */

export const EMPTY_CONFIG = { glossary: [], rules: new Map(), plugins: [], ignore: [], words: [] };

// --- generated articles ------------------------------------------------------

const WORDS = [
  'the', 'a', 'of', 'and', 'to', 'in', 'said', 'on', 'that', 'had', 'is', 'was', 'for', 'with', 'government', 'minister',
  'company', 'people', 'report', 'officials', 'year', 'city', 'new', 'would', 'police', 'market', 'percent', 'talks',
  'Tuesday', 'Japan', 'Kentucky', 'Ishiba', 'Shigeru', 'Trump', 'Walla', 'Sing', 'Tokyo', 'Toyota', 'U.S.', 'Gov.',
  '45,000', '2025', '3.5%', 'twelve', "it's", 'co-operation', 'e-mail', 'café', 'naïve', 'Zoë', 'résumé', 'São',
  '東京', 'مرحبا', 'שלום', 'Привет', '😀', '👨‍👩‍👧', '🇯🇵', 'e\u0301', 'x\u0308\u0301', '𝒳𝒴', '\u200bzero', 'A\u00a0B',
];
const BOILERPLATE = [
  'Advertisement',
  'Leave a Reply',
  'Your email address will not be published. Required fields are marked *',
  'Share this:',
  'Click to share on Facebook (Opens in new window)',
  'Sign up for our newsletter',
  'Related Posts',
  'Read more: Markets slide again',
  'We use cookies to improve your experience.',
  '© 2025 Example News. All rights reserved.',
];
const STRAYS = ['**', '__', '<div>', '</p>', '<br/>', '&amp;', '&nbsp;', '&#8217;', 'â€™', 'Ã©', '\t', '\u200f', '\u202e', '\ufffd', '*', '`', '[', '](', '<!--', '-->', '\u0000'];

const sentenceArb = fc
  .record({ words: fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 12 }), end: fc.constantFrom('.', '.', '.', '?', '!', ':', '') })
  .map(({ words, end }) => {
    const [first, ...rest] = words;
    return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ') + end;
  });
const paragraphArb = fc.array(sentenceArb, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

/** One corruption applied to a list of lines, at a position chosen by `at`. */
const corruptionArb = fc.oneof(
  fc.record({ kind: fc.constant('double-word'), at: fc.nat(), word: fc.nat() }),
  fc.record({ kind: fc.constant('repeat-paragraph'), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('near-repeat-paragraph'), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('stray'), at: fc.nat(), char: fc.nat(), value: fc.constantFrom(...STRAYS) }),
  fc.record({ kind: fc.constant('boilerplate'), at: fc.nat(), value: fc.constantFrom(...BOILERPLATE) }),
  fc.record({ kind: fc.constant('blank-lines'), at: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('trailing-space'), at: fc.nat() }),
);

function corrupt(lines, c) {
  const out = [...lines];
  if (out.length === 0) return out;
  const i = c.at % out.length;
  switch (c.kind) {
    case 'double-word': {
      const words = out[i].split(' ');
      const w = c.word % words.length;
      words.splice(w, 0, words[w]);
      out[i] = words.join(' ');
      break;
    }
    case 'repeat-paragraph':
      out.splice(c.to % (out.length + 1), 0, out[i]);
      break;
    case 'near-repeat-paragraph':
      out.splice(c.to % (out.length + 1), 0, out[i].toLowerCase().replace(/[.,!?]/g, ''));
      break;
    case 'stray': {
      const at = c.char % (out[i].length + 1);
      out[i] = out[i].slice(0, at) + c.value + out[i].slice(at);
      break;
    }
    case 'boilerplate':
      out.splice(i, 0, c.value);
      break;
    case 'blank-lines':
      out.splice(i, 0, ...Array(c.count).fill(''));
      break;
    case 'trailing-space':
      out[i] += ' \t';
      break;
  }
  return out;
}

/**
 * A generated article: a title, paragraphs, injected corruptions, then a
 * format (plain text, Markdown, HTML), optional front matter, a line-break
 * style and a final newline or none.
 */
export const articleArb = fc
  .record({
    title: sentenceArb,
    paragraphs: fc.array(paragraphArb, { minLength: 0, maxLength: 7 }),
    corruptions: fc.array(corruptionArb, { maxLength: 5 }),
    format: fc.constantFrom('txt', 'txt', 'md', 'html'),
    frontMatter: fc.boolean(),
    blankBetween: fc.boolean(),
    eol: fc.constantFrom('\n', '\n', '\r\n', '\r'),
    finalNewline: fc.boolean(),
  })
  .map((a) => {
    let lines = [a.title.replace(/[.?!:]$/, ''), ...a.paragraphs];
    for (const c of a.corruptions) lines = corrupt(lines, c);
    if (a.format === 'md') lines = lines.map((l, i) => (i === 0 ? `# ${l}` : l));
    if (a.format === 'html') lines = lines.map((l, i) => (i === 0 ? `<h1>${l}</h1>` : l ? `<p>${l}</p>` : l));
    const body = lines.join(a.blankBetween ? a.eol + a.eol : a.eol);
    const front = a.frontMatter && a.format !== 'html' ? ['---', 'date: 2025-02-07', '---', ''].join(a.eol) : '';
    return { path: `article.${a.format}`, text: front + body + (a.finalNewline ? a.eol : '') };
  });

/** Markup, line breaks, words and odd characters, strung together in any order. */
const TOKENS = [
  'the', 'the ', 'The', ' ', '  ', '\n', '\r\n', '\r', '\n\n', '\t', '.', '. ', ',', '"', '\u201c', '\u201d', "'", '#', '# ', '## ',
  '- ', '* ', '1. ', '> ', '>', '```', '`', '**', '__', '*', '_', '[', ']', '(', ')', '![', '<', '>', '</', '<div>', '</div>', '<p>',
  '</p>', '<script>', '<!--', '-->', '<!-- article-lint-disable -->', '<!-- article-lint-disable-next-line repeated-word -->', '&amp;',
  '&', ';', '---\n', '---', '|', '\\', 'Ishiba', 'Isba', 'President', 'former', 'Advertisement', 'Leave a Reply', '45,000', '😀', '𝒳',
  'e\u0301', '\u200f', '\u0000', '\ufeff', '\ud800', '\udc00', 'â€™',
];
export const tokenStringArb = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((t) => t.join(''));

/** Any input at all: structured articles, token soup, and arbitrary UTF-16 strings. */
export const anyInputArb = fc.oneof(
  articleArb,
  fc.record({ path: fc.constantFrom('a.txt', 'a.md', 'a.html'), text: tokenStringArb }),
  fc.record({ path: fc.constantFrom('a.txt', 'a.md', 'a.html'), text: fc.string({ unit: 'binary', maxLength: 300 }) }),
  fc.record({ path: fc.constantFrom('a.txt', 'a.md', 'a.html'), text: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }) }),
);

// --- the contract -------------------------------------------------------------

/** Offsets where each line starts, with `\r\n`, `\r` and `\n` as breaks. */
export function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue; // the \n of this \r\n ends the line
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and column (UTF-16 units) of an offset. */
export function pointOf(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1, offset };
}

const isHighSurrogate = (c) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c) => c >= 0xdc00 && c <= 0xdfff;

/** An offset that falls between the two halves of one astral character. */
function splitsSurrogatePair(text, offset) {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/**
 * What is wrong with one file's JSON messages (as `--format json` prints
 * them) for its text; empty when everything holds.
 */
export function contractProblems(text, messages) {
  const problems = [];
  const starts = lineStarts(text);
  const checkPoint = (what, point) => {
    if (!point || !Number.isInteger(point.offset) || point.offset < 0 || point.offset > text.length) {
      problems.push(`${what}: offset ${point?.offset} outside the text (length ${text.length})`);
      return;
    }
    const want = pointOf(starts, point.offset);
    if (point.line !== want.line || point.column !== want.column) {
      problems.push(`${what}: ${point.line}:${point.column} for offset ${point.offset}, expected ${want.line}:${want.column}`);
    }
    if (splitsSurrogatePair(text, point.offset)) problems.push(`${what}: offset ${point.offset} splits a surrogate pair`);
  };
  messages.forEach((m, i) => {
    const at = `message ${i} (${m.ruleId})`;
    if (typeof m.ruleId !== 'string' || !m.ruleId) problems.push(`${at}: no ruleId`);
    if (typeof m.reason !== 'string' || !m.reason.trim()) problems.push(`${at}: no reason`);
    else if (/[\r\n]/.test(m.reason)) problems.push(`${at}: reason spans lines: ${JSON.stringify(m.reason)}`);
    if (![true, false, null].includes(m.fatal)) problems.push(`${at}: fatal is ${JSON.stringify(m.fatal)}`);
    if (typeof m.source !== 'string' || !m.source) problems.push(`${at}: no source`);
    if (m.expected !== undefined && !(Array.isArray(m.expected) && m.expected.every((e) => typeof e === 'string'))) problems.push(`${at}: expected is not a list of strings`);
    if (!m.place?.start || !m.place?.end) {
      problems.push(`${at}: no place`);
      return;
    }
    checkPoint(`${at} start`, m.place.start);
    checkPoint(`${at} end`, m.place.end);
    if (m.place.end.offset < m.place.start.offset) problems.push(`${at}: ends (${m.place.end.offset}) before it starts (${m.place.start.offset})`);
    if (m.line !== m.place.start.line || m.column !== m.place.start.column) problems.push(`${at}: line/column ${m.line}:${m.column} differ from place.start`);
    for (const [j, r] of (m.related ?? []).entries()) {
      if (r.path && r.path !== m.path) continue; // another file's coordinates
      checkPoint(`${at} related ${j} start`, r.place?.start);
      checkPoint(`${at} related ${j} end`, r.place?.end);
    }
  });
  return problems;
}

/** Lint one article alone (no corpus neighbours) and return its JSON report object. */
export async function lintOne(engine, input, options = {}) {
  const results = await engine.lintArticles([input], { cwd: process.cwd(), rules: engine.builtinRules, config: EMPTY_CONFIG, date: '2025-02-07', ...options });
  return results[0];
}

/** The whole pipeline on one input: engine (no rule may crash), JSON reporter, contract. Returns problems. */
export async function pipelineProblems(engine, input) {
  const result = await lintOne(engine, input);
  const [json] = JSON.parse(engine.formatJson([result]));
  const crashes = json.messages.filter((m) => m.ruleId === 'internal-error').map((m) => `internal error: ${m.reason}`);
  return [...new Set(crashes), ...contractProblems(input.text, json.messages.map((m) => ({ ...m, path: json.path })))];
}

// --- the fixer ------------------------------------------------------------------

const BREAKS = /\r\n|\r|\n/g;

function breakStyles(text) {
  return new Set(text.match(BREAKS) ?? []);
}

function endsWithBreak(text) {
  return /[\r\n]$/.test(text);
}

/** The format of a file by its name, as the linter reads it. */
export function formatOfPath(path) {
  return /\.(md|markdown|mdx)$/i.test(path) ? 'markdown' : /\.html?$/i.test(path) ? 'html' : 'text';
}

/** Markup an HTML or Markdown edit may take beyond its span: tags, and Markdown's block and inline syntax. */
function withoutMarkup(text, format) {
  if (format === 'html') return text.replace(/<[^>]*>/g, '');
  if (format === 'markdown') return text.replace(/<[^>]*>/g, '').replace(/^[ \t]*(?:[-+*>#]|\d+[.)])[ \t]*/gm, '').replace(/[*_`#>]/g, '');
  return text;
}

/**
 * One fix pass checked from outside: each edit may only widen its finding's
 * span over whitespace (the line break and blank line a deleted line
 * leaves; in HTML and Markdown, markup too) and must take all of the span's
 * text (in HTML and Markdown it may leave the span's markup), and the output
 * must be the source with exactly the first non-overlapping edits applied,
 * every other character kept in order.
 */
export function fixPassProblems(engine, source, messages, output, format = 'text') {
  const problems = [];
  const edits = [];
  const tree = format === 'text' || !engine.fixTree ? undefined : engine.fixTree(source, format);
  for (const m of messages) {
    const edit = engine.editOf(m, source, tree);
    if (!edit) continue;
    const span = m.fixRange ?? { start: m.place.start.offset, end: m.place.end.offset };
    // In HTML and Markdown a fix keeps the tags of what it only partly removes: only text of the span left is too narrow.
    const left = source.slice(span.start, Math.max(span.start, Math.min(edit.start, span.end))) + source.slice(Math.min(span.end, Math.max(edit.end, span.start)), span.end);
    if ((edit.start > span.start || edit.end < span.end) && (format === 'text' || withoutMarkup(left, format).trim() !== '')) {
      problems.push(`${m.ruleId}: edit ${edit.start}-${edit.end} is narrower than its span ${span.start}-${span.end}`);
    }
    const widened = source.slice(edit.start, Math.max(edit.start, span.start)) + source.slice(Math.min(edit.end, span.end), edit.end);
    // An HTML or Markdown fix keeps the tags of what it only partly removes (its text) and may take the tags of what it removes whole.
    const lost = edit.text && format !== 'text' ? '' : withoutMarkup(widened, format);
    if (lost.trim() !== '') problems.push(`${m.ruleId}: edit ${edit.start}-${edit.end} removes text outside its span: ${JSON.stringify(widened)}`);
    if (!edits.some((e) => e.start === edit.start && e.end === edit.end && e.text === edit.text)) edits.push(edit);
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let expected = '';
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) continue; // overlaps an earlier edit: waits for the next pass
    expected += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  expected += source.slice(cursor);
  if (output !== expected) problems.push(`the fixed text is not the source with the findings' edits applied`);
  return problems;
}

/** Line-ending style and the final newline of `before`, kept by `after`. */
export function layoutProblems(before, after) {
  const problems = [];
  if (after.trim() === '') return problems; // everything was a finding
  const styles = breakStyles(before);
  for (const style of breakStyles(after)) {
    if (styles.size > 0 && !styles.has(style)) problems.push(`introduced ${JSON.stringify(style)} line breaks into a file using ${JSON.stringify([...styles])}`);
  }
  if (endsWithBreak(before) !== endsWithBreak(after)) problems.push(`final newline ${endsWithBreak(before) ? 'lost' : 'added'}`);
  return problems;
}

/**
 * `--fix` on one article, replayed pass by pass and checked: each pass keeps
 * every character outside its edits, the engine's output equals the replay,
 * fixing the result again changes nothing, and line endings and the final
 * newline are kept. Returns problems (empty when all hold).
 */
export async function fixProblems(engine, input, maxPasses = 10) {
  const fixed = await lintOne(engine, input, { fix: true });
  const engineOutput = fixed.output ?? input.text;
  const problems = [];
  let text = input.text;
  for (let pass = 0; pass <= maxPasses; pass++) {
    const { messages } = await lintOne(engine, { path: input.path, text });
    const format = formatOfPath(input.path);
    const { output, applied } = engine.applyFixes(text, messages, format);
    problems.push(...fixPassProblems(engine, text, messages, output, format).map((p) => `pass ${pass + 1}: ${p}`));
    if (applied === 0 || output === text) break;
    if (pass === maxPasses) problems.push(`not idempotent: still fixing after ${maxPasses} passes`);
    text = output;
  }
  if (engineOutput !== text) problems.push('the engine output differs from the pass-by-pass replay');
  const again = await lintOne(engine, { path: input.path, text: engineOutput }, { fix: true });
  if (again.output !== undefined && again.output !== engineOutput) problems.push('not idempotent: fixing the fixed text changes it again');
  problems.push(...layoutProblems(input.text, engineOutput));
  return problems;
}

// --- pathological inputs ---------------------------------------------------------
//
// Inputs built to find super-linear paths: long tokens, runs of one
// character (every ASCII punctuation character and some Unicode ones), of
// one word, of one short phrase, of punctuation, deeply nested markup, very
// long lines and many tiny paragraphs, each in the three formats. Each is a
// pattern repeated to a given size, so that one rule's time can be compared
// at two sizes (see growthProblems).

const ASCII_PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
const UNICODE_CHARS = ['\u2026', '\u2014', '\u2019', '\u201c', '\u00a0', '\u200b', '\u200f', '\u0301', '\ufffd', '\ufeff', '\u00e9', '\u6771', '\u0645', '😀', '🇯🇵'];
const hex = (c) => [...c].map((u) => u.codePointAt(0).toString(16).padStart(4, '0')).join('+');

/** Text of `size` UTF-16 units: `unit` repeated (cut to size), between `head` and `tail`. */
function repeated(unit, size, head = '', tail = '') {
  const body = Math.max(unit.length, size - head.length - tail.length);
  return head + unit.repeat(Math.ceil(body / unit.length)).slice(0, body) + tail;
}

/** Nested markup: `open` n times, a word, `close` n times, to about `size`. */
function nested(open, close, size, middle = 'word') {
  const n = Math.max(1, Math.floor((size - middle.length) / (open.length + close.length)));
  return open.repeat(n) + middle + close.repeat(n);
}

/**
 * The pathological patterns, by name: each gives a text of about `size`
 * characters. Formats are applied by pathologicalInputs.
 */
export const PATHOLOGICAL_PATTERNS = {
  // One long token.
  'long word (a)': (size) => repeated('a', size),
  'long word (mixed case)': (size) => repeated('aBcDeFgHiJ', size),
  'long word (letters)': (size) => repeated('abcdefghijklmnopqrstuvwxyz', size),
  'long capitalised word': (size) => 'Q' + repeated('uerty', size - 1),
  'long word with a sentence around': (size) => repeated('zq', size, 'The council said ', ' on Tuesday.'),
  'long number': (size) => repeated('1234567890', size),
  'long hyphenated word': (size) => repeated('ab-', size),
  'long apostrophe word': (size) => repeated("o'", size),
  'long accented word': (size) => repeated('\u00e9\u00e8', size),
  'long word of combining marks': (size) => repeated('e\u0301', size),
  'long URL': (size) => repeated('a/b', size, 'https://example.com/'),
  'long mojibake': (size) => repeated('\u00e2\u20ac\u2122', size),
  // Runs of one character.
  ...Object.fromEntries([...ASCII_PUNCTUATION, ' ', '\t', '\n', '\r', '\r\n'].map((c) => [`run of ${JSON.stringify(c)}`, (size) => repeated(c, size)])),
  ...Object.fromEntries(UNICODE_CHARS.map((c) => [`run of U+${hex(c)}`, (size) => repeated(c, size)])),
  // Runs of one word, one phrase, of punctuation.
  'run of "the"': (size) => repeated('the ', size),
  'run of "The"': (size) => repeated('The ', size),
  'run of a name': (size) => repeated('Shigeru Ishiba ', size),
  'run of a misspelt name': (size) => repeated('Shigeru Isba ', size),
  'run of an unknown word': (size) => repeated('zqxv ', size),
  'run of a sentence': (size) => repeated('The council met on Tuesday. ', size),
  'run of a sentence (no space)': (size) => repeated('The council met.', size),
  'run of a short phrase': (size) => repeated('bye bye ', size),
  'run of a title and name': (size) => repeated('Prime Minister Shigeru Ishiba said 45,000 people came. ', size),
  'run of a number': (size) => repeated('45,000 ', size),
  'run of numbers with units': (size) => repeated('3.5% 12 million $4 billion ', size),
  'run of boilerplate lines': (size) => repeated('Advertisement\n', size),
  'run of furniture': (size) => repeated('Share this: Click to share on Facebook (Opens in new window) ', size),
  'run of mixed punctuation': (size) => repeated('.,;:!?', size),
  'run of "<>"': (size) => repeated('<>', size),
  'run of "<p>"': (size) => repeated('<p>', size),
  'run of "</"': (size) => repeated('</', size),
  'run of "&amp;"': (size) => repeated('&amp;', size),
  'run of "&"+letters': (size) => repeated('&abcdefgh', size),
  'run of "**"+word': (size) => repeated('**a', size),
  'run of "[a]("': (size) => repeated('[a](', size),
  'run of "<!--"': (size) => repeated('<!--', size),
  'run of "---\\n"': (size) => repeated('---\n', size),
  'run of ". "': (size) => repeated('. ', size),
  'run of "a. "': (size) => repeated('a. ', size),
  'run of "A "': (size) => repeated('A ', size),
  'run of quotes and words': (size) => repeated('"a" \u201cb\u201d ', size),
  'run of directives': (size) => repeated('<!-- article-lint-disable-next-line repeated-word -->\n', size),
  // Deeply nested markup.
  'nested <div>': (size) => nested('<div>', '</div>', size),
  'nested <b>, unclosed': (size) => repeated('<b>', size, '', 'word'),
  'nested blockquotes': (size) => repeated('>', size, '', ' word'),
  'nested lists': (size) => Array.from({ length: Math.max(1, Math.floor(Math.sqrt(size / 2))) }, (_, i) => ' '.repeat(i * 2) + '- item').join('\n').slice(0, size),
  'nested brackets': (size) => nested('[', ']', size),
  'nested parentheses': (size) => nested('(', ')', size),
  'nested emphasis': (size) => nested('*_', '_*', size),
  // What the Markdown parser matches closer by opener within a paragraph, or re-enters on every line (markdown-nesting.ts).
  'emphasis openers of two kinds (*a **b)': (size) => repeated('*a **b ', size),
  'emphasis inside words (a*a*)': (size) => repeated('a*', size),
  'emphasis inside words (a_a_)': (size) => repeated('a_', size),
  'emphasis openers, then closers': (size) => repeated('*a ', size / 2) + repeated(' b*', size / 2),
  'link openers (*a [b _c)': (size) => repeated('*a [b _c ', size),
  'link references ([a][b])': (size) => repeated('[a][b] ', size),
  'nested link text ([a[a]])': (size) => nested('[a', ']', size),
  'nested block quotes with spaces (> > >)': (size) => repeated('> ', size, '', 'word'),
  'nested list items on one line (- - -)': (size) => repeated('- ', size, '', 'word'),
  'nested numbered items on one line (1. 1.)': (size) => repeated('1. ', size, '', 'word'),
  'emphasis over lines joined by empty items': (size) => repeated('*a **b _c __d\n2. \n', size),
  // Long lines, tiny paragraphs.
  'one long line of words': (size) => repeated('council said minister people report market city ', size),
  'one long paragraph of sentences': (size) => repeated('Officials said talks would resume. Police said the market was calm. ', size),
  'many tiny paragraphs': (size) => repeated('a\n\n', size),
  'many one-sentence paragraphs': (size) => repeated('A.\n\n', size),
  'many distinct paragraphs': (size) => {
    const out = [];
    for (let i = 0, n = 0; n < size; i++) {
      const line = `Paragraph ${i} says the council met ${i % 97} times in ${1900 + (i % 120)}.\n\n`;
      out.push(line);
      n += line.length;
    }
    return out.join('').slice(0, size);
  },
  'many table rows': (size) => repeated('| a | b |\n', size, '| x | y |\n|---|---|\n'),
};

/** A glossary that gives the name, role and fact rules something to check in the patterns above. */
export const PATHOLOGICAL_GLOSSARY = {
  asOf: '2025-02-07',
  entities: [
    { name: 'Shigeru Ishiba', aliases: ['Ishiba'], misspellings: ['Isba'], type: 'person', roles: [{ title: 'Prime Minister', of: 'Japan', from: '2024-10-01' }] },
    { name: 'Walla Walla', type: 'place' },
  ],
  facts: [{ about: ['people', 'came'], value: 45000 }],
};

/** A pattern in a format: plain text, or wrapped as Markdown or HTML. */
export function pathologicalInput(name, format, size) {
  const text = PATHOLOGICAL_PATTERNS[name](size);
  if (format === 'md') return { path: 'article.md', text: `# Title\n\n${text}\n` };
  if (format === 'html') return { path: 'article.html', text: `<html><body><h1>Title</h1><p>${text}</p></body></html>\n` };
  return { path: 'article.txt', text };
}

export const PATHOLOGICAL_FORMATS = ['txt', 'md', 'html'];

/**
 * Milliseconds each rule spent on one input (its collect and create), and
 * `(rest)`: the run's time outside the rules (parsing, the engine). Every
 * built-in rule runs, under a time limit of `timeLimitMs`: a rule stopped by
 * it is reported in `stopped`.
 */
export async function ruleTimes(engine, input, { glossary, timeLimitMs }) {
  const timings = new Map();
  const started = performance.now();
  const [result] = await engine.lintArticles([input], {
    cwd: process.cwd(), rules: engine.builtinRules, config: EMPTY_CONFIG, glossaryOverride: glossary, date: '2025-02-07', timings, timeLimit: timeLimitMs,
  });
  const total = performance.now() - started;
  const times = Object.fromEntries(timings);
  times['(rest)'] = Math.max(0, total - [...timings.values()].reduce((a, b) => a + b, 0));
  const stopped = result.messages.filter((m) => m.ruleId === 'internal-error').map((m) => m.reason);
  return { times, stopped };
}

/**
 * Which rules grow super-linearly, or run slower than `msPerMb`, on the
 * pathological inputs: each pattern, in each format, is linted at `small`
 * and at `large` characters, and a rule fails when its time at the large
 * size exceeds `slack` times what linear growth from the small size allows
 * (and `floorMs`, below which timings are noise), or `msPerMb` scaled to the
 * large size; a rule still running after `timeLimitMs` is stopped and fails.
 * A failing case is measured `retries` times more (the least time counts),
 * so that a busy machine does not fail it. Returns one line per problem, for
 * the rules `checked` accepts (`(rest)` is the parse); `onCase` hears each
 * case's times.
 */
export async function growthProblems(engine, { small, large, slack = 2, floorMs = 40, msPerMb = 10_000, timeLimitMs, retries = 2, patterns = Object.keys(PATHOLOGICAL_PATTERNS), formats = PATHOLOGICAL_FORMATS, checked = () => true, onCase }) {
  const glossary = engine.buildGlossary(PATHOLOGICAL_GLOSSARY);
  const perLargeBound = (msPerMb * large) / 1e6;
  // Anything slower than several times the bound is stopped, not waited for.
  timeLimitMs ??= Math.max(5_000, 4 * perLargeBound);
  const measure = async (name, format, size) => ruleTimes(engine, pathologicalInput(name, format, size), { glossary, timeLimitMs });
  const least = (a, b) => ({ times: Object.fromEntries(Object.entries(a.times).map(([k, v]) => [k, Math.min(v, b.times[k] ?? v)])), stopped: b.stopped.length < a.stopped.length ? b.stopped : a.stopped });
  // Loads the dictionaries, the parsers and the rules' lazy tables before anything is timed.
  await measure('run of a title and name', 'txt', 1000);
  const problems = [];
  for (const name of patterns) {
    for (const format of formats) {
      let low = await measure(name, format, small);
      let high = await measure(name, format, large);
      const failing = () => [
        ...high.stopped.filter((reason) => checked(/"([^"]+)"/.exec(reason)?.[1] ?? '(rest)')),
        ...Object.keys(high.times).filter(checked).flatMap((rule) => {
          const allowed = Math.max(floorMs, (slack * large * low.times[rule]) / small);
          const t = high.times[rule];
          if (t > perLargeBound) return [`${rule}: ${Math.round(t)} ms at ${large} characters, over ${Math.round(perLargeBound)} ms (${msPerMb} ms per MB)`];
          if (t > allowed) return [`${rule}: ${Math.round(low.times[rule])} ms at ${small} characters, ${Math.round(t)} ms at ${large} (linear growth allows ${Math.round(allowed)} ms)`];
          return [];
        }),
      ];
      for (let retry = 0; retry < retries && failing().length > 0; retry++) {
        low = least(low, await measure(name, format, small));
        high = least(high, await measure(name, format, large));
      }
      onCase?.({ name, format, small: low.times, large: high.times });
      problems.push(...failing().map((problem) => `${name} (${format}): ${problem}`));
    }
  }
  return problems;
}
