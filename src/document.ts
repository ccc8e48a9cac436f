// Parsing an article (plain text, Markdown or HTML) into an ArticleDocument:
// blocks, sentences, words and the retext (nlcst) tree, every position in the
// original file's coordinates. Views are built lazily, once.
import type { Root as NlcstRoot, Paragraph as NlcstParagraph, Parents as NlcstParents, Nodes as NlcstNodes } from 'nlcst';
import type { Root as MdastRoot, Nodes as MdastNodes } from 'mdast';
import { ParseEnglish } from 'parse-english';
import { toNlcst as mdastToNlcst } from 'mdast-util-to-nlcst';
import { toNlcst as hastToNlcst } from 'hast-util-to-nlcst';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { fromHtml } from 'hast-util-from-html';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { parse as parseYaml } from 'yaml';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { ArticleDocument, ArticleFormat, Block, Point, Sentence, Word } from './types.js';

const parser = new ParseEnglish();

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

class ParsedArticle implements ArticleDocument {
  readonly frontMatter?: Record<string, unknown>;
  readonly bodyStart: number;
  /** The text with front matter blanked out (same length, same line breaks). */
  private readonly body: string;
  private readonly place: ReturnType<typeof location>;
  private cachedTree?: NlcstRoot;
  private cachedBlocks?: Block[];
  private cachedSentences?: Sentence[];
  private cachedWords?: Word[];

