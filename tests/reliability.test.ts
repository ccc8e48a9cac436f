// Isolation: a rule that crashes, reports impossible positions or offers a
// fix that never converges is contained to its own rule and file; the run
// goes on and every other finding is still reported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lintArticles } from '../src/engine/workers.js';
import type { Rule } from '../src/types.js';
import { cli, parseJson, tempTree } from './helpers.js';
import { contractProblems } from './fuzz-harness.mjs';

const PLUGIN = new URL('./fixtures/hostile/misbehaving-plugin.js', import.meta.url).pathname;

function project(files: Record<string, string>) {
  return tempTree({ '.article-lintrc.json': JSON.stringify({ plugins: [PLUGIN] }), ...files });
}

describe('a rule that throws', () => {
  it('becomes one fatal internal-error per crashing rule for that file; the other file and the other rules go on', async () => {
    const root = project({ 'a.txt': 'This will crash. The the cat.', 'b.txt': 'It it is calm here.' });
    const run = await cli(['--trust-plugins', '--format', 'json', 'a.txt', 'b.txt'], { cwd: root });
    expect(run.code).toBe(1);
    const [a, b] = parseJson(run);
    const crashes = a!.messages.filter((m) => m.ruleId === 'internal-error');
    expect(crashes.map((m) => m.reason).sort()).toEqual([
      'rule "throws-error" crashed: boom',
      'rule "throws-string" crashed: a string, not an Error',
    ]);
    expect(crashes.every((m) => m.fatal === true && m.line === 1 && m.column === 1)).toBe(true);
    // The crash in `collect` is not reported twice; the other rules still report.
    expect(a!.messages.filter((m) => m.ruleId === 'repeated-word')).toMatchObject([{ line: 1, column: 22 }]);
    expect(b!.messages.map((m) => m.ruleId)).toEqual(['repeated-word']);
  });

  it('a crashing rule through the engine API: the message keeps the contract', async () => {
    const crashing: Rule = {
      meta: { id: 'crashing', description: 'Crashes', severity: 'warn', url: '', fixable: false },
      create() {
        throw new RangeError('Maximum call stack size exceeded');
      },
    };
    const text = 'Line one.\r\nThe the cat.\r\n';
    const [result] = await lintArticles([{ path: 'a.txt', text }], {
      cwd: '.',
      rules: [...builtinRules, crashing],
      config: { glossary: [], rules: new Map(), plugins: [], ignore: [], words: [] },
    });
    expect(result!.messages.map((m) => m.ruleId)).toEqual(['internal-error', 'repeated-word']);
    expect(contractProblems(text, result!.messages)).toEqual([]);
  });

  it('--fix still fixes what the other rules found', async () => {
    const root = project({ 'a.txt': 'This will crash. The the cat.\n' });
    const run = await cli(['--trust-plugins', '--fix', 'a.txt'], { cwd: root });
    expect(run.code).toBe(1);
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('This will crash. The cat.\n');
  });
});

describe('impossible positions and runaway fixes', () => {
  it('positions outside the text are clamped into it, so every message keeps the contract', async () => {
    const text = 'An impossible report.\n';
    const root = project({ 'a.txt': text });
    const run = await cli(['--trust-plugins', '--format', 'json', 'a.txt'], { cwd: root });
    const messages = parseJson(run)[0]!.messages;
    expect(messages.filter((m) => m.ruleId === 'bad-positions')).toHaveLength(4);
    expect(contractProblems(text, messages)).toEqual([]);
    // A fix range given backwards is never applied.
    expect((await cli(['--trust-plugins', '--fix', 'a.txt'], { cwd: root })).stderr).toBe('');
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe(text);
  });

  it('a fix that never converges stops after a bounded number of passes', async () => {
    const root = project({ 'a.txt': 'Runs forever.\n' });
    const started = Date.now();
    await cli(['--trust-plugins', '--fix', 'a.txt'], { cwd: root });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toMatch(/^!{1,10}Runs forever\.\n$/);
  });
});

describe('a per-file time limit', () => {
  it('a rule that never returns becomes one internal-error for that file; its other rules and the other files go on', async () => {
    const root = project({ 'a.txt': 'This will hang. The the cat.', 'b.txt': 'It it is calm here.' });
    const run = await cli(['--trust-plugins', '--format', 'json', '--time-limit', '0.5', 'a.txt', 'b.txt'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const [a, b] = parseJson(run);
    expect(a!.messages.map((m) => [m.ruleId, m.reason, m.fatal])).toEqual([
      ['internal-error', 'rule "never-returns" exceeded the time limit of 0.5 s on this file', true],
      ['repeated-word', 'Repeated word "the"', false],
    ]);
    expect(a!.messages[0]!.data).toEqual({ rule: 'never-returns' });
    expect(b!.messages.map((m) => m.ruleId)).toEqual(['repeated-word']);
  });

  it('a rule may use its whole limit on every file, though one timeout covers several files', async () => {
    const files = Object.fromEntries(['a', 'b', 'c', 'd'].map((name) => [`${name}.txt`, 'This runs slowly. The the cat.']));
    const run = await cli(['--trust-plugins', '--format', 'json', '--time-limit', '0.4', ...Object.keys(files)], { cwd: project(files) });
    expect(run.stderr).toBe('');
    expect(parseJson(run).map((file) => file.messages.map((m) => m.ruleId))).toEqual(Array(4).fill(['repeated-word']));
  });

  it('a rule that never returns from its corpus pass is reported once, not again by its second pass', async () => {
    const root = project({ 'a.txt': 'A stall here. The the cat.', 'b.txt': 'It it is calm here.' });
    const run = await cli(['--trust-plugins', '--format', 'json', '--time-limit', '0.3', 'a.txt', 'b.txt'], { cwd: root });
    const [a, b] = parseJson(run);
    expect(a!.messages.map((m) => [m.ruleId, m.reason])).toEqual([
      ['internal-error', 'rule "never-returns-in-collect" exceeded the time limit of 0.3 s on this file'],
      ['repeated-word', 'Repeated word "the"'],
    ]);
    expect(b!.messages.map((m) => m.ruleId)).toEqual(['repeated-word']);
  });

  it('a hanging rule in a --fix run: the other rules\' fixes are still written', async () => {
    const root = project({ 'a.txt': 'This will hang. The the cat.\n' });
    const run = await cli(['--trust-plugins', '--fix', '--time-limit', '0.3', 'a.txt'], { cwd: root });
    expect(run.code).toBe(1);
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('This will hang. The cat.\n');
  });

  it('--time-limit takes seconds; anything else is a usage error', async () => {
    const run = await cli(['--trust-plugins', '--time-limit', 'soon', 'a.txt'], { cwd: project({ 'a.txt': 'Calm.' }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('article-lint: --time-limit: "soon" is not a number of seconds\n');
  });
});
