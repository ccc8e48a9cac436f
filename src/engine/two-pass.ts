// The two passes of a lint run, owned in one place for the CLI, the worker
// threads and the language server:
//
//   prepare    each article: its config's setup (rules, glossary), its parse, its date
//   first pass the `collect` steps and run-level analyses of every article, and
//              the rules that need no corpus (their findings are final)
//   corpus     every article's collected data, in run order (TwoPassLint.corpus)
//   lint       the corpus rules of each article against the whole corpus
//              (with --fix, again until its text is stable)
//
// A caller decides only where articles live between the passes: the CLI's
// lanes keep them within a memory bound (workers.ts), the language server
// keeps each open document's first pass for its version (lsp/).
import type { LintConfig } from '../config/config.js';
import type { FileResult } from '../types.js';
import {
  articlePreparer,
  buildCorpus,
  firstPasses,
  lintPreparedFiles,
  type ArticleInput,
  type Collected,
  type Corpus,
  type FirstPass,
  type LintJob,
  type LintOptions,
  type PreparedArticle,
} from './engine.js';

/** An article's first pass; an article for the second pass (prepared, with its first-pass findings: absent, every rule runs again). */
export type { FirstPass, LintJob };

export class TwoPassLint {
  private readonly prepareOne: (input: ArticleInput) => Promise<PreparedArticle>;

  /**
   * `configOf` gives each article's config (default: looked up anew for each
   * article); setups are built once per config and kept by this object.
   */
  constructor(
    private readonly options: LintOptions,
    configOf?: (path: string) => LintConfig,
  ) {
    this.prepareOne = articlePreparer(options, configOf);
  }

  /** Prepare an article: for its first pass, and again for its second when its parse was not kept. */
  prepare(input: ArticleInput): Promise<PreparedArticle> {
    return this.prepareOne(input);
  }

  /**
   * The first pass of prepared articles, under one run of time limits: what
   * each gives the corpus (`collected`), and the findings of the rules that
   * need no corpus (`messages`, final). `runSize` is the number of files in
   * the whole run (default: options.files): a rule that only compares
   * articles skips its summary when an article is alone.
   */
  firstPass(files: readonly PreparedArticle[], runSize = this.options.files): FirstPass[] {
    return firstPasses(files, { ...this.options, files: runSize });
  }

  /** The run's corpus from every article's collected data, in run order; `linted`: the paths of those the run lints (default: all). */
  static corpus(members: readonly { path: string; collected: Collected }[], linted?: ReadonlySet<string>): Corpus {
    return buildCorpus(members, linted);
  }

  /** The second pass of articles whose first pass is done, against the corpus of the whole run. */
  lint(jobs: readonly LintJob[], corpus: Corpus, fix = this.options.fix): FileResult[] {
    return lintPreparedFiles(jobs, corpus, { ...this.options, fix });
  }
}
