// boilerplate: page furniture left in the article (comment forms, share and
// follow widgets, newsletter, login and cookie prompts, ad markers, related
// links, author boxes, post navigation, captions, rights notices, commerce
// widgets, footers). Lines are judged by their UI vocabulary and their form
// (lines.ts), then re-judged by their neighbours as jusText does
// (verdict.ts). Each run of furniture lines is one finding; the fix deletes it.
import { lineKey } from '../../src/analysis/page-layout.js';
import { docsUrl } from '../../src/engine/docs.js';
import type { Rule } from '../../src/types.js';
import { KIND_LABELS, type FurnitureKind } from './cues.js';
import { articleLines, dominantKind, furnitureSpan, isShort, linesToWeigh, type Line } from './lines.js';
import { pageEnd, type PositionEvidence } from './position.js';
import { isKeyed, RECURRING_ARTICLES, RECURRING_SHARE, recurringLines, runLines, type RunLines } from './recurring.js';
import { consecutive, furnitureLines, isClear } from './verdict.js';

/** How a message names the evidence of lines that position or repetition added. */
const POSITION_EVIDENCE: Readonly<Record<PositionEvidence, string>> = {
  chart: "a chart's axis and labels, numbers in order on lines of their own",
  excerpts: 'excerpts of other posts cut off at one length, at the edge of the page',
  recurring: `the line recurs on ${RECURRING_ARTICLES} or more different articles of the run, ${RECURRING_SHARE * 100} % of them or more`,
  teasers: "headlines after the article's last paragraph",
  'head-teasers': "a run of headlines before the article's first paragraph",
  menu: "a run of short names, a site's menu",
  labels: 'a run of short labels between two pieces of furniture',
  'head-label': "a section label or the page's address before the title",
  'list-edge': 'a headline at the edge of a related list, not about the article',
  'capital-headline': "a headline in capitals between the article's paragraphs",
  'after-furniture': "after the article's last paragraph, below furniture",
  'between-furniture': 'a headline between two lines of furniture',
  biography: "a writer's biography at the end",
  comments: 'reader comments under a comment heading',
  'comment-times': "readers' names and posting times after the article",
  replies: 'reader comments between their reply buttons',
};

/** The kind of a run of lines that holds no cue, from what added them. */
const POSITION_KIND: Readonly<Record<PositionEvidence, FurnitureKind>> = {
  chart: 'media',
  excerpts: 'related',
  recurring: 'site',
  teasers: 'related',
  'head-teasers': 'related',
  menu: 'site-nav',
  labels: 'site-nav',
  'head-label': 'site-nav',
  'list-edge': 'related',
  'capital-headline': 'related',
  'after-furniture': 'related',
  'between-furniture': 'related',
  biography: 'author-box',
  comments: 'comment-form',
  'comment-times': 'comment-form',
  replies: 'comment-form',
};

/**
 * What decided a finding, for its message: the strongest cue's words, the
 * form that made a line a button or a menu, or the position or repetition
 * (`position`: the evidence of its first line that has no cue).
 */
function evidenceOf(members: readonly Line[], position: PositionEvidence | undefined, byPosition: readonly boolean[]): string {
  // A cue inside a line that position added (`most popular` in a listed post's excerpt) decided nothing.
  const cued = members.flatMap((line, k) => (byPosition[k] ? [] : line.cues.map((cue) => ({ line, cue })))).sort((a, b) => b.cue.weight - a.cue.weight);
  const best = cued.find(({ cue }) => cue.end > cue.start) ?? cued[0];
  if (!best) return position ? POSITION_EVIDENCE[position] : 'next to furniture';
  if (best.cue.end === best.cue.start) return 'a button or menu line';
  return `cue ${JSON.stringify(best.line.plain.slice(best.cue.start, best.cue.end).trim())}`;
}

/**
 * Whether --fix may delete a finding: it holds a line whose own evidence
 * suffices, and each of its lines has a cue of its own or is a short label
 * its neighbours took along. A long line taken along only by its
 * neighbours, or a line that only position or repetition added, is offered
 * as a suggestion.
 */
function isCertain(members: readonly Line[], byPosition: readonly boolean[]): boolean {
  return members.some(isClear) && members.every((line, k) => line.cues.length > 0 || (isShort(line) && !byPosition[k]));
}

const rule: Rule<Record<string, unknown>, RunLines | null> = {
  meta: {
    id: 'boilerplate',
    description: 'Page furniture (comment forms, share widgets, ads, related links, footers...) left in the article',
    severity: 'warn',
    url: docsUrl('boilerplate'),
    fixable: true,
    options: {},
  },
  // The run's lines that recur on different articles (recurring.ts); in a smaller run no line can.
  collect: (doc, { analysis, files }) => (files < RECURRING_ARTICLES ? null : runLines(doc.text, analysis.pageLayout())),
  create(context) {
    const { doc } = context;
    const layout = context.analysis.pageLayout();
    const siteLines = context.corpus.length >= RECURRING_ARTICLES ? recurringLines(context.corpus) : new Set<number>();
    // In a run where lines recur, any line may be the site's: every line is weighed.
    const lines = siteLines.size > 0 ? articleLines(doc) : linesToWeigh(doc, (spans) => pageEnd(spans, layout));
    const recurring = new Set(siteLines.size === 0 ? [] : lines.flatMap((line, i) => (isKeyed(line) && siteLines.has(lineKey(doc.text.slice(line.start, line.end))) ? [i] : [])));
    const { furniture, evidence } = furnitureLines(lines, layout, recurring);
    for (const group of consecutive([...furniture].sort((a, b) => a - b))) {
      const members = group.map((i) => lines[i]!);
      const kinds = [...new Set(members.flatMap((line) => line.cues.map((c) => c.kind)))] as FurnitureKind[];
      const position = group.map((i) => evidence.get(i)).find((e) => e !== undefined);
      const byPosition = group.map((i) => evidence.has(i));
      // Furniture taken along by its neighbours may hold no cue of its own: the lines around it, or what added it, name the kind.
      const kind = dominantKind(members.flatMap((line) => line.cues)) ?? (position ? POSITION_KIND[position] : 'related');
      const first = members[0]!;
      const last = members[members.length - 1]!;
      // A sentence of the article's glued to the furniture's first or last line stays out of the finding.
      const start = furnitureSpan(first, doc.text).start;
      const end = furnitureSpan(last, doc.text).end;
      const opening = start > first.start || end < first.end ? doc.text.slice(start, Math.min(end, first.end)).trim() : first.plain;
      const excerpt = opening.length > 50 ? `${opening.slice(0, 49)}…` : opening;
      context.report({
        message: `Page furniture (${KIND_LABELS[kind]}) left in the article: ${JSON.stringify(excerpt)}${members.length > 1 ? ` and ${members.length - 1} more line${members.length > 2 ? 's' : ''}` : ''} (${evidenceOf(members, position, byPosition)})`,
        start,
        end,
        expected: [''],
        fixable: isCertain(members, byPosition),
        data: { kind, kinds, lines: members.length },
      });
    }
  },
};

export default rule;
