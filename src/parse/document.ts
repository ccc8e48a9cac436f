// Parsing an article (plain text, Markdown or HTML) into an ArticleDocument:
// blocks, sentences, words and the retext (nlcst) tree, every position in the
// original file's coordinates. Views are built lazily, once.
import type { Root as NlcstRoot, Nodes as NlcstNodes } from 'nlcst';
import type { Root as MdastRoot, Nodes as MdastNodes } from 'mdast';
import type { Root as HastRoot, Nodes as HastNodes } from 'hast';
import { ParseEnglish } from 'parse-english';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { OTHER, readLine, PUNCTUATION, SYMBOL, WHITE_SPACE, WORD, type NodeType, type ViewSink } from './tokenizer.js';
import type { ArticleDocument, ArticleFormat, Block, Point, Sentence, Word } from './article.js';
import { yamlModule } from './yaml.js';
import { FNV_OFFSET, fnvStep } from '../util/fnv.js';
import { markdownNesting, type MarkdownNesting } from './markdown-nesting.js';
import { readPlainLine } from './long-line.js';
import { HashIndex } from '../util/hash-index.js';
import { WordTable } from './word-table.js';

const parser = new ParseEnglish();

/**
 * The Markdown and HTML parsers, loaded by loadFormat: they are a large
 * share of the code, and a run over plain text needs neither.
 */
const markupParsers: {
  markdown?: { fromMarkdown: typeof import('mdast-util-from-markdown').fromMarkdown; toNlcst: typeof import('mdast-util-to-nlcst').toNlcst; decodeName: DecodeName };
  html?: { fromHtml: typeof import('hast-util-from-html').fromHtml; toNlcst: typeof import('hast-util-to-nlcst').toNlcst; decodeName: DecodeName };
} = {};

type DecodeName = typeof import('decode-named-character-reference').decodeNamedCharacterReference;

/** Load the parser of `format`; parseArticle needs it for Markdown and HTML. */
export async function loadFormat(format: ArticleFormat): Promise<void> {
  if (format === 'markdown' && !markupParsers.markdown) {
    const [{ fromMarkdown }, { toNlcst }, { decodeNamedCharacterReference }] = await Promise.all([import('mdast-util-from-markdown'), import('mdast-util-to-nlcst'), import('decode-named-character-reference')]);
    markupParsers.markdown = { fromMarkdown, toNlcst, decodeName: decodeNamedCharacterReference };
  } else if (format === 'html' && !markupParsers.html) {
    const [{ fromHtml }, { toNlcst }, { decodeNamedCharacterReference }] = await Promise.all([import('hast-util-from-html'), import('hast-util-to-nlcst'), import('decode-named-character-reference')]);
    markupParsers.html = { fromHtml, toNlcst, decodeName: decodeNamedCharacterReference };
  }
}

function loadedParser<F extends 'markdown' | 'html'>(format: F): NonNullable<(typeof markupParsers)[F]> {
  const loaded = markupParsers[format];
  if (!loaded) throw new Error(`The ${format} parser is not loaded: await loadFormat('${format}') before parseArticle`);
  return loaded;
}

export function formatOf(path: string): ArticleFormat {
  const lower = path.toLowerCase();
  if (/\.(md|markdown|mdx)$/.test(lower)) return 'markdown';
  if (/\.html?$/.test(lower)) return 'html';
  return 'text';
}

/** Front matter: a `---` YAML block at the very top. */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function parseArticle(path: string, text: string, format: ArticleFormat = formatOf(path)): ArticleDocument {
  return new ParsedArticle(path, text, format);
}

/** Why a Markdown article is read as plain text (its markup nested past what any article holds), or undefined. */
export function plainTextNotice(doc: ArticleDocument): MarkdownNesting | undefined {
  return doc instanceof ParsedArticle ? doc.nesting : undefined;
}

class ParsedArticle implements ArticleDocument {
  readonly frontMatter?: Record<string, unknown>;
  readonly bodyStart: number;
  /** Why this Markdown file is read as plain text, when it is (see plainTextNotice). */
  readonly nesting?: MarkdownNesting;
  /** The text with front matter blanked out (same length, same line breaks). */
  private readonly body: string;
  private readonly place: ReturnType<typeof location>;
  private cachedTree?: NlcstRoot;
  private cachedArticleText?: string;

