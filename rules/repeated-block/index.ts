// repeated-block: a title, paragraph or run of sentences that repeats earlier
// text of the same article, exactly or nearly. Blocks are compared on their
// word tokens (case, punctuation, quotes and markup ignored), held as 32-bit
// hashes (equal hashes are confirmed on the tokens themselves): exact copies
// by their token sequence, near copies by a word-shingle inverted index that
// proposes a few candidates, each verified with a bounded word-level edit
// distance. Runs of sentences inside a longer paragraph are
// found by indexing every 6-word seed and extending each match word by word.
// Nothing is quadratic in the number of paragraphs: posting lists are capped,
// and the indexes live in typed arrays (postings.ts), so that a million-word
// article costs tens of megabytes, not hundreds.
import { docsUrl } from '../../src/engine/docs.js';
import type { ArticleDocument, Block, Report, Rule, RuleContext } from '../../src/types.js';
import { EarlierItems, HEADS, ORDER, Scratch, sortByKey } from './postings.js';
import { mix32, shingleHash, tokenSimilarity, wordTokens } from '../../src/analysis/text.js';
import { tokenTexts, type WordTokens } from '../../src/analysis/word-tokens.js';
import { FNV_PRIME } from '../../src/util/fnv.js';
import { isNumberWord } from '../../src/analysis/numbers.js';
import { mapped } from '../../src/util/arrays.js';
import { contentsHeadings, endsAsSentence, formUnits, isAttribution, isQuestion, slotLabels } from './structure.js';

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

/**
 * The Scratch arrays (postings.ts) this rule takes: EarlierItems' HEADS and
 * ORDER, which each pass also takes for itself before it builds its index
 * (the block pass as GROUPS and LEAST_ENDS, the sentence pass for its
 * tokens), and KEYS, which become the index's links. The block pass and the
 * sentence pass take them one after the other, so that a long article's
 * working room is three arrays, made once. WORDS is taken only when some word
 * holds no token.
 */
const GROUPS = HEADS;
const LEAST_ENDS = ORDER;
const KEYS = 2;
const WORDS = 3;

/** A block, or in plain text a run of lines with no blank line between (a wrapped paragraph). */
interface Unit {
  start: number;
  end: number;
  /** Its word tokens' hashes (often a view of WordTokens' array). */
  tokens: Uint32Array;
  /** Its word tokens themselves, once needed (tokenTextsOf); set from the start, so that filling it later gives the unit no new shape. */
  texts: string[] | undefined;
  /** Number of its token sequence: units with the same tokens share it. */
  sequence: number;
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
    options: {
      minWords: { type: 'number', integer: true, minimum: 1, default: DEFAULTS.minWords, description: 'blocks with fewer words are flagged only when they reprint the title' },
      similarity: { type: 'number', minimum: 0, maximum: 1, default: DEFAULTS.similarity, description: 'least similarity of a near copy (1 = exact)' },
      minSentenceRunWords: {
        type: 'number',
        integer: true,
        minimum: 1,
        default: DEFAULTS.minSentenceRunWords,
        description: 'least words in a repeated run of two or more sentences (twice as many for one sentence)',
      },
    },
  },
  create(context) {
    const options = { ...DEFAULTS, ...context.options };
    const words = context.analysis.wordTokens();
    const firstWords = context.analysis.firstWordOfBlocks();
    // One working room for the indexes below, which are built one after another; the sentence pass's arrays are as long as the article has words.
    const scratch = new Scratch(context.doc.wordTable.length);
    const settled = findBlockRepeats(context, options, words, firstWords, scratch);
    findSentenceRuns(context, options, settled, words, firstWords, scratch);
  },
};

export default rule;

