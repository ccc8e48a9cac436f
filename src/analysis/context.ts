// The shared analyses as a rule reaches them: `context.analysis`. Views of
// one article (its word tokens, word parts) are computed from the article
// alone, on first use. The name analysis also reads the glossary, the
// config's words and the run's name evidence: it is kept in the object the
// engine makes for one article in one lint run, so that its memo holds
// exactly what it was computed from and lives no longer than that run.
import type { ArticleDocument, CorpusEntry, DocumentAnalysis, DocumentViews, RunAnalysisId } from '../types.js';
import type { Corpus } from './corpus-entry.js';
import type { Glossary } from '../config/glossary.js';
import { collectNames, type NameCounts } from './names/evidence.js';
import { wordParts } from './names/lexicon.js';
import { pageLayout, type PageLayout } from './page-layout.js';
import { analyseNames, type NameAnalysis } from './names/misspelt-names.js';
import { firstWordOfBlocks, latestWordTokens, type WordTokens } from './word-tokens.js';

/**
 * The run-level analyses: each has a first pass over every file of the run
 * (a small JSON-serialisable summary, as a rule's `collect`), run once for
 * all the rules that name it in `meta.uses`.
 */
export const RUN_ANALYSES: Record<RunAnalysisId, (doc: ArticleDocument) => unknown> = {
  names: collectNames,
};

/** Where a run analysis's summaries go in the run's corpus, beside the rules' (keyed by rule id). */
export function corpusKey(id: RunAnalysisId): string {
  return `analysis:${id}`;
}

/** What one lint run gives an article's analyses besides the article. */
export interface AnalysisRun {
  glossary: Glossary;
  knownWords: ReadonlySet<string>;
  /** The run's corpus (by rule id or corpusKey), empty in the first pass. */
  corpus: Corpus;
  /** The pass's WordTokens slot (latestWordTokens), shared with the article's other views in that pass; default: its own. */
  wordTokensOf?: (doc: ArticleDocument) => WordTokens;
}

/**
 * The views of one article, which depend on its text alone (what `collect`
 * may read). Its WordTokens come from the pass's slot (latestWordTokens), so
 * that kept articles do not hold theirs.
 */
export function documentViews(doc: ArticleDocument, wordTokensOf = latestWordTokens()): DocumentViews {
  let firstWords: Int32Array | undefined;
  let layout: PageLayout | undefined;
  return {
    wordTokens: () => wordTokensOf(doc),
    firstWordOfBlocks: () => (firstWords ??= firstWordOfBlocks(doc)),
    wordParts: () => wordParts(doc),
    pageLayout: () => (layout ??= pageLayout(doc)),
  };
}

/** One article's analyses for one lint run, shared by the rules that lint it in that run. */
export function documentAnalysis(doc: ArticleDocument, run: AnalysisRun): DocumentAnalysis {
  let names: NameAnalysis | undefined;
  return {
    ...documentViews(doc, run.wordTokensOf),
    names: () =>
      (names ??= analyseNames({
        doc,
        glossary: run.glossary,
        knownWords: run.knownWords,
        corpus: run.corpus.list(corpusKey('names')) as readonly CorpusEntry<NameCounts>[],
        corpusPlaces: run.corpus.places(corpusKey('names')),
      })),
  };
}

/**
 * The analyses as one rule sees them: a run-level analysis the rule does not
 * name in `meta.uses` has no first pass behind it, so asking for it is a bug
 * in the rule, reported as such rather than answered without the run's evidence.
 */
export function analysisFor(shared: DocumentAnalysis, ruleId: string, uses: readonly RunAnalysisId[] = []): DocumentAnalysis {
  if (uses.includes('names')) return shared;
  return {
    ...shared,
    names() {
      throw new Error(`rule "${ruleId}" reads context.analysis.names() without "names" in meta.uses`);
    },
  };
}
