// The commands as installed: package.json's `bin` runs the esbuild bundles in
// dist/bin (scripts/bundle.mjs), not the modules the other tests import. They
// must answer as the sources do, start their --jobs threads from the bundled
// worker, find dictionary-en, and load plugins named in a config.
// `npm test` builds first.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { threadCount } from '../src/engine/workers.js';
import { cli, parseJson, tempTree } from './helpers.js';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bins = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;
const CLI = join(REPO, bins['article-lint']!);

function runBin(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

describe('the bundled commands (package.json bin)', () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`build first (npm run build): ${bins['article-lint']} is missing`);
  });

  it('are the executable bundles in dist/bin, with a shebang', () => {
    expect(Object.values(bins).sort()).toEqual(['dist/bin/cli.js', 'dist/bin/lsp.js']);
    for (const path of Object.values(bins)) {
      accessSync(join(REPO, path), constants.X_OK);
      expect(readFileSync(join(REPO, path), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    }
  });

  it('the CLI reports what the sources report on the seeds, dictionary rules and glossary included', async () => {
    const args = ['--format', 'json', '--jobs', '1', '--glossary', 'seeds/glossary.yml', 'seeds'];
    const bundled = runBin(args, REPO);
    const source = await cli(args, { cwd: REPO });
    expect(bundled.stderr).toBe(source.stderr);
    expect(bundled.code).toBe(source.code);
    expect(bundled.stdout).toBe(source.stdout);
    const rules = new Set(parseJson(source).flatMap((file) => file.messages.map((m) => m.ruleId)));
    expect(rules).toContain('name-spelling');
  });

  it('the CLI reads spelling\u2019s word lists from the files beside the bundle', () => {
    const root = tempTree({ 'plague.txt': 'Bubonic plague\n\nThe bubonic plague recieved new attention after the outbreak in the province this summer.\n' });
    const args = ['--format', 'json', '--date', '2025-06-01', 'plague.txt'];
    const bundled = runBin(args, root);
    const spelled = parseJson(bundled).flatMap((file) => file.messages.filter((m) => m.ruleId === 'spelling').map((m) => m.reason));
    // dictionary-en lacks both; the larger English list knows `bubonic`, not the typo.
    expect(spelled).toEqual(['"recieved" is not in the dictionary or the glossary']);
  });

  it("ships name-spelling's word lists as files beside the chunks, not as strings in one", async () => {
    const { DICTIONARY_WORDS, dictionaryLowerForms, dictionaryNameForms } = await import('../src/analysis/names/dictionary-words.js');
    const shipped = (file: string) => readFileSync(join(REPO, 'dist/bin', file), 'utf8');
    expect(shipped('dictionary-words.txt')).toBe(DICTIONARY_WORDS);
    expect(shipped('dictionary-lower-forms.txt')).toBe(dictionaryLowerForms());
    expect(shipped('dictionary-name-forms.txt')).toBe(dictionaryNameForms());
    const { englishWordForms } = await import('../src/analysis/names/english-words.js');
    expect(shipped('english-word-forms.txt')).toBe(englishWordForms());
    const chunks = readdirSync(join(REPO, 'dist/bin')).filter((name) => name.endsWith('.js'));
    for (const name of chunks) {
      const code = readFileSync(join(REPO, 'dist/bin', name), 'utf8');
      // The forms' start (and the lower-cased forms'), and the lower-cased names'.
      expect(code).not.toContain('0th\\n1\\n1st');
      expect(code).not.toContain('aachen\\naachen');
    }
  });

  it('--jobs 2 runs the bundled worker threads and gives the output of one thread', () => {
    // Over 2 x 256 KB of distinct stories, so that a second thread starts.
    const story = (i: number) =>
      `Story ${i}\n\n` + Array.from({ length: 60 }, (_, k) => `In part ${k} of story ${i}, the the council met on day ${k + 1} and heard ${k * 7 + i} residents of Walla Wala.`).join('\n\n') + '\n';
    const files = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`story-${String(i).padStart(2, '0')}.txt`, story(i)]));
    expect(threadCount(Object.entries(files).map(([path, text]) => ({ path, text })), 2)).toBe(2);
    const root = tempTree(files);
    const one = runBin(['--format', 'json', '--date', '2025-06-01', '--jobs', '1', '.'], root);
    const two = runBin(['--format', 'json', '--date', '2025-06-01', '--jobs', '2', '.'], root);
    expect(two.stderr).toBe('');
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    // Every story's "the the" is found, whichever thread linted it.
    expect(parseJson(two).map((file) => file.messages.filter((m) => m.ruleId === 'repeated-word').length)).toEqual(Array(100).fill(60));
  }, 120_000);

  it('loads a plugin named in a trusted config', () => {
    const plugin = new URL('./fixtures/plugin-no-exclamation.js', import.meta.url).pathname;
    const root = tempTree({ '.article-lintrc.json': JSON.stringify({ plugins: [plugin], rules: { 'no-exclamation': 'error' } }), 'a.txt': 'Great news! Really.' });
    const run = runBin(['--format', 'json', '--trust-plugins', 'a.txt'], root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(parseJson(run)[0]!.messages).toMatchObject([{ ruleId: 'no-exclamation', source: 'example-plugin', line: 1, column: 11 }]);
  });

  it('the language server starts and prints its version', () => {
    const run = spawnSync(process.execPath, [join(REPO, bins['article-lint-lsp']!), '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version}\n`);
  });
});
