// --cache: an unchanged file is not linted again; a change to its text, its
// config or its glossary's contents is; and with a corpus rule, a change to
// any file re-lints the files whose corpus changed.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import duplicateArticle from '../rules/duplicate-article/index.js';
import { LintCache } from '../src/io/cache.js';
import type { ArticleInput } from '../src/engine/engine.js';
import type { Rule } from '../src/types.js';
import { lintRun } from '../src/engine/workers.js';
import { cli, tempTree } from './helpers.js';

/** A rule that flags every "Acme" and counts the files it lints. */
function countingRule(linted: string[]): Rule {
  return {
    meta: { id: 'acme', description: 'Flags Acme', severity: 'warn', url: '', fixable: false },
    create(context) {
      linted.push(context.doc.path);
      for (const match of context.doc.text.matchAll(/Acme/g)) context.report({ message: 'Acme', start: match.index, end: match.index + 4 });
    },
  };
}

/** A corpus rule: reports how many files of the run mention "Acme". */
function corpusRule(linted: string[]): Rule<Record<string, unknown>, boolean> {
  return {
    meta: { id: 'acme-count', description: 'Counts Acme files', severity: 'info', url: '', fixable: false },
    collect: (doc) => doc.text.includes('Acme'),
    create(context) {
      linted.push(context.doc.path);
      context.report({ message: `${context.corpus.filter((e) => e.data).length} files mention Acme`, start: 0, end: 1 });
    },
  };
}

function setup(files: Record<string, string>) {
  const root = tempTree(files);
  const read = (): ArticleInput[] =>
    Object.keys(files)
      .filter((p) => p.endsWith('.txt'))
      .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
  const linted: string[] = [];
  const run = (rules: Rule[], extra: { glossaries?: string[]; configPath?: string } = {}) =>
    lintRun(read(), { cwd: root, rules, jobs: 1, cache: LintCache.open(join(root, '.article-lint-cache')), ...extra });
  return { root, linted, run };
}

const reasons = (results: Awaited<ReturnType<typeof lintRun>>) => results.map((r) => [r.path, r.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)]);

