// duplicate-article: articles of one run whose text is mostly the same
// (syndicated or spun copies). The corpus pass keeps a MinHash signature of
// each article's word 3-shingles; each article is then compared only with
// the earlier articles that share an LSH band with it, and reported against
// the most similar one.
import { docsUrl } from '../../src/engine/docs.js';
import { memoizeByObject } from '../../src/util/memo.js';
import type { ArticleDocument, CorpusEntry, Place, Rule } from '../../src/types.js';
import type { WordTokens } from '../../src/analysis/word-tokens.js';
import { shingleHash, tokenHashPieces } from '../../src/analysis/text.js';
import { LshIndex, MinHashSketch, packValues, SIGNATURE_SIZE, signatureValue } from './minhash.js';

export interface DuplicateArticleOptions {
  /** Least estimated Jaccard similarity of the two articles' word 3-shingles. */
  threshold?: number;
}

/**
 * What the corpus pass keeps of an article, as one string of packed values
 * (packValues; a corpus run holds one per record for the whole run): the
 * MinHash signature of its word shingles, left out for an article too short
 * to compare, then its first block's (its title's) place, to point at from
 * the other file: offsets, start and end lines and columns.
 */
type ArticleSignature = string;

/** The title's values: start, end, startLine, startColumn, endLine, endColumn. */
const TITLE_VALUES = 6;

/** The packed signature (with the title after it), or undefined when the article was too short. */
function signatureOf(data: ArticleSignature): string | undefined {
  return data.length > 4 * TITLE_VALUES ? data : undefined;
}

/**
 * Word 3-shingles: unrelated articles of one genre share under 1% of them,
 * a copy with one word in eight replaced still shares about 45%.
 */
const SHINGLE_SIZE = 3;
const DEFAULT_THRESHOLD = 0.3;
/** Shorter articles (about 25 words) are not compared: a few shared lines would make them "the same". */
const MIN_SHINGLES = 20;

/** Calls `visit` with the hashes of the article's word shingles in text order, repeats included (an article shorter than a shingle has none). */
function forEachShingle(doc: ArticleDocument, words: WordTokens, visit: (shingle: number) => void): void {
  // Usually the body's tokens are its words' (repeated-block hashes the same ones); otherwise its text is tokenised a piece at a time.
  const held = words.heldByWords(doc.bodyStart, doc.text.length, 0, doc.wordTable.length);
  // The last tokens of the pieces so far, to start the next piece's shingles with.
  let carried = new Uint32Array(0);
  for (const piece of held ? [held] : tokenHashPieces(doc.text, doc.bodyStart)) {
    let tokenHashes = piece;
    if (carried.length > 0) {
      tokenHashes = new Uint32Array(carried.length + piece.length);
      tokenHashes.set(carried);
      tokenHashes.set(piece, carried.length);
    }
    for (let i = 0; i + SHINGLE_SIZE <= tokenHashes.length; i++) visit(shingleHash(tokenHashes, i, SHINGLE_SIZE));
    carried = tokenHashes.slice(Math.max(0, tokenHashes.length - (SHINGLE_SIZE - 1)));
  }
}

/** One index per run (the engine hands every file the same corpus list), with the bests of the files the run lints. */
const indexOf = memoizeByObject(
  (corpus: readonly CorpusEntry<ArticleSignature>[], lints: (path: string) => boolean) =>
    new LshIndex(
      corpus.map((entry) => signatureOf(entry.data)),
      (index) => lints(corpus[index]!.path),
    ),
);

function titleOf(doc: ArticleDocument, start: number, end: number): number[] {
  const first = doc.pointAt(start);
  const last = doc.pointAt(end);
  return [start, end, first.line, first.column, last.line, last.column];
}

/** The title's offsets and place, as a related location. */
function titlePlace(data: ArticleSignature): { start: number; end: number; place: Place } {
  const at = signatureOf(data) ? SIGNATURE_SIZE : 0;
  const [start, end, startLine, startColumn, endLine, endColumn] = Array.from({ length: TITLE_VALUES }, (_, i) => signatureValue(data, at + i)) as [number, number, number, number, number, number];
  return { start, end, place: { start: { line: startLine, column: startColumn, offset: start }, end: { line: endLine, column: endColumn, offset: end } } };
}

const rule: Rule<DuplicateArticleOptions, ArticleSignature> = {
  meta: {
    id: 'duplicate-article',
    description: 'An article that is mostly the same text as another article of the run',
    severity: 'info',
    url: docsUrl('duplicate-article'),
    fixable: false,
    options: {
      threshold: { type: 'number', minimum: 0, maximum: 1, default: DEFAULT_THRESHOLD, description: 'least estimated Jaccard similarity of the word 3-shingles' },
    },
  },
  collect(doc, { files, analysis }) {
    // Shingles are streamed into the signature (a repeat changes nothing); only enough distinct ones to pass MIN_SHINGLES are kept.
    const sketch = new MinHashSketch();
    const distinct = new Set<number>();
    // Alone in its run, the article is compared with nothing: no signature.
    if (files > 1) {
      forEachShingle(doc, analysis.wordTokens(), (shingle) => {
        sketch.add(shingle);
        if (distinct.size < MIN_SHINGLES) distinct.add(shingle);
      });
    }
    // The article's first block, its title, to point at from the other copy.
    const start = doc.blocks[0]?.start ?? doc.bodyStart;
    const end = doc.blocks[0]?.end ?? start;
    const title = titleOf(doc, start, end);
    return packValues(distinct.size >= MIN_SHINGLES ? [...sketch.values(), ...title] : title);
  },
  create(context) {
    const { corpus, doc } = context;
    const self = context.corpusPlaces.get(doc.path) ?? -1;
    if (self <= 0) return;
    const best = indexOf(corpus, context.lints).bestEarlier(self, context.options.threshold ?? DEFAULT_THRESHOLD);
    if (!best) return;
    const other = corpus[best.index]!;
    const similarity = Math.round(best.similarity * 100) / 100;
    const first = doc.blocks[0];
    context.report({
      message: `This article is ${Math.round(best.similarity * 100)}% the same as ${other.path}`,
      start: first?.start ?? doc.bodyStart,
      end: first?.end ?? doc.bodyStart,
      related: [{ path: other.path, ...titlePlace(other.data), message: 'The other copy' }],
      data: { similarity, other: other.path },
    });
  },
};

export default rule;