  constructor(
    readonly path: string,
    readonly text: string,
    readonly format: ArticleFormat,
  ) {
    this.place = location(text);
    const match = FRONT_MATTER.exec(text);
    this.bodyStart = match ? match[0].length : 0;
    this.body = match ? text.slice(0, this.bodyStart).replace(/[^\r\n]/g, ' ') + text.slice(this.bodyStart) : text;
    if (match) {
      try {
        const data: unknown = parseYaml(match[1]!, { maxAliasCount: 100 });
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

  offsetAt(line: number, column: number): number {
    return this.place.toOffset({ line, column }) ?? this.text.length;
  }

  get tree(): NlcstRoot {
    this.cachedTree ??= this.buildTree();
    return this.cachedTree;
  }

  get blocks(): readonly Block[] {
    this.cachedBlocks ??= this.buildBlocks();
    return this.cachedBlocks;
  }

  get sentences(): readonly Sentence[] {
    if (!this.cachedSentences) this.buildSentencesAndWords();
    return this.cachedSentences!;
  }

  get words(): readonly Word[] {
    if (!this.cachedWords) this.buildSentencesAndWords();
    return this.cachedWords!;
  }

  private buildTree(): NlcstRoot {
    try {
      if (this.format === 'markdown') return this.markdownNlcst();
      if (this.format === 'html') return this.htmlNlcst();
    } catch (error) {
      // Markup nested thousands deep overflows the parsers' stacks: read such a file as plain text.
      if (!(error instanceof RangeError)) throw error;
      this.markupFailed = true;
    }
    return this.plainTextTree();
  }

  /** Set when the Markdown or HTML parser could not handle the file (see buildTree). */
  private markupFailed = false;

  private htmlNlcst(): NlcstRoot {
    const hast = fromHtml(this.body);
    // An empty or tag-only document has no position, which hast-util-to-nlcst requires.
    hast.position ??= { start: this.pointAt(0), end: this.pointAt(this.text.length) };
    alignTextNodes(hast, this.body);
    return hastToNlcst(hast, new VFile(this.body), ParseEnglish) as NlcstRoot;
  }

  private mdast?: MdastRoot;
  private markdownTree(): MdastRoot {
    if (!this.mdast) {
      this.mdast = fromMarkdown(this.body);
      alignTextNodes(this.mdast, this.body);
    }
    return this.mdast;
  }

  /**
   * mdast-util-to-nlcst turns a whole document into one sentence before
   * splitting it, which is quadratic in the size of the file. Each top-level
   * block is converted alone (its text from the start of its first line) and
   * moved back into the file's coordinates, with the line break node a
   * whole-document conversion puts between blocks: the same tree, in linear time.
   */
  private markdownNlcst(): NlcstRoot {
    const children: NlcstRoot['children'] = [];
    let previousEnd: Point | undefined;
    for (const block of this.markdownTree().children) {
      const start = block.position?.start;
      const end = block.position?.end;
      if (start?.offset === undefined || end?.offset === undefined) continue;
      if (previousEnd && previousEnd.line !== start.line) {
        const breakEnd = previousEnd.offset + start.line - previousEnd.line;
        children.push({
          type: 'WhiteSpaceNode',
          value: '\n'.repeat(start.line - previousEnd.line).padEnd(2, '\n'),
          position: { start: this.pointAt(previousEnd.offset), end: this.pointAt(breakEnd) },
        });
      }
      previousEnd = end as Point;
      const lineStart = start.offset - (start.column - 1);
      const lineDelta = start.line - 1;
      // The block is moved to its slice's coordinates for the conversion, then back.
      moveTree(block, -lineStart, -lineDelta);
      const root = mdastToNlcst({ type: 'root', children: [block], position: block.position }, new VFile(this.body.slice(lineStart, end.offset)), parser);
      moveTree(block, lineStart, lineDelta);
      for (const child of (root as NlcstRoot).children) {
        moveTree(child, lineStart, lineDelta);
        children.push(child);
      }
    }
    return { type: 'RootNode', children, position: { start: this.pointAt(0), end: this.pointAt(this.text.length) } };
  }

  /**
   * Plain text: one paragraph per line (blank lines separate too). Each line
   * is parsed alone, which keeps parsing linear in the size of the file.
   */
  private plainTextTree(): NlcstRoot {
    const children: NlcstRoot['children'] = [];
    for (const line of plainTextLines(this.body, this.bodyStart)) {
      const root = parser.parse(line.text);
      const lineNumber = this.pointAt(line.start).line;
      for (const child of root.children) {
        if (child.type !== 'ParagraphNode') continue;
        moveToLine(child, line.start, lineNumber);
        children.push(child);
      }
    }
    return {
      type: 'RootNode',
      children,
      position: { start: this.pointAt(0), end: this.pointAt(this.text.length) },
    };
  }

  private buildBlocks(): Block[] {
    const headingStarts = this.headingStarts();
    const blocks: Block[] = [];
    for (const node of this.tree.children) {
      const span = node.type === 'ParagraphNode' ? spanOf(node) : undefined;
      if (!span) continue;
      const [start, end] = span;
      const text = this.text.slice(start, end);
      if (!text.trim()) continue;
      const kind = headingStarts ? (headingStarts.has(start) ? 'heading' : 'paragraph') : looksLikeTitle(text) ? 'heading' : 'paragraph';
      blocks.push({ kind, start, end, text, index: blocks.length });
    }
    return blocks;
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

  private buildSentencesAndWords(): void {
    const sentences: Sentence[] = [];
    const words: Word[] = [];
    const blockAt = new Map(this.blocks.map((b) => [b.start, b.index]));
    let blockIndex = 0;
    for (const paragraph of this.tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      const start = spanOf(paragraph)?.[0] ?? 0;
      blockIndex = blockAt.get(start) ?? blockIndex;
      for (const sentence of (paragraph as NlcstParagraph).children) {
        if (sentence.type !== 'SentenceNode') continue;
        const sentenceSpan = spanOf(sentence);
        if (!sentenceSpan) continue;
        const [sStart, sEnd] = sentenceSpan;
        const index = sentences.length;
        const firstWord = words.length;
        let quoted = false;
        for (const child of sentence.children) {
          if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
            quoted = nextQuoteState(quoted, child.value);
          } else if (child.type === 'WordNode' && spanOf(child)) {
            const [wStart, wEnd] = spanOf(child)!;
            words.push({
              text: this.text.slice(wStart, wEnd),
              start: wStart,
              end: wEnd,
              sentence: index,
              sentenceStart: words.length === firstWord,
              quoted,
            });
          }
        }
        sentences.push({ text: this.text.slice(sStart, sEnd), start: sStart, end: sEnd, block: blockIndex, firstWord, wordCount: words.length - firstWord });
      }
    }
    this.cachedSentences = sentences;
    this.cachedWords = words;
  }
}

function nextQuoteState(quoted: boolean, mark: string): boolean {
  if (mark === '\u201C') return true;
  if (mark === '\u201D') return false;
  if (mark === '"') return !quoted;
  return quoted;
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
function spanOf(node: NlcstNodes): [number, number] | undefined {
  const start = node.position?.start?.offset;
  const end = node.position?.end?.offset;
  return start === undefined || end === undefined || end < start ? undefined : [start, end];
}

/** Shift a tree's positions by whole lines: offsets and lines move, columns stay. */
/**
 * Make every text node's value as long as its source: the Markdown and HTML
 * parsers decode character references (`&amp;`) and escapes (`\\*`), and the
 * retext bridges count positions in the decoded value, which would shift
 * every later word of the node. Each reference or escape becomes its
 * character padded with spaces to the source's length, and anything else the
 * source holds (blockquote markers on continued lines) is kept as written.
 */
function alignTextNodes(node: { type: string; value?: unknown; position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }, source: string): void {
  if (node.type === 'text' && typeof node.value === 'string') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const written = source.slice(start, end);
    if (written !== node.value) node.value = written.replace(REFERENCE_OR_ESCAPE, (match: string, escaped?: string) => padTo(match, escaped ?? decodeReference(match)));
    return;
  }
  for (const child of node.children ?? []) alignTextNodes(child as typeof node, source);
}

const REFERENCE_OR_ESCAPE = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});|\\([!-\/:-@[-`{-~])/g;

function decodeReference(reference: string): string | undefined {
  const body = reference.slice(1, -1);
  if (body[0] !== '#') return decodeNamedCharacterReference(body) || undefined;
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
}

function padTo(written: string, decoded: string | undefined): string {
  return decoded === undefined || decoded.length > written.length ? written : decoded.padEnd(written.length, ' ');
}

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

/**
 * Positions of a tree parsed from one whole line (no line breaks inside) that
 * starts at `lineStart` in the file: offsets shift, columns stay, the line is
 * the file's. No per-node offset-to-point lookup is needed.
 */
function moveToLine(node: NlcstNodes, lineStart: number, line: number): void {
  const position = node.position;
  if (position) {
    node.position = {
      start: { line, column: position.start.column, offset: (position.start.offset ?? 0) + lineStart },
      end: { line, column: position.end.column, offset: (position.end.offset ?? 0) + lineStart },
    };
  }
  if ('children' in node) for (const child of (node as NlcstParents).children) moveToLine(child, lineStart, line);
}