  constructor(
    readonly path: string,
    readonly text: string,
    readonly format: ArticleFormat,
  ) {
    if (format !== 'text') loadedParser(format);
    this.place = location(text);
    const { match, body } = blankFrontMatter(text);
    this.bodyStart = match ? match[0].length : 0;
    this.body = body;
    // Markdown nested past what micromark parses in linear time is read as plain text (markdown-nesting.ts).
    this.nesting = format === 'markdown' ? markdownNesting(this.body) : undefined;
    this.markupFailed = this.nesting !== undefined;
    if (match) {
      try {
        const data: unknown = yamlModule().parse(match[1]!, { maxAliasCount: 100 });
        if (data && typeof data === 'object' && !Array.isArray(data)) this.frontMatter = data as Record<string, unknown>;
      } catch {
        // Broken front matter is left as is: it is not prose and carries no date.
      }
    }
  }

  pointAt(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const point = this.place.toPoint(clamped);
    if (point) return { line: point.line, column: point.column, offset: clamped };
    // The end of the text: vfile-location has no point there.
    const last = this.place.toPoint(clamped - 1);
    return last ? { line: last.line, column: last.column + 1, offset: clamped } : { line: 1, column: 1, offset: 0 };
  }

  /**
   * The text with what is not article text blanked out (same length, same
   * line breaks): front matter, and in HTML and Markdown the contents of
   * `<script>`, `<style>`, `<noscript>` and `<template>` and comments. The
   * views never hold these; a rule that scans the raw text scans this.
   */
  get articleText(): string {
    if (this.cachedArticleText === undefined) {
      let blanked = this.body;
      // Without a `<` there is no tag, comment or raw HTML to hide, and no parse is needed.
      if (this.format !== 'text' && !this.markupFailed && this.body.includes('<')) {
        try {
          const spans = this.format === 'html' ? hiddenHtml(this.htmlTree()).spans : hiddenMarkdown(this.markdownTree());
          const parts: string[] = [];
          let cursor = 0;
          for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
            if (start < cursor) continue;
            parts.push(blanked.slice(cursor, start), blank(blanked.slice(start, end)));
            cursor = end;
          }
          blanked = parts.join('') + blanked.slice(cursor);
        } catch (error) {
          // Markup too deep for the parser is read as plain text (see views).
          if (!(error instanceof RangeError)) throw error;
        }
      }
      this.cachedArticleText = blanked;
    }
    return this.cachedArticleText;
  }

  offsetAt(line: number, column: number): number {
    return this.place.toOffset({ line, column }) ?? this.text.length;
  }

  lineAt(offset: number): { start: number; end: number } {
    const { line } = this.pointAt(offset);
    const start = this.offsetAt(line, 1);
    let end = this.offsetAt(line + 1, 1);
    if (end > start && this.text[end - 1] === '\n') end--;
    if (end > start && this.text[end - 1] === '\r') end--;
    return { start, end };
  }

  /**
   * The whole nlcst tree, built on first use for rules that walk it. The
   * built-in rules read the views (blocks, sentences, words), which are
   * taken from the tree one paragraph at a time, so that a large article
   * never holds its whole tree.
   */
  get tree(): NlcstRoot {
    if (!this.cachedTree) {
      const children: NlcstRoot['children'] = [];
      for (const piece of this.treePieces()) {
        for (const node of piece.nodes) {
          moveTree(node, piece.offset, piece.line);
          children.push(node);
        }
      }
      this.cachedTree = { type: 'RootNode', children, position: { start: this.pointAt(0), end: this.pointAt(this.text.length) } };
    }
    return this.cachedTree;
  }

  get blocks(): readonly Block[] {
    return this.views().blocks;
  }

  get sentences(): readonly Sentence[] {
    return this.views().sentences;
  }

  /** The words as objects, made from the word table on first use: the built-in rules read `wordTable`, which holds them without an object per word. */
  get words(): readonly Word[] {
    return (this.wordObjects ??= this.wordTable.slice());
  }

  private wordObjects?: Word[];

  get wordTable(): WordTable {
    return this.views().words;
  }

  private cachedViews?: Views;

  private views(): Views {
    if (!this.cachedViews) {
      try {
        this.cachedViews = this.readViews();
      } catch (error) {
        // Markup nested thousands deep overflows the parsers' stacks: read such a file as plain text.
        if (!(error instanceof RangeError) || this.format === 'text') throw error;
        this.markupFailed = true;
        this.cachedViews = this.readViews();
      }
      this.mdast = undefined; // Only the views outlive their build.
      this.hast = undefined;
    }
    return this.cachedViews;
  }

  /**
   * Blocks, sentences and words in one pass; each piece of the tree is
   * dropped once read. A plain-text line is read by the scanner
   * (tokenizer.ts), which gives the same views as its tree without building
   * it, or parsed when the scanner declines it.
   */
  private readViews(): Views {
    const views = new ViewsBuilder(this.text, this.headingStarts());
    if (this.format !== 'text' && !this.markupFailed) {
      for (const { nodes, offset } of this.treePieces()) readTree(views, nodes, offset);
    } else {
      for (const line of plainTextLines(this.body, this.bodyStart)) readPlainLine(views, line.text, line.start, readWholeLine);
    }
    views.words.trim();
    return { blocks: views.blocks, sentences: views.sentences, words: views.words };
  }

  /** Set when the Markdown or HTML parser could not handle the file (see views). */
  private markupFailed = false;

  /** The tree in pieces, each parsed when it is reached: one per line, Markdown block or HTML document. */
  private treePieces(): Iterable<TreePiece> {
    if (this.format === 'markdown' && !this.markupFailed) return this.markdownPieces();
    if (this.format === 'html' && !this.markupFailed) return this.htmlPieces();
    return this.plainTextPieces();
  }

  /** The HTML tree, kept from its first use (articleText or the views) until the views are built. */
  private hast?: HastRoot;
  private htmlTree(): HastRoot {
    return (this.hast ??= loadedParser('html').fromHtml(this.body));
  }

  private *htmlPieces(): Iterable<TreePiece> {
    const html = loadedParser('html');
    const hast = this.htmlTree();
    this.hast = undefined;
    // Scripts, styles, templates and comments are not article text: they leave the tree, everything else keeps its place.
    hiddenHtml(hast).remove();
    // An empty or tag-only document has no position, which hast-util-to-nlcst requires.
    hast.position ??= { start: this.pointAt(0), end: this.pointAt(this.text.length) };
    alignTextNodes(hast, this.body, html.decodeName);
    yield { nodes: (html.toNlcst(hast, new VFile(this.body), ParseEnglish) as NlcstRoot).children, offset: 0, line: 0 };
  }

  private mdast?: MdastRoot;
  private markdownTree(): MdastRoot {
    if (!this.mdast) {
      const markdown = loadedParser('markdown');
      this.mdast = markdown.fromMarkdown(this.body);
      alignTextNodes(this.mdast, this.body, markdown.decodeName);
    }
    return this.mdast;
  }

  /**
   * mdast-util-to-nlcst turns a whole document into one sentence before
   * splitting it, which is quadratic in the size of the file. Each top-level
   * block is converted alone (its text from the start of its first line),
   * with the line break node a whole-document conversion puts between
   * blocks: the same tree, in linear time.
   */
  private *markdownPieces(): Iterable<TreePiece> {
    let previousEnd: Point | undefined;
    for (const block of this.markdownTree().children) {
      const start = block.position?.start;
      const end = block.position?.end;
      if (start?.offset === undefined || end?.offset === undefined) continue;
      if (previousEnd && previousEnd.line !== start.line) {
        const breakEnd = previousEnd.offset + start.line - previousEnd.line;
        const lineBreak: NlcstNodes = {
          type: 'WhiteSpaceNode',
          value: '\n'.repeat(start.line - previousEnd.line).padEnd(2, '\n'),
          position: { start: this.pointAt(previousEnd.offset), end: this.pointAt(breakEnd) },
        };
        yield { nodes: [lineBreak as NlcstRoot['children'][number]], offset: 0, line: 0 };
      }
      previousEnd = end as Point;
      const lineStart = start.offset - (start.column - 1);
      const lineDelta = start.line - 1;
      // The block is moved to its slice's coordinates for the conversion, then back.
      moveTree(block, -lineStart, -lineDelta);
      const root = loadedParser('markdown').toNlcst({ type: 'root', children: [block], position: block.position }, new VFile(this.body.slice(lineStart, end.offset)), parser);
      moveTree(block, lineStart, lineDelta);
      yield { nodes: (root as NlcstRoot).children, offset: lineStart, line: lineDelta };
    }
  }

  /**
   * Plain text: one paragraph per line (blank lines separate too). Each line
   * is parsed alone, which keeps parsing linear in the size of the file.
   */
  private *plainTextPieces(): Iterable<TreePiece> {
    for (const line of plainTextLines(this.body, this.bodyStart)) {
      const nodes = parser.parse(line.text).children.filter((child) => child.type === 'ParagraphNode');
      yield { nodes, offset: line.start, line: this.pointAt(line.start).line - 1 };
    }
  }

  /** Markdown headings' start offsets (their text, after `#`), or undefined for other formats. */
  private headingStarts(): Set<number> | undefined {
    if (this.format !== 'markdown' || this.markupFailed) return undefined;
    const starts = new Set<number>();
    for (const node of this.markdownTree().children) {
      if (node.type === 'heading' && node.children[0]?.position) starts.add(node.children[0].position.start.offset ?? -1);
    }
    return starts;
  }
}

