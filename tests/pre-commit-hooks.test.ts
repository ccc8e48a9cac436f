// .pre-commit-hooks.yaml: the hook pre-commit users add with three lines.
// pre-commit installs the repository with npm (which builds it: `prepare`)
// and runs `entry` with the staged files that `files` matches.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ARTICLE_EXTENSIONS, hasArticleExtension } from '../src/io/files.js';
import { cli, tempTree } from './helpers.js';

const hooks = parse(readFileSync(new URL('../.pre-commit-hooks.yaml', import.meta.url), 'utf8')) as Record<string, unknown>[];
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };

describe('.pre-commit-hooks.yaml', () => {
  const [hook] = hooks;

  it('declares one node hook whose entry is the package command, run once over all the files', () => {
    expect(hooks).toHaveLength(1);
    expect(hook).toMatchObject({ id: 'article-lint', name: 'article-lint', entry: 'article-lint', language: 'node', require_serial: true });
    expect(Object.keys(pkg.bin)).toContain(hook!.entry);
    // pre-commit installs the clone with `npm install` then `npm pack`: `prepare` builds the command.
    expect(pkg.scripts.prepare).toBe('npm run build');
  });

  it('takes exactly the files the command lints in a folder', () => {
    // pre-commit reads `files` as a Python regex; `(?i)` is its case-insensitive flag.
    const source = hook!.files as string;
    expect(source.startsWith('(?i)')).toBe(true);
    const files = new RegExp(source.slice('(?i)'.length), 'i');
    const names = [...ARTICLE_EXTENSIONS.flatMap((ext) => [`news/story${ext}`, `news/STORY${ext.toUpperCase()}`]), 'news/story.txt.bak', 'package.json', 'news/photo.jpg', 'notes.mdx', 'a.yml', 'README'];
    for (const name of names) expect(files.test(name), name).toBe(hasArticleExtension(name));
    expect(names.filter((name) => files.test(name))).toHaveLength(2 * ARTICLE_EXTENSIONS.length);
  });

  it('the command as pre-commit calls it: named files, exit 1 on an error finding', async () => {
    const root = tempTree({ '.article-lintrc.json': JSON.stringify({ rules: { 'repeated-word': 'error' } }), 'news/a.md': 'The the mayor spoke.\n', 'news/b.txt': 'Clean copy.\n' });
    const run = await cli(['news/a.md', 'news/b.txt'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^news\/a\.md\n1:5-1:8 +error +Repeated word "the"/m);
  });
});
