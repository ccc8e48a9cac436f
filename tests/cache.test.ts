// --cache: an unchanged file is not linted again; a change to its text, its
// config or its glossary's contents is; and with a corpus rule, a change to
// any file re-lints the files whose corpus changed.
import { chmodSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import duplicateArticle from '../rules/duplicate-article/index.js';
import { LintCache } from '../src/io/cache.js';
import type { ArticleInput } from '../src/engine/engine.js';
import type { Rule } from '../src/types.js';
import { lintRun } from '../src/engine/workers.js';
import { cli, parseJson, tempTree } from './helpers.js';

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

describe('--cache robustness: the cache never costs the report', () => {
  const args = ['--format', 'json', '--rule', 'repeated-word=error', '--cache'];
  const findings = (run: { stdout: string }) => parseJson(run as Parameters<typeof parseJson>[0]).map((f) => f.messages.map((m) => m.ruleId));

  it('a cache location in a missing folder: the report first, then one warning line; the exit code is the findings\'', async () => {
    const root = tempTree({ 'a.txt': 'The the cat.\n' });
    const run = await cli([...args, '--cache-location', 'no/such/folder/cache', 'a.txt'], { cwd: root });
    expect(findings(run)).toEqual([['repeated-word']]);
    expect(run.stderr).toBe(`article-lint: warning: ${join(root, 'no/such/folder/cache')}: cannot write the cache (ENOENT); this run's results are not cached\n`);
    expect(run.code).toBe(1);
  });

  it('a cache location below a file (ENOTDIR): the same', async () => {
    const root = tempTree({ 'a.txt': 'The the cat.\n', 'file': 'x' });
    const run = await cli([...args, '--cache-location', 'file/cache', 'a.txt'], { cwd: root });
    expect(findings(run)).toEqual([['repeated-word']]);
    expect(run.stderr).toMatch(/^article-lint: warning: .*file\/cache: cannot write the cache \(ENOTDIR\); this run's results are not cached\n$/);
    expect(run.code).toBe(1);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only folder: the same (EACCES)', async () => {
    const root = tempTree({ 'a.txt': 'The the cat.\n', 'ro/keep': '' });
    chmodSync(join(root, 'ro'), 0o555);
    try {
      const run = await cli([...args, '--cache-location', 'ro/cache', 'a.txt'], { cwd: root });
      expect(findings(run)).toEqual([['repeated-word']]);
      expect(run.stderr).toMatch(/cannot write the cache \(EACCES\)/);
      expect(run.code).toBe(1);
    } finally {
      chmodSync(join(root, 'ro'), 0o755);
    }
  });

  it('a cache location that is a folder holds the cache file inside it (as ESLint\'s)', async () => {
    const root = tempTree({ 'a.txt': 'The the cat.\n', 'caches/keep': '' });
    const run = await cli([...args, '--cache-location', 'caches', 'a.txt'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(findings(run)).toEqual([['repeated-word']]);
    expect(existsSync(join(root, 'caches/.article-lint-cache'))).toBe(true);
    const again = await cli([...args, '--cache-location', 'caches/', 'a.txt'], { cwd: root });
    expect(again.stdout).toBe(run.stdout);
  });

  it('the cache is written through a fresh temporary file: a planted link at an old predictable name is left alone', async () => {
    const root = tempTree({ 'a.txt': 'The the cat.\n', 'victim.txt': 'keep me\n' });
    symlinkSync(join(root, 'victim.txt'), join(root, `.article-lint-cache-${process.pid}.tmp`));
    const run = await cli([...args, 'a.txt'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(readFileSync(join(root, 'victim.txt'), 'utf8')).toBe('keep me\n');
    expect(JSON.parse(readFileSync(join(root, '.article-lint-cache'), 'utf8'))).toMatchObject({ format: 1 });
  });

  /** Rewrites every entry of the cache file with `change`. */
  const tamper = (root: string, change: (entry: Record<string, unknown>) => void) => {
    const file = join(root, '.article-lint-cache');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, Record<string, unknown>> };
    for (const entry of Object.values(data.entries)) change(entry);
    writeFileSync(file, JSON.stringify(data));
  };

  it.each([
    ['messages: [{}]', (e: Record<string, unknown>) => (e.messages = [{}])],
    ['messages: "x"', (e: Record<string, unknown>) => (e.messages = 'x')],
    ['messages: null', (e: Record<string, unknown>) => (e.messages = null)],
    ['a message with a string line', (e: Record<string, unknown>) => ((e.messages as Record<string, unknown>[])[0]!.line = '1')],
    ['a message with no place', (e: Record<string, unknown>) => delete (e.messages as Record<string, unknown>[])[0]!.place],
    ['collected: "x"', (e: Record<string, unknown>) => (e.collected = 'x')],
    ['corpusHash: 5', (e: Record<string, unknown>) => (e.corpusHash = 5)],
  ])('an entry with a valid key and %s is a miss: the findings are found again, and later runs work', async (_, change) => {
    const root = tempTree({ 'a.txt': 'The the cat.\n' });
    const first = await cli([...args, 'a.txt'], { cwd: root });
    expect(findings(first)).toEqual([['repeated-word']]);
    tamper(root, change);
    for (let i = 0; i < 2; i++) {
      const run = await cli([...args, 'a.txt'], { cwd: root });
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(first.stdout);
      expect(run.code).toBe(1);
    }
  });

  it('entries that are not an object at all (a cache file of another shape) start the cache empty', async () => {
    const root = tempTree({ 'a.txt': 'The the cat.\n', '.article-lint-cache': JSON.stringify({ format: 1, entries: ['x', 1] }) });
    const run = await cli([...args, 'a.txt'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(findings(run)).toEqual([['repeated-word']]);
  });
});