interface Views {
  blocks: Block[];
  sentences: Sentence[];
  words: WordTable;
}

/** Nodes of the nlcst tree in a piece's own coordinates, and the shift into the file's (offsets, whole lines). */
interface TreePiece {
  nodes: NlcstRoot['children'];
  offset: number;
  line: number;
}

/**
 * The views (blocks, sentences, words) of paragraphs given one at a time,
 * by the scanner or by readTree; exported for tests/tokenizer.test.ts.
 */
export class ViewsBuilder implements ViewSink {
  readonly blocks: Block[] = [];
  readonly sentences: Sentence[] = [];
  readonly words: WordTable;
  private readonly distinctWords: WordInterner;
  // The current sentence: its first word, whether a quotation is open, and the types of its last two children.
  private firstWord = 0;
  private quoted = false;
  private before = -1;
  private beforeThat = -1;

  constructor(
    private readonly text: string,
    /** Markdown headings' start offsets; without them a block is a heading when it looks like a title. */
    private readonly headingStarts: Set<number> | undefined,
  ) {
    this.distinctWords = new WordInterner(text.length);
    // About one word in six characters of prose: room for most articles' words without growing.
    this.words = new WordTable(this.distinctWords.words, Math.ceil(text.length / 5));
  }

  paragraph(start: number, end: number): boolean {
    const text = this.text.slice(start, end);
    if (!text.trim()) return false;
    const kind = this.headingStarts ? (this.headingStarts.has(start) ? 'heading' : 'paragraph') : looksLikeTitle(text) ? 'heading' : 'paragraph';
    this.blocks.push({ kind, start, end, text, index: this.blocks.length });
    return true;
  }

