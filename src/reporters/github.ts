// `--format github`: GitHub Actions workflow commands, one per finding,
// escaped exactly as @actions/core escapes them (tests compare with it).
// A finding over several lines carries no col/endColumn, as GitHub requires.
import type { FileResult, LintMessage } from '../types.js';

const LEVEL = { error: 'error', warn: 'warning', info: 'notice' } as const;

/** @actions/core `escapeData`. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** @actions/core `escapeProperty`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubCommand(path: string, m: LintMessage): string {
  const properties: [string, string | number][] = [['file', path], ['line', m.place.start.line]];
  const oneLine = m.place.start.line === m.place.end.line;
  if (oneLine) properties.push(['col', m.place.start.column]);
  properties.push(['endLine', m.place.end.line]);
  if (oneLine) properties.push(['endColumn', m.place.end.column]);
  properties.push(['title', `article-lint (${m.ruleId})`]);
  const props = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${LEVEL[m.severity]} ${props}::${escapeData(m.reason)}`;
}

export function formatGithub(results: readonly FileResult[]): string {
  const lines = results.flatMap((r) => r.messages.map((m) => githubCommand(r.path, m)));
  return lines.length ? lines.join('\n') + '\n' : '';
}
