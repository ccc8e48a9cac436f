// Writing fixes back: a fix that cannot be written is an error (exit 2, one
// line naming the file, the findings still reported); the file keeps its
// mode and owner; read-only and hard-linked files are refused; the temporary
// file is created exclusively under a random name; a file saved during the
// run is not overwritten.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, linkSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot, writeFixedFile, FixWriteError } from '../src/fix/write-file.js';
import { cli, parseJson, tempTree } from './helpers.js';

const REPO = new URL('..', import.meta.url).pathname;
const isRoot = process.getuid?.() === 0;

/** The built CLI, run by a user who is not root (as root, by nobody: root may write anything). */
function runBuiltCli(args: string[], cwd: string) {
  if (!existsSync(join(REPO, 'dist/bin/cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
  return spawnSync(process.execPath, [join(REPO, 'dist/bin/cli.js'), ...args], { cwd, encoding: 'utf8', ...(isRoot ? { uid: 65534, gid: 65534 } : {}) });
}

function snapshotOf(path: string) {
  const stats = statSync(path);
  return readSnapshot(readFileSync(path), stats);
}

describe('a fix that cannot be written', () => {
  it('exits 2 with one line naming the file, and the report still shows the findings', () => {
    const root = tempTree({ 'locked/a.txt': 'The the cat sat.\n' });
    chmodSync(root, 0o755);
    chmodSync(join(root, 'locked/a.txt'), 0o666);
    // The folder is not writable by the user who runs the linter (root writes anywhere: the run drops to nobody).
    chmodSync(join(root, 'locked'), 0o555);
    const run = runBuiltCli(['--fix', '--format', 'json', 'locked/a.txt'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('article-lint: locked/a.txt: cannot write fixes (EACCES)\n');
    const [file] = JSON.parse(run.stdout) as { path: string; messages: { ruleId: string; line: number; column: number }[] }[];
    expect(file!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['repeated-word', 1, 5]]);
    expect(readFileSync(join(root, 'locked/a.txt'), 'utf8')).toBe('The the cat sat.\n');
    expect(readdirSync(join(root, 'locked'))).toEqual(['a.txt']);
  });

  it('a file read-only to its user is refused with a message, not rewritten, though its folder is writable, and the run exits 2', () => {
    const root = tempTree({ 'dir/a.txt': 'The the cat.\n', 'dir/b.txt': 'It it is.\n' });
    chmodSync(root, 0o755);
    // The folder is writable (a rename would replace the file); the file is not. Root may write any file, so the run is nobody's.
    if (isRoot) for (const path of ['dir', 'dir/a.txt', 'dir/b.txt']) chownSync(join(root, path), 65534, 65534);
    chmodSync(join(root, 'dir/a.txt'), 0o444);
    const run = runBuiltCli(['--fix', '--format', 'json', 'a.txt', 'b.txt'], join(root, 'dir'));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('article-lint: a.txt: read-only file; fixes not written\n');
    expect(readFileSync(join(root, 'dir/a.txt'), 'utf8')).toBe('The the cat.\n');
    expect(statSync(join(root, 'dir/a.txt')).mode & 0o777).toBe(0o444);
    expect(readFileSync(join(root, 'dir/b.txt'), 'utf8')).toBe('It is.\n');
    // The unwritten file's findings are reported as they stand in it; the fixed one has none left.
    expect((JSON.parse(run.stdout) as { path: string; messages: { ruleId: string }[] }[]).map((f) => [f.path, f.messages.map((m) => m.ruleId)])).toEqual([
      ['a.txt', ['repeated-word']],
      ['b.txt', []],
    ]);
  });


  it('a file with other hard links is refused with a message, and every name keeps its text', async () => {
    const root = tempTree({ 'a.txt': 'The the cat.\n' });
    linkSync(join(root, 'a.txt'), join(root, 'same.txt'));
    const run = await cli(['--fix', 'a.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('article-lint: a.txt: has 2 hard links; fixes not written (a rename would split them)\n');
    expect(run.stdout).toContain('Repeated word "the"');
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('The the cat.\n');
    expect(statSync(join(root, 'a.txt')).ino).toBe(statSync(join(root, 'same.txt')).ino);
  });
});

describe('writing a fixed file', () => {
  it('keeps the mode and the owner', async () => {
    const root = tempTree({ 'a.txt': 'The the cat.\n' });
    chmodSync(join(root, 'a.txt'), 0o604);
    // Only root can give a file away; as another user the file is already its own.
    if (isRoot) chownSync(join(root, 'a.txt'), 1234, 5678);
    const before = statSync(join(root, 'a.txt'));
    const run = await cli(['--fix', 'a.txt'], { cwd: root });
    expect(run.code).toBe(0);
    const after = statSync(join(root, 'a.txt'));
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('The cat.\n');
    expect([after.mode & 0o7777, after.uid, after.gid]).toEqual([0o604, before.uid, before.gid]);
    expect(after.ino).not.toBe(before.ino); // replaced by a rename, not written over
  });

  it('a link planted at the old predictable temporary name does not redirect the write', async () => {
    const root = tempTree({ 'a.txt': 'The the cat.\n', 'victim.txt': 'untouched\n' });
    symlinkSync(join(root, 'victim.txt'), join(root, `.a.txt.article-lint-${process.pid}.tmp`));
    const run = await cli(['--fix', 'a.txt'], { cwd: root });
    expect(run.code).toBe(0);
    expect(readFileSync(join(root, 'victim.txt'), 'utf8')).toBe('untouched\n');
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('The cat.\n');
    expect(readdirSync(join(root)).sort()).toEqual([`.a.txt.article-lint-${process.pid}.tmp`, 'a.txt', 'victim.txt']);
  });

  it('temporary names are random and fresh: two writes of one file use two names, and none is left behind', () => {
    const root = tempTree({ 'a.txt': 'one\n' });
    const path = join(root, 'a.txt');
    expect(writeFixedFile(path, Buffer.from('two\n'), snapshotOf(path))).toBe('written');
    expect(writeFixedFile(path, Buffer.from('three\n'), snapshotOf(path))).toBe('written');
    expect(readFileSync(path, 'utf8')).toBe('three\n');
    expect(readdirSync(root)).toEqual(['a.txt']);
  });

  it('a save made after the file was read is not overwritten', () => {
    const root = tempTree({ 'a.txt': 'The the cat.\n' });
    const path = join(root, 'a.txt');
    const read = snapshotOf(path);
    writeFileSync(path, 'The the dog, saved by the editor.\n');
    expect(writeFixedFile(path, Buffer.from('The cat.\n'), read)).toBe('changed');
    expect(readFileSync(path, 'utf8')).toBe('The the dog, saved by the editor.\n');
    expect(readdirSync(root)).toEqual(['a.txt']);
  });

  it('a save of the same size within the same mtime tick is caught by the content hash', () => {
    const root = tempTree({ 'a.txt': 'The the cat.\n' });
    const path = join(root, 'a.txt');
    const read = { ...snapshotOf(path), hash: snapshotOf(path).hash.replace(/^./, (c) => (c === '0' ? '1' : '0')) };
    expect(writeFixedFile(path, Buffer.from('The cat.\n'), read)).toBe('changed');
    expect(readFileSync(path, 'utf8')).toBe('The the cat.\n');
  });

  it('refuses what is not a regular file', () => {
    const root = tempTree({ 'dir/x.txt': 'x' });
    expect(() => writeFixedFile(join(root, 'dir'), Buffer.from('x'), { size: 0, mtimeMs: 0, hash: '' })).toThrow(FixWriteError);
  });
});
