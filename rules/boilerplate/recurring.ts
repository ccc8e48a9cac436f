// Repetition across the run: a line that recurs on several different
// articles of one run is the site's furniture (its navigation, its footer,
// its newsletter box), the strongest evidence in a corpus of one site. Two
// copies of one page (the same article extracted twice) are not different
// articles: articles count as different only when they share no body
// paragraph.
import type { PageLayout } from '../../src/analysis/page-layout.js';
import type { CorpusEntry } from '../../src/types.js';

/** A line is the site's when it recurs on at least this many different articles. */
export const RECURRING_ARTICLES = 3;
/** Paragraph keys kept to tell pages apart: the smallest, so that two copies of a page keep the same ones. */
const PAGE_KEYS = 16;

/** What an article gives the run: its page's fingerprint and the keys of its lines that are not body paragraphs. */
export interface RunLines {
  page: number[];
  lines: number[];
}

/** An article's contribution to the run; null when the run is too small for any line to recur. */
export function runLines(layout: PageLayout, files: number): RunLines | null {
  if (files < RECURRING_ARTICLES) return null;
  const page = [...new Set(layout.paragraphKeys)].sort((a, b) => a - b).slice(0, PAGE_KEYS);
  return { page, lines: [...new Set(layout.lineKeys)].filter((key) => key !== 0) };
}

const recurringOf = new WeakMap<readonly CorpusEntry<RunLines | null>[], Set<number>>();

/** The keys of the lines that recur on RECURRING_ARTICLES different articles of the run (computed once per run). */
export function recurringLines(corpus: readonly CorpusEntry<RunLines | null>[]): ReadonlySet<number> {
  let recurring = recurringOf.get(corpus);
  if (recurring) return recurring;
  recurring = new Set<number>();
  // Per line key, the pages counted so far (their fingerprints), up to RECURRING_ARTICLES.
  const pages = new Map<number, Set<number>[]>();
  for (const { data } of corpus) {
    // An article without body paragraphs cannot be told from another page: it counts for nothing.
    if (!data || data.page.length === 0) continue;
    for (const key of data.lines) {
      if (recurring.has(key)) continue;
      const seen = pages.get(key) ?? [];
      if (seen.some((page) => data.page.some((k) => page.has(k)))) continue;
      seen.push(new Set(data.page));
      if (seen.length >= RECURRING_ARTICLES) {
        recurring.add(key);
        pages.delete(key);
      } else pages.set(key, seen);
    }
  }
  recurringOf.set(corpus, recurring);
  return recurring;
}
