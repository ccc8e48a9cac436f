// A fast reading of one plain-text line into the paragraph, sentences and
// words that parse-english (7.0.0, on parse-latin 7.0.0) gives it, without
// building its tree. parse-latin tokenizes with large Unicode expressions
// and then runs some twenty plugins over unist trees; on lines written in
// the characters below, the same plugins are replayed here on token ranges,
// each a port of its original (same order, same visiting and re-visiting of
// children), so the result is the same. A line with any other character is
// declined and parsed by parse-english (see document.ts). tests/tokenizer.test.ts
// and scripts/check-tokenizer.mjs compare both readings.

export const WORD = 0;
export const WHITE_SPACE = 1;
export const PUNCTUATION = 2;
export const SYMBOL = 3;
/** nlcst's SourceNode, or any other child of a sentence: the scanner gives none. */
export const OTHER = 4;
/** The type of a sentence's child, as nlcst's WordNode, WhiteSpaceNode, PunctuationNode, SymbolNode. */
export type NodeType = typeof WORD | typeof WHITE_SPACE | typeof PUNCTUATION | typeof SYMBOL | typeof OTHER;

/** Receives a line's reading, in the file's offsets. */
export interface ViewSink {
  /** The paragraph (the line without its outer white space); false to skip its sentences. */
  paragraph(start: number, end: number): boolean;
  /** A child of the current sentence; `mark` is the character of a one-character mark, else -1; start and end are -1 for a child the tree could not place (readTree). */
  sentenceChild(type: NodeType, start: number, end: number, mark: number): void;
  /** The end of the current sentence, after its children. */
  sentenceEnd(start: number, end: number): void;
}

const SENTENCE = 5;
const UNSUPPORTED = 6;

/** A node of the tree: its type and its tokens (a word holds several after merges; any other node one). */
interface Node {
  type: typeof WORD | typeof WHITE_SPACE | typeof PUNCTUATION | typeof SYMBOL;
  first: number;
  last: number;
}

interface Sentence {
  type: typeof SENTENCE;
  children: Node[];
}

type ParagraphChild = Node | Sentence;

