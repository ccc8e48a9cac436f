// repeated-block: a title, paragraph or run of sentences that repeats earlier
// text of the same article, exactly or nearly. Blocks are compared on their
// word tokens (case, punctuation, quotes and markup ignored): exact copies by
// a hash map of the token string, near copies by a word-shingle inverted index
// that proposes a few candidates, each verified with a bounded word-level edit
// distance. Runs of sentences inside a longer paragraph are found by indexing
// every 6-word seed and extending each match word by word. Nothing is
// quadratic in the number of paragraphs: posting lists are capped.
import { docsUrl } from '../../src/docs.js';
import type { ArticleDocument, Block, Report, Rule, RuleContext } from '../../src/types.js';
import { hashString, shingleHash, shingleHashes, tokenSimilarity, wordTokens } from './text.js';

export interface RepeatedBlockOptions {
  /** Blocks with fewer words are only flagged when they repeat the article's title. */
  minWords?: number;
  /** Least similarity (1 - word edit distance / longer length) of a near copy. */
  similarity?: number;
  /** Least number of words in a repeated run of two or more sentences (twice as many for a single sentence). */
  minSentenceRunWords?: number;
}

const DEFAULTS: Required<RepeatedBlockOptions> = { minWords: 6, similarity: 0.8, minSentenceRunWords: 10 };
/** Word shingle size of the candidate index. */
const SHINGLE_SIZE = 3;
/** A shingle shared by more units than this is a stock phrase: it proposes no candidates. */
const MAX_POSTINGS = 32;
/** Candidates verified per unit, most shared shingles first. */
const MAX_CANDIDATES = 4;
/**
 * At similarity s, at most (1 - s) of the words differ and each difference
 * breaks at most SHINGLE_SIZE shingles, so a real near copy shares at least
 * this share of its shingles with the first copy (0.4 at s = 0.8; kept lower for slack).
 */
const MIN_SHARED_SHINGLES = 0.3;
/**
 * Blocks shorter than this only count as exact copies (`Share on Twitter` and
 * `Share on Reddit` are list items, not a repeat), and are formulaic when they
 * recur three times or more or end with a colon (`To the editor:`, datelines).
 */
const SHORT_BLOCK_WORDS = 12;
const FORMULAIC_MIN_COUNT = 3;

/** A block, or in plain text a run of lines with no blank line between (a wrapped paragraph). */
interface Unit {
  start: number;
  end: number;
  tokens: string[];
  key: string;
  /** The block, when the unit is exactly one. */
  block?: Block;
  /** Ends with a colon, as lead-ins and salutations do. */
  leadIn: boolean;
}

type Span = { start: number; end: number };

interface Match<First extends Span = Span> {
  first: First;
  similarity: number;
}

const rule: Rule<RepeatedBlockOptions> = {
  meta: {
    id: 'repeated-block',
    description: 'A title, paragraph or run of sentences that repeats earlier text of the same article',
    severity: 'warn',
    url: docsUrl('repeated-block'),
    fixable: true,
  },
  create(context) {
    const options = { ...DEFAULTS, ...context.options };
    const reported = findBlockRepeats(context, options);
    findSentenceRuns(context, options, reported);
  },
};

export default rule;

function unitsOf(doc: ArticleDocument): Unit[] {
  const unit = (start: number, end: number, block?: Block): Unit => {
    const text = doc.text.slice(start, end);
    const tokens = wordTokens(text);
    return { start, end, tokens, key: tokens.join(' '), block, leadIn: /:$/.test(text.replace(/[*_\s]+$/, '')) };
  };
  const units = doc.blocks.map((block) => unit(block.start, block.end, block));
  if (doc.format === 'text') {
    // Plain text makes each line a block; a paragraph wrapped over several lines is also one unit.
    let runStart = 0;
    for (let i = 1; i <= doc.blocks.length; i++) {
      const previous = doc.blocks[i - 1]!;
      const next = doc.blocks[i];
      if (next && !/(\r?\n|\r)[ \t]*(\r?\n|\r)/.test(doc.text.slice(previous.end, next.start))) continue;
      if (i - runStart >= 2) units.push(unit(doc.blocks[runStart]!.start, previous.end));
      runStart = i;
    }
  }
  // Document order; a wrapped paragraph before the lines it holds.
  return units.sort((a, b) => a.start - b.start || b.end - a.end);
}

