// Hostile configuration, glossaries and articles that try to load code:
// YAML alias bombs are refused with one clear line (or, in front matter,
// ignored without expansion), big glossaries load, and a plugin is only ever
// loaded because a config file names it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/config/glossary.js';
import { builtinRules } from '../rules/index.js';
import { lintArticles, lintRun } from '../src/engine/workers.js';
import { cli, parseJson, tempTree } from './helpers.js';

/** Nine levels of nine aliases: 9^9 (387 million) strings once expanded. */
const BILLION_LAUGHS = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.split('').map((name, i) => {
  const previous = 'abcdefghi'[i]!;
  return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`;
})];
const indent = (lines: string[], by: number) => lines.map((l) => ' '.repeat(by) + l).join('\n');

async function expectOneLineError(args: string[], root: string, pattern: RegExp) {
  const started = Date.now();
  const run = await cli(args, { cwd: root });
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
}

describe('YAML alias bombs', () => {
  it('in a glossary fact note: refused with one line', async () => {
    const root = tempTree({ 'g.yml': `facts:\n  - about: [x]\n    value: 1\n    note: &n\n${indent(BILLION_LAUGHS, 6)}\n`, 'a.txt': 'Text.' });
    await expectOneLineError(['--glossary', 'g.yml', 'a.txt'], root, /g\.yml:1:1: Excessive alias count indicates a resource exhaustion attack$/m);
  });

  it('as glossary entities: refused; a small legitimate alias is expanded', async () => {
    const root = tempTree({ 'g.yml': `bomb:\n${indent(BILLION_LAUGHS, 2)}\nentities: *i\n`, 'h.yml': `entities:\n  - name: X\n    aliases: &a [A, B]\n  - name: Y\n    aliases: *a\n`, 'a.txt': 'Text.' });
    await expectOneLineError(['--glossary', 'g.yml', 'a.txt'], root, /g\.yml:1:1: Excessive alias count/);
    const run = await cli(['--glossary', 'h.yml', 'a.txt'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('in a config rule\'s options: refused, naming the place', async () => {
    const root = tempTree({ '.article-lintrc.yaml': `rules:\n  repeated-word:\n    - warn\n    - options:\n${indent(BILLION_LAUGHS, 8)}\n`, 'a.txt': 'Text.' });
    await expectOneLineError(['a.txt'], root, /\.article-lintrc\.yaml:4:7: Excessive alias count/);
  });

  it('in an article\'s front matter: ignored without expansion, and the article is linted', async () => {
    const text = `---\n${BILLION_LAUGHS.join('\n')}\ndate: 2020-01-01\n---\n\nThe the cat.\n`;
    const root = tempTree({ 'a.md': text });
    const started = Date.now();
    const run = await cli(['--format', 'json', '--date', '2025-02-07', 'a.md'], { cwd: root });
    expect(Date.now() - started).toBeLessThan(10_000);
    const [file] = parseJson(run);
    expect(file!.data.date).toBe('2025-02-07');
    expect(file!.messages.map((m) => [m.ruleId, m.line])).toEqual([['repeated-word', 14]]);
  });
});

describe('big glossaries', () => {
  const glossary = (count: number) =>
    JSON.stringify({
      asOf: '2025-02-07',
      entities: Array.from({ length: count }, (_, i) => ({
        name: `Person${i} Surname${i}`,
        aliases: [`Surname${i}`],
        misspellings: [`Surnam${i}x`],
        type: 'person',
        roles: [{ title: 'Mayor', of: `Town${i}`, from: '2020-01-01', to: null }],
      })),
    });

  it('a glossary of 2,000 entities loads and its misspellings are found', async () => {
    const root = tempTree({ 'g.json': glossary(2000), 'a.txt': 'The the mayor met Surnam1500x today.\n' });
    const run = await cli(['--format', 'json', '--glossary', 'g.json', 'a.txt'], { cwd: root });
    const messages = parseJson(run)[0]!.messages;
    expect(messages.filter((m) => m.ruleId === 'internal-error')).toEqual([]);
    expect(messages.find((m) => m.ruleId === 'name-spelling')).toMatchObject({ column: 19, expected: ['Surname1500'] });
  }, 60_000);

  // A JSON glossary is read with JSON.parse: 100,000 entities load in well under a second.
  it('a glossary of 100,000 entities loads in seconds (under one on an idle machine), and linting with it works', async () => {
    const root = tempTree({ 'g.json': glossary(100_000), 'a.txt': 'The the mayor met Surnam99999x today.\n' });
    const started = Date.now();
    const loaded = loadGlossary([join(root, 'g.json')]);
    // The bound is loose so that a loaded CI machine does not make it flaky.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(loaded.entities).toHaveLength(100_000);
    const run = await cli(['--format', 'json', '--glossary', 'g.json', 'a.txt'], { cwd: root });
    const messages = parseJson(run)[0]!.messages;
    expect(messages.filter((m) => m.ruleId === 'internal-error')).toEqual([]);
    expect(messages.find((m) => m.ruleId === 'name-spelling')).toMatchObject({ expected: ['Surname99999'] });
  }, 600_000);
});

describe('no code from articles', () => {
  const markerPlugin = readFileSync(new URL('./fixtures/hostile/marker-plugin.js', import.meta.url), 'utf8');
  const bait = [
    '---',
    'plugins: ["./marker-plugin.js"]',
    'rules: { marker: error }',
    '---',
    '',
    '<!-- article-lint-disable plugins ./marker-plugin.js -->',
    '<script type="module" src="./marker-plugin.js"></script>',
    'plugins: ["./marker-plugin.js"]',
    '{"article-lint": {"plugins": ["./marker-plugin.js"]}}',
    '',
  ].join('\n');

  it('a plugin named only in article text, front matter or markup is never loaded', async () => {
    const root = tempTree({ 'marker-plugin.js': markerPlugin, 'a.md': bait, 'b.html': bait, 'c.txt': bait });
    const run = await cli(['--format', 'json', '.'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(existsSync(join(root, 'loaded.marker'))).toBe(false);
    expect(parseJson(run).flatMap((f) => f.messages.map((m) => m.ruleId))).not.toContain('marker');
    // Not from standard input either.
    await cli(['--format', 'json', '--stdin-filename', 'x.md', '-'], { cwd: root, stdin: bait });
    expect(existsSync(join(root, 'loaded.marker'))).toBe(false);
  });

  it('the same plugin named in a trusted config file is loaded (the bait is real)', async () => {
    const root = tempTree({ 'marker-plugin.js': markerPlugin, '.article-lintrc.json': '{"plugins": ["./marker-plugin.js"]}', 'a.txt': 'Text.' });
    await cli(['--trust-plugins', 'a.txt'], { cwd: root });
    expect(existsSync(join(root, 'loaded.marker'))).toBe(true);
  });
});

describe('plugin trust model: a config found next to the articles loads no code', () => {
  const markerPlugin = readFileSync(new URL('./fixtures/hostile/marker-plugin.js', import.meta.url), 'utf8');
  /** A tree as a pull request could bring it: a config naming its own plugin (and the plugin's rule), beside an article with a finding. */
  const prTree = () =>
    tempTree({
      'tools/x.js': markerPlugin,
      'news/.article-lintrc.yaml': 'plugins: [../tools/x.js]\nrules:\n  marker: error\n  repeated-word: error\n',
      'news/a.txt': 'The the council met.\n',
    });
  const loaded = (root: string) => existsSync(join(root, 'tools/loaded.marker'));

  it('a discovered config: plugins skipped with one warning naming the config, the run goes on and exits on its findings', async () => {
    const root = prTree();
    const run = await cli(['--format', 'json', 'news/a.txt'], { cwd: root });
    expect(loaded(root)).toBe(false);
    expect(run.stderr).toBe(
      `article-lint: ${join(root, 'news/.article-lintrc.yaml')}: plugins not loaded (../tools/x.js): a config found next to the files cannot load code; to trust it pass --trust-plugins or set ARTICLE_LINT_TRUST_PLUGINS=1\n`,
    );
    // The config's other settings apply (repeated-word raised to error); its plugin's rule setting goes with the plugin.
    expect(parseJson(run)[0]!.messages.map((m) => [m.ruleId, m.severity])).toEqual([['repeated-word', 'error']]);
    expect(run.code).toBe(1);
  });

  it('a corpus file beside the config: the same warning, the plugin not loaded', async () => {
    const root = prTree();
    writeFileSync(join(root, 'news/c.jsonl'), JSON.stringify({ id: 'r1', text: 'The the council met.' }) + '\n');
    const run = await cli(['--format', 'jsonl', 'news/c.jsonl'], { cwd: root });
    expect(loaded(root)).toBe(false);
    expect(run.stderr).toContain(`article-lint: ${join(root, 'news/.article-lintrc.yaml')}: plugins not loaded (../tools/x.js)`);
    expect(run.code).toBe(1);
  });

  it('one warning per config, however many files it covers; also walked', async () => {
    const root = prTree();
    writeFileSync(join(root, 'news/b.txt'), 'Calm.\n');
    const run = await cli(['--format', 'json', 'news'], { cwd: root });
    expect(loaded(root)).toBe(false);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('plugins not loaded');
  });

  it('a --rule override of a skipped plugin\'s rule is not an error either', async () => {
    const root = prTree();
    const run = await cli(['--format', 'json', '--rule', 'marker=off', 'news/a.txt'], { cwd: root });
    expect(run.code).toBe(1);
    expect(loaded(root)).toBe(false);
  });

  it.each([
    ['--trust-plugins loads them', ['--format', 'json', '--trust-plugins', 'news/a.txt']],
    ["a config named with --config is the user's choice: its plugins load", ['--config', 'news/.article-lintrc.yaml', 'news/a.txt']],
  ])('%s', async (_case, args) => {
    const root = prTree();
    const run = await cli(args, { cwd: root });
    expect(run.stderr).toBe('');
    expect(loaded(root)).toBe(true);
  });

  it('ARTICLE_LINT_TRUST_PLUGINS=1 loads them; =0 loads none', async () => {
    const root = prTree();
    expect((await cli(['news/a.txt'], { cwd: root, env: { ARTICLE_LINT_TRUST_PLUGINS: '0' } })).stderr).toContain('plugins not loaded');
    expect(loaded(root)).toBe(false);
    const run = await cli(['news/a.txt'], { cwd: root, env: { ARTICLE_LINT_TRUST_PLUGINS: '1' } });
    expect(run.stderr).toBe('');
    expect(loaded(root)).toBe(true);
  });

  it('--no-trust-plugins loads none, even from --config (the GitHub Action\'s default) and over the environment', async () => {
    const root = prTree();
    const run = await cli(['--no-trust-plugins', '--config', 'news/.article-lintrc.yaml', 'news/a.txt'], { cwd: root, env: { ARTICLE_LINT_TRUST_PLUGINS: '1' } });
    expect(run.stderr).toMatch(/plugins not loaded \(\.\.\/tools\/x\.js\): plugins are disabled \(--no-trust-plugins\)\n$/);
    expect(run.code).toBe(1);
    expect(loaded(root)).toBe(false);
    expect((await cli(['--trust-plugins', '--no-trust-plugins', 'news/a.txt'], { cwd: root })).code).toBe(2);
  });

  it("the user's own config (in the home folder) is trusted", async () => {
    const home = tempTree({ 'x.js': markerPlugin, '.article-lintrc.json': '{"plugins": ["./x.js"]}', 'desk/a.txt': 'Calm.\n' });
    const saved = process.env.HOME;
    process.env.HOME = home;
    try {
      const run = await cli(['desk/a.txt'], { cwd: home });
      expect(run.stderr).toBe('');
      expect(existsSync(join(home, 'loaded.marker'))).toBe(true);
    } finally {
      process.env.HOME = saved;
    }
  });

  it('the cache keeps trusted and untrusted runs apart', async () => {
    const root = prTree();
    await cli(['--cache', 'news/a.txt'], { cwd: root });
    expect(loaded(root)).toBe(false);
    await cli(['--cache', '--trust-plugins', 'news/a.txt'], { cwd: root });
    expect(loaded(root)).toBe(true);
  });

  it('worker threads (--jobs) decide as the main thread does', { timeout: 60_000 }, async () => {
    const root = prTree();
    const inputs = ['a', 'b', 'c', 'd'].map((name) => ({ path: `news/${name}.txt`, text: 'The the council met.\n' }));
    const untrusted = await lintRun(inputs, { cwd: root, rules: builtinRules, jobs: 2, minCharsPerThread: 1 });
    expect(loaded(root)).toBe(false);
    expect(untrusted.map((r) => r.messages.map((m) => m.ruleId))).toEqual(Array(4).fill(['repeated-word']));
    const trusted = await lintRun(inputs, { cwd: root, rules: builtinRules, jobs: 2, minCharsPerThread: 1, trustPlugins: 'all' });
    expect(loaded(root)).toBe(true);
    expect(trusted.map((r) => r.messages.map((m) => m.ruleId))).toEqual(Array(4).fill(['repeated-word']));
  });

  it('the library loads the plugins of a config given directly, not of a discovered one', async () => {
    const root = prTree();
    await lintArticles([{ path: 'news/a.txt', text: 'Calm.\n' }], { cwd: root, rules: builtinRules });
    expect(loaded(root)).toBe(false);
  });
});
