// The GitHub Action's report: annotations in order of importance and within
// GitHub's limits (10 of each level per step, 50 per job), and the job
// summary ($GITHUB_STEP_SUMMARY), which lists EVERY finding as a Markdown
// table per file, so nothing the annotations cannot show is lost.
import { githubCommand } from './github.js';
import type { ActiveSeverity, FileResult, LintMessage } from '../types.js';

export const ANNOTATION_LIMITS = { perLevel: 10, perJob: 50 } as const;
/** GitHub refuses a step summary over 1 MiB; stay under it with room for the closing note. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;
export const FAIL_LEVELS = ['error', 'warn', 'info', 'never'] as const;
export type FailLevel = (typeof FAIL_LEVELS)[number];

const ORDER: readonly ActiveSeverity[] = ['error', 'warn', 'info'];
const RANK: Record<ActiveSeverity, number> = { error: 2, warn: 1, info: 0 };
const LABEL: Record<ActiveSeverity, [string, string]> = { error: ['error', 'errors'], warn: ['warning', 'warnings'], info: ['notice', 'notices'] };

export type Counts = Record<ActiveSeverity, number>;

export function countFindings(results: readonly FileResult[]): Counts {
  const counts: Counts = { error: 0, warn: 0, info: 0 };
  for (const r of results) for (const m of r.messages) counts[m.severity]++;
  return counts;
}

export interface AnnotationPlan {
  /** Workflow commands to print: errors first, then warnings, then notices. */
  lines: string[];
  /** Findings that GitHub would not show as annotations. */
  omitted: number;
}

export function planAnnotations(results: readonly FileResult[], limits: { perLevel: number; perJob: number } = ANNOTATION_LIMITS): AnnotationPlan {
  const lines: string[] = [];
  let omitted = 0;
  for (const severity of ORDER) {
    let shown = 0;
    for (const r of results) {
      for (const m of r.messages) {
        if (m.severity !== severity) continue;
        if (shown < limits.perLevel && lines.length < limits.perJob) {
          lines.push(githubCommand(r.path, m));
          shown++;
        } else omitted++;
      }
    }
  }
  return { lines, omitted };
}

export function failsOn(results: readonly FileResult[], level: FailLevel): boolean {
  if (level === 'never') return false;
  return results.some((r) => r.messages.some((m) => RANK[m.severity] >= RANK[level]));
}

/** Text safe inside a Markdown table cell: no pipes, breaks, HTML or emphasis. */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]~|#])/g, '\\$1')
    .replace(/\r\n|\r|\n/g, '<br>');
}

function plural(n: number, severity: ActiveSeverity): string {
  return `${n} ${LABEL[severity][n === 1 ? 0 : 1]}`;
}

function suggestion(m: LintMessage): string {
  if (!m.expected?.length) return '';
  return m.expected.map((e) => (e === '' ? '(delete)' : escapeCell(e))).join(' or ');
}

function row(m: LintMessage): string {
  const rule = m.url ? `[${escapeCell(m.ruleId)}](${m.url})` : escapeCell(m.ruleId);
  return `| ${m.place.start.line}:${m.place.start.column} | ${LABEL[m.severity][0]} | ${rule} | ${escapeCell(m.reason)} | ${suggestion(m)} |`;
}

export function formatSummary(results: readonly FileResult[], plan: AnnotationPlan, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const counts = countFindings(results);
  const total = counts.error + counts.warn + counts.info;
  const withFindings = results.filter((r) => r.messages.length > 0);
  const out: string[] = ['## article-lint', ''];
  if (total === 0) return [...out, `No problems found in ${results.length} ${results.length === 1 ? 'file' : 'files'}.`, ''].join('\n');
  out.push(`**${ORDER.map((s) => plural(counts[s], s)).join(', ')}** in ${withFindings.length} of ${results.length} files.`, '');
  if (plan.omitted > 0) {
    out.push(
      `> ${plan.omitted} of ${total} findings are not shown as annotations (GitHub shows at most ${ANNOTATION_LIMITS.perLevel} of each level per step); every finding is listed below.`,
      '',
    );
  }
  let size = Buffer.byteLength(out.join('\n'));
  let listed = 0;
  for (const r of withFindings) {
    const table = [`### ${escapeCell(r.path)}`, '', '| Line:Col | Severity | Rule | Finding | Suggestion |', '| ---: | --- | --- | --- | --- |'];
    const rows: string[] = [];
    const sorted = [...r.messages].sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.place.start.offset - b.place.start.offset);
    for (const m of sorted) {
      const line = row(m);
      if (size + Buffer.byteLength(table.join('\n') + line) + 2 > limitBytes) break;
      rows.push(line);
      size += Buffer.byteLength(line) + 1;
    }
    if (rows.length === 0) break;
    out.push(...table, ...rows, '');
    size += Buffer.byteLength(table.join('\n')) + 2;
    listed += rows.length;
    if (rows.length < r.messages.length) break;
  }
  if (listed < total) {
    out.push(`> ${total - listed} more findings are not listed: GitHub limits a job summary to 1 MiB. Run \`article-lint --format json\` for the full report.`, '');
  }
  return out.join('\n');
}
