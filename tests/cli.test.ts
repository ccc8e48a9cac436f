import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, parseJson, tempTree } from './helpers.js';

describe('standard input', () => {
  it('reports a repeated word over the second copy, at the rule default severity (warn: exit 0)', async () => {
    const run = await cli(['--format', 'json', '-'], { stdin: 'the the cat\n' });
    expect(run.code).toBe(0);
    const [file] = parseJson(run);
    expect(file!.path).toBe('<stdin>');
    expect(file!.messages).toHaveLength(1);
    const m = file!.messages[0]!;
    expect(m).toMatchObject({ ruleId: 'repeated-word', line: 1, column: 5, fatal: false, severity: 'warn', expected: [''] });
    expect(m.place.start.offset).toBe(4);
    expect(m.place.end.offset).toBe(7);
  });

  it('--fix on standard input prints the fixed text and sends the report to stderr', async () => {
    const run = await cli(['--fix', '-'], { stdin: 'the the cat\n' });
    expect(run.stdout).toBe('the cat\n');
    expect(run.stderr).toContain('no issues found');
    expect(run.code).toBe(0);
  });

  it('--stdin-filename names the input and picks its format', async () => {
    const run = await cli(['--format', 'json', '--stdin-filename', 'story.md', '-'], { stdin: '# Title\n\n`the the` is code, but the the is not.\n' });
    const [file] = parseJson(run);
    expect(file!.path).toBe('story.md');
    expect(file!.messages.map((m) => m.column)).toEqual([28]);
  });
});

