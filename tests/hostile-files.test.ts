// Files that are not what their name says: devices, FIFOs and sockets are
// refused at once (never opened for reading, so nothing hangs or eats
// memory), whatever reads them (articles, configs, glossaries, ignore files,
// the cache); and a config or glossary path that leads to a file that is not
// YAML or JSON is refused without a byte of it in the error.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegularFile } from '../src/util/read-file.js';
import { cli, parseJson, tempTree } from './helpers.js';

const hasDevZero = existsSync('/dev/zero');
const canMkfifo = (() => {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

/** Runs the CLI and checks that it came back quickly (a read of /dev/zero or a FIFO would not). */
async function quick(args: string[], options: Parameters<typeof cli>[1]) {
  const started = Date.now();
  const run = await cli(args, options);
  expect(Date.now() - started).toBeLessThan(10_000);
  return run;
}

describe('only regular files are read', () => {
  it.runIf(hasDevZero)('article-lint /dev/zero: refused at once with one line, exit 2', async () => {
    const run = await quick(['/dev/zero'], { cwd: tempTree({}) });
    expect(run.stderr).toBe('article-lint: /dev/zero: not a regular file (a character device), refused\n');
    expect(run.code).toBe(2);
  });

  it.runIf(hasDevZero)('a symlink to /dev/zero committed as an article: a notice when walked (the rest is linted), exit 2 when named', async () => {
    const root = tempTree({ 'a.txt': 'The the cat.\n' });
    symlinkSync('/dev/zero', join(root, 'zero.txt'));
    const walked = await quick(['--format', 'json', '.'], { cwd: root });
    expect(walked.stderr).toBe('article-lint: zero.txt: not a regular file (a character device), skipped\n');
    expect(parseJson(walked).map((f) => f.path)).toEqual(['a.txt']);
    expect(walked.code).toBe(0);
    const named = await quick(['--format', 'json', 'zero.txt', 'a.txt'], { cwd: root });
    expect(named.stderr).toBe('article-lint: zero.txt: not a regular file (a character device), refused\n');
    expect(parseJson(named).map((f) => f.path)).toEqual(['a.txt']);
    expect(named.code).toBe(2);
  });

  it.runIf(hasDevZero)('glossary: [/dev/zero] in a config, and a link g.yaml to it: refused at once (with --cache too, whose key reads glossaries)', async () => {
    const root = tempTree({ '.article-lintrc.yaml': 'glossary: [/dev/zero]\n', 'a.txt': 'Calm.\n', 'b/a.txt': 'Calm.\n' });
    symlinkSync('/dev/zero', join(root, 'b/g.yaml'));
    for (const args of [['a.txt'], ['--cache', 'a.txt'], ['--glossary', 'b/g.yaml', 'b/a.txt'], ['--cache', '--glossary', 'b/g.yaml', 'b/a.txt']]) {
      const run = await quick(args, { cwd: root });
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/\/dev\/zero: not read|g\.yaml: not read/);
    }
  });

  it.runIf(canMkfifo)('a FIFO as an article, walked or named, never hangs', async () => {
    const root = tempTree({ 'a.txt': 'Calm.\n' });
    mkfifo(join(root, 'pipe.md'));
    const walked = await quick(['--format', 'json', '.'], { cwd: root });
    expect(walked.stderr).toBe('article-lint: pipe.md: not a regular file (a FIFO), skipped\n');
    expect(walked.code).toBe(0);
    const named = await quick(['pipe.md'], { cwd: root });
    expect(named.stderr).toBe('article-lint: pipe.md: not a regular file (a FIFO), refused\n');
    expect(named.code).toBe(2);
  });

  describe('sockets', () => {
    const servers: Server[] = [];
    afterAll(() => servers.forEach((server) => server.close()));

    it('a socket named like an article is refused, never connected to', async () => {
      const root = tempTree({ 'a.txt': 'Calm.\n' });
      const server = createServer();
      servers.push(server);
      await new Promise<void>((done) => server.listen(join(root, 'sock.txt'), done));
      const walked = await quick(['--format', 'json', '.'], { cwd: root });
      expect(walked.stderr).toBe('article-lint: sock.txt: not a regular file (a socket), skipped\n');
      const named = await quick(['sock.txt'], { cwd: root });
      expect(named.stderr).toBe('article-lint: sock.txt: not a regular file (a socket), refused\n');
      expect(named.code).toBe(2);
    });
  });

  it.runIf(canMkfifo)('a FIFO as a config file, a glossary or an ignore file never hangs: the config and glossary are errors, the ignore file a notice', async () => {
    const root = tempTree({ 'a.txt': 'Calm.\n', 'sub/b.txt': 'Calm.\n' });
    mkfifo(join(root, 'g.yaml'));
    const glossary = await quick(['--glossary', 'g.yaml', 'a.txt'], { cwd: root });
    expect(glossary.stderr).toBe(`article-lint: ${join(root, 'g.yaml')}: not a regular file (a FIFO), refused\n`);
    expect(glossary.code).toBe(2);

    mkfifo(join(root, 'sub/.article-lintrc.yaml'));
    const config = await quick(['sub/b.txt'], { cwd: root });
    expect(config.stderr).toBe(`article-lint: ${join(root, 'sub/.article-lintrc.yaml')}: not a regular file (a FIFO), refused\n`);
    expect(config.code).toBe(2);

    mkfifo(join(root, '.article-lintignore'));
    const ignore = await quick(['--format', 'json', 'a.txt'], { cwd: root });
    expect(ignore.stderr).toBe('article-lint: .article-lintignore: cannot read ignore file (not a regular file (a FIFO), refused)\n');
    expect(ignore.code).toBe(0);
  });

  it.runIf(canMkfifo)('a FIFO as the cache file: never read, never replaced; the report comes first and a warning says why', async () => {
    const root = tempTree({ 'a.txt': 'The the cat.\n' });
    mkfifo(join(root, 'cache'));
    const run = await quick(['--format', 'json', '--cache', '--cache-location', 'cache', 'a.txt'], { cwd: root });
    expect(parseJson(run)[0]!.messages.map((m) => m.ruleId)).toEqual(['repeated-word']);
    expect(run.stderr).toBe(`article-lint: warning: ${join(root, 'cache')}: cannot write the cache (not a regular file (a FIFO)); this run's results are not cached\n`);
    expect(run.code).toBe(0);
    expect(lstatSync(join(root, 'cache')).isFIFO()).toBe(true);
  });

  it.runIf(canMkfifo)('--stdin-filename naming a FIFO reads standard input only', async () => {
    const root = tempTree({});
    mkfifo(join(root, 'pipe.txt'));
    const run = await quick(['--format', 'json', '--stdin-filename', 'pipe.txt', '-'], { cwd: root, stdin: 'The the cat.\n' });
    expect(parseJson(run)[0]!.messages.map((m) => m.ruleId)).toEqual(['repeated-word']);
  });

  it.runIf(hasDevZero)('--max-file-size is checked on the opened file; a device is refused whatever its stat size', () => {
    const root = tempTree({ 'big.txt': 'x'.repeat(2000) });
    expect(() => readRegularFile(join(root, 'big.txt'), 1000)).toThrow(/larger than 1000 bytes/);
    expect(readRegularFile(join(root, 'big.txt'), 2000)).toHaveLength(2000);
    expect(() => readRegularFile('/dev/zero', 1000)).toThrow('not a regular file (a character device), refused');
  });

  it.runIf(existsSync('/proc/self/status'))('a file that reports size 0 but has content (procfs) is read to its end, within the bound', () => {
    expect(readRegularFile('/proc/self/status', 1_000_000).toString('utf8')).toMatch(/^Name:/);
  });
});

describe('config and glossary paths never echo a file that is not YAML or JSON', () => {
  const SECRET = 'root:$6$Zm9vYmFy$SECRETHASHVALUE:19700:0:99999:7:::';
  /** stderr holds no piece of the secret file (no line, no field of it). */
  const expectNoEcho = (stderr: string) => {
    for (const piece of [SECRET, ...SECRET.split(/[:$]/).filter((p) => p.length >= 4)]) expect(stderr).not.toContain(piece);
  };

  it('glossary: [a non-YAML file] in a config: one line naming the file, no content, exit 2', async () => {
    const root = tempTree({ 'shadow': `${SECRET}\nbin:*:19700:0:99999:7:::\n`, '.article-lintrc.yaml': 'glossary: [shadow]\n', 'a.txt': 'Calm.\n' });
    const run = await quick(['a.txt'], { cwd: root });
    expect(run.stderr).toBe(`article-lint: ${join(root, 'shadow')}: not read: not a YAML or JSON file (the name must end in .yaml, .yml or .json)\n`);
    expect(run.code).toBe(2);
    expectNoEcho(run.stderr);
  });

  it.runIf(existsSync('/etc/shadow') || existsSync('/etc/passwd'))('glossary: [/etc/shadow] and --glossary /etc/passwd: refused unread', async () => {
    const path = existsSync('/etc/shadow') ? '/etc/shadow' : '/etc/passwd';
    const root = tempTree({ '.article-lintrc.yaml': `glossary: [${path}]\n`, 'a.txt': 'Calm.\n' });
    const run = await quick(['a.txt'], { cwd: root });
    expect(run.stderr).toBe(`article-lint: ${path}: not read: not a YAML or JSON file (the name must end in .yaml, .yml or .json)\n`);
    expect(run.stderr).not.toContain('root:');
    const named = await quick(['--glossary', '/etc/passwd', 'a.txt'], { cwd: root });
    expect(named.stderr).not.toContain('root:');
    expect(named.code).toBe(2);
  });

  it('a link named like YAML to a file that is not: refused by the real name', async () => {
    const root = tempTree({ 'secret': `${SECRET}\n`, 'a.txt': 'Calm.\n' });
    symlinkSync(join(root, 'secret'), join(root, 'g.yaml'));
    symlinkSync(join(root, 'secret'), join(root, 'c.json'));
    const glossary = await quick(['--glossary', 'g.yaml', 'a.txt'], { cwd: root });
    expect(glossary.stderr).toBe(`article-lint: ${join(root, 'g.yaml')}: not read: not a YAML or JSON file (the name of the file it links to must end in .yaml, .yml or .json)\n`);
    expect(glossary.code).toBe(2);
    const config = await quick(['--config', 'c.json', 'a.txt'], { cwd: root });
    expect(config.stderr).toMatch(/c\.json: not read: not a YAML or JSON file/);
    expect(config.code).toBe(2);
    for (const run of [glossary, config]) expectNoEcho(run.stderr);
  });

  it('--config and --glossary naming a non-YAML file: the same, and the file is never opened', async () => {
    const root = tempTree({ 'notes.txt': `${SECRET}\n`, 'a.txt': 'Calm.\n' });
    for (const args of [['--config', 'notes.txt'], ['--glossary', 'notes.txt']]) {
      const run = await quick([...args, 'a.txt'], { cwd: root });
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expectNoEcho(run.stderr);
    }
  });

  it('a trusted plugin path to a file that is not a JavaScript module is refused unimported', async () => {
    const root = tempTree({ 'secret': `${SECRET}\n`, 'c.yaml': 'plugins: [./secret]\n', 'a.txt': 'Calm.\n' });
    const run = await quick(['--config', 'c.yaml', 'a.txt'], { cwd: root });
    expect(run.stderr).toMatch(/c\.yaml:1:11: plugin "\.\/secret" is not a JavaScript module \(its file name must end in \.js, \.mjs or \.cjs\)\n$/);
    expect(run.code).toBe(2);
    expectNoEcho(run.stderr);
  });

  it('a YAML or JSON glossary that is broken still gets its file:line:col error', async () => {
    const root = tempTree({ 'g.yaml': 'entities: [\n', 'a.txt': 'Calm.\n' });
    const run = await quick(['--glossary', 'g.yaml', 'a.txt'], { cwd: root });
    expect(run.stderr).toMatch(/g\.yaml:\d+:\d+: /);
    expect(run.code).toBe(2);
    expect(readFileSync(join(root, 'g.yaml'), 'utf8')).toBe('entities: [\n');
  });
});

describe('everything that reads goes through the regular-file reader', () => {
  it('no module of src/ reads a file with readFileSync but the build fingerprint, the lexicon and the version (files of article-lint itself)', () => {
    const offenders = execFileSync('grep', ['-rln', '--include=*.ts', 'readFileSync(', 'src'], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .filter((file) => !file.endsWith('.test.ts'));
    expect(offenders.sort()).toEqual(['src/analysis/names/lexicon.ts', 'src/bin/action-report.ts', 'src/io/cache.ts', 'src/util/version.ts']);
    // cache.ts: only its own code, for the build fingerprint.
    const cache = readFileSync(join(import.meta.dirname, '../src/io/cache.ts'), 'utf8');
    expect(cache.match(/readFileSync\(/g)).toHaveLength(1);
    expect(cache).toMatch(/digest\.update\(file\)\.update\(readFileSync\(join\(dir, file\)\)\)/);
  });
});
