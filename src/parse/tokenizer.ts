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

const NON_ASCII_PUNCTUATION_CODES = new Set(Array.from(NON_ASCII_PUNCTUATION, (character) => character.charCodeAt(0)));

function typeOf(code: number): number {
  if (code < 0x80) return ASCII_TYPES[code]!;
  return NON_ASCII_PUNCTUATION_CODES.has(code) ? PUNCTUATION : UNSUPPORTED;
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

// The line being read, its tokens and its nodes, in arrays reused from line
// to line (a very long line's are dropped when it is read). A node is a
// range of tokens (a word holds several after merges; any other node one);
// the plugins' splices are moves within these arrays.
let line = '';
const RETAINED_TOKENS = 1 << 14;
let tokenStarts = new Int32Array(RETAINED_TOKENS);
let tokenEnds = new Int32Array(RETAINED_TOKENS);
let nodeTypes = new Uint8Array(RETAINED_TOKENS);
let nodeFirst = new Int32Array(RETAINED_TOKENS);
let nodeLast = new Int32Array(RETAINED_TOKENS);
let nodeCount = 0;
// The paragraph's children: sentences and white space moved out of them. As
// every plugin keeps the nodes in order, a child is the run of nodes from its
// start to the next child's (an empty sentence is an empty run).
let itemTypes = new Uint8Array(2 * RETAINED_TOKENS);
let itemStarts = new Int32Array(2 * RETAINED_TOKENS);
let itemCount = 0;

function itemEnd(item: number): number {
  return item + 1 < itemCount ? itemStarts[item + 1]! : nodeCount;
}

function codeOf(node: number): number {
  return line.charCodeAt(tokenStarts[nodeFirst[node]!]!);
}

function textOf(node: number): string {
  return line.slice(tokenStarts[nodeFirst[node]!]!, tokenEnds[nodeLast[node]!]!);
}

function lengthOf(node: number): number {
  return tokenEnds[nodeLast[node]!]! - tokenStarts[nodeFirst[node]!]!;
}

function isPunctuationOrSymbol(node: number): boolean {
  const type = nodeTypes[node]!;
  return type === PUNCTUATION || type === SYMBOL;
}

/** A punctuation or symbol node that is exactly the character `code`. */
function isMark(node: number, code: number): boolean {
  return isPunctuationOrSymbol(node) && lengthOf(node) === 1 && codeOf(node) === code;
}

function isApostrophe(node: number): boolean {
  return isMark(node, APOSTROPHE) || isMark(node, RIGHT_SINGLE_QUOTE);
}

function isSentence(item: number): boolean {
  return item >= 0 && item < itemCount && itemTypes[item] === SENTENCE;
}

/** Remove `count` nodes from `at`, all in one child of the paragraph (if it has children yet). */
function removeNodes(at: number, count: number): void {
  nodeTypes.copyWithin(at, at + count, nodeCount);
  nodeFirst.copyWithin(at, at + count, nodeCount);
  nodeLast.copyWithin(at, at + count, nodeCount);
  nodeCount -= count;
  for (let item = itemCount - 1; item >= 0 && itemStarts[item]! > at; item--) itemStarts[item] = itemStarts[item]! - count;
}

/** Remove a child of the paragraph: its nodes go to the child before it. */
function removeItem(item: number): void {
  itemTypes.copyWithin(item, item + 1, itemCount);
  itemStarts.copyWithin(item, item + 1, itemCount);
  itemCount--;
}

function insertItem(item: number, type: number, start: number): void {
  itemTypes.copyWithin(item + 1, item, itemCount);
  itemStarts.copyWithin(item + 1, item, itemCount);
  itemCount++;
  itemTypes[item] = type;
  itemStarts[item] = start;
}

/**
 * Read `text` (one line, no line breaks) and give its paragraph, sentences
 * and sentence children to `sink`, every offset shifted by `offset`; false,
 * having given nothing, when the line holds a character the scanner does
 * not read.
 */
export function readLine(text: string, offset: number, sink: ViewSink): boolean {
  try {
    return readTokens(text, offset, sink);
  } finally {
    // Nothing of the line outlives its reading: its text may be a slice that
    // holds a whole article's, and a long line's arrays are of its size.
    line = '';
    if (tokenStarts.length > RETAINED_TOKENS) allocateTokens(RETAINED_TOKENS);
  }
}

function readTokens(text: string, offset: number, sink: ViewSink): boolean {
  if (!tokenize(text)) return false;
  itemCount = 0;
  // tokenizeSentence's plugins, over the whole line; one that acts only on marks the line does not hold is skipped.
  if (text.includes('/') || text.includes("'") || text.includes('\u2019')) mergeElisionExceptions();
  if (text.includes('&')) modifyMarks(mergeInitialWordSymbol);
  if (text.includes('-')) modifyMarks(mergeFinalWordSymbol);
  modifyMarks(mergeInnerWordSymbol);
  if (text.includes('/')) modifyMarks(mergeInnerWordSlash);
  if (text.includes('.')) modifyMarks(mergeInitialisms);
  // tokenizeParagraph: sentences end after terminal marks, then its plugins.
  let sentenceStart = 0;
  for (let node = 0; node < nodeCount; node++) {
    if (node === nodeCount - 1 || (nodeTypes[node] === PUNCTUATION && TERMINAL.has(codeOf(node)))) {
      itemTypes[itemCount] = SENTENCE;
      itemStarts[itemCount++] = sentenceStart;
      sentenceStart = node + 1;
    }
  }
  modifyItems(mergeEnglishPrefixExceptions);
  modifyItems(mergeNonWordSentences);
  modifyItems(mergeAffixSymbol);
  modifyItems(mergeInitialLowerCaseLetterSentences);
  modifyItems(mergeInitialDigitSentences);
  modifyItems(mergePrefixExceptions);
  modifyItems(mergeAffixExceptions);
  for (let item = 0; item < itemCount; item++) if (isSentence(item)) mergeRemainingFullStops(item);
  makeInitialWhiteSpaceSiblings();
  modifyItems(makeFinalWhiteSpaceSiblings);
  // breakImplicitSentences needs line breaks, which a line has none of.
  modifyItems(removeEmptySentences);
  // tokenizeRoot: the paragraph without its outer white space; none when that is all it holds.
  let first = 0;
  while (first < itemCount && !isSentence(first)) first++;
  if (first === itemCount) return true;
  let last = itemCount - 1;
  while (itemTypes[last] === WHITE_SPACE) last--;
  if (!sink.paragraph(tokenStarts[nodeFirst[itemStarts[first]!]!]! + offset, tokenEnds[nodeLast[itemEnd(last) - 1]!]! + offset)) return true;
  for (let item = 0; item < itemCount; item++) {
    if (!isSentence(item)) continue;
    const end = itemEnd(item);
    for (let node = itemStarts[item]!; node < end; node++) {
      const type = nodeTypes[node]! as NodeType;
      const start = tokenStarts[nodeFirst[node]!]!;
      const nodeEnd = tokenEnds[nodeLast[node]!]!;
      sink.sentenceChild(type, start + offset, nodeEnd + offset, type !== WORD && nodeEnd - start === 1 ? line.charCodeAt(start) : -1);
    }
    sink.sentenceEnd(tokenStarts[nodeFirst[itemStarts[item]!]!]! + offset, tokenEnds[nodeLast[end - 1]!]! + offset);
  }
  return true;
}

function allocateTokens(size: number): void {
  tokenStarts = new Int32Array(size);
  tokenEnds = new Int32Array(size);
  nodeTypes = new Uint8Array(size);
  nodeFirst = new Int32Array(size);
  nodeLast = new Int32Array(size);
  itemTypes = new Uint8Array(2 * size);
  itemStarts = new Int32Array(2 * size);
}

/** parse-latin's `tokenize`: runs of word characters, of white space, and of one punctuation or symbol character; each token a node. */
function tokenize(text: string): boolean {
  // Room for a token per character.
  if (text.length > tokenStarts.length) allocateTokens(text.length);
  let count = 0;
  for (let index = 0; index < text.length; count++) {
    const code = text.charCodeAt(index);
    const type = typeOf(code);
    if (type === UNSUPPORTED) return false;
    let end = index + 1;
    if (type === WORD || type === WHITE_SPACE) {
      while (end < text.length && typeOf(text.charCodeAt(end)) === type) end++;
    } else {
      while (end < text.length && text.charCodeAt(end) === code) end++;
    }
    tokenStarts[count] = index;
    tokenEnds[count] = end;
    nodeTypes[count] = type;
    nodeFirst[count] = count;
    nodeLast[count] = count;
    index = end;
  }
  nodeCount = count;
  line = text;
  return true;
}

/**
 * unist-util-modify-children (array-iterate) over the line's nodes: visit
 * each in order; a visitor returning an index goes on from that index. The
 * visitors below act on punctuation and symbols only, so words and white
 * space are passed over.
 */
function modifyMarks(visit: (node: number) => number | undefined): void {
  for (let node = 0; node < nodeCount; node++) {
    if (!isPunctuationOrSymbol(node)) continue;
    const next = visit(node);
    if (next !== undefined) node = Math.max(next, 0) - 1;
  }
}

/** modifyChildren over the paragraph's children. */
function modifyItems(visit: (item: number) => number | undefined): void {
  for (let item = 0; item < itemCount; item++) {
    const next = visit(item);
    if (next !== undefined) item = Math.max(next, 0) - 1;
  }
}

// tokenizeSentence's plugins, over the line's nodes.

/** parse-english's mergeEnglishElisionExceptions (visitChildren): `w/`, `o'`, `'tis`, `'n'`. */
function mergeElisionExceptions(): void {
  for (let index = 0; index < nodeCount; index++) {
    if (!isPunctuationOrSymbol(index)) continue;
    const length = nodeCount;
    const previous = index - 1;
    if (isMark(index, SLASH)) {
      if (index > 0 && nodeTypes[previous] === WORD && textOf(previous).toLowerCase() === 'w') {
        nodeLast[previous] = nodeLast[index]!;
        removeNodes(index, 1);
      }
    } else if (isApostrophe(index)) {
      if (
        index > 2 &&
        index < length - 1 &&
        nodeTypes[previous] === WORD &&
        nodeTypes[index - 2] === WHITE_SPACE &&
        nodeTypes[index + 1] === WHITE_SPACE &&
        ELISION_PREFIX.test(textOf(previous).toLowerCase())
      ) {
        nodeLast[previous] = nodeLast[index]!;
        removeNodes(index, 1);
        continue;
      }
      const next = index + 1;
      if (index !== length - 1 && nodeTypes[next] === WORD && (index === 0 || nodeTypes[previous] !== WORD)) {
        const value = textOf(next).toLowerCase();
        const other = index + 2;
        if (ELISION_AFFIX.test(value)) {
          nodeFirst[next] = nodeFirst[index]!;
          removeNodes(index, 1);
        } else if (value === 'n' && other < length && nodeTypes[other] === PUNCTUATION && isApostrophe(other)) {
          nodeFirst[next] = nodeFirst[index]!;
          nodeLast[next] = nodeLast[other]!;
          removeNodes(other, 1);
          removeNodes(index, 1);
        }
      }
    }
  }
}

/** A lone `&` joins the word after it. */
function mergeInitialWordSymbol(index: number): number | undefined {
  if (!isMark(index, AMPERSAND)) return undefined;
  const next = index + 1;
  if ((index > 0 && nodeTypes[index - 1] === WORD) || !(next < nodeCount && nodeTypes[next] === WORD)) return undefined;
  nodeFirst[next] = nodeFirst[index]!;
  removeNodes(index, 1);
  return index - 1;
}

/** A `-` after a word and not before one joins that word. */
function mergeFinalWordSymbol(index: number): number | undefined {
  if (index === 0 || !isMark(index, HYPHEN)) return undefined;
  const previous = index - 1;
  const next = index + 1;
  if ((next < nodeCount && nodeTypes[next] === WORD) || nodeTypes[previous] !== WORD) return undefined;
  nodeLast[previous] = nodeLast[index]!;
  removeNodes(index, 1);
  return index;
}

function isInnerWordSymbol(node: number): boolean {
  if (!isPunctuationOrSymbol(node)) return false;
  const code = codeOf(node);
  return code === UNDERSCORE || (lengthOf(node) === 1 && INNER_WORD_SYMBOL.has(code));
}

/** Words joined by inner-word symbols (`it's`, `term-end`, `3.5`) are one word. */
function mergeInnerWordSymbol(index: number): number | undefined {
  if (index === 0 || !isPunctuationOrSymbol(index)) return undefined;
  const previous = index - 1;
  if (nodeTypes[previous] !== WORD) return undefined;
  let position = index - 1;
  let lastToken = -1;
  let queued = 0;
  while (++position < nodeCount) {
    if (nodeTypes[position] === WORD) {
      lastToken = nodeLast[position]!;
      queued = 0;
    } else if (isInnerWordSymbol(position)) {
      queued++;
    } else {
      break;
    }
  }
  if (lastToken === -1) return undefined;
  position -= queued;
  nodeLast[previous] = lastToken;
  removeNodes(index, position - index);
  return index;
}

/** Short words around a `/` (`km/h`) are one word. */
function mergeInnerWordSlash(index: number): number | undefined {
  const previous = index - 1;
  if (index === 0 || nodeTypes[previous] !== WORD || !isMark(index, SLASH)) return undefined;
  const next = index + 1;
  const nextIsWord = next < nodeCount && nodeTypes[next] === WORD;
  if (lengthOf(previous) >= 3 || (nextIsWord && lengthOf(next) >= 3)) return undefined;
  nodeLast[previous] = nodeLast[nextIsWord ? next : index]!;
  removeNodes(index, nextIsWord ? 2 : 1);
  return index;
}

/** `U.S` (letters and full stops) takes the full stop after it. */
function mergeInitialisms(index: number): number | undefined {
  if (index === 0 || nodeTypes[index] !== PUNCTUATION || !isMark(index, FULL_STOP)) return undefined;
  const previous = index - 1;
  const firstToken = nodeFirst[previous]!;
  const count = nodeLast[previous]! - firstToken + 1;
  if (nodeTypes[previous] !== WORD || count === 1 || count % 2 === 0) return undefined;
  let isAllDigits = true;
  for (let position = count - 1; position >= 0; position--) {
    const token = firstToken + position;
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
  nodeLast[previous] = nodeLast[index]!;
  removeNodes(index, 1);
  return index;
}

// tokenizeParagraph's plugins, over the paragraph's children.

/** A sentence ending in a word and a full stop that `prefix` accepts takes the full stop into the word and goes on into the next sentence. */
function mergeAbbreviation(item: number, prefix: (word: string) => boolean): number | undefined {
  const start = itemStarts[item]!;
  const period = itemEnd(item) - 1;
  const word = period - 1;
  if (word < start || nodeTypes[period] !== PUNCTUATION || !isMark(period, FULL_STOP) || nodeTypes[word] !== WORD || !prefix(textOf(word))) return undefined;
  nodeLast[word] = nodeLast[period]!;
  removeNodes(period, 1);
  if (!isSentence(item + 1)) return undefined;
  removeItem(item + 1);
  return item - 1;
}

/** parse-english's mergeEnglishPrefixExceptions: a sentence ending in an abbreviation (`Mr.`) goes on. */
function mergeEnglishPrefixExceptions(item: number): number | undefined {
  return isSentence(item) ? mergeAbbreviation(item, isEnglishAbbreviation) : undefined;
}

function isEnglishAbbreviation(word: string): boolean {
  return ABBREVIATIONS.test(word.toLowerCase()) || ABBREVIATIONS_SENSITIVE.test(word);
}

/** A sentence without words joins the one before it, or else the one after it. */
function mergeNonWordSentences(item: number): number | undefined {
  if (!isSentence(item)) return undefined;
  const end = itemEnd(item);
  for (let node = itemStarts[item]!; node < end; node++) if (nodeTypes[node] === WORD) return undefined;
  if (isSentence(item - 1)) {
    removeItem(item);
    return item;
  }
  if (isSentence(item + 1)) removeItem(item + 1);
  return undefined;
}

/** A closing mark (`”`, `)`) at the start of a sentence ends the one before it. */
function mergeAffixSymbol(item: number): number | undefined {
  const first = itemStarts[item]!;
  if (!isSentence(item) || first === itemEnd(item) || item === 0) return undefined;
  if (!isSentence(item - 1) || !isPunctuationOrSymbol(first) || !AFFIX.has(codeOf(first))) return undefined;
  itemStarts[item] = first + 1;
  return item - 1;
}

/** A sentence whose first word starts in lower case goes on the one before it. */
function mergeInitialLowerCaseLetterSentences(item: number): number | undefined {
  if (!isSentence(item) || item === 0 || !isSentence(item - 1)) return undefined;
  const end = itemEnd(item);
  for (let node = itemStarts[item]!; node < end; node++) {
    if (nodeTypes[node] === WORD) {
      const code = codeOf(node);
      if (code < 0x61 || code > 0x7a) return undefined;
      removeItem(item);
      return item;
    }
    if (isPunctuationOrSymbol(node)) return undefined;
  }
  return undefined;
}

/** A sentence starting with a number goes on the one before it. */
function mergeInitialDigitSentences(item: number): number | undefined {
  if (!isSentence(item - 1) || !isSentence(item)) return undefined;
  const head = itemStarts[item]!;
  if (head === itemEnd(item) || nodeTypes[head] !== WORD) return undefined;
  const code = codeOf(head);
  if (code < 0x30 || code > 0x39) return undefined;
  removeItem(item);
  return item;
}

/** parse-latin's mergePrefixExceptions: a sentence ending in `etc.`, `a.` or `12.` goes on. */
function mergePrefixExceptions(item: number): number | undefined {
  return isSentence(item) ? mergeAbbreviation(item, isAbbreviationPrefix) : undefined;
}

function isAbbreviationPrefix(word: string): boolean {
  return ABBREVIATION_PREFIX.test(word.toLowerCase());
}

/** A sentence whose first mark, before any word, is `,` or `;` goes on the one before it. */
function mergeAffixExceptions(item: number): number | undefined {
  if (!isSentence(item - 1) || !isSentence(item)) return undefined;
  const end = itemEnd(item);
  for (let node = itemStarts[item]!; node < end; node++) {
    if (nodeTypes[node] === WORD) return undefined;
    if (isPunctuationOrSymbol(node)) {
      if (!isMark(node, COMMA) && !isMark(node, SEMICOLON)) return undefined;
      removeItem(item);
      return item;
    }
  }
  return undefined;
}

/** Full stops before a sentence's last terminal mark join a word next to them. */
function mergeRemainingFullStops(item: number): void {
  const start = itemStarts[item]!;
  let hasFoundDelimiter = false;
  for (let position = itemEnd(item) - 1; position >= start; position--) {
    if (!isPunctuationOrSymbol(position)) {
      if (nodeTypes[position] === WORD) hasFoundDelimiter = true;
      continue;
    }
    if (!TERMINAL.has(codeOf(position))) continue;
    if (!hasFoundDelimiter) {
      hasFoundDelimiter = true;
      continue;
    }
    if (!isMark(position, FULL_STOP)) continue;
    const end = itemEnd(item);
    const previous = position - 1;
    const next = position + 1;
    if (previous >= start && nodeTypes[previous] === WORD) {
      if (next < end && nodeTypes[next] === WHITE_SPACE && next + 1 < end && isMark(next + 1, FULL_STOP)) continue;
      nodeLast[previous] = nodeLast[position]!;
      removeNodes(position, 1);
      position--;
    } else if (next < end && nodeTypes[next] === WORD) {
      nodeFirst[next] = nodeFirst[position]!;
      removeNodes(position, 1);
    }
  }
}

/** White space opening a sentence moves out of it (visitChildren: the sentence is visited again). */
function makeInitialWhiteSpaceSiblings(): void {
  for (let item = 0; item < itemCount; item++) {
    const start = itemStarts[item]!;
    if (isSentence(item) && start < itemEnd(item) && nodeTypes[start] === WHITE_SPACE) {
      insertItem(item, WHITE_SPACE, start);
      itemStarts[item + 1] = start + 1;
    }
  }
}

/** White space closing a sentence moves out of it. */
function makeFinalWhiteSpaceSiblings(item: number): number | undefined {
  const last = itemEnd(item) - 1;
  if (!isSentence(item) || last < itemStarts[item]! || nodeTypes[last] !== WHITE_SPACE) return undefined;
  insertItem(item + 1, WHITE_SPACE, last);
  return item;
}

function removeEmptySentences(item: number): number | undefined {
  if (!isSentence(item) || itemStarts[item] !== itemEnd(item)) return undefined;
  removeItem(item);
  return item;
}
