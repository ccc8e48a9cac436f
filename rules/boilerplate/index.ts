// boilerplate: page furniture left in the article (comment forms, share and
// follow widgets, newsletter, login and cookie prompts, ad markers, related
// links, author boxes, post navigation, captions, footers). Lines are judged
// by their UI vocabulary and their form (lines.ts), then re-judged by their
// neighbours as jusText does: a run of non-prose lines that holds clear
// furniture takes along the weak cues and the bare labels around it, and
// the end of the document counts as furniture territory. Each run is one
// finding; the fix deletes it.
import { docsUrl } from '../../src/engine/docs.js';
import type { Rule } from '../../src/types.js';
import { KIND_LABELS, type FurnitureKind } from './cues.js';
import { BIO_WORDS, dominantKind, isShort, linesIfCued, type Line } from './lines.js';

/**
 * A line whose own evidence suffices: a line that is not prose, whose UI
 * words make most of it or whose evidence adds up. A headline that merely
 * holds one UI phrase does not qualify.
 */
const isClear = (line: Line) => !line.prose && ((line.points >= 2 && line.coverage >= 0.5) || line.score >= 3);

/**
 * The furniture lines of one run of non-prose lines (`run` holds indices
 * into `lines`; `atEnd` when nothing but the run follows).
 */
function furnitureOf(lines: readonly Line[], run: readonly number[], atEnd: boolean): Set<number> {
  // The end of the page is where furniture gathers: there strong UI phrasing alone suffices.
  const furniture = new Set(run.filter((i) => isClear(lines[i]!) || (atEnd && lines[i]!.score >= 2)));
  if (furniture.size === 0) {
    // At the end of the page, a bare UI word on its own line ("Comments", "Share") is enough.
    const last = run[run.length - 1]!;
    const line = lines[last]!;
    if (atEnd && line.points >= 1 && line.coverage >= 0.5 && isShort(line)) furniture.add(last);
    if (furniture.size === 0) return furniture;
  }
  // Neighbours re-judge: weak cues and bare labels next to furniture are furniture.
  for (let changed = true; changed; ) {
    changed = false;
    // Whether the furniture just before run[k] is a related-links heading or the list it opened.
    let inRelatedList = false;
    let seenFurniture = false;
    for (let k = 0; k < run.length; k++) {
      const index = run[k]!;
      const line = lines[index]!;
      const before = k > 0 && furniture.has(run[k - 1]!);
      if (!furniture.has(index)) {
        const after = k < run.length - 1 && furniture.has(run[k + 1]!);
        // A weak cue joins only when UI words make most of its line: "Facebook", not the title "Reply to critics".
        const weakCue = line.points >= 1 && line.coverage >= 0.5 && (before || after);
        // The last short line before the article resumes is more likely the next section's title than a related headline.
        const listItem = before && (line.bullet || (inRelatedList && k < run.length - 1));
        const label = isShort(line) && ((before && after) || (atEnd && seenFurniture) || listItem);
        if (weakCue || label) {
          furniture.add(index);
          changed = true;
        }
      }
      inRelatedList = furniture.has(index) && (line.kind === 'related' || (before && inRelatedList));
      seenFurniture ||= furniture.has(index);
    }
  }
  return furniture;
}

/** Sentences of an author's biography: at most this many, each at most BIO_WORDS words. */
const BIO_LINES = 2;

/**
 * An author box at the very end ("About the author" and a line or two of
 * biography, perhaps more links) takes the biography with it: prose there
 * describes the writer, not the story.
 */
function takeAuthorBio(lines: readonly Line[], furniture: Set<number>): void {
  const heading = lines.findIndex((line, i) => furniture.has(i) && line.kind === 'author-box' && isShort(line));
  if (heading < 0) return;
  const rest = lines.slice(heading + 1).map((line, k) => ({ line, index: heading + 1 + k }));
  const bio = rest.filter(({ index }) => !furniture.has(index));
  if (bio.length === 0 || bio.length > BIO_LINES || bio.some(({ line }) => line.words > BIO_WORDS)) return;
  for (const { index } of bio) furniture.add(index);
}

/** Split `indices` into groups of consecutive numbers. */
function consecutive(indices: readonly number[]): number[][] {
  const groups: number[][] = [];
  for (const index of indices) {
    const group = groups[groups.length - 1];
    if (group && group[group.length - 1] === index - 1) group.push(index);
    else groups.push([index]);
  }
  return groups;
}

const rule: Rule = {
  meta: {
    id: 'boilerplate',
    description: 'Page furniture (comment forms, share widgets, ads, related links, footers...) left in the article',
    severity: 'warn',
    url: docsUrl('boilerplate'),
    fixable: true,
    options: {},
  },
  create(context) {
    const { doc } = context;
    const lines = linesIfCued(doc);
    const runs = consecutive(lines.map((line, i) => (line.prose ? -1 : i)).filter((i) => i >= 0));
    const furniture = new Set<number>();
    for (const run of runs) {
      for (const index of furnitureOf(lines, run, run[run.length - 1] === lines.length - 1)) furniture.add(index);
    }
    // A sentence between two pieces of furniture that uses UI words itself ("Get our top stories in your inbox.") belongs to them.
    lines.forEach((line, i) => {
      if (line.prose && line.points >= 1 && line.words <= 40 && furniture.has(i - 1) && furniture.has(i + 1)) furniture.add(i);
    });
    takeAuthorBio(lines, furniture);
    for (const group of consecutive([...furniture].sort((a, b) => a - b))) {
      const members = group.map((i) => lines[i]!);
      const kinds = [...new Set(members.flatMap((line) => line.cues.map((c) => c.kind)))] as FurnitureKind[];
      const kind = dominantKind(members.flatMap((line) => line.cues))!;
      const first = members[0]!;
      const last = members[members.length - 1]!;
      const excerpt = first.plain.length > 50 ? `${first.plain.slice(0, 49)}…` : first.plain;
      context.report({
        message: `Page furniture (${KIND_LABELS[kind]}) left in the article: ${JSON.stringify(excerpt)}${members.length > 1 ? ` and ${members.length - 1} more line${members.length > 2 ? 's' : ''}` : ''}`,
        start: first.start,
        end: last.end,
        expected: [''],
        data: { kind, kinds, lines: members.length },
      });
    }
  },
};

export default rule;
