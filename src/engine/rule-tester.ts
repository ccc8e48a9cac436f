// A rule test harness in the spirit of ESLint's RuleTester: valid texts must
// produce no message of the rule; invalid texts must produce exactly the
// listed messages (positions, flagged text, suggestions) and, when `output`
// is given, `--fix` must turn the text into exactly that.
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
  errors: ExpectedMessage[];
  /** The text after `--fix`; omit to leave fixes untested. */
  output?: string;
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
        const result = await lintWithRule(rule, testCase);
        const own = result.messages.filter((m) => m.ruleId === rule.meta.id);
        expect(own.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual([]);
      });
    }
    for (const testCase of cases.invalid) {
      it(`invalid: ${testCase.name ?? testCase.text.slice(0, 60)}`, async () => {
        const result = await lintWithRule(rule, testCase);
        const own = result.messages.filter((m) => m.ruleId === rule.meta.id);
        expect(own.length, own.map((m) => `${m.line}:${m.column} ${m.reason}`).join('\n')).toBe(testCase.errors.length);
        own.forEach((message, i) => expect(differences(message, testCase.errors[i]!, testCase.text)).toEqual([]));
        if (testCase.output !== undefined) {
          const fixed = await lintWithRule(rule, testCase, true);
          expect(fixed.output ?? testCase.text).toBe(testCase.output);
        }
      });
    }
  });
}
