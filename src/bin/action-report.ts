#!/usr/bin/env node
// The GitHub Action's last step: reads article-lint's JSON report and writes
// the job summary (every finding), the annotations (errors first, within
// GitHub's limits) or the report in another format, the step outputs, and
// the exit status for `fail-on-severity`.
//
//   action-report [--format github|sarif|json|stylish] [--fail-on-severity error|warn|info|never]
//                 [--sarif-file PATH] REPORT.json
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatSarif, type SarifRuleInfo } from '../report/sarif.js';
import { formatStylish } from '../report/stylish.js';
import { countFindings, FAIL_LEVELS, failsOn, formatSummary, planAnnotations, ANNOTATION_LIMITS, type FailLevel } from '../report/github-summary.js';
import type { FileResult, Rule } from '../types.js';
import { VERSION } from '../util/version.js';

export interface ActionIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const FORMATS = ['github', 'sarif', 'json', 'stylish'] as const;
const USAGE = `usage: action-report [--format ${FORMATS.join('|')}] [--fail-on-severity ${FAIL_LEVELS.join('|')}] [--sarif-file PATH] REPORT.json`;

function parse(argv: readonly string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { format: { type: 'string', default: 'github' }, 'fail-on-severity': { type: 'string', default: 'error' }, 'sarif-file': { type: 'string', default: 'article-lint.sarif' } },
    });
    const format = values.format as (typeof FORMATS)[number];
    const failOn = values['fail-on-severity'] as FailLevel;
    if (!FORMATS.includes(format) || !FAIL_LEVELS.includes(failOn) || positionals.length !== 1) return undefined;
    return { format, failOn, sarifFile: values['sarif-file']!, report: positionals[0]! };
  } catch {
    return undefined;
  }
}

/** A built-in rule's module: tsc's output beside this file's (under a TypeScript test runner, the build's). */
function ruleModule(id: string): string {
  const here = new URL(import.meta.url);
  return new URL(`${here.pathname.endsWith('.ts') ? '../../dist' : '../..'}/rules/${id}/index.js`, here).href;
}

/**
 * The rules that reported, described by their own modules (rules/<id>/):
 * only those are loaded, not the whole rule set. A rule that is not built
 * in (a plugin's) is described by its id and its messages' URL.
 */
async function reportedRules(results: readonly FileResult[]): Promise<SarifRuleInfo[]> {
  const ids = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
  const infos: SarifRuleInfo[] = [];
  for (const id of ids) {
    if (!/^[a-z][a-z0-9-]*$/.test(id)) continue;
    try {
      const { default: rule } = (await import(ruleModule(id))) as { default: Rule };
      if (rule.meta.id === id) infos.push({ id, description: rule.meta.description, url: rule.meta.url });
    } catch {
      // Not a built-in rule.
    }
  }
  return infos;
}

export async function runActionReport(argv: readonly string[], io: ActionIo): Promise<number> {
  const args = parse(argv);
  if (!args) {
    io.stderr.write(`action-report: ${USAGE}\n`);
    return 2;
  }
  const { format, failOn, sarifFile } = args;
  const results = JSON.parse(readFileSync(resolve(io.cwd, args.report), 'utf8')) as FileResult[];
  const plan = planAnnotations(results);

  switch (format) {
    case 'github':
      io.stdout.write(plan.lines.map((l) => l + '\n').join(''));
      if (plan.omitted > 0) {
        io.stdout.write(
          `article-lint: ${plan.omitted} findings not shown as annotations (GitHub shows at most ${ANNOTATION_LIMITS.perLevel} of each level per step); all are in the job summary.\n`,
        );
      }
      break;
    case 'sarif': {
      writeFileSync(resolve(io.cwd, sarifFile), formatSarif(results, await reportedRules(results), VERSION) + '\n');
      io.stdout.write(`article-lint: SARIF written to ${sarifFile}\n`);
      break;
    }
    case 'json':
      io.stdout.write(JSON.stringify(results) + '\n');
      break;
    case 'stylish':
      io.stdout.write(formatStylish(results, { color: false }) + '\n');
      break;
  }

  if (io.env.GITHUB_STEP_SUMMARY) appendFileSync(io.env.GITHUB_STEP_SUMMARY, formatSummary(results, format === 'github' ? plan : { lines: [], omitted: 0 }) + '\n');
  const counts = countFindings(results);
  if (io.env.GITHUB_OUTPUT) {
    const outputs = [`errors=${counts.error}`, `warnings=${counts.warn}`, `notices=${counts.info}`, ...(format === 'sarif' ? [`sarif-file=${sarifFile}`] : [])];
    appendFileSync(io.env.GITHUB_OUTPUT, outputs.join('\n') + '\n');
  }
  if (failsOn(results, failOn)) {
    io.stderr.write(`article-lint: ${counts.error} errors, ${counts.warn} warnings, ${counts.info} notices (fail-on-severity: ${failOn})\n`);
    return 1;
  }
  return 0;
}

// Run when executed as the script (not when imported by tests).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runActionReport(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
}
