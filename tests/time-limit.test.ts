// The per-file time limit stops what overruns it (src/engine/time-limit.ts,
// the engine's timeLimited): a rule that never returns, a plugin-style rule
// slow on one file only, and a parse that would take seconds each become one
// internal-error on their file, and the run goes on with the other files and
// rules.
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lintArticles } from '../src/engine/workers.js';
import type { FileResult, Rule } from '../src/types.js';
import { MAX_BLOCKS } from '../src/parse/markdown-nesting.js';
import { EMPTY_CONFIG } from './fuzz-harness.mjs';

const lint = (inputs: { path: string; text: string }[], rules: readonly Rule[], timeLimit: number) =>
  lintArticles(inputs, { cwd: process.cwd(), rules, config: EMPTY_CONFIG, date: '2025-02-07', timeLimit });
const summary = (result: FileResult) => result.messages.map((m) => [m.ruleId, m.ruleId === 'internal-error' ? m.reason : m.place.start.offset]);

describe('the time limit', () => {
  it('stops a rule that never returns: one internal error on that file, the other rules and files go on', async () => {
    const forever: Rule = {
      meta: { id: 'forever', description: 'test: never returns on a file that says "stall"', severity: 'warn', url: '', fixable: false },
      create(context) {
        if (context.doc.text.includes('stall')) for (;;);
      },
    };
    const started = performance.now();
    const [a, b] = await lint([{ path: 'a.txt', text: 'We stall the the vote.' }, { path: 'b.txt', text: 'It it passed.' }], [...builtinRules, forever], 300);
    expect(summary(a!)).toEqual([
      ['internal-error', 'rule "forever" exceeded the time limit of 0.3 s on this file'],
      ['repeated-word', 13],
    ]);
    expect(summary(b!)).toEqual([['repeated-word', 3]]);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('stops a plugin-style rule that is slow on one file only; it runs in full on the others', async () => {
    let finished = 0;
    const slowOnOne: Rule = {
      meta: { id: 'slow-on-one', description: 'test: a minute of work on long files', severity: 'warn', url: '', fixable: false },
      create(context) {
        // Work that grows with the text, as a quadratic rule's does: a minute on the long file, nothing on the short ones.
        const until = performance.now() + (context.doc.text.length > 1000 ? 60_000 : 0);
        while (performance.now() < until);
        finished++;
        context.report({ message: 'Checked', start: 0, end: 1 });
      },
    };
    const inputs = [
      { path: 'short-1.txt', text: 'A calm day.' },
      { path: 'long.txt', text: 'A long day. '.repeat(200) },
      { path: 'short-2.txt', text: 'Another calm day.' },
    ];
    const started = performance.now();
    const results = await lint(inputs, [slowOnOne], 300);
    expect(results.map(summary)).toEqual([
      [['slow-on-one', 0]],
      [['internal-error', 'rule "slow-on-one" exceeded the time limit of 0.3 s on this file']],
      [['slow-on-one', 0]],
    ]);
    expect(finished).toBe(2);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('stops a parse that would take seconds (nearly 20,000 Markdown paragraphs): one internal error, no rule run on it, the next file linted', async () => {
    // Nested emphasis and more blocks than MAX_BLOCKS no longer reach the parser (tests/markdown-nesting.test.ts); micromark's cost per paragraph below that remains.
    const slow = { path: 'slow.md', text: 'The council met again.\n\n'.repeat(MAX_BLOCKS - 1) };
    const started = performance.now();
    const [a, b] = await lint([slow, { path: 'b.md', text: 'It it passed.\n' }], builtinRules, 300);
    expect(summary(a!)).toEqual([['internal-error', 'parsing this file exceeded the time limit of 0.3 s; no rule was run on it']]);
    expect(a!.messages[0]!.data).toEqual({ rule: '(parse)' });
    expect(summary(b!)).toEqual([['repeated-word', 3]]);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);
});