/** parse-latin's class of each ASCII character the scanner reads; tests/tokenizer.test.ts checks it against parse-latin. */
const ASCII_TYPES = new Uint8Array(0x80).fill(UNSUPPORTED);
for (const [type, characters] of [
  [WORD, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'],
  [WHITE_SPACE, ' \t'],
  [PUNCTUATION, '!"\'(),-./:;?[\\]_{}'],
  [SYMBOL, '#$%&*+<=>@^`|~'],
] as const) {
  for (let index = 0; index < characters.length; index++) ASCII_TYPES[characters.charCodeAt(index)] = type;
}

/** The characters beyond ASCII the scanner reads, all punctuation: ‘ ’ “ ” – — … */
export const NON_ASCII_PUNCTUATION = '\u2018\u2019\u201C\u201D\u2013\u2014\u2026';

function typeOf(code: number): number {
  if (code < 0x80) return ASCII_TYPES[code]!;
  return NON_ASCII_PUNCTUATION.includes(String.fromCharCode(code)) ? PUNCTUATION : UNSUPPORTED;
}

// Marks the plugins test for, as character codes.
const AMPERSAND = 0x26;
const APOSTROPHE = 0x27;
const COMMA = 0x2c;
const HYPHEN = 0x2d;
const FULL_STOP = 0x2e;
const SLASH = 0x2f;
const SEMICOLON = 0x3b;
const UNDERSCORE = 0x5f;
const RIGHT_SINGLE_QUOTE = 0x2019;

// parse-latin's expressions, on runs of one of the characters above (a
// punctuation or symbol node is a run of one character).
/** `terminalMarker`. */
const TERMINAL = new Set([0x21, FULL_STOP, 0x3f, 0x2026]);
/** `affixSymbol`. */
const AFFIX = new Set([0x21, 0x22, APOSTROPHE, 0x29, FULL_STOP, 0x3f, 0x5d, 0x7d, RIGHT_SINGLE_QUOTE, 0x201d, 0x2026]);
/** `wordSymbolInner` for one character; a run of underscores matches too. */
const INNER_WORD_SYMBOL = new Set([AMPERSAND, APOSTROPHE, HYPHEN, FULL_STOP, 0x3a, 0x3d, 0x3f, 0x40, RIGHT_SINGLE_QUOTE]);

// parse-english's and parse-latin's word lists (parse-english/lib/regex.js, parse-latin/lib/plugin/merge-prefix-exceptions.js).
const ABBREVIATIONS =
  /^(t(?:hurs|bsp|sp)|s(?:e(?:pt|c)|q)|(?:tue|bbl|yd)s|thu|sep|tue|bbl|nov|aug|ju[ln]|(?:ap|h)r|(?:ja|su)n|m(?:ar|on|in)|(?:sa|oc|[kpq])t|g(?:ro|al)|f(?:eb|ri|[lt])|d(?:ec|oz)|wed|l(?:bs|td)|inc?|mi|gr|yd|lb|oz|cu)$/;
const ABBREVIATIONS_SENSITIVE =
  /^((?:Northant|Derby|S(?:hrop|taff)|W(?:ark|orc)|L(?:in|ei|an)c|C(?:amb|he)|Trea|York|B(?:uck|e(?:rk|d))|(?:Not|Wil)t|H(?:er|[au]n)t|Glo|Pre)s|Northumb|N(?:or(?:thd|f)|e(?:br|v)|atl)|M(?:(?:essr|as|se)s|i(?:ddx|nn|ch|ss)|ont|lle|s(?:gr|s)|ddx|(?:me|r)s?|a[jn]|ex|gr|o|d|e|s|[tx])?|Heref|P(?:enna|[ahot])|D(?:e(?:rbs|[lv])|r)|Westm|(?:Cali|Pro)f|S(?:a(?:lop|sk)|uff|om|e[cn]|[qrxy])|(?:Bldg|Kan)s?|Here|P(?:enn?|k)|St(?:af)?|W(?:isc|arw|yo)|C(?:umb|olo)|B(?:lvd|rig)|(?:Ok|F)la|(?:Pk|[FH])wy|A(?:r(?:iz|k)|lt?a|tty|m[bd])|(?:Cap|S(?:up|g)|On|Ru|U)t|(?:Ter|Cd|D[ou]|Sn|J)r|(?:Oxo|Co[nr]|Ten|Ke|Ge|Ho)n|Wash|N(?:eb|at)|W(?:is|ar|o)|C(?:al|ol?)|Qu[e\u00E9]|I(?:ll|a)|Tex|G(?:ov|a)|Ind|R(?:te|e[pv]|d)|Ida|(?:Yu|Da)k|(?:Or|Av)e|Ssx|Ok|La|Br|Rt|Id|V[at]|Ky|Lt|F[rt])$/;
const ABBREVIATION_PREFIX = /^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/;
const ELISION_PREFIX = /^(ol?)$/;
const ELISION_AFFIX = /^(t(?:were|(?:wa|i)s)|cause|e[mr]|im|\d\ds?)$/;

// The line being read and its tokens (offsets into the line), reused from line to line.
let line = '';
const RETAINED_TOKENS = 1 << 14;
let tokenStarts = new Int32Array(RETAINED_TOKENS);
let tokenEnds = new Int32Array(RETAINED_TOKENS);
/** Node objects for the first tokens, reused from line to line: no node outlives the reading of its line. */
const nodePool: Node[] = [];

function codeOf(node: Node): number {
  return line.charCodeAt(tokenStarts[node.first]!);
}

function textOf(node: Node): string {
  return line.slice(tokenStarts[node.first]!, tokenEnds[node.last]!);
}

/** A punctuation or symbol node that is exactly the character `code`. */
function isMark(node: Node | undefined, code: number): boolean {
  return node !== undefined && node.type !== WORD && node.type !== WHITE_SPACE && tokenEnds[node.first]! - tokenStarts[node.first]! === 1 && codeOf(node) === code;
}

function isApostrophe(node: Node): boolean {
  return isMark(node, APOSTROPHE) || isMark(node, RIGHT_SINGLE_QUOTE);
}

function isPunctuationOrSymbol(node: Node | undefined): boolean {
  return node !== undefined && (node.type === PUNCTUATION || node.type === SYMBOL);
}

function isSentence(node: ParagraphChild | undefined): node is Sentence {
  return node !== undefined && node.type === SENTENCE;
}

/**
 * Read `text` (one line, no line breaks) and give its paragraph, sentences
 * and sentence children to `sink`, every offset shifted by `offset`; false,
 * having given nothing, when the line holds a character the scanner does
 * not read.
 */
export function readLine(text: string, offset: number, sink: ViewSink): boolean {
  const nodes = tokenize(text);
  if (!nodes) return false;
  // tokenizeSentence's plugins, over the whole line; one that acts only on marks the line does not hold is skipped.
  if (text.includes('/') || text.includes("'") || text.includes('\u2019')) mergeElisionExceptions(nodes);
  if (text.includes('&')) modifyChildren(nodes, mergeInitialWordSymbol);
  if (text.includes('-')) modifyChildren(nodes, mergeFinalWordSymbol);
  modifyChildren(nodes, mergeInnerWordSymbol);
  if (text.includes('/')) modifyChildren(nodes, mergeInnerWordSlash);
  if (text.includes('.')) modifyChildren(nodes, mergeInitialisms);
  // tokenizeParagraph: sentences end after terminal marks, then its plugins.
  const paragraph: ParagraphChild[] = [];
  let sentenceStart = 0;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (index === nodes.length - 1 || (node.type === PUNCTUATION && TERMINAL.has(codeOf(node)))) {
      paragraph.push({ type: SENTENCE, children: nodes.slice(sentenceStart, index + 1) });
      sentenceStart = index + 1;
    }
  }
  modifyChildren(paragraph, mergeEnglishPrefixExceptions);
  modifyChildren(paragraph, mergeNonWordSentences);
  modifyChildren(paragraph, mergeAffixSymbol);
  modifyChildren(paragraph, mergeInitialLowerCaseLetterSentences);
  modifyChildren(paragraph, mergeInitialDigitSentences);
  modifyChildren(paragraph, mergePrefixExceptions);
  modifyChildren(paragraph, mergeAffixExceptions);
  for (const child of paragraph) if (isSentence(child)) mergeRemainingFullStops(child.children);
  makeInitialWhiteSpaceSiblings(paragraph);
  modifyChildren(paragraph, makeFinalWhiteSpaceSiblings);
  // breakImplicitSentences needs line breaks, which a line has none of.
  modifyChildren(paragraph, removeEmptySentences);
  // tokenizeRoot: the paragraph without its outer white space; none when that is all it holds.
  const first = paragraph.findIndex(isSentence);
  if (first === -1) return true;
  let last = paragraph.length - 1;
  while (paragraph[last]!.type === WHITE_SPACE) last--;
  if (!sink.paragraph(startOf(paragraph[first]!) + offset, endOf(paragraph[last]!) + offset)) return true;
  for (const child of paragraph) {
    if (!isSentence(child)) continue;
    for (const node of child.children) {
      const start = tokenStarts[node.first]!;
      const end = tokenEnds[node.last]!;
      sink.sentenceChild(node.type, start + offset, end + offset, node.type !== WORD && end - start === 1 ? line.charCodeAt(start) : -1);
    }
    sink.sentenceEnd(startOf(child) + offset, endOf(child) + offset);
  }
  return true;
}