function findBlockRepeats(context: RuleContext<RepeatedBlockOptions>, options: Required<RepeatedBlockOptions>): Span[] {
  const { doc } = context;
  const units = unitsOf(doc);
  const title = units.find((u) => u.block?.index === 0);
  const blockKeyCounts = new Map<string, number>();
  for (const u of units) if (u.block) blockKeyCounts.set(u.key, (blockKeyCounts.get(u.key) ?? 0) + 1);
  const isFormulaic = (u: Unit) => u.tokens.length < SHORT_BLOCK_WORDS && (u.leadIn || (blockKeyCounts.get(u.key) ?? 0) >= FORMULAIC_MIN_COUNT);

  const firstByKey = new Map<string, Unit>();
  const postings = new Map<number, number[]>();
  const reported: Span[] = [];
  let reportedEnd = -1;

  // Shared-shingle counts per earlier unit, reset after each query through `touched`.
  const sharedCounts = new Int32Array(units.length);
  const nearCopy = (u: Unit, own: readonly number[]): Match<Unit> | undefined => {
    const touched: number[] = [];
    for (const shingle of own) {
      for (const index of postings.get(shingle) ?? []) if (sharedCounts[index]++ === 0) touched.push(index);
    }
    const candidates = touched
      .filter((index) => sharedCounts[index]! >= MIN_SHARED_SHINGLES * own.length && units[index]!.end <= u.start)
      .sort((a, b) => sharedCounts[b]! - sharedCounts[a]! || a - b)
      .slice(0, MAX_CANDIDATES)
      .sort((a, b) => a - b);
    for (const index of touched) sharedCounts[index] = 0;
    for (const index of candidates) {
      const candidate = units[index]!;
      const similarity = tokenSimilarity(candidate.tokens, u.tokens, options.similarity);
      if (similarity >= options.similarity) return { first: candidate, similarity };
    }
    return undefined;
  };

  const firstCopy = (u: Unit, own: readonly number[]): Match<Unit> | undefined => {
    if (u.tokens.length === 0 || isFormulaic(u)) return undefined;
    if (u.tokens.length < options.minWords) {
      // A short line counts only as a reprint of the title (`**Broadway**` after `Broadway`).
      return title && u.block && u !== title && title.key === u.key ? { first: title, similarity: 1 } : undefined;
    }
    const exact = firstByKey.get(u.key);
    if (exact && exact.end <= u.start) return { first: exact, similarity: 1 };
    return u.tokens.length >= SHORT_BLOCK_WORDS ? nearCopy(u, own) : undefined;
  };

  units.forEach((u, index) => {
    const own = shingleHashes(u.tokens, SHINGLE_SIZE);
    const match = u.end <= reportedEnd ? undefined : firstCopy(u, own);
    if (match) {
      const isTitle = match.first.block?.kind === 'heading' || (match.first === title && u.tokens.length < options.minWords);
      report(context, u, match, isTitle ? 'title' : 'paragraph');
      reported.push(u);
      reportedEnd = Math.max(reportedEnd, u.end);
    }
    if (!firstByKey.has(u.key)) firstByKey.set(u.key, u);
    for (const shingle of own) {
      let list = postings.get(shingle);
      if (!list) postings.set(shingle, (list = []));
      if (list.length < MAX_POSTINGS) list.push(index);
    }
  });
  return reported;
}

function report(context: RuleContext<RepeatedBlockOptions>, copy: Span, match: Match, kind: 'title' | 'paragraph' | 'sentences', sentenceCount = 0): void {
  const { doc } = context;
  const line = doc.pointAt(match.first.start).line;
  const what = kind === 'title' ? 'This title' : kind === 'paragraph' ? 'This paragraph' : sentenceCount === 1 ? 'This sentence' : `These ${sentenceCount} sentences`;
  const verb = what.startsWith('These') ? 'repeat' : 'repeats';
  const similarity = Math.round(match.similarity * 100) / 100;
  const message =
    similarity === 1 ? `${what} ${verb} line ${line}` : `${what} nearly ${verb} line ${line} (${Math.round(similarity * 100)}% the same words)`;
  const result: Report = {
    message,
    start: copy.start,
    end: copy.end,
    expected: [''],
    related: [{ start: match.first.start, end: match.first.end, message: 'First copy' }],
    data: { kind, similarity, firstLine: line },
  };
  const fixRange = kind === 'sentences' ? sentenceRunDeletion(doc.text, copy) : blockLineDeletion(doc.text, copy);
  if (fixRange) result.fixRange = fixRange;
  context.report(result);
}