describe('--cache', () => {
  it('reuses the results of unchanged files, and re-lints a file whose text changed', async () => {
    const { root, linted, run } = setup({ 'a.txt': 'Acme said.\n', 'b.txt': 'Nobody said.\n', 'c.txt': 'Then Acme left.\n' });
    const rules = [countingRule(linted)];
    const first = await run(rules);
    expect(linted.sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
    linted.length = 0;
    const second = await run(rules);
    expect(linted).toEqual([]);
    expect(reasons(second)).toEqual(reasons(first));
    writeFileSync(join(root, 'b.txt'), 'Nobody, not even Acme, said.\n');
    const third = await run(rules);
    expect(linted).toEqual(['b.txt']);
    expect(reasons(third)[1]).toEqual(['b.txt', ['1:18 Acme']]);
  });

  it('re-lints every file of a config when the config changes', async () => {
    const { root, linted, run } = setup({ 'a.txt': 'Acme said.\n', 'b.txt': 'Acme again.\n', 'lint.json': '{"rules": {"acme": "warn"}}' });
    const rules = [countingRule(linted)];
    const first = await run(rules, { configPath: 'lint.json' });
    expect(first[0]!.messages[0]!.severity).toBe('warn');
    linted.length = 0;
    await run(rules, { configPath: 'lint.json' });
    expect(linted).toEqual([]);
    writeFileSync(join(root, 'lint.json'), '{"rules": {"acme": "error"}}');
    const third = await run(rules, { configPath: 'lint.json' });
    expect(linted.sort()).toEqual(['a.txt', 'b.txt']);
    expect(third[0]!.messages[0]!.severity).toBe('error');
  });

  it('re-lints when a glossary file changes, though its path does not', async () => {
    const { root, linted, run } = setup({ 'a.txt': 'Acme said.\n', 'glossary.yml': 'entities:\n  - name: Acme Corp\n' });
    const rules = [countingRule(linted)];
    await run(rules, { glossaries: ['glossary.yml'] });
    linted.length = 0;
    await run(rules, { glossaries: ['glossary.yml'] });
    expect(linted).toEqual([]);
    writeFileSync(join(root, 'glossary.yml'), 'entities:\n  - name: Acme Corporation\n');
    await run(rules, { glossaries: ['glossary.yml'] });
    expect(linted).toEqual(['a.txt']);
  });

  it('with a corpus rule, re-lints the other files when one file changes what they see', async () => {
    const { root, linted, run } = setup({ 'a.txt': 'Acme said.\n', 'b.txt': 'Nobody said.\n' });
    const rules = [corpusRule(linted) as Rule];
    const first = await run(rules);
    expect(reasons(first).map(([, m]) => m)).toEqual([['1:1 1 files mention Acme'], ['1:1 1 files mention Acme']]);
    linted.length = 0;
    await run(rules);
    expect(linted).toEqual([]);
    writeFileSync(join(root, 'b.txt'), 'Acme too.\n');
    const third = await run(rules);
    expect(linted.sort()).toEqual(['a.txt', 'b.txt']);
    expect(reasons(third).map(([, m]) => m)).toEqual([['1:1 2 files mention Acme'], ['1:1 2 files mention Acme']]);
  });

  it('a file cached when it was linted alone is summarised again in a run with others (rules that only compare files skip it alone)', async () => {
    const story = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} of the story tells how the council met on day ${i} of the session.`).join('\n\n') + '\n';
    const root = tempTree({ 'a.txt': story, 'b.txt': story });
    const a = { path: 'a.txt', text: story };
    const b = { path: 'b.txt', text: story };
    const run = (inputs: ArticleInput[]) => lintRun(inputs, { cwd: root, rules: [duplicateArticle as Rule], jobs: 1, cache: LintCache.open(join(root, '.article-lint-cache')) });
    expect((await run([a]))[0]!.messages).toEqual([]);
    const both = await run([a, b]);
    expect(both.map((r) => r.messages.map((m) => m.reason))).toEqual([[], ['This article is 100% the same as a.txt']]);
  });

  it('--cache through the CLI: same output, cache file at --cache-location, not used with --fix', async () => {
    const root = tempTree({ 'a.txt': 'The the cat.\n', 'b.txt': 'A dog.\n' });
    const args = ['--format', 'json', '--cache', '--cache-location', 'my-cache', '.'];
    const first = await cli(args, { cwd: root });
    expect(existsSync(join(root, 'my-cache'))).toBe(true);
    const second = await cli(args, { cwd: root });
    expect(second.stdout).toBe(first.stdout);
    expect(second.code).toBe(first.code);
    const fixed = await cli(['--fix', '--cache', '--cache-location', 'fix-cache', '.'], { cwd: root });
    expect(fixed.code).toBe(0);
    expect(existsSync(join(root, 'fix-cache'))).toBe(false);
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('The cat.\n');
  });

  it('writes the cache only when an entry changed, and then drops the entries of deleted files', async () => {
    const root = tempTree({ 'a.txt': 'Acme.\n', 'b.txt': 'Acme too.\n' });
    const location = join(root, 'cache');
    const run = (paths: string[]) =>
      lintRun(
        paths.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') })),
        { cwd: root, rules: [countingRule([])], jobs: 1, cache: LintCache.open(location) },
      );
    await run(['a.txt', 'b.txt']);
    const entries = () => Object.keys(JSON.parse(readFileSync(location, 'utf8')).entries).map((path) => path.slice(root.length + 1));
    expect(entries()).toEqual(['a.txt', 'b.txt']);
    // The same entries written another way: an unchanged re-run leaves the file as it is.
    const rewritten = JSON.stringify(JSON.parse(readFileSync(location, 'utf8')), null, 2);
    writeFileSync(location, rewritten);
    await run(['a.txt', 'b.txt']);
    expect(readFileSync(location, 'utf8')).toBe(rewritten);
    rmSync(join(root, 'b.txt'));
    writeFileSync(join(root, 'a.txt'), 'Acme again.\n');
    await run(['a.txt']);
    expect(entries()).toEqual(['a.txt']);
  });

  it('starts empty from a missing or broken cache file', async () => {
    const root = tempTree({ 'a.txt': 'Acme.\n', 'broken-cache': '{not json' });
    const linted: string[] = [];
    await lintRun([{ path: 'a.txt', text: 'Acme.\n' }], { cwd: root, rules: [countingRule(linted)], jobs: 1, cache: LintCache.open(join(root, 'broken-cache')) });
    expect(linted).toEqual(['a.txt']);
    expect(JSON.parse(readFileSync(join(root, 'broken-cache'), 'utf8')).format).toBe(1);
  });
});
