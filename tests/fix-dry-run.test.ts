// --fix-dry-run prints what --fix would change as a unified diff, writes
// nothing, and exits as a run without fixes would.
import { copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch, parsePatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../src/fix/diff.js';
import { cli, tempTree } from './helpers.js';

describe('unifiedDiff', () => {
  it('is empty when nothing changes', () => {
    expect(unifiedDiff('a.txt', 'same\n', 'same\n')).toBe('');
  });

  it('uses git prefixes for relative paths and plain names for absolute ones', () => {
    expect(unifiedDiff('dir/a.txt', 'x\n', 'y\n')).toBe('--- a/dir/a.txt\n+++ b/dir/a.txt\n@@ -1,1 +1,1 @@\n-x\n+y\n');
    expect(unifiedDiff('/abs/a.txt', 'x\n', 'y\n').split('\n').slice(0, 2)).toEqual(['--- /abs/a.txt', '+++ /abs/a.txt']);
    expect(unifiedDiff('<stdin>', 'x\n', 'y\n').split('\n').slice(0, 2)).toEqual(['--- <stdin>', '+++ <stdin>']);
  });
});

describe('--fix-dry-run', () => {
  it('prints the diff, writes nothing, reports on stderr and exits as without fixes', async () => {
    const text = 'The the council met.\nIt voted.\n';
    const root = tempTree({ 'story.txt': text });
    const before = statSync(join(root, 'story.txt')).mtimeMs;
    const run = await cli(['--fix-dry-run', '--format', 'json', 'story.txt'], { cwd: root });
    expect(run.stdout).toBe('--- a/story.txt\n+++ b/story.txt\n@@ -1,2 +1,2 @@\n-The the council met.\n+The council met.\n It voted.\n');
    expect(readFileSync(join(root, 'story.txt'), 'utf8')).toBe(text);
    expect(statSync(join(root, 'story.txt')).mtimeMs).toBe(before);
    // The report on stderr lists the finding that is still in the file.
    expect(JSON.parse(run.stderr)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['repeated-word']);
    expect(run.code).toBe(0);
    const asError = await cli(['--fix-dry-run', '--rule', 'repeated-word=error', 'story.txt'], { cwd: root });
    expect(asError.code).toBe(1);
    expect(asError.stdout).toBe(run.stdout);
  });

  it('keeps CRLF line endings and a missing final newline in the diff', async () => {
    const root = tempTree({ 'crlf.txt': 'Intro.\r\nThe the council met.' });
    const run = await cli(['--fix-dry-run', 'crlf.txt'], { cwd: root });
    const [patch] = parsePatch(run.stdout);
    expect(patch!.hunks[0]!.lines).toEqual([' Intro.\r', '-The the council met.', '\\ No newline at end of file', '+The council met.', '\\ No newline at end of file']);
    expect(applyPatch('Intro.\r\nThe the council met.', run.stdout)).toBe('Intro.\r\nThe council met.');
  });

  it('reads standard input and names it', async () => {
    const run = await cli(['--fix-dry-run', '--stdin-filename', 'in.md', '-'], { stdin: 'A the the b.\n' });
    expect(run.stdout).toBe('--- a/in.md\n+++ b/in.md\n@@ -1,1 +1,1 @@\n-A the the b.\n+A the b.\n');
  });

  it('prints nothing for a file with nothing to fix', async () => {
    const root = tempTree({ 'clean.txt': 'The council met on Monday.\n' });
    const run = await cli(['--fix-dry-run', 'clean.txt'], { cwd: root });
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
  });

  it('cannot be combined with --fix', async () => {
    const run = await cli(['--fix', '--fix-dry-run', '-'], { stdin: 'x' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--fix and --fix-dry-run cannot be combined/);
  });

  it('on the seeds: applying the printed diff gives exactly what --fix writes', async () => {
    const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt'));
    const root = tempTree({});
    for (const seed of seeds) copyFileSync(join('seeds', seed), join(root, seed));
    const dryRun = await cli(['--fix-dry-run', ...seeds], { cwd: root });
    for (const seed of seeds) expect(readFileSync(join(root, seed), 'utf8')).toBe(readFileSync(join('seeds', seed), 'utf8'));
    const patches = parsePatch(dryRun.stdout);
    expect(patches.length).toBeGreaterThan(0);
    await cli(['--fix', ...seeds], { cwd: root });
    for (const seed of seeds) {
      const patch = patches.find((p) => p.newFileName === `b/${seed}`);
      const original = readFileSync(join('seeds', seed), 'utf8');
      const fixed = readFileSync(join(root, seed), 'utf8');
      expect(patch ? applyPatch(original, patch) : original, seed).toBe(fixed);
    }
  });
});