function startOf(child: ParagraphChild): number {
  return tokenStarts[isSentence(child) ? child.children[0]!.first : child.first]!;
}

function endOf(child: ParagraphChild): number {
  return tokenEnds[isSentence(child) ? child.children.at(-1)!.last : child.last]!;
}

/** parse-latin's `tokenize`: runs of word characters, of white space, and of one punctuation or symbol character. */
function tokenize(text: string): Node[] | undefined {
  // Room for a token per character; a very long line's arrays are dropped at the next line.
  const size = Math.max(text.length, RETAINED_TOKENS);
  if (text.length > tokenStarts.length || (tokenStarts.length > RETAINED_TOKENS && text.length <= RETAINED_TOKENS)) {
    tokenStarts = new Int32Array(size);
    tokenEnds = new Int32Array(size);
  }
  const nodes: Node[] = [];
  let previousType = UNSUPPORTED;
  let previousCode = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const type = typeOf(code);
    if (type === UNSUPPORTED) return undefined;
    if (type === previousType && (type === WORD || type === WHITE_SPACE || code === previousCode)) {
      tokenEnds[nodes.length - 1] = index + 1;
    } else {
      const token = nodes.length;
      tokenStarts[token] = index;
      tokenEnds[token] = index + 1;
      const node: Node = token < RETAINED_TOKENS ? (nodePool[token] ??= { type: WORD, first: 0, last: 0 }) : { type: WORD, first: 0, last: 0 };
      node.type = type as Node['type'];
      node.first = token;
      node.last = token;
      nodes.push(node);
    }
    previousType = type;
    previousCode = code;
  }
  line = text;
  return nodes;
}