  /** A child at -1, -1 is one the bridge could not place: it counts as the sentence's last child, but a word is left out. */
  sentenceChild(type: NodeType, start: number, end: number, mark: number): void {
    if (type === PUNCTUATION || type === SYMBOL) {
      this.quoted = mark === 0x201c ? true : mark === 0x201d ? false : mark === 0x22 ? !this.quoted : this.quoted;
    } else if (type === WORD && start !== -1) {
      // A word, then white space, make the next word `spaced`.
      const spaced = this.before === WHITE_SPACE && this.beforeThat === WORD;
      const words = this.words;
      words.add(this.distinctWords.interned(this.text, start, end), start, this.sentences.length, words.length === this.firstWord, this.quoted, spaced);
    }
    this.beforeThat = this.before;
    this.before = type;
  }

  sentenceEnd(start: number, end: number): void {
    const firstWord = this.firstWord;
    this.sentences.push({ text: this.text.slice(start, end), start, end, block: this.blocks.length - 1, firstWord, wordCount: this.words.length - firstWord });
    this.firstWord = this.words.length;
    this.quoted = false;
    this.before = -1;
    this.beforeThat = -1;
  }
}

/**
 * One string per distinct word: an article repeats most of its words, and a
 * copy per word is ~25% of the views' memory. The words are found by a hash
 * of their characters in the text (a HashIndex), so that a word seen before
 * is neither copied out of the text nor hashed as a new string.
 */