/** The units of the article; block b's words are `[firstWords[b], firstWords[b + 1])`. */
function unitsOf(doc: ArticleDocument, words: WordTokens, firstWords: Int32Array): Unit[] {
  const sequences = new TokenSequences(doc.text);
  // The blocks `first` to `last`; a unit of one block is that block.
  const unit = (first: number, last: number): Unit => {
    const { start } = doc.blocks[first]!;
    const { end } = doc.blocks[last]!;
    const tokens = words.ofSpan(start, end, firstWords[first]!, firstWords[last + 1]!);
    const block = first === last ? doc.blocks[first] : undefined;
    const u: Unit = { start, end, tokens, texts: undefined, sequence: -1, block, leadIn: endsWithColon(doc.text, start, end) };
    u.sequence = sequences.numberOf(u);
    return u;
  };
  const units = mapped(doc.blocks, (_, index) => unit(index, index));
  if (doc.format === 'text') {
    // Plain text makes each line a block; a paragraph wrapped over several lines is also one unit.
    let runStart = 0;
    for (let i = 1; i <= doc.blocks.length; i++) {
      const previous = doc.blocks[i - 1]!;
      const next = doc.blocks[i];
      if (next && !/(\r?\n|\r)[ \t]*(\r?\n|\r)/.test(doc.text.slice(previous.end, next.start))) continue;
      if (i - runStart >= 2) units.push(unit(runStart, i - 1));
      runStart = i;
    }
  }
  // Document order; a wrapped paragraph before the lines it holds.
  return units.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether the text ends with a colon, once trailing emphasis marks and space are left out. */
function endsWithColon(text: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last >= start && /[*_\s]/.test(text[last]!)) last--;
  return last >= start && text[last] === ':';
}

/** The unit's word tokens themselves (computed once): equal hashes are confirmed on them. */
function tokenTextsOf(text: string, u: Pick<Unit, 'start' | 'end' | 'texts'>): string[] {
  return (u.texts ??= tokenTexts(text, u.start, u.end));
}

/** Numbers distinct token sequences, found by a hash of their token hashes and compared in full. */
class TokenSequences {
  private readonly byHash = new Map<number, { unit: Pick<Unit, 'start' | 'end' | 'tokens' | 'texts'>; sequence: number }[]>();
  private count = 0;

  constructor(private readonly text: string) {}

  numberOf(unit: Pick<Unit, 'start' | 'end' | 'tokens' | 'texts'>): number {
    const { tokens } = unit;
    let hash = tokens.length;
    for (let i = 0; i < tokens.length; i++) hash = Math.imul(hash ^ tokens[i]!, FNV_PRIME);
    hash = mix32(hash);
    let seen = this.byHash.get(hash);
    if (!seen) this.byHash.set(hash, (seen = []));
    const same = seen.find(({ unit: other }) => sameItems(other.tokens, tokens) && sameItems(tokenTextsOf(this.text, other), tokenTextsOf(this.text, unit)));
    if (same) return same.sequence;
    seen.push({ unit, sequence: this.count });
    return this.count++;
  }
}