/**
 * unist-util-modify-children (array-iterate): visit each child in order; a
 * visitor returning an index goes on from that index.
 */
function modifyChildren<T>(children: T[], visit: (child: T, index: number, children: T[]) => number | undefined): void {
  for (let index = 0; index < children.length; index++) {
    const next = visit(children[index]!, index, children);
    if (next !== undefined) index = Math.max(next, 0) - 1;
  }
}

function append(target: Node[], nodes: readonly Node[]): void {
  for (const node of nodes) target.push(node);
}

// tokenizeSentence's plugins.

/** parse-english's mergeEnglishElisionExceptions (visitChildren): `w/`, `o'`, `'tis`, `'n'`. */
function mergeElisionExceptions(siblings: Node[]): void {
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!;
    if (!isPunctuationOrSymbol(child)) continue;
    const length = siblings.length;
    if (isMark(child, SLASH)) {
      const sibling = siblings[index - 1];
      if (sibling && sibling.type === WORD && textOf(sibling).toLowerCase() === 'w') {
        siblings.splice(index, 1);
        sibling.last = child.last;
      }
    } else if (isApostrophe(child)) {
      const sibling = siblings[index - 1];
      if (
        index > 2 &&
        index < length - 1 &&
        sibling!.type === WORD &&
        siblings[index - 2]!.type === WHITE_SPACE &&
        siblings[index + 1]!.type === WHITE_SPACE &&
        ELISION_PREFIX.test(textOf(sibling!).toLowerCase())
      ) {
        siblings.splice(index, 1);
        sibling!.last = child.last;
        continue;
      }
      if (index !== length - 1 && siblings[index + 1]!.type === WORD && (index === 0 || siblings[index - 1]!.type !== WORD)) {
        const next = siblings[index + 1]!;
        const value = textOf(next).toLowerCase();
        const other = siblings[index + 2];
        if (ELISION_AFFIX.test(value)) {
          siblings.splice(index, 1);
          next.first = child.first;
        } else if (value === 'n' && other && other.type === PUNCTUATION && isApostrophe(other)) {
          siblings.splice(index, 1);
          siblings.splice(index + 1, 1);
          next.first = child.first;
          next.last = other.last;
        }
      }
    }
  }
}

/** A lone `&` joins the word after it. */
function mergeInitialWordSymbol(child: Node, index: number, children: Node[]): number | undefined {
  if (!isMark(child, AMPERSAND)) return undefined;
  const next = children[index + 1];
  if ((index > 0 && children[index - 1]!.type === WORD) || !(next && next.type === WORD)) return undefined;
  children.splice(index, 1);
  next.first = child.first;
  return index - 1;
}

/** A `-` after a word and not before one joins that word. */
function mergeFinalWordSymbol(child: Node, index: number, children: Node[]): number | undefined {
  if (index === 0 || !isMark(child, HYPHEN)) return undefined;
  const previous = children[index - 1]!;
  const next = children[index + 1];
  if ((next && next.type === WORD) || previous.type !== WORD) return undefined;
  children.splice(index, 1);
  previous.last = child.last;
  return index;
}

function isInnerWordSymbol(node: Node): boolean {
  if (!isPunctuationOrSymbol(node)) return false;
  const code = codeOf(node);
  return code === UNDERSCORE || (tokenEnds[node.first]! - tokenStarts[node.first]! === 1 && INNER_WORD_SYMBOL.has(code));
}

