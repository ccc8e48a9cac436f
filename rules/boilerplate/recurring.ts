// Repetition across the run: a line that recurs on several different
// articles of one run is the site's furniture (its navigation, its footer,
// its newsletter box), the strongest evidence in a corpus of one site. Two
// copies of one page (the same article extracted twice) are not different
// articles: articles count as different only when they share no body
// paragraph.
import { lineKey, type PageLayout } from '../../src/analysis/page-layout.js';
import type { CorpusEntry } from '../../src/types.js';

/** A line is the site's when it recurs on at least this many different articles... */
export const RECURRING_ARTICLES = 3;
/** ... and on this share of the run's articles: in a run of many sources, labels (`Introduction`, `To the editor:`) recur on a few. */
export const RECURRING_SHARE = 0.02;
/** Paragraph keys kept to tell pages apart: the smallest, so that two copies of a page keep the same ones. */
const PAGE_KEYS = 16;

/** What an article gives the run: its page's fingerprint and the keys of its lines that are not body paragraphs. */
export interface RunLines {
  page: number[];
  lines: number[];
}

/** What identifies a paragraph: its start (copies of a page may cut or end it otherwise). */
const PARAGRAPH_HEAD = 200;
/** Lines longer than this are not keyed: a site's repeated lines are short. */
const LONGEST_KEYED = 400;

/**
 * Whether a line may be the site's by recurring: two words or more, not a
 * label that introduces what follows (`To the editor:`, `Here's the thing:`).
 * List markers and one-word section titles (`A.`, `1.`, `Introduction`)
 * recur across any run of articles.
 */
function mayBeSites(line: string): boolean {
  return !/:\s*$/.test(line) && line.split(/\s+/).filter((token) => /\p{L}/u.test(token)).length >= 2;
}

/** Whether a line of the article may be one that runLines keyed: a short one. */
export const isKeyed = (line: { start: number; end: number }) => line.end - line.start <= LONGEST_KEYED;

/** An article's contribution to the run: `text` is the article's, `layout` its page layout. */
export function runLines(text: string, layout: PageLayout): RunLines {
  const page = new Set<number>();
  const lines = new Set<number>();
  for (const { start, end, paragraph } of layout.lines) {
    if (paragraph) page.add(lineKey(text.slice(start, Math.min(end, start + PARAGRAPH_HEAD))));
    else if (end - start <= LONGEST_KEYED && mayBeSites(text.slice(start, end))) lines.add(lineKey(text.slice(start, end)));
  }
  lines.delete(0);
  return { page: [...page].sort((a, b) => a - b).slice(0, PAGE_KEYS), lines: [...lines] };
}

const recurringOf = new WeakMap<readonly CorpusEntry<RunLines | null>[], Set<number>>();

/** The keys of the lines that recur on enough different articles of the run (RECURRING_ARTICLES, RECURRING_SHARE; computed once per run). */
export function recurringLines(corpus: readonly CorpusEntry<RunLines | null>[]): ReadonlySet<number> {
  let recurring = recurringOf.get(corpus);
  if (recurring) return recurring;
  recurring = new Set<number>();
  // An article without body paragraphs cannot be told from another page: it counts for nothing.
  const articles = corpus.filter(({ data }) => data !== null && data.page.length > 0);
  const needed = Math.max(RECURRING_ARTICLES, Math.ceil(RECURRING_SHARE * articles.length));
  // Per line key, the pages counted so far (their fingerprints), up to `needed`.
  const pages = new Map<number, Set<number>[]>();
  for (const { data } of articles) {
    // One set per article, shared by all its line keys.
    const page = new Set(data!.page);
    for (const key of data!.lines) {
      if (recurring.has(key)) continue;
      const seen = pages.get(key) ?? [];
      if (seen.some((other) => data!.page.some((k) => other.has(k)))) continue;
      seen.push(page);
      if (seen.length >= needed) {
        recurring.add(key);
        pages.delete(key);
      } else pages.set(key, seen);
    }
  }
  recurringOf.set(corpus, recurring);
  return recurring;
}