function sameItems<Item>(a: ArrayLike<Item>, b: ArrayLike<Item>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function findBlockRepeats(context: RuleContext<RepeatedBlockOptions>, options: Required<RepeatedBlockOptions>, words: WordTokens, firstWords: Int32Array, scratch: Scratch): Span[] {
  const { doc } = context;
  const units = unitsOf(doc, words, firstWords);
  const title = units.find((u) => u.block?.index === 0);
  const blockCounts = new Map<number, number>();
  for (const u of units) if (u.block) blockCounts.set(u.sequence, (blockCounts.get(u.sequence) ?? 0) + 1);
  const isFormulaic = (u: Unit) => u.tokens.length < SHORT_BLOCK_WORDS && (u.leadIn || (blockCounts.get(u.sequence) ?? 0) >= FORMULAIC_MIN_COUNT);
  const blockUnits = units.filter((u) => u.block);
  const form = formUnits(doc, blockUnits, 2 * SHORT_BLOCK_WORDS);
  const slots = slotLabels(blockUnits, SHORT_BLOCK_WORDS);
  const contents = contentsHeadings(doc, blockUnits, SHORT_BLOCK_WORDS);
  const unitOfBlock: (Unit | undefined)[] = [];
  for (const u of units) if (u.block) unitOfBlock[u.block.index] = u;
  /** The block right before a block-sized unit. */
  const blockBefore = (u: Unit) => (u.block && u.block.index > 0 ? unitOfBlock[u.block.index - 1] : undefined);
  /** The block right after a block-sized unit. */
  const blockAfter = (u: Unit) => (u.block ? unitOfBlock[u.block.index + 1] : undefined);
  /**
   * Whether the block after a copy repeats the block after its first copy,
   * and is prose that no test of form keeps (a paragraph, not a field or a
   * recurring line): then the two are a copied run, not an entry in its slot.
   */
  const copiedRunGoesOn = (u: Unit, first: Unit) => {
    const [next, firstNext] = [blockAfter(u), blockAfter(first)];
    return next !== undefined && next.sequence === firstNext?.sequence && next.tokens.length >= options.minWords && !isFormulaic(next) && !form.has(next);
  };
  /** The label before a block: the block right before it, when shorter than a paragraph or the label of a slot. */
  const labelBefore = (u: Unit) => {
    const previous = blockBefore(u);
    return previous && previous.tokens.length > 0 && (previous.tokens.length < options.minWords || slots.has(previous.sequence)) ? previous : undefined;
  };
  /**
   * A short line that follows siblings of one shape but other words (`I have,
   * &c., A. Lee, Commissioner.` then `I have, &c., B. Ray, Commissioner.`):
   * the closing formula of each of several letters or entries. A copy whose
   * neighbour repeats too is a copied run.
   */
  const followsSiblings = (u: Unit, first: Unit) => {
    const [a, b] = [blockBefore(first), blockBefore(u)];
    const short = (x: Unit | undefined): x is Unit => x !== undefined && x.tokens.length >= 2 && x.tokens.length < SHORT_BLOCK_WORDS;
    return u.tokens.length < SHORT_BLOCK_WORDS && short(a) && short(b) && a.sequence !== b.sequence && a.tokens[0] === b.tokens[0] && a.tokens[1] === b.tokens[1];
  };
  /**
   * Repeats that are the article's form (structure.ts): attributions, fields
   * and slot formulas, short formulas after siblings, and questions and list
   * entries (no sentence) that recur in three blocks, or list entries under
   * the same label as their first copy (unless the copied run goes on past
   * the entry).
   */
  const isForm = (u: Unit, first: Unit) => {
    if (form.has(u) || isAttribution(doc, u) || followsSiblings(u, first)) return true;
    const recurs = (blockCounts.get(u.sequence) ?? 0) >= FORMULAIC_MIN_COUNT;
    // The same question to every guest of a series; a question asked twice may be a copy.
    if (recurs && isQuestion(doc, u)) return true;
    if (endsAsSentence(doc, u)) return false;
    if (recurs) return true;
    const label = labelBefore(u);
    return label !== undefined && label.sequence === labelBefore(first)?.sequence && !copiedRunGoesOn(u, first);
  };

  const firstBySequence = new Map<number, Unit>();
  const shingles = unitShingles(units, scratch);
  // A unit is looked up before it is indexed: the items before a shingle are the earlier units' that hold it. Built only when a unit may be a near copy.
  let earlier: EarlierItems | undefined;
  /** The units reported as copies or found to be the article's form, in order. */
  const settled: Span[] = [];
  let reportedEnd = -1;

  // Shared-shingle counts per earlier unit, reset after each query through `touched`.
  const sharedCounts = new Int32Array(units.length);
  const nearCopy = (u: Unit, index: number): Match<Unit> | undefined => {
    if (shingles.mayNearCopy[index] === 0) return undefined;
    earlier ??= new EarlierItems(shingles.keys, MAX_POSTINGS, undefined, scratch);
    const touched: number[] = [];
    const count = (shingle: number) => {
      const other = shingles.unitOf(shingle);
      if (sharedCounts[other]++ === 0) touched.push(other);
    };
    const [from, to] = [shingles.first[index]!, shingles.first[index + 1]!];
    for (let shingle = from; shingle < to; shingle++) earlier.forEach(shingle, count);
    const candidates = touched
      .filter((other) => sharedCounts[other]! >= MIN_SHARED_SHINGLES * (to - from) && units[other]!.end <= u.start)
      .sort((a, b) => sharedCounts[b]! - sharedCounts[a]! || a - b)
      .slice(0, MAX_CANDIDATES)
      .sort((a, b) => a - b);
    for (const index of touched) sharedCounts[index] = 0;
    for (const index of candidates) {
      const candidate = units[index]!;
      // Tokens that only share a hash count as equal here, so this similarity is never below the true one, which decides.
      if (tokenSimilarity(candidate.tokens, u.tokens, options.similarity) < options.similarity) continue;
      const similarity = tokenSimilarity(tokenTextsOf(doc.text, candidate), tokenTextsOf(doc.text, u), options.similarity);
      if (similarity >= options.similarity) return { first: candidate, similarity };
    }
    return undefined;
  };

  const firstCopy = (u: Unit, index: number): Match<Unit> | undefined => {
    if (u.tokens.length === 0 || isFormulaic(u)) return undefined;
    if (u.tokens.length < options.minWords) {
      // A short line counts only as a reprint of the title (`**Broadway**` after `Broadway`).
      return title && u.block && u !== title && title.sequence === u.sequence ? { first: title, similarity: 1 } : undefined;
    }
    const exact = firstBySequence.get(u.sequence);
    if (exact && exact.end <= u.start) return { first: exact, similarity: 1 };
    return u.tokens.length >= SHORT_BLOCK_WORDS ? nearCopy(u, index) : undefined;
  };

  units.forEach((u, index) => {
    const found = u.end <= reportedEnd ? undefined : firstCopy(u, index);
    // A reprint of the title is never the article's form, unless the "title" is the first entry of a table of contents.
    const form = found !== undefined && (contents.has(u) || (found.first !== title && isForm(u, found.first)));
    const match = form ? undefined : found;
    // The article's form is settled too: no run of sentences inside it is a copy either.
    if (form) settled.push(u);
    if (match) {
      const isTitle = match.first.block?.kind === 'heading' || (match.first === title && u.tokens.length < options.minWords);
      report(context, u, match, isTitle ? 'title' : 'paragraph', 0, match.similarity < 1 && differsInFacts(doc.text, match.first, u));
      settled.push(u);
      reportedEnd = Math.max(reportedEnd, u.end);
    }
    if (!firstBySequence.has(u.sequence)) firstBySequence.set(u.sequence, u);
  });
  return settled;
}

/**
 * Every unit's distinct shingle hashes, one after another: unit i's are
 * `keys[first[i] .. first[i + 1])`. `mayNearCopy[i]` is 1 when at least
 * MIN_SHARED_SHINGLES of them are held by earlier units that end before it
 * starts: a unit that shares fewer with all of them together shares fewer
 * with any one, and needs no query.
 */
function unitShingles(units: readonly Unit[], scratch: Scratch): { keys: Uint32Array; unitOf(item: number): number; first: Int32Array; mayNearCopy: Uint8Array } {
  // A unit has at most as many shingles as tokens.
  const room = units.reduce((sum, u) => sum + u.tokens.length, 0);
  // A unit shorter than a shingle is one shingle.
  const widthOf = (u: Unit) => Math.min(SHINGLE_SIZE, u.tokens.length);
  const shingleCount = (u: Unit) => (widthOf(u) > 0 ? u.tokens.length - widthOf(u) + 1 : 0);
  // Every shingle of every unit (a unit's repeats too), then each one's group: the first of them with its hash.
  const keys = scratch.uints(KEYS, room);
  let shingles = 0;
  for (const u of units) {
    const width = widthOf(u);
    for (let i = 0; i < shingleCount(u); i++) keys[shingles++] = shingleHash(u.tokens, i, width);
  }
  // The sort's spare room holds the groups once it is done.
  const groups = scratch.ints(GROUPS, shingles);
  const sorted = sortByKey(keys, shingles, () => true, scratch.ints(ORDER, shingles), groups);
  for (let k = 0; k < sorted.length; ) {
    const group = sorted[k]!;
    for (const key = keys[group]; k < sorted.length && keys[sorted[k]!] === key; k++) groups[sorted[k]!] = group;
  }
  // Then in order, the least end of the units that held each group, its complement (negative) while the unit at hand holds it (a repeat within a unit is left out); the items, written over the shingles behind them.
  const leastEnds = scratch.ints(LEAST_ENDS, shingles);
  const first = new Int32Array(units.length + 1);
  const mayNearCopy = new Uint8Array(units.length);
  let count = 0;
  let at = 0;
  units.forEach((u, index) => {
    first[index] = count;
    let shared = 0;
    const unitStart = at;
    for (const end = at + shingleCount(u); at < end; at++) {
      const group = groups[at]!;
      if (group === at) {
        leastEnds[group] = ~u.end;
      } else {
        const leastEnd = leastEnds[group]!;
        if (leastEnd < 0) continue;
        if (leastEnd <= u.start) shared++;
        leastEnds[group] = ~Math.min(leastEnd, u.end);
      }
      keys[count++] = keys[at]!;
    }
    for (let item = unitStart; item < at; item++) {
      const group = groups[item]!;
      if (leastEnds[group]! < 0) leastEnds[group] = ~leastEnds[group]!;
    }
    if (shared > 0 && shared >= MIN_SHARED_SHINGLES * (count - first[index]!)) mayNearCopy[index] = 1;
  });
  first[units.length] = count;
  // An item's unit: the last unit whose items start at or before it (a unit with none starts where the next does).
  const unitOf = (item: number) => {
    let [low, high] = [0, units.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (first[middle]! <= item) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  return { keys: keys.subarray(0, count), unitOf, first, mayNearCopy };
}

/**
 * Whether two near copies differ in a number (digits or a number word:
 * `Third film based on…`) or a name (a word capitalised inside its block): then they carry different facts (`Ann Lee ... 962 people`
 * and `Tom Ray ... 418 people`), and the later one may be a report of its
 * own, written to the same pattern.
 */
function differsInFacts(text: string, a: Unit, b: Unit): boolean {
  const counts = new Map<string, number>();
  for (const token of tokenTextsOf(text, a)) counts.set(token, (counts.get(token) ?? 0) + 1);
  for (const token of tokenTextsOf(text, b)) counts.set(token, (counts.get(token) ?? 0) - 1);
  const differing = [...counts].filter(([, count]) => count !== 0).map(([token]) => token);
  if (differing.some((token) => /\p{N}/u.test(token) || isNumberWord(token))) return true;
  const names = new Set<string>();
  for (const u of [a, b]) {
    // The first word of the block is capitalised whatever it is.
    for (const match of text.slice(u.start, u.end).matchAll(/(?<=[^\p{L}\p{N}'\u2019])\p{Lu}[\p{L}'\u2019]*/gu)) names.add(wordTokens(match[0]).join(''));
  }
  return differing.some((token) => names.has(token));
}

function report(
  context: RuleContext<RepeatedBlockOptions>,
  copy: Span,
  match: Match,
  kind: 'title' | 'paragraph' | 'sentences' | 'pull-quote',
  sentenceCount = 0,
  differentFacts = false,
  fixable = true,
): void {
  const { doc } = context;
  const line = doc.pointAt(match.first.start).line;
  const what =
    kind === 'title' ? 'This title'
    : kind === 'paragraph' ? 'This paragraph'
    : kind === 'pull-quote' ? 'This pull quote'
    : sentenceCount === 1 ? 'This sentence'
    : `These ${sentenceCount} sentences`;
  const verb = what.startsWith('These') ? 'repeat' : 'repeats';
  const similarity = Math.round(match.similarity * 100) / 100;
  const message =
    similarity === 1
      ? `${what} ${verb} line ${line}`
      : `${what} nearly ${verb} line ${line} (${Math.round(similarity * 100)}% the same words${differentFacts ? ', but other names or numbers' : ''})`;
  const result: Report = {
    message,
    start: copy.start,
    end: copy.end,
    expected: [''],
    related: [{ start: match.first.start, end: match.first.end, message: kind === 'pull-quote' ? 'The text it quotes' : 'First copy' }],
    data: { kind, similarity, firstLine: line },
  };
  // Other facts in the same pattern may be the article's own: shown, never deleted by --fix.
  if (differentFacts) Object.assign(result, { severity: 'info', fixable: false, data: { ...result.data, differentFacts } });
  else if (!fixable) result.fixable = false;
  const fixRange = kind === 'sentences' ? sentenceRunDeletion(doc.text, copy) : blockLineDeletion(doc.text, copy);
  if (fixRange) result.fixRange = fixRange;
  context.report(result);
}

/**
 * A pull quote is deleted by --fix only when it is bare: the quotation and at
 * most a dash attribution (`— Ann Lee`). One told as a sentence (`…,” Mr. Ray
 * said.`) reads like the article's own paragraph, and the other copy may be a
 * caption that quotes it: shown, never deleted by --fix.
 */
function reportPullQuote(context: RuleContext<RepeatedBlockOptions>, quote: Block, match: Match): void {
  report(context, quote, match, 'pull-quote', 0, false, isBareQuotation(context.doc.text.slice(quote.start, quote.end)));
}

/** The closing quotation mark, then nothing but an optional dash attribution (and markup). */
const BARE_QUOTATION_END = /["\u201D\u00BB\u2019][\s*_]*(?:[\u2014\u2013-][^.!?]*)?[\s*_]*$/u;

function isBareQuotation(block: string): boolean {
  return BARE_QUOTATION_END.test(block);
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

/**
 * Runs of words (two sentences or more, or one long sentence) inside a
 * paragraph that repeat an earlier run exactly, once case, punctuation and
 * markup are ignored. Word runs rather than whole sentences, so that a copy
 * still matches when its sentence boundaries fall differently (`Op. 31 No. 2`),
 * but whole sentences in one copy at least. Words inside `settled` units
 * (copies reported whole, and the article's form) start no run.
 */
function findSentenceRuns(
  context: RuleContext<RepeatedBlockOptions>,
  options: Required<RepeatedBlockOptions>,
  settled: readonly Span[],
  tokensOfWords: WordTokens,
  firstWords: Int32Array,
  scratch: Scratch,
): void {
  const words = runWords(tokensOfWords, firstWords, scratch);
  const articleWords = firstWords[firstWords.length - 1]!;
  // The words' tokens make the seeds, and are read again in the search; in between, their array is the index's ORDER.
  const seeds = runSeeds(words, words.writeTokens(scratch.uints(ORDER, articleWords)), scratch);
  // Every word is indexed after it is looked up (or passed over inside a repeat): the items before it are the earlier words.
  const earlier = new EarlierItems(seeds.keys, MAX_POSTINGS, seeds.has, scratch);
  // A run of n words repeats its n - RUN_SEED_WORDS + 1 seeds. Most articles repeat no such row of seeds.
  if (!repeatsSeedRow(words, seeds.has, earlier, Math.max(1, options.minSentenceRunWords - RUN_SEED_WORDS + 1))) return;
  const { doc } = context;
  const docWords = doc.wordTable;
  const { count, word } = words;
  const token = words.writeTokens(scratch.uints(ORDER, articleWords));
  // The later copy's words are read in order, the first copy's are not: a look-up each.
  const laterBlocks = new RunBlocks(words.blockFirsts);
  const firstBlocks = new RunBlocks(words.blockFirsts);
  const start = (k: number) => docWords.start(word(k));
  const end = (k: number) => docWords.end(word(k));
  const sentence = (k: number) => docWords.sentence(word(k));
  // Equal hashes, confirmed on the tokens (a word written the same way has the same ones).
  const joinedTexts = new Map<number, string>();
  const joinedText = (k: number) => {
    let joined = joinedTexts.get(k);
    if (joined === undefined) joinedTexts.set(k, (joined = wordTokens(docWords.text(word(k))).join('')));
    return joined;
  };
  const sameToken = (a: number, b: number) =>
    token[a] === token[b] && (docWords.form(word(a)) === docWords.form(word(b)) || joinedText(a) === joinedText(b));
  // Length of the run at `later` that repeats the one at `first`, each within one block, the first ending before the later.
  const runLength = (first: number, later: number) => {
    const laterEnd = laterBlocks.endOf(later);
    const firstEnd = Math.min(firstBlocks.endOf(first), later);
    let length = 0;
    while (later + length < laterEnd && first + length < firstEnd && sameToken(later + length, first + length)) length++;
    return length;
  };
  // Settled units, merged into disjoint spans in order; words are visited in order: one moving cursor.
  const spans: Span[] = [];
  for (const span of [...settled].sort((a, b) => a.start - b.start)) {
    const last = spans[spans.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else spans.push({ ...span });
  }
  let cursor = 0;
  const covered = (word: number) => {
    while (cursor < spans.length && spans[cursor]!.end < end(word)) cursor++;
    const span = spans[cursor];
    return span !== undefined && span.start <= start(word);
  };

  let j = 0;
  let bestFirst = -1;
  let bestLength = 0;
  const consider = (i: number) => {
    const length = runLength(i, j);
    if (length > bestLength) [bestFirst, bestLength] = [i, length];
  };
  while (j < count) {
    bestFirst = -1;
    bestLength = 0;
    if (seeds.has(j) && !covered(j)) earlier.forEach(j, consider);
    if (bestLength >= options.minSentenceRunWords) {
      // Whole sentences: trimmed to where a sentence starts and where one ends, in one copy at least; a formula that runs across sentence breaks (`... Church of England. Mr.`) is the way a report is written.
      const shift = bestFirst - j;
      let from = j;
      let last = j + bestLength - 1;
      while (from <= last && !startsSentence(doc.text, start(from)) && !startsSentence(doc.text, start(from + shift))) from++;
      while (last >= from && !endsSentence(doc.text, end(last)) && !endsSentence(doc.text, end(last + shift))) last--;
      const length = last - from + 1;
      const sentenceCount = length > 0 ? sentence(last) - sentence(from) + 1 : 0;
      // One long sentence counts too: a copy's sentence boundaries may differ from the parser's (`Mr. P. Mitchell`).
      if (length > 0 && length >= options.minSentenceRunWords * (sentenceCount >= 2 ? 1 : 2)) {
        const [copy, original] = widenToPunctuation(doc.text, { start: start(from), end: end(last) }, { start: start(from + shift), end: end(last + shift) });
        // A pull quote is the short standalone copy, wherever it stands: that is the one to delete.
        const later = doc.blocks[laterBlocks.of(from)]!;
        const earlier = doc.blocks[firstBlocks.of(from + shift)]!;
        const extra = (b: Block) => firstWords[b.index + 1]! - firstWords[b.index]! - length;
        const standalone = (quote: Block, other: Block) =>
          isQuotation(doc.text, quote) && extra(quote) <= Math.max(ATTRIBUTION_WORDS, length / 3) && extra(other) > extra(quote) + ATTRIBUTION_WORDS;
        if (standalone(later, earlier)) reportPullQuote(context, later, { first: original, similarity: 1 });
        else if (standalone(earlier, later)) reportPullQuote(context, earlier, { first: copy, similarity: 1 });
        else report(context, copy, { first: original, similarity: 1 }, 'sentences', sentenceCount);
      }
      // Every later start inside the run repeats part of the same run: one pass over it, whatever was reported.
      j += bestLength;
    } else {
      j++;
    }
  }
}

/**
 * The article's words that hold a token (normalised as wordTokens, joined),
 * numbered in order: a million-word article would otherwise hold a million objects.
 */
interface RunWords {
  count: number;
  /** Its index in `doc.words`. */
  word(k: number): number;
  /** Per block, its first run word, then the number of run words: block b's are `[blockFirsts[b], blockFirsts[b + 1])`. */
  blockFirsts: Int32Array;
  /** Writes each one's token hash (wordTokens joined) to `into` (as long as the article has words), and returns the first `count` of them. */
  writeTokens(into: Uint32Array): Uint32Array;
}

/**
 * The words that hold a token; block b's words are `[firstWords[b], firstWords[b + 1])`.
 * When every word holds one (most articles), they are the words themselves.
 */
function runWords(tokensOfWords: WordTokens, firstWords: Int32Array, scratch: Scratch): RunWords {
  const size = firstWords[firstWords.length - 1]!;
  let everyWord = firstWords[0] === 0;
  for (let index = 0; index < size && everyWord; index++) everyWord = tokensOfWords.hasTokens(index);
  if (everyWord) return { count: size, word: (k) => k, blockFirsts: firstWords, writeTokens: (into) => tokensOfWords.writeJoined(into) };
  const word = scratch.ints(WORDS, size);
  const blockFirsts = new Int32Array(firstWords.length);
  let count = 0;
  for (let b = 0; b + 1 < firstWords.length; b++) {
    blockFirsts[b] = count;
    for (let index = firstWords[b]!; index < firstWords[b + 1]!; index++) if (tokensOfWords.hasTokens(index)) word[count++] = index;
  }
  blockFirsts[firstWords.length - 1] = count;
  const writeTokens = (into: Uint32Array) => {
    tokensOfWords.writeJoined(into);
    // Moved down over the words that hold none.
    for (let k = 0; k < count; k++) into[k] = into[word[k]!]!;
    return into.subarray(0, count);
  };
  return { count, word: (k) => word[k]!, blockFirsts, writeTokens };
}

/**
 * The block of a run word, from each block's first run word (RunWords'
 * blockFirsts): found by bisection, but words read in order find theirs in
 * the block found last or the one after it.
 */
class RunBlocks {
  private last = 0;

  constructor(private readonly firsts: Int32Array) {}

  /** The block of run word k. */
  of(k: number): number {
    const { firsts } = this;
    let block = this.last;
    if (k >= firsts[block]! && k < firsts[block + 1]!) return block;
    if (k >= firsts[block + 1]! && block + 2 < firsts.length && k < firsts[block + 2]!) {
      block++;
    } else {
      // The last block that starts at or before word k (a block without run words starts where the next one does).
      let [low, high] = [0, firsts.length - 2];
      while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if (firsts[middle]! <= k) low = middle;
        else high = middle - 1;
      }
      block = low;
    }
    return (this.last = block);
  }

  /** One past the last run word of word k's block. */
  endOf(k: number): number {
    return this.firsts[this.of(k) + 1]!;
  }
}

/** Words that start a run: this many in a row, within one block, are looked up together. */
const RUN_SEED_WORDS = 6;

/** The hash of the RUN_SEED_WORDS words from each position, where they stay within the block. */
function runSeeds(words: RunWords, token: Uint32Array, scratch: Scratch): { keys: Uint32Array; has(word: number): boolean } {
  const { count } = words;
  // Asked for words in order (the index's sort, the search), mostly.
  const blocks = new RunBlocks(words.blockFirsts);
  const has = (i: number) => i + RUN_SEED_WORDS <= blocks.endOf(i);
  // Read only while the index is built; a word that starts no seed keeps whatever its slot held (the index leaves it out).
  const keys = scratch.uints(KEYS, count);
  for (let i = 0; i < count; i++) if (has(i)) keys[i] = shingleHash(token, i, RUN_SEED_WORDS);
  return { keys, has };
}

/** Whether `rowLength` seeds in a row, within one block, each have the hash of an earlier seed. */
function repeatsSeedRow(words: RunWords, isSeed: (k: number) => boolean, earlier: EarlierItems, rowLength: number): boolean {
  const { count } = words;
  const blocks = new RunBlocks(words.blockFirsts);
  let row = 0;
  for (let k = 0, blockEnd = 0; k < count; k++) {
    if (k === blockEnd) {
      row = 0;
      blockEnd = blocks.endOf(k);
    }
    if (!isSeed(k)) continue;
    if (!earlier.hasEarlier(k)) row = 0;
    else if (++row >= rowLength) return true;
  }
  return false;
}

/** Words a pull quote may add to the quotation (`— Ann Lee`, `Mr. Ray said.`), or a third of the quotation's when more. */
const ATTRIBUTION_WORDS = 6;

/** Marks that may stand between a sentence's bounds and its first or last word: space, quotes, brackets, emphasis. */
const AROUND_SENTENCE = /[\s"'\u2018\u2019\u201C\u201D\u00AB\u00BB()[\]*_]/u;

/** Whether the word at `offset` opens a sentence: only space, quotes and brackets since the block's start or a full stop. */
function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && text[i] !== '\n' && AROUND_SENTENCE.test(text[i]!)) i--;
  return i < 0 || text[i] === '\n' || /[.!?\u2026]/u.test(text[i]!);
}

/** Whether the word ending at `offset` closes a sentence: a full stop (after quotes and brackets), a quotation's closing comma (`,”`) or the block's end next. */
function endsSentence(text: string, offset: number): boolean {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && /["'\u2019\u201D\u00BB)\]*_]/u.test(text[i]!)) i++;
  if (text[i] === ',' && /["\u201D\u00BB]/u.test(text[i + 1] ?? '')) return true;
  return i >= text.length || text[i] === '\n' || text[i] === '\r' || /[.!?\u2026]/u.test(text[i]!);
}

/** A block that opens with a quotation mark. */
function isQuotation(text: string, block: Block): boolean {
  return /^[\s*_>]*["\u201C\u00AB\u2018]/u.test(text.slice(block.start, block.end));
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