/** Words joined by inner-word symbols (`it's`, `term-end`, `3.5`) are one word. */
function mergeInnerWordSymbol(child: Node, index: number, siblings: Node[]): number | undefined {
  if (index === 0 || !isPunctuationOrSymbol(child)) return undefined;
  const previous = siblings[index - 1]!;
  if (previous.type !== WORD) return undefined;
  let position = index - 1;
  let lastToken = -1;
  let queued = 0;
  while (siblings[++position]) {
    const sibling = siblings[position]!;
    if (sibling.type === WORD) {
      lastToken = sibling.last;
      queued = 0;
    } else if (isInnerWordSymbol(sibling)) {
      queued++;
    } else {
      break;
    }
  }
  if (lastToken === -1) return undefined;
  position -= queued;
  siblings.splice(index, position - index);
  previous.last = lastToken;
  return index;
}

/** Short words around a `/` (`km/h`) are one word. */
function mergeInnerWordSlash(child: Node, index: number, siblings: Node[]): number | undefined {
  const previous = siblings[index - 1];
  if (!previous || previous.type !== WORD || !isMark(child, SLASH)) return undefined;
  const next = siblings[index + 1];
  const nextIsWord = next !== undefined && next.type === WORD;
  const length = (node: Node) => tokenEnds[node.last]! - tokenStarts[node.first]!;
  if (length(previous) >= 3 || (nextIsWord && length(next) >= 3)) return undefined;
  previous.last = nextIsWord ? next.last : child.last;
  siblings.splice(index, nextIsWord ? 2 : 1);
  return index;
}

/** `U.S` (letters and full stops) takes the full stop after it. */
function mergeInitialisms(child: Node, index: number, children: Node[]): number | undefined {
  if (index === 0 || child.type !== PUNCTUATION || !isMark(child, FULL_STOP)) return undefined;
  const previous = children[index - 1]!;
  const count = previous.last - previous.first + 1;
  if (previous.type !== WORD || count === 1 || count % 2 === 0) return undefined;
  let isAllDigits = true;
  for (let position = count - 1; position >= 0; position--) {
    const token = previous.first + position;
    const length = tokenEnds[token]! - tokenStarts[token]!;
    const code = line.charCodeAt(tokenStarts[token]!);
    if (position % 2 === 0) {
      if (length > 1) return undefined;
      if (code < 0x30 || code > 0x39) isAllDigits = false;
    } else if (length !== 1 || code !== FULL_STOP) {
      if (position < count - 2) break;
      return undefined;
    }
  }
  if (isAllDigits) return undefined;
  children.splice(index, 1);
  previous.last = child.last;
  return index;
}

// tokenizeParagraph's plugins.

/** parse-english's mergeEnglishPrefixExceptions: a sentence ending in an abbreviation (`Mr.`) goes on. */
function mergeEnglishPrefixExceptions(sentence: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
  if (!isSentence(sentence)) return undefined;
  const children = sentence.children;
  const period = children[children.length - 1];
  const word = children[children.length - 2];
  if (!period || period.type !== PUNCTUATION || !isMark(period, FULL_STOP) || !word || word.type !== WORD) return undefined;
  const value = textOf(word);
  if (!ABBREVIATIONS.test(value.toLowerCase()) && !ABBREVIATIONS_SENSITIVE.test(value)) return undefined;
  word.last = period.last;
  children.pop();
  const next = paragraph[index + 1];
  if (!isSentence(next)) return undefined;
  append(children, next.children);
  paragraph.splice(index + 1, 1);
  return index - 1;
}

/** A sentence without words joins the one before it, or else the one after it. */
function mergeNonWordSentences(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
  if (!isSentence(child) || child.children.some((node) => node.type === WORD)) return undefined;
  const previous = paragraph[index - 1];
  if (isSentence(previous)) {
    append(previous.children, child.children);
    paragraph.splice(index, 1);
    return index;
  }
  const next = paragraph[index + 1];
  if (isSentence(next)) {
    next.children = child.children.concat(next.children);
    paragraph.splice(index, 1);
  }
  return undefined;
}

/** A closing mark (`”`, `)`) at the start of a sentence ends the one before it. */
function mergeAffixSymbol(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
  if (!isSentence(child) || child.children.length === 0 || index === 0) return undefined;
  const previous = paragraph[index - 1];
  const first = child.children[0]!;
  if (!isSentence(previous) || !isPunctuationOrSymbol(first) || !AFFIX.has(codeOf(first))) return undefined;
  child.children.shift();
  previous.children.push(first);
  return index - 1;
}

