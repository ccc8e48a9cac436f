// Inline directives in Markdown/HTML comments, as remark-lint and cspell users
// write them:
//   <!-- article-lint-disable [rule ...] -->      off from here (all rules, or those named)
//   <!-- article-lint-enable [rule ...] -->       on again from here
//   <!-- article-lint-disable-next-line [rule ...] -->
const DIRECTIVE = /<!--\s*article-lint-(disable-next-line|disable|enable)\b([^]*?)-->/g;

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids named; empty means every rule. */
  ruleIds: string[];
  start: number;
  end: number;
}

export function findDirectives(text: string): Directive[] {
  if (!text.includes('article-lint-')) return [];
  const found: Directive[] = [];
  for (const match of text.matchAll(DIRECTIVE)) {
    found.push({
      kind: match[1] as Directive['kind'],
      ruleIds: match[2]!.split(/[\s,]+/).filter(Boolean),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return found;
}

/**
 * A predicate telling whether a finding of `ruleId` at `offset` is switched
 * off. `lineOf` maps an offset to its 1-based line.
 */
export function suppression(directives: readonly Directive[], lineOf: (offset: number) => number): (ruleId: string, offset: number) => boolean {
  if (directives.length === 0) return () => false;
  return (ruleId, offset) => {
    let off = false;
    for (const d of directives) {
      const applies = d.ruleIds.length === 0 || d.ruleIds.includes(ruleId);
      if (!applies) continue;
      if (d.kind === 'disable-next-line') {
        if (lineOf(offset) === lineOf(d.end) + 1) return true;
      } else if (d.start <= offset) {
        off = d.kind === 'disable';
      }
    }
    return off;
  };
}
