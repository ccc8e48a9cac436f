// boilerplate: page furniture left in the article (comment forms, share and
// follow widgets, newsletter, login and cookie prompts, ad markers, related
// links, author boxes, post navigation, captions, rights notices, commerce
// widgets, footers). Lines are judged by their UI vocabulary and their form
// (lines.ts), then re-judged by their neighbours as jusText does
// (verdict.ts). Each run of furniture lines is one finding; the fix deletes it.
import { docsUrl } from '../../src/engine/docs.js';
import type { Rule } from '../../src/types.js';
import { KIND_LABELS, type FurnitureKind } from './cues.js';
import { articleLines, dominantKind, isShort, type Line } from './lines.js';
import { consecutive, cueFurniture, isClear } from './verdict.js';

/** What decided a finding, for its message: the strongest cue's words, or the form that made a line a button or a menu. */
function evidenceOf(members: readonly Line[]): string {
  const cued = members.flatMap((line) => line.cues.map((cue) => ({ line, cue }))).sort((a, b) => b.cue.weight - a.cue.weight);
  const best = cued.find(({ cue }) => cue.end > cue.start) ?? cued[0];
  if (!best) return 'next to furniture';
  if (best.cue.end === best.cue.start) return 'a button or menu line';
  return `cue ${JSON.stringify(best.line.plain.slice(best.cue.start, best.cue.end).trim())}`;
}

/**
 * Whether --fix may delete a finding: it holds a line whose own evidence
 * suffices, and each of its lines has a cue of its own or is a short label.
 * A long line taken along only by its neighbours is offered as a suggestion.
 */
function isCertain(members: readonly Line[]): boolean {
  return members.some(isClear) && members.every((line) => line.cues.length > 0 || isShort(line));
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
    const lines = articleLines(doc);
    const furniture = cueFurniture(lines, context.analysis.pageLayout());
    for (const group of consecutive([...furniture].sort((a, b) => a - b))) {
      const members = group.map((i) => lines[i]!);
      const kinds = [...new Set(members.flatMap((line) => line.cues.map((c) => c.kind)))] as FurnitureKind[];
      // Furniture taken along by its neighbours may hold no cue of its own: the lines around it name the kind.
      const kind = dominantKind(members.flatMap((line) => line.cues)) ?? 'related';
      const first = members[0]!;
      const last = members[members.length - 1]!;
      const excerpt = first.plain.length > 50 ? `${first.plain.slice(0, 49)}…` : first.plain;
      context.report({
        message: `Page furniture (${KIND_LABELS[kind]}) left in the article: ${JSON.stringify(excerpt)}${members.length > 1 ? ` and ${members.length - 1} more line${members.length > 2 ? 's' : ''}` : ''} (${evidenceOf(members)})`,
        start: first.start,
        end: last.end,
        expected: [''],
        fixable: isCertain(members),
        data: { kind, kinds, lines: members.length },
      });
    }
  },
};

export default rule;
