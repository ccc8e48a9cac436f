// The parsed article: what the parse step gives and every later step reads,
// in the original file's coordinates.
import type { Root as NlcstRoot } from 'nlcst';
import type { Word, WordTable } from './word-table.js';

export type { Word } from './word-table.js';

export type ArticleFormat = 'text' | 'markdown' | 'html';

/** 1-based line and column, 0-based UTF-16 offset, as vfile counts them. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Place {
  start: Point;
  end: Point;
}

/** A title line, heading or paragraph, with its span in the original text. */
export interface Block {
  kind: 'heading' | 'paragraph';
  /** Offset of the first character (UTF-16, original text). */
  start: number;
  /** Offset after the last character, trailing whitespace excluded. */
  end: number;
  /** The source text of the block (`text.slice(start, end)`), markup included. */
  text: string;
  index: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index into `doc.blocks`. */
  block: number;
  /** Indices into `doc.words`, in order: `words[firstWord .. firstWord + wordCount)`. */
  firstWord: number;
  wordCount: number;
}

/**
 * One parsed article. Everything is in the original file's coordinates
 * (offsets into `text`). Derived views are computed once, on first use.
 */
export interface ArticleDocument {
  /** Path as the user gave it (or `--stdin-filename`), used in reports. */
  path: string;
  /** Decoded text, BOM removed. */
  text: string;
  format: ArticleFormat;
  /** YAML front matter, when the article has a `---` block at the top. */
  frontMatter?: Record<string, unknown>;
  /** Offset where prose starts (after front matter); 0 when there is none. */
  bodyStart: number;
  /**
   * `text` with what is not article text blanked to spaces (same length,
   * same line breaks): front matter, and in HTML and Markdown the contents
   * of `<script>`, `<style>`, `<noscript>`, `<template>` and comments. The
   * views (blocks, sentences, words) never include these; a rule that scans
   * the raw text scans this instead.
   */
  readonly articleText: string;
  /** Title/heading lines and paragraphs, in order. */
  readonly blocks: readonly Block[];
  readonly sentences: readonly Sentence[];
  /** The words as objects (made on first use, one per word). */
  readonly words: readonly Word[];
  /**
   * The same words as columns (`wordTable.text(i)`, `.start(i)`...): what
   * the built-in rules read, without an object per word.
   */
  readonly wordTable: WordTable;
  /** The retext (nlcst) tree, positions in original coordinates. */
  readonly tree: NlcstRoot;
  pointAt(offset: number): Point;
  offsetAt(line: number, column: number): number;
  /** The line that holds `offset`: where it starts and where its text ends (before its break), lines broken as positions count them (`\n`, `\r\n` or a lone `\r`). */
  lineAt(offset: number): { start: number; end: number };
}