class WordInterner {
  /** The distinct words, in the order first seen. */
  readonly words: string[] = [];
  private readonly index: HashIndex;

  /** Sized for the distinct words of a text of `length` characters (about one in eight characters starts one), up to a bound: as many slots, half of them filled before it grows. */
  constructor(length: number) {
    const slots = 2 ** Math.min(16, Math.max(10, Math.ceil(Math.log2(length / 8))));
    this.index = new HashIndex(slots / 2);
  }

  /** The number of `text.slice(start, end)` in `words`, added when new. */
  interned(text: string, start: number, end: number): number {
    let hash = FNV_OFFSET | 0;
    for (let index = start; index < end; index++) hash = fnvStep(hash, text.charCodeAt(index));
    const { index, words } = this;
    for (let entry = index.first(hash); entry !== -1; entry = index.next(entry)) {
      const known = words[entry]!;
      if (known.length === end - start && text.startsWith(known, start)) return entry;
    }
    const entry = index.add(hash);
    words[entry] = text.slice(start, end);
    return entry;
  }
}

/** A plain-text line read by the scanner, or parsed when the scanner declines it. */
function readWholeLine(views: ViewSink, text: string, offset: number): void {
  if (!readLine(text, offset, views)) readTree(views, parser.parse(text).children, offset);
}

const NODE_TYPES: Record<string, NodeType> = { WordNode: WORD, WhiteSpaceNode: WHITE_SPACE, PunctuationNode: PUNCTUATION, SymbolNode: SYMBOL };

/** Give the paragraphs among `nodes` (an nlcst tree's top level, in a piece's coordinates) to `views`. */
export function readTree(views: ViewSink, nodes: NlcstRoot['children'], offset: number): void {
  for (const paragraph of nodes) {
    if (paragraph.type !== 'ParagraphNode' || !hasText(paragraph)) continue;
    const span = spanOf(paragraph, offset);
    if (!span || !views.paragraph(span[0], span[1])) continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const sentenceSpan = spanOf(sentence, offset);
      if (!sentenceSpan) continue;
      for (const child of sentence.children) {
        const type = NODE_TYPES[child.type] ?? OTHER;
        const childSpan = spanOf(child, offset) ?? [-1, -1];
        views.sentenceChild(type, childSpan[0], childSpan[1], 'value' in child && child.value.length === 1 ? child.value.charCodeAt(0) : -1);
      }
      views.sentenceEnd(sentenceSpan[0], sentenceSpan[1]);
    }
  }
}

/**
 * The markup structure of an HTML or Markdown file as `--fix` needs it: which
 * spans are text (edited inside), which are elements or blocks (removed
 * whole), which are markup (comments, breaks, Markdown's raw HTML), and
 * which are embedded content never removed (images, media, code, tables,
 * scripts). Offsets are the file's. Undefined for plain text, or for
 * markup too deep for the parser or nested past what it reads in linear time.
 */
export interface MarkupNode {
  kind: 'root' | 'text' | 'element' | 'markup' | 'embedded';
  start: number;
  end: number;
  children: MarkupNode[];
  /** The first and last non-white-space character of the text inside (-1 when none). */
  textStart: number;
  textEnd: number;
  /** Whether embedded content is inside. */
  embedded: boolean;
  /** An element that is never removed whole (the page's html, head, body). */
  frame?: boolean;
  /** Markup that goes only with the element around it (an HTML comment or doctype), never on its own. */
  bound?: boolean;
  /**
   * An HTML comment with no end, or an element with one inside: the comment runs on to the end of the file (or of
   * its Markdown container), past where the element's tags end, so removing the element whole takes what follows.
   */
  unclosedComment?: boolean;
}

const EMBEDDED_HTML = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'embed', 'object', 'svg', 'math', 'canvas', 'source', 'track', 'input', 'select', 'textarea', 'button', 'pre', 'code', 'table']);
const FRAME_HTML = new Set(['html', 'head', 'body']);
const EMBEDDED_MARKDOWN = new Set(['image', 'imageReference', 'code', 'inlineCode', 'definition', 'footnoteDefinition', 'math', 'inlineMath']);
const MARKUP_MARKDOWN = new Set(['html', 'break', 'thematicBreak']);
const EMBEDDED_MARKDOWN_HTML = /^\s*<(?:img|picture|video|audio|iframe|embed|object|svg|math|canvas|pre|code)\b/i;