describe('exit codes', () => {
  it('exits 1 when a rule is raised to error', async () => {
    const run = await cli(['--rule', 'repeated-word=error', '--format', 'json', '-'], { stdin: 'the the cat' });
    expect(run.code).toBe(1);
    expect(parseJson(run)[0]!.messages[0]!.fatal).toBe(true);
  });

  it('exits 1 when warnings exceed --max-warnings, 0 within it', async () => {
    expect((await cli(['--max-warnings', '0', '-'], { stdin: 'the the cat' })).code).toBe(1);
    expect((await cli(['--max-warnings', '1', '-'], { stdin: 'the the cat' })).code).toBe(0);
  });

  it('--quiet reports errors only', async () => {
    const run = await cli(['--quiet', '--format', 'json', '-'], { stdin: 'the the cat' });
    expect(parseJson(run)[0]!.messages).toEqual([]);
  });

  it('--rule ID=off switches a rule off', async () => {
    const run = await cli(['--rule', 'repeated-word=off', '--format', 'json', '-'], { stdin: 'the the cat' });
    expect(parseJson(run)[0]!.messages).toEqual([]);
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--date', '2025-02-30', '-'], /--date: "2025-02-30" is not a valid date/],
    [['--format', 'xml', '-'], /--format: unknown format "xml"/],
    [['--rule', 'repeated-word', '-'], /--rule "repeated-word": expected ID=SEVERITY/],
    [['--rule', 'no-such-rule=warn', '-'], /--rule no-such-rule: unknown rule "no-such-rule"/],
    [['--max-warnings', 'x', '-'], /--max-warnings: "x" is not a whole number/],
  ])('usage error %j exits 2 with one line', async (args, pattern) => {
    const run = await cli(args, { stdin: 'text' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('files and directories', () => {
  it('walks a directory for article files, honouring .gitignore and .article-lintignore', async () => {
    const root = tempTree({
      'a.txt': 'the the cat',
      'b.md': '# B\n\nIt it works.\n',
      'c.html': '<p>And and so.</p>',
      'notes.js': 'the the',
      'drafts/d.txt': 'the the',
      'old/e.txt': 'the the',
      '.gitignore': 'drafts/\n',
      '.article-lintignore': 'old\n',
    });
    const run = await cli(['--format', 'json', '.'], { cwd: root });
    const files = parseJson(run);
    expect(files.map((f) => f.path)).toEqual(['a.txt', 'b.md', 'c.html']);
    expect(files.map((f) => f.messages.length)).toEqual([1, 1, 1]);
  });

  it('reports a missing path on stderr, lints the rest, and exits 2', async () => {
    const root = tempTree({ 'a.txt': 'the the cat' });
    const run = await cli(['--format', 'json', 'a.txt', 'missing.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('article-lint: missing.txt: no such file or directory\n');
    expect(parseJson(run).map((f) => f.path)).toEqual(['a.txt']);
  });

  it('skips a binary file found in a directory with a notice, without failing the run', async () => {
    const root = tempTree({ 'a.txt': 'Fine text.', 'b.txt': new Uint8Array([0x41, 0x00, 0x42]) });
    const run = await cli(['--format', 'json', '.'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^article-lint: b\.txt: binary file \(NUL byte at offset 1\), skipped\n$/);
    expect(parseJson(run).map((f) => f.path)).toEqual(['a.txt']);
  });

  it('names the line and column of invalid UTF-8, and exits 2 when that file was named', async () => {
    const root = tempTree({ 'bad.txt': new Uint8Array([...Buffer.from('ok\nab'), 0xff, 0x41]) });
    const run = await cli(['bad.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('article-lint: bad.txt: 2:3: not valid UTF-8 (byte 0xff at offset 5), skipped\n');
  });

  it('lints an empty file without findings', async () => {
    const root = tempTree({ 'empty.txt': '' });
    const run = await cli(['--format', 'json', 'empty.txt'], { cwd: root });
    expect(run.code).toBe(0);
    expect(parseJson(run)[0]!.messages).toEqual([]);
  });

  it('a directory without articles is an error', async () => {
    const root = tempTree({ 'x.js': '' });
    const run = await cli(['.'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.: no article files/);
  });

  it('expands globs', async () => {
    const root = tempTree({ 'a/one.txt': 'the the', 'a/two.md': 'x', 'b/three.txt': 'y' });
    const run = await cli(['--format', 'json', 'a/*.txt'], { cwd: root });
    expect(parseJson(run).map((f) => f.path)).toEqual(['a/one.txt']);
  });
});

describe('--fix', () => {
  it('fixes files in place, keeping CRLF line endings, the BOM and the final newline', async () => {
    const text = '\uFEFFFirst line.\r\nThe the cat sat.\r\n';
    const root = tempTree({ 'a.txt': text });
    const run = await cli(['--fix', 'a.txt'], { cwd: root });
    expect(run.code).toBe(0);
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('\uFEFFFirst line.\r\nThe cat sat.\r\n');
  });

  it('keeps UTF-16 files in UTF-16', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('It it is.\n', 'utf16le')]);
    const root = tempTree({ 'a.txt': bytes });
    await cli(['--fix', 'a.txt'], { cwd: root });
    expect(readFileSync(join(root, 'a.txt'))).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('It is.\n', 'utf16le')]));
  });
});

describe('formats', () => {
  it('stylish is the vfile-reporter look', async () => {
    const root = tempTree({ 'a.txt': 'the the cat' });
    const run = await cli(['a.txt'], { cwd: root });
    expect(run.stdout).toContain('a.txt');
    expect(run.stdout).toMatch(/1:5-1:8\s+warning\s+Repeated word "the"\s+repeated-word\s+article-lint/);
    expect(run.stdout).not.toMatch(/\x1b\[/);
  });

  it('github prints one workflow command per finding', async () => {
    const root = tempTree({ 'a.txt': 'the the cat' });
    const run = await cli(['--format', 'github', 'a.txt'], { cwd: root });
    expect(run.stdout).toBe('::warning file=a.txt,line=1,col=5,endLine=1,endColumn=8,title=article-lint (repeated-word)::Repeated word "the"\n');
  });

  it('sarif is a 2.1.0 log with the rule and a region', async () => {
    const root = tempTree({ 'a.txt': 'the the cat' });
    const run = await cli(['--format', 'sarif', 'a.txt'], { cwd: root });
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe('2.1.0');
    const [result] = log.runs[0].results;
    expect(result).toMatchObject({ ruleId: 'repeated-word', level: 'warning', locations: [{ physicalLocation: { artifactLocation: { uri: 'a.txt' }, region: { startLine: 1, startColumn: 5, endColumn: 8 } } }] });
    expect(log.runs[0].tool.driver.rules[result.ruleIndex].helpUri).toMatch(/rules\/repeated-word\/README\.md$/);
  });

  it('json carries the date each file was checked for', async () => {
    const root = tempTree({ 'a.md': '---\ndate: 2025-02-07\n---\n\nText.\n', 'b.txt': 'Text.' });
    const run = await cli(['--format', 'json', '--date', '2020-01-01', 'a.md', 'b.txt'], { cwd: root });
    expect(parseJson(run).map((f) => f.data.date)).toEqual(['2025-02-07', '2020-01-01']);
  });
});

describe('the installed commands', () => {
  it('article-lint and article-lint-lsp are executable scripts with a node shebang (npx runs them directly)', async () => {
    const { readFileSync, statSync } = await import('node:fs');
    const { bin } = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> };
    for (const path of Object.values(bin)) {
      expect(statSync(path).mode & 0o111, path).not.toBe(0);
      expect(readFileSync(path, 'utf8').startsWith('#!/usr/bin/env node\n'), path).toBe(true);
    }
  });

  it('ends quietly when the reader of its output stops early (`| head`): no stack trace', async () => {
    const { spawn } = await import('node:child_process');
    // Enough findings that the report outgrows the pipe's buffer: a page of nothing but tags in plain text.
    const root = tempTree({ 'tags.txt': '<p>'.repeat(60_000) });
    const child = spawn(process.execPath, [join(process.cwd(), 'dist/bin/cli.js'), '--format', 'json', 'tags.txt'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read the first chunk, then close the pipe, as `head -c` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
