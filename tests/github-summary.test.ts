// The action's report: annotations ordered and capped as GitHub shows them,
// a job summary that lists every finding, step outputs and the fail level.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runActionReport } from '../src/bin/action-report.js';
import { escapeCell, failsOn, formatSummary, planAnnotations } from '../src/report/github-summary.js';
import type { ActiveSeverity, FileResult, LintMessage } from '../src/types.js';
import { tempTree } from './helpers.js';

function finding(severity: ActiveSeverity, line: number, reason = `finding on line ${line}`, extra: Partial<LintMessage> = {}): LintMessage {
  return {
    ruleId: 'repeated-word',
    source: 'article-lint',
    reason,
    severity,
    fatal: severity === 'error' ? true : severity === 'warn' ? false : null,
    line,
    column: 2,
    place: { start: { line, column: 2, offset: line * 10 }, end: { line, column: 5, offset: line * 10 + 3 } },
    fixable: false,
    url: 'https://example.org/repeated-word',
    ...extra,
  };
}

const file = (path: string, messages: LintMessage[]): FileResult => ({ path, cwd: '/repo', messages });

describe('planAnnotations', () => {
  it('prints errors first, then warnings, then notices, at most 10 of each', () => {
    const results = [
      file('a.txt', [...Array.from({ length: 12 }, (_, i) => finding('info', i + 1)), ...Array.from({ length: 3 }, (_, i) => finding('warn', 100 + i))]),
      file('b.txt', Array.from({ length: 14 }, (_, i) => finding('error', i + 1))),
    ];
    const plan = planAnnotations(results);
    const levels = plan.lines.map((l) => /^::(\w+)/.exec(l)![1]);
    expect(levels).toEqual([...Array(10).fill('error'), ...Array(3).fill('warning'), ...Array(10).fill('notice')]);
    expect(plan.omitted).toBe(4 + 2);
    expect(plan.lines[0]).toBe('::error file=b.txt,line=1,col=2,endLine=1,endColumn=5,title=article-lint (repeated-word)::finding on line 1');
  });

  it('respects the per-job limit too', () => {
    const results = [file('a.txt', [...Array.from({ length: 5 }, (_, i) => finding('error', i + 1)), ...Array.from({ length: 5 }, (_, i) => finding('warn', i + 1))])];
    const plan = planAnnotations(results, { perLevel: 10, perJob: 7 });
    expect(plan.lines).toHaveLength(7);
    expect(plan.omitted).toBe(3);
  });
});

describe('formatSummary', () => {
  it('lists every finding in a table per file, errors first, with suggestions, and says what annotations missed', () => {
    const results = [
      file('desk/a|b.md', [
        finding('warn', 3, 'Repeated word "the"', { expected: [''] }),
        finding('error', 7, 'Misspelled <b>name</b> *Isba*\nsecond line', { ruleId: 'name-spelling', expected: ['Ishiba', 'Isabel'], url: undefined }),
      ]),
      file('clean.txt', []),
      file('c.txt', Array.from({ length: 11 }, (_, i) => finding('info', i + 1))),
    ];
    const summary = formatSummary(results, planAnnotations(results));
    expect(summary).toContain('**1 error, 1 warning, 11 notices** in 2 of 3 files.');
    expect(summary).toContain('> 1 of 13 findings are not shown as annotations (GitHub shows at most 10 of each level per step); every finding is listed below.');
    const lines = summary.split('\n');
    const a = lines.indexOf('### desk/a\\|b.md');
    expect(lines.slice(a, a + 6)).toEqual([
      '### desk/a\\|b.md',
      '',
      '| Line:Col | Severity | Rule | Finding | Suggestion |',
      '| ---: | --- | --- | --- | --- |',
      '| 7:2 | error | name-spelling | Misspelled &lt;b&gt;name&lt;/b&gt; \\*Isba\\*<br>second line | Ishiba or Isabel |',
      '| 3:2 | warning | [repeated-word](https://example.org/repeated-word) | Repeated word "the" | (delete) |',
    ]);
    expect(summary).not.toContain('clean.txt');
    expect(lines.filter((l) => l.startsWith('| ') && /^\| \d/.test(l))).toHaveLength(13);
  });

  it('says so when there is nothing to report', () => {
    expect(formatSummary([file('a.txt', [])], { lines: [], omitted: 0 })).toBe('## article-lint\n\nNo problems found in 1 file.\n');
  });

  it('stays under the size limit and says how many findings it could not list', () => {
    const results = [file('a.txt', Array.from({ length: 200 }, (_, i) => finding('warn', i + 1, 'x'.repeat(100))))];
    const summary = formatSummary(results, planAnnotations(results), 5_000);
    expect(Buffer.byteLength(summary)).toBeLessThan(5_300);
    const listed = summary.split('\n').filter((l) => /^\| \d/.test(l)).length;
    expect(listed).toBeGreaterThan(10);
    expect(summary).toContain(`> ${200 - listed} more findings are not listed: GitHub limits a job summary to 1 MiB.`);
  });

  it('escapeCell neutralises table, HTML and emphasis syntax', () => {
    expect(escapeCell('a | b <i>c</i> & **d** _e_ `f` [g](h)\r\ni')).toBe('a \\| b &lt;i&gt;c&lt;/i&gt; &amp; \\*\\*d\\*\\* \\_e\\_ \\`f\\` \\[g\\](h)<br>i');
  });
});

