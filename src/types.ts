// The public types of article-lint: what a rule sees, what it reports, and
// what every consumer (reporters, fixer, LSP) reads. Data flows one way:
// ArticleDocument -> Rule.create(context) -> Report -> LintMessage.
import type { Glossary } from './config/glossary.js';
import type { CorpusEntry } from './analysis/corpus-entry.js';
import type { WordParts } from './analysis/names/lexicon.js';
import type { PageLayout } from './analysis/page-layout.js';
import type { NameAnalysis } from './analysis/names/misspelt-names.js';
import type { WordTokens } from './analysis/word-tokens.js';
import type { ArticleDocument, Place } from './parse/article.js';

// The article's own types are the parse step's, and a run's corpus entry the
// analyses'; both are public, so they are named here too.
export type { ArticleDocument, ArticleFormat, Block, Place, Point, Sentence, Word } from './parse/article.js';
export type { CorpusEntry } from './analysis/corpus-entry.js';

export type Severity = 'off' | 'info' | 'warn' | 'error';
export type ActiveSeverity = Exclude<Severity, 'off'>;

export interface RelatedPlace {
  /** Another file of the run; absent means this one. */
  path?: string;
  /** Offsets in that file. */
  start: number;
  end: number;
  /** For another file: its line/column points (this file's are computed). */
  place?: Place;
  message: string;
}

/** What a rule reports. The engine turns it into a LintMessage. */
export interface Report {
  /** One human sentence. */
  message: string;
  /** Span of the flagged text (UTF-16 offsets into `doc.text`, end exclusive). */
  start: number;
  end: number;
  /** Replacements or suggestions, best first; `['']` means delete. */
  expected?: string[];
  /**
   * Whether `--fix` may apply `expected[0]`. Defaults to `meta.fixable`
   * when exactly one replacement is given.
   */
  fixable?: boolean;
  /** Another span the fix replaces instead of [start, end) (e.g. a copy plus its line break). */
  fixRange?: { start: number; end: number };
  related?: RelatedPlace[];
  /** Rule-specific details, passed through to JSON and SARIF (`kind`, `similarity`, ...). */
  data?: Record<string, unknown>;
  /**
   * Lower one report's severity below the rule's (e.g. balanced bold at
   * info). Never raises it: the configured severity is the ceiling, so a
   * higher one here is ignored.
   */
  severity?: ActiveSeverity;
}

/** The analyses of one article that depend on its text alone, computed on first use. */
export interface DocumentViews {
  /** Its words' tokens and their hashes (the latest article's are kept: ask again rather than hold them). */
  wordTokens(): WordTokens;
  /** Per block, its first word: block b's words are `[result[b], result[b + 1])`. */
  firstWordOfBlocks(): Int32Array;
  /** Its words cut into parts (`Ishiba's` -> `Ishiba`), with their name shapes. */
  wordParts(): WordParts;
  /** Where its body paragraphs start and end: furniture gathers at the edges. */
  pageLayout(): PageLayout;
}

/** A run-level analysis: one first pass over every file of the run, shared by the rules that name it in `meta.uses`. */
export type RunAnalysisId = 'names';

/**
 * What rules share about an article in one lint run (as ESLint's
 * `SourceCode`): computed on first use, once for all the rules that ask.
 */
export interface DocumentAnalysis extends DocumentViews {
  /** Corrupted names, from the glossary, the config's words, the article and the run's name evidence (`meta.uses: ['names']`). */
  names(): NameAnalysis;
}

export interface RuleContext<Options = Record<string, unknown>, Collected = unknown> {
  ruleId: string;
  options: Options;
  doc: ArticleDocument;
  glossary: Glossary;
  /** The article's date, `YYYY-MM-DD` (front matter, --date, config, glossary asOf, today). */
  date: string;
  /** Words the config declares known (`words` key), lower-cased. */
  knownWords: ReadonlySet<string>;
  /**
   * For rules with a `collect` step: every linted file's collected data
   * (this file's included), in input order. Empty for a single-file run.
   */
  corpus: readonly CorpusEntry<Collected>[];
  /** Each path's first place in `corpus` (an article finds its own entry without a search of the run), built once for the run. */
  corpusPlaces: ReadonlyMap<string, number>;
  /**
   * Whether the run lints the file of a path in `corpus` (its `create` is
   * called for it): every file, but for a run that lints a share of its
   * corpus (a sharded corpus run, the editor's open document), so that a rule
   * that prepares an answer for each file once prepares none for the others.
   */
  lints(path: string): boolean;
  /** The shared analyses of this article in this run. */
  analysis: DocumentAnalysis;
  report(report: Report): void;
}

