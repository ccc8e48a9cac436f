// `--format github`: GitHub Actions workflow commands, one per finding, in
// the contract's property order (file, line, col, endLine, endColumn, title)
// and escaped exactly as @actions/core's `error`/`warning`/`notice` escape
// them (tests compare with the toolkit). A finding over several lines carries
// no col/endColumn, as GitHub requires.
import type { FileResult, LintMessage } from '../types.js';

export const ANNOTATION_LEVEL = { error: 'error', warn: 'warning', info: 'notice' } as const;

/** @actions/core `escapeData`. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** @actions/core `escapeProperty`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubCommand(path: string, m: LintMessage): string {
  const oneLine = m.place.start.line === m.place.end.line;
  const properties: [string, string | number | undefined][] = [
    ['file', path],
    ['line', m.place.start.line],
    ['col', oneLine ? m.place.start.column : undefined],
    ['endLine', m.place.end.line],
    ['endColumn', oneLine ? m.place.end.column : undefined],
    ['title', `article-lint (${m.ruleId})`],
  ];
  const props = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${ANNOTATION_LEVEL[m.severity]} ${props}::${escapeData(m.reason)}`;
}

export function formatGithub(results: readonly FileResult[]): string {
  const lines = results.flatMap((r) => r.messages.map((m) => githubCommand(r.path, m)));
  return lines.length ? lines.join('\n') + '\n' : '';
}