describe('failsOn', () => {
  const results = [file('a.txt', [finding('warn', 1)])];
  it.each([
    ['error', false],
    ['warn', true],
    ['info', true],
    ['never', false],
  ] as const)('fail-on-severity %s -> %s', (level, fails) => {
    expect(failsOn(results, level)).toBe(fails);
  });
});

describe('runActionReport (dist/src/bin/action-report.js)', () => {
  async function run(args: string[], results: FileResult[]) {
    const root = tempTree({ 'report.json': JSON.stringify(results), 'summary.md': '# earlier step\n', 'output.txt': '' });
    let stdout = '';
    let stderr = '';
    const code = await runActionReport([...args, 'report.json'], {
      cwd: root,
      env: { GITHUB_STEP_SUMMARY: join(root, 'summary.md'), GITHUB_OUTPUT: join(root, 'output.txt') },
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
    });
    const read = (name: string) => readFileSync(join(root, name), 'utf8');
    return { code, stdout, stderr, summary: read('summary.md'), outputs: read('output.txt'), read };
  }
  const many = [file('a.txt', [...Array.from({ length: 12 }, (_, i) => finding('warn', i + 1)), finding('error', 20)])];

  it('github: ordered annotations, the omitted count, the summary appended, outputs, exit 1 on errors', async () => {
    const r = await run([], many);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^::error /);
    expect(lines.slice(1, 11).every((l) => l.startsWith('::warning '))).toBe(true);
    expect(lines[11]).toBe('article-lint: 2 findings not shown as annotations (GitHub shows at most 10 of each level per step); all are in the job summary.');
    expect(r.summary.startsWith('# earlier step\n## article-lint\n')).toBe(true);
    expect(r.summary.split('\n').filter((l) => /^\| \d/.test(l))).toHaveLength(13);
    expect(r.outputs).toBe('errors=1\nwarnings=12\nnotices=0\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('article-lint: 1 errors, 12 warnings, 0 notices (fail-on-severity: error)\n');
  });

  it('fail-on-severity decides the exit status', async () => {
    const warnings = [file('a.txt', [finding('warn', 1)])];
    expect((await run(['--fail-on-severity', 'error'], warnings)).code).toBe(0);
    expect((await run(['--fail-on-severity', 'warn'], warnings)).code).toBe(1);
    expect((await run(['--fail-on-severity', 'never'], many)).code).toBe(0);
  });

  it('sarif: writes the SARIF file, no annotations, the summary still lists everything', async () => {
    const r = await run(['--format', 'sarif', '--sarif-file', 'out.sarif', '--fail-on-severity', 'never'], many);
    expect(r.stdout).toBe('article-lint: SARIF written to out.sarif\n');
    const log = JSON.parse(r.read('out.sarif'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results).toHaveLength(13);
    // The reporting rule described by its own module.
    expect(log.runs[0].tool.driver.rules.map((rule: { id: string; shortDescription: { text: string } }) => [rule.id, rule.shortDescription.text])).toEqual([
      ['repeated-word', 'A word written twice in a row'],
    ]);
    expect(r.outputs).toContain('sarif-file=out.sarif\n');
    expect(r.summary.split('\n').filter((l) => /^\| \d/.test(l))).toHaveLength(13);
  });

  it('stylish and json print the report', async () => {
    expect((await run(['--format', 'stylish', '--fail-on-severity', 'never'], many)).stdout).toMatch(/^a\.txt\n1:2-1:5\s+warning\s+finding on line 1\s+repeated-word/);
    expect(JSON.parse((await run(['--format', 'json', '--fail-on-severity', 'never'], many)).stdout)).toEqual(many);
  });

  it('rejects bad arguments with exit 2', async () => {
    const r = await run(['--format', 'xml'], many);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^action-report: usage:/);
  });
});