/** A sentence whose first word starts in lower case goes on the one before it. */
function mergeInitialLowerCaseLetterSentences(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
  if (!isSentence(child) || index === 0) return undefined;
  const previous = paragraph[index - 1]!;
  if (child.children.length === 0 || !isSentence(previous)) return undefined;
  for (const node of child.children) {
    if (node.type === WORD) {
      const code = codeOf(node);
      if (code < 0x61 || code > 0x7a) return undefined;
      append(previous.children, child.children);
      paragraph.splice(index, 1);
      return index;
    }
    if (isPunctuationOrSymbol(node)) return undefined;
  }
  return undefined;
}

/** A sentence starting with a number goes on the one before it. */
function mergeInitialDigitSentences(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
  const previous = paragraph[index - 1];
  if (!isSentence(previous) || !isSentence(child)) return undefined;
  const head = child.children[0];
  if (!head || head.type !== WORD) return undefined;
  const code = codeOf(head);
  if (code < 0x30 || code > 0x39) return undefined;
  append(previous.children, child.children);
  paragraph.splice(index, 1);
  return index;
}

/** parse-latin's mergePrefixExceptions: a sentence ending in `etc.`, `a.` or `12.` goes on. */
function mergePrefixExceptions(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
  if (!isSentence(child) || child.children.length < 2) return undefined;
  const children = child.children;
  const period = children[children.length - 1]!;
  if (!isMark(period, FULL_STOP)) return undefined;
  const node = children[children.length - 2]!;
  if (node.type !== WORD || !ABBREVIATION_PREFIX.test(textOf(node).toLowerCase())) return undefined;
  node.last = period.last;
  children.pop();
  const next = paragraph[index + 1];
  if (!isSentence(next)) return undefined;
  append(children, next.children);
  paragraph.splice(index + 1, 1);
  return index - 1;
}

/** A sentence whose first mark, before any word, is `,` or `;` goes on the one before it. */
function mergeAffixExceptions(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
  const previous = paragraph[index - 1];
  if (!isSentence(previous) || !isSentence(child) || child.children.length === 0) return undefined;
  for (const node of child.children) {
    if (node.type === WORD) return undefined;
    if (isPunctuationOrSymbol(node)) {
      if (!isMark(node, COMMA) && !isMark(node, SEMICOLON)) return undefined;
      append(previous.children, child.children);
      paragraph.splice(index, 1);
      return index;
    }
  }
  return undefined;
}

/** Full stops before a sentence's last terminal mark join a word next to them. */
function mergeRemainingFullStops(children: Node[]): void {
  let hasFoundDelimiter = false;
  for (let position = children.length - 1; position >= 0; position--) {
    const node = children[position]!;
    if (!isPunctuationOrSymbol(node)) {
      if (node.type === WORD) hasFoundDelimiter = true;
      continue;
    }
    if (!TERMINAL.has(codeOf(node))) continue;
    if (!hasFoundDelimiter) {
      hasFoundDelimiter = true;
      continue;
    }
    if (!isMark(node, FULL_STOP)) continue;
    const previous = children[position - 1];
    const next = children[position + 1];
    if (previous && previous.type === WORD) {
      const nextNext = children[position + 2];
      if (next && next.type === WHITE_SPACE && isMark(nextNext, FULL_STOP)) continue;
      children.splice(position, 1);
      previous.last = node.last;
      position--;
    } else if (next && next.type === WORD) {
      children.splice(position, 1);
      next.first = node.first;
    }
  }
}

/** White space opening a sentence moves out of it (visitChildren: the sentence is visited again). */
function makeInitialWhiteSpaceSiblings(paragraph: ParagraphChild[]): void {
  for (let index = 0; index < paragraph.length; index++) {
    const child = paragraph[index]!;
    if (isSentence(child) && child.children[0]?.type === WHITE_SPACE) paragraph.splice(index, 0, child.children.shift()!);
  }
}

/** White space closing a sentence moves out of it. */
function makeFinalWhiteSpaceSiblings(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
  if (!isSentence(child) || child.children.at(-1)?.type !== WHITE_SPACE) return undefined;
  paragraph.splice(index + 1, 0, child.children.pop()!);
  return index;
}

function removeEmptySentences(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
  if (!isSentence(child) || child.children.length > 0) return undefined;
  paragraph.splice(index, 1);
  return index;
}