/** What a rule's `collect` sees besides the article. */
export interface CollectContext<Options = Record<string, unknown>, Collected = unknown> extends Omit<RuleContext<Options, Collected>, 'corpus' | 'corpusPlaces' | 'lints' | 'report' | 'doc' | 'analysis'> {
  /** The article's views (the run-level analyses are not ready before the corpus is). */
  analysis: DocumentViews;
  /**
   * How many files the run lints. With 1 the corpus will hold this file
   * alone: a rule that only compares files can skip its costly summary.
   * Infinity when the run's size is not known (corpus records, read as a
   * stream; the editor's workspace).
   */
  files: number;
}

export interface RuleMeta {
  id: string;
  description: string;
  /** Severity when the config does not say; `off`: the rule runs only where a config or `--rule` turns it on. */
  severity: Severity;
  /** Documentation page, given to every message as `url` (optional: messages then have none). */
  url?: string;
  /** Whether the rule offers safe fixes. */
  fixable: boolean;
  /** `source` of its messages; defaults to `article-lint`. */
  source?: string;
  /**
   * The options the rule accepts (`["warn", {options}]` in a config), each
   * with its type, default and range. When declared (`{}`: none), the config
   * loader refuses any other key and any value of the wrong type or out of
   * range with a `file:line:col` error; a rule that declares nothing gets its
   * options unchecked.
   */
  options?: Readonly<Record<string, RuleOption>>;
  /** Run-level analyses the rule reads through `context.analysis` (like `collect`, they make it a corpus rule). */
  uses?: readonly RunAnalysisId[];
}

/** One option of a rule: its type, default, range and what it does. */
export type RuleOption =
  | { type: 'number'; default: number; minimum?: number; maximum?: number; integer?: boolean; description: string }
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'string'; default: string; enum?: readonly string[]; description: string };

export interface Rule<Options = Record<string, unknown>, Collected = unknown> {
  meta: RuleMeta;
  /**
   * Optional first pass, run on every file of the run before any `create`:
   * returns a small JSON-serialisable summary that `context.corpus` hands back.
   */
  collect?(doc: ArticleDocument, context: CollectContext<Options, Collected>): Collected;
  create(context: RuleContext<Options, Collected>): void;
}

/** A finding as every consumer sees it (JSON, stylish, GitHub, SARIF, LSP, fixer). */
export interface LintMessage {
  ruleId: string;
  source: string;
  reason: string;
  severity: ActiveSeverity;
  /** `true` error, `false` warning, `null` info (vfile's convention). */
  fatal: boolean | null;
  line: number;
  column: number;
  place: Place;
  expected?: string[];
  /** True when `--fix` applies `expected[0]` over `fixRange` (or `place`). */
  fixable: boolean;
  fixRange?: { start: number; end: number };
  url?: string;
  related?: { path: string; place: Place; message: string }[];
  data?: Record<string, unknown>;
}

export interface FileResult {
  /** Path as given by the user (relative paths stay relative). */
  path: string;
  cwd: string;
  messages: LintMessage[];
  /** The article date the checks used. */
  date?: string;
  /** Fixed text, when `--fix` changed the file. */
  output?: string;
  /** With `output`: the findings on the text before it was fixed (what `--fix-dry-run` reports). */
  unfixedMessages?: LintMessage[];
  /** Why the file could not be linted (unreadable, binary...). */
  error?: string;
  /** Entries of the glossaries the file was checked against that no rule can use (`file:line:col: what`), when there are any. */
  glossaryWarnings?: readonly string[];
}