/** What may stand beside a block on its lines: space, heading and quote marks, list bullets, emphasis, HTML tags. */
const MARKUP_AROUND_BLOCK = /^(?:\s|<[^>]*>|[#>*_+-]|\d+[.)])*$/;

/**
 * A block whose lines hold nothing else but markup (`# Title`, `<p>...</p>`,
 * `- item`) is deleted with its whole lines, so that no empty heading or tag is left.
 */
function blockLineDeletion(text: string, block: Span): Span | undefined {
  let start = block.start;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = block.end;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  if (start === block.start && end === block.end) return undefined;
  return MARKUP_AROUND_BLOCK.test(text.slice(start, block.start)) && MARKUP_AROUND_BLOCK.test(text.slice(block.end, end)) ? { start, end } : undefined;
}

/** Take the space before a run inside a paragraph (or after it, at a line start) with the run. */
function sentenceRunDeletion(text: string, run: Span): Span {
  let start = run.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  if (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') return { start, end: run.end };
  let end = run.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return { start: run.start, end };
}

/** A word of the article with its normalised form and the block it stands in. */
interface RunWord {
  token: string;
  /** hashString(token). */
  hash: number;
  start: number;
  end: number;
  sentence: number;
  block: number;
}

/**
 * Runs of words (two sentences or more, or one long sentence) inside a
 * paragraph that repeat an earlier run exactly, once case, punctuation and
 * markup are ignored. Word runs rather than whole sentences, so that a copy
 * still matches when its sentence boundaries fall differently (`Op. 31 No. 2`).
 */
function findSentenceRuns(context: RuleContext<RepeatedBlockOptions>, options: Required<RepeatedBlockOptions>, reported: readonly Span[]): void {
  const { doc } = context;
  const words: RunWord[] = [];
  // Each distinct word form is normalised and hashed once: most occurrences repeat a form.
  const forms = new Map<string, { token: string; hash: number }>();
  for (const word of doc.words) {
    let form = forms.get(word.text);
    if (!form) {
      const token = wordTokens(word.text).join('');
      forms.set(word.text, (form = { token, hash: hashString(token) }));
    }
    if (form.token) words.push({ token: form.token, hash: form.hash, start: word.start, end: word.end, sentence: word.sentence, block: doc.sentences[word.sentence]!.block });
  }
  const seedKeys = runSeeds(words);
  const postings = new Map<number, number[]>();
  const index = (i: number) => {
    const key = seedKeys[i];
    if (key === undefined) return;
    let list = postings.get(key);
    if (!list) postings.set(key, (list = []));
    if (list.length < MAX_POSTINGS) list.push(i);
  };
  // Length of the run at `later` that repeats the one at `first`, each within one block, the first ending before the later.
  const runLength = (first: number, later: number) => {
    let length = 0;
    while (
      later + length < words.length &&
      first + length < later &&
      words[later + length]!.block === words[later]!.block &&
      words[first + length]!.block === words[first]!.block &&
      words[later + length]!.token === words[first + length]!.token
    ) {
      length++;
    }
    return length;
  };
  // Reported blocks are disjoint and in order, and words are visited in order: one moving cursor.
  let cursor = 0;
  const covered = (word: RunWord) => {
    while (cursor < reported.length && reported[cursor]!.end < word.end) cursor++;
    const span = reported[cursor];
    return span !== undefined && span.start <= word.start;
  };

  let j = 0;
  while (j < words.length) {
    let best = { first: -1, length: 0 };
    if (seedKeys[j] !== undefined && !covered(words[j]!)) {
      for (const i of postings.get(seedKeys[j]!) ?? []) {
        const length = runLength(i, j);
        if (length > best.length) best = { first: i, length };
      }
    }
    const last = words[j + best.length - 1];
    const sentenceCount = last ? last.sentence - words[j]!.sentence + 1 : 0;
    // One long sentence counts too: a copy's sentence boundaries may differ from the parser's (`Mr. P. Mitchell`).
    if (best.length >= options.minSentenceRunWords * (sentenceCount >= 2 ? 1 : 2)) {
      const first = words[best.first]!;
      const firstLast = words[best.first + best.length - 1]!;
      const [copy, original] = widenToPunctuation(doc.text, { start: words[j]!.start, end: last!.end }, { start: first.start, end: firstLast.end });
      report(context, copy, { first: original, similarity: 1 }, 'sentences', sentenceCount);
      for (let k = j; k < j + best.length; k++) index(k);
      j += best.length;
    } else {
      index(j);
      j++;
    }
  }
}

/** Words that start a run: this many in a row, within one block, are looked up together. */
const RUN_SEED_WORDS = 6;

/** Hash of the RUN_SEED_WORDS words from each position (undefined where they leave the block). */
function runSeeds(words: readonly RunWord[]): (number | undefined)[] {
  const tokenHashes = words.map((w) => w.hash);
  return words.map((word, i) => {
    const seedEnd = i + RUN_SEED_WORDS - 1;
    if (seedEnd >= words.length || words[seedEnd]!.block !== word.block) return undefined;
    return shingleHash(tokenHashes, i, RUN_SEED_WORDS);
  });
}

/**
 * Word runs end at words: take the punctuation and quote marks that both
 * copies share around them (`"hold" lights ... station.`), within the line.
 */
function widenToPunctuation(text: string, copy: Span, first: Span): [Span, Span] {
  const sharedMark = (a: number, b: number) => a >= 0 && a < text.length && text[a] === text[b] && /[^\p{L}\p{N}\r\n]/u.test(text[a]!);
  let before = 0;
  while (sharedMark(copy.start - before - 1, first.start - before - 1) && first.end <= copy.start - before - 1) before++;
  let after = 0;
  while (sharedMark(copy.end + after, first.end + after) && first.end + after < copy.start) after++;
  const widened = (span: Span) => {
    const raw = text.slice(span.start - before, span.end + after);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    return { start: span.start - before + lead, end: span.end + after - trail };
  };
  return [widened(copy), widened(first)];
}