/** The text with its front matter, if any, blanked out (same length, same line breaks), and the front matter's match. */
function blankFrontMatter(text: string): { match: RegExpExecArray | null; body: string } {
  const match = FRONT_MATTER.exec(text);
  return { match, body: match ? blank(text.slice(0, match[0].length)) + text.slice(match[0].length) : text };
}

export function markupTree(text: string, format: ArticleFormat): MarkupNode | undefined {
  if (format === 'text') return undefined;
  const { body } = blankFrontMatter(text);
  if (format === 'markdown' && markdownNesting(body)) return undefined;
  type Any = { type: string; tagName?: string; value?: unknown; position?: { start: { offset?: number }; end: { offset?: number } }; children?: Any[] };
  const kindOf = (node: Any): MarkupNode['kind'] => {
    if (format === 'html') {
      if (node.type === 'text') return 'text';
      // Scripts and styles are no text, but they are the page's: kept like an image.
      if (node.type === 'element') return EMBEDDED_HTML.has(node.tagName!) || HIDDEN_ELEMENTS.has(node.tagName!) ? 'embedded' : 'element';
      return 'markup';
    }
    if (node.type === 'text') return 'text';
    if (EMBEDDED_MARKDOWN.has(node.type)) return 'embedded';
    if (node.type === 'html') return EMBEDDED_MARKDOWN_HTML.test(String(node.value)) ? 'embedded' : 'markup';
    if (MARKUP_MARKDOWN.has(node.type) || !node.children) return 'markup';
    return 'element';
  };
  const convert = (node: Any, kind: MarkupNode['kind']): MarkupNode => {
    const start = node.position?.start.offset ?? -1;
    const end = node.position?.end.offset ?? -1;
    const result: MarkupNode = { kind, start, end, children: [], textStart: -1, textEnd: -1, embedded: kind === 'embedded' };
    if (kind === 'text' && start >= 0) {
      const first = body.slice(start, end).search(/\S/);
      if (first >= 0) {
        result.textStart = start + first;
        result.textEnd = start + body.slice(start, end).trimEnd().length;
      }
    }
    if (kind === 'element' && format === 'html' && FRAME_HTML.has(node.tagName!)) result.frame = true;
    if (kind === 'markup' && format === 'html') result.bound = true;
    if (kind === 'markup' && text.startsWith('<!--', start) && !text.startsWith('-->', end - 3)) result.unclosedComment = true;
    if (kind === 'element' || kind === 'root') {
      for (const child of node.children ?? []) {
        const converted = convert(child, kindOf(child));
        // A node the parser could not place (an implied element): its children stand in its place.
        const placed = converted.start < 0 || converted.end < converted.start ? converted.children : [converted];
        for (const c of placed) {
          result.children.push(c);
          if (c.embedded) result.embedded = true;
          if (c.unclosedComment) result.unclosedComment = true;
          if (c.textStart >= 0) {
            if (result.textStart < 0) result.textStart = c.textStart;
            result.textEnd = c.textEnd;
          }
        }
      }
      result.children.sort((a, b) => a.start - b.start);
      if (start < 0 && result.children.length) result.frame = true;
    }
    return result;
  };
  try {
    const tree = format === 'html' ? loadedParser('html').fromHtml(body) : loadedParser('markdown').fromMarkdown(body);
    const root = convert(tree as unknown as Any, 'root');
    return { ...root, start: 0, end: text.length };
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** Whether an nlcst node holds anything but white space (HTML's inter-element white space makes such paragraphs). */
function hasText(node: NlcstNodes): boolean {
  if ('children' in node) return (node.children as NlcstNodes[]).some(hasText);
  return node.type !== 'WhiteSpaceNode';
}

/** Elements whose contents are not article text. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'noscript', 'template']);

/** The spans of an HTML tree's hidden elements and comments, and a way to take them out of the tree. */
function hiddenHtml(tree: HastRoot): { spans: [number, number][]; remove(): void } {
  const spans: [number, number][] = [];
  const isHidden = (node: HastNodes) => node.type === 'comment' || (node.type === 'element' && HIDDEN_ELEMENTS.has(node.tagName));
  const walk = (node: HastNodes) => {
    if (isHidden(node)) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) spans.push([start, end]);
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return {
    spans,
    remove() {
      const prune = (node: HastNodes) => {
        if (!('children' in node)) return;
        node.children = (node.children as HastNodes[]).filter((child) => !isHidden(child)) as typeof node.children;
        for (const child of node.children) prune(child);
      };
      prune(tree);
    },
  };
}

/** Raw HTML in Markdown that is not article text: comments and the hidden elements. */
const HIDDEN_MARKDOWN_HTML = /^\s*(?:<!--|<(?:script|style|noscript|template)\b)/i;

function hiddenMarkdown(tree: MdastRoot): [number, number][] {
  const spans: [number, number][] = [];
  const walk = (node: MdastNodes) => {
    if (node.type === 'html' && HIDDEN_MARKDOWN_HTML.test(node.value)) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) spans.push([start, end]);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return spans;
}

/** Everything but line breaks as spaces. */
function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

/** Non-blank lines of a plain-text body with their offsets. */
export function plainTextLines(text: string, from = 0): { start: number; text: string }[] {
  const lines: { start: number; text: string }[] = [];
  const pattern = /[^\r\n]+/g;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].trim()) lines.push({ start: match.index, text: match[0] });
  }
  return lines;
}

