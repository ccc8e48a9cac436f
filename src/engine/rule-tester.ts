// A rule test harness as strict as ESLint's RuleTester: a valid text must
// produce no message at all (a crash's internal error included); an invalid
// text must produce exactly the listed messages (at least one: positions,
// flagged text, suggestions), and for a fixable rule it must say what
// `--fix` makes of it (`output`, or `output: null` for no change).
import { lintArticles } from './workers.js';
import { EMPTY_CONFIG, type LintConfig } from '../config/config.js';
import { buildGlossary, type GlossaryData } from '../config/glossary.js';
import type { FileResult, LintMessage, Rule, Severity } from '../types.js';

export interface RuleCase {
  /** Test name; defaults to the text. */
  name?: string;
  text: string;
  /** File name, which decides the format (`.txt`, `.md`, `.html`). Default `article.txt`. */
  path?: string;
  glossary?: GlossaryData;
  /** Article date (as --date). */
  date?: string;
  options?: Record<string, unknown>;
  /** Config `words`. */
  words?: string[];
  /** Other articles linted in the same run (corpus rules), before this one. */
  corpus?: { path: string; text: string }[];
}

export interface ExpectedMessage {
  message?: string | RegExp;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The flagged text: `text.slice(start, end)`. */
  text?: string;
  expected?: string[];
  severity?: Exclude<Severity, 'off'>;
}

export interface InvalidRuleCase extends RuleCase {
  /** The messages, in position order: at least one. */
  errors: ExpectedMessage[];
  /** The text after `--fix`, or `null` when it changes nothing. Required for a fixable rule. */
  output?: string | null;
}

export interface RuleCases {
  valid: (RuleCase | string)[];
  invalid: InvalidRuleCase[];
}

/** Lint one text with one rule (other rules off); returns that file's result. */
export async function lintWithRule(rule: Rule, testCase: RuleCase, fix = false): Promise<FileResult> {
  const config: LintConfig = {
    ...EMPTY_CONFIG,
    // A rule that is off by default is tested at `warn`.
    rules: new Map([[rule.meta.id, { severity: rule.meta.severity === 'off' ? 'warn' : rule.meta.severity, options: testCase.options ?? {}, where: 'test' }]]),
    words: testCase.words ?? [],
  };
  const path = testCase.path ?? 'article.txt';
  const glossary = buildGlossary(testCase.glossary ?? {});
  const inputs = [...(testCase.corpus ?? []), { path, text: testCase.text }];
  const results = await lintArticles(inputs, {
    cwd: process.cwd(),
    rules: [rule],
    config,
    date: testCase.date,
    fix,
    glossaryOverride: glossary,
  });
  return results[results.length - 1]!;
}

/** Compare a message with an expectation; returns the differences (empty when it matches). */
export function differences(message: LintMessage, expected: ExpectedMessage, text: string): string[] {
  const problems: string[] = [];
  const check = (what: string, actual: unknown, wanted: unknown) => {
    if (wanted !== undefined && JSON.stringify(actual) !== JSON.stringify(wanted)) problems.push(`${what}: got ${JSON.stringify(actual)}, want ${JSON.stringify(wanted)}`);
  };
  if (expected.message instanceof RegExp) {
    if (!expected.message.test(message.reason)) problems.push(`message: "${message.reason}" does not match ${expected.message}`);
  } else check('message', message.reason, expected.message);
  check('line', message.place.start.line, expected.line);
  check('column', message.place.start.column, expected.column);
  check('endLine', message.place.end.line, expected.endLine);
  check('endColumn', message.place.end.column, expected.endColumn);
  check('text', text.slice(message.place.start.offset, message.place.end.offset), expected.text);
  check('expected', message.expected, expected.expected);
  check('severity', message.severity, expected.severity);
  return problems;
}

/** What is wrong with an invalid case itself, before it is run (empty when nothing). */
function caseProblems(rule: Rule, testCase: InvalidRuleCase): string[] {
  const problems: string[] = [];
  if (testCase.errors.length === 0) problems.push('an invalid case needs at least one error (a text without one is a valid case)');
  if (rule.meta.fixable && testCase.output === undefined) problems.push(`"${rule.meta.id}" is fixable: the case must state its output (the fixed text, or null for no change)`);
  return problems;
}

const describeMessage = (m: LintMessage) => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`;

/** How a valid case fails (empty when it passes): any message fails it, the rule's or an internal error (a crash, a time limit). */
export async function validCaseProblems(rule: Rule, testCase: RuleCase): Promise<string[]> {
  const result = await lintWithRule(rule, testCase);
  return result.messages.map((m) => `unexpected message ${describeMessage(m)}`);
}

/** How an invalid case fails (empty when it passes). Every message counts: an internal error is not one of the listed errors. */
export async function invalidCaseProblems(rule: Rule, testCase: InvalidRuleCase): Promise<string[]> {
  const problems = caseProblems(rule, testCase);
  if (problems.length > 0) return problems;
  const result = await lintWithRule(rule, testCase);
  if (result.messages.length !== testCase.errors.length) {
    return [`${result.messages.length} messages, want ${testCase.errors.length}:`, ...result.messages.map(describeMessage)];
  }
  result.messages.forEach((message, i) => {
    if (message.ruleId !== rule.meta.id) problems.push(`message ${i + 1}: ${describeMessage(message)}`);
    else problems.push(...differences(message, testCase.errors[i]!, testCase.text).map((d) => `message ${i + 1}: ${d}`));
  });
  if (testCase.output !== undefined) {
    const fixed = await lintWithRule(rule, testCase, true);
    const want = testCase.output ?? testCase.text;
    if ((fixed.output ?? testCase.text) !== want) problems.push(`output: got ${JSON.stringify(fixed.output ?? testCase.text)}, want ${JSON.stringify(want)}`);
  }
  return problems;
}

/**
 * Register vitest tests for a rule's cases. `vitest` is imported lazily so
 * that the harness can also be used from plain scripts.
 */
export async function testRule(rule: Rule, cases: RuleCases): Promise<void> {
  const { describe, it, expect } = await import('vitest');
  describe(rule.meta.id, () => {
    for (const raw of cases.valid) {
      const testCase = typeof raw === 'string' ? { text: raw } : raw;
      it(`valid: ${testCase.name ?? testCase.text.slice(0, 60)}`, async () => {
        expect(await validCaseProblems(rule, testCase)).toEqual([]);
      });
    }
    for (const testCase of cases.invalid) {
      it(`invalid: ${testCase.name ?? testCase.text.slice(0, 60)}`, async () => {
        expect(await invalidCaseProblems(rule, testCase)).toEqual([]);
      });
    }
  });
}