/** A short line without closing punctuation reads as a title or heading. */
function looksLikeTitle(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 200 && !/[.!?:;,"'\u201D\u2019)]$/.test(trimmed.replace(/[*_]+$/, ''));
}

/**
 * A node's offsets, or undefined when the bridge could not place it (hast
 * and mdast positions can lack a point, e.g. around a lone CR): such a node
 * is left out rather than guessed at.
 */
function spanOf(node: NlcstNodes, shift: number): [number, number] | undefined {
  const start = node.position?.start?.offset;
  const end = node.position?.end?.offset;
  return start === undefined || end === undefined || end < start ? undefined : [start + shift, end + shift];
}

/**
 * Make every text node's value as long as its source: the Markdown and HTML
 * parsers decode character references (`&amp;`) and escapes (`\\*`), and the
 * retext bridges count positions in the decoded value, which would shift
 * every later word of the node. Each reference or escape becomes its
 * character padded with spaces to the source's length, and anything else the
 * source holds (blockquote markers on continued lines) is kept as written.
 */
function alignTextNodes(node: { type: string; value?: unknown; position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }, source: string, decodeName: DecodeName): void {
  if (node.type === 'text' && typeof node.value === 'string') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const written = source.slice(start, end);
    if (written === node.value) return;
    // HTML's parser merges white space on both sides of `</body>` and `</html>` into one node that spans the tags: it stays white space.
    if (!/\S/.test(node.value) && /\S/.test(written)) node.value = blank(written);
    else node.value = written.replace(REFERENCE_OR_ESCAPE, (match: string, escaped?: string) => padTo(match, escaped ?? decodeReference(match, decodeName)));
    return;
  }
  for (const child of node.children ?? []) alignTextNodes(child as typeof node, source, decodeName);
}

const REFERENCE_OR_ESCAPE = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});|\\([!-\/:-@[-`{-~])/g;

function decodeReference(reference: string, decodeName: DecodeName): string | undefined {
  const body = reference.slice(1, -1);
  if (body[0] !== '#') return decodeName(body) || undefined;
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
}

function padTo(written: string, decoded: string | undefined): string {
  return decoded === undefined || decoded.length > written.length ? written : decoded.padEnd(written.length, ' ');
}

/** Shift a tree's positions by whole lines: offsets and lines move, columns stay. */
function moveTree(node: MdastNodes | NlcstNodes, offsetDelta: number, lineDelta: number): void {
  const position = node.position;
  if (position) {
    node.position = {
      start: { line: position.start.line + lineDelta, column: position.start.column, offset: (position.start.offset ?? 0) + offsetDelta },
      end: { line: position.end.line + lineDelta, column: position.end.column, offset: (position.end.offset ?? 0) + offsetDelta },
    };
  }
  if ('children' in node) for (const child of node.children as (MdastNodes | NlcstNodes)[]) moveTree(child, offsetDelta, lineDelta);
}
