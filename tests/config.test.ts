import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runConfigs } from '../src/config/config.js';
import { cli, parseJson, tempTree } from './helpers.js';

const GLOSSARY = `asOf: 2025-02-07
entities:
  - name: Shigeru Ishiba
    aliases: [Ishiba]
    type: person
    roles:
      - title: Prime Minister
        titleAliases: [PM, Premier]
        of: Japan
        from: 2024-10-01
        to: null
facts:
  - id: kentucky-jobs
    about: [Kentucky, employ]
    value: 45000
    unit: people
`;

describe('config discovery', () => {
  it('finds .article-lintrc.yaml upward from the file', async () => {
    const root = tempTree({ '.article-lintrc.yaml': 'rules:\n  repeated-word: error\n', 'sub/dir/a.txt': 'the the cat' });
    const run = await cli(['--format', 'json', 'sub/dir/a.txt'], { cwd: root });
    expect(run.code).toBe(1);
    expect(parseJson(run)[0]!.messages[0]!.severity).toBe('error');
  });

  it('reads the "article-lint" field of package.json', async () => {
    const root = tempTree({ 'package.json': JSON.stringify({ name: 'x', 'article-lint': { rules: { 'repeated-word': 'off' } } }), 'a.txt': 'the the cat' });
    const run = await cli(['--format', 'json', 'a.txt'], { cwd: root });
    expect(parseJson(run)[0]!.messages).toEqual([]);
  });

  it('the nearest config wins; in one run, files of a folder share it, in any order', async () => {
    const root = tempTree({
      '.article-lintrc.json': '{"rules": {"repeated-word": "error"}}',
      'inner/.article-lintrc.yml': 'rules:\n  repeated-word: info\n',
      'inner/a.txt': 'the the cat',
      'b.txt': 'the the cat',
      'inner/c.txt': 'a dog dog',
    });
    const run = await cli(['--format', 'json', 'inner/a.txt', 'b.txt', 'inner/c.txt'], { cwd: root });
    expect(parseJson(run).map((f) => f.messages[0]!.severity)).toEqual(['info', 'error', 'info']);
    const configOf = runConfigs({ cwd: root });
    expect(configOf('inner/a.txt')).toBe(configOf('inner/c.txt'));
    expect(configOf('inner/a.txt').file).toBe(join(root, 'inner/.article-lintrc.yml'));
    expect(configOf('b.txt').file).toBe(join(root, '.article-lintrc.json'));
  });

  it('--rule overrides the config, --config replaces discovery', async () => {
    const root = tempTree({ '.article-lintrc.json': '{"rules": {"repeated-word": "error"}}', 'other.json': '{"rules": {"repeated-word": "off"}}', 'a.txt': 'the the cat' });
    expect(parseJson(await cli(['--format', 'json', '--rule', 'repeated-word=info', 'a.txt'], { cwd: root }))[0]!.messages[0]!.severity).toBe('info');
    expect(parseJson(await cli(['--format', 'json', '--config', 'other.json', 'a.txt'], { cwd: root }))[0]!.messages).toEqual([]);
  });

  it('config date and glossary paths are relative to the config file', async () => {
    const root = tempTree({ 'conf/.article-lintrc.yaml': 'glossary: ../g.yml\ndate: 2024-05-01\n', 'g.yml': GLOSSARY, 'conf/a.txt': 'Text.' });
    const run = await cli(['--format', 'json', 'conf/a.txt'], { cwd: root });
    expect(run.code).toBe(0);
    expect(parseJson(run)[0]!.data.date).toBe('2024-05-01');
  });

  it('the glossary asOf dates articles that have no date of their own', async () => {
    const root = tempTree({ 'g.yml': GLOSSARY, 'a.txt': 'Text.' });
    const run = await cli(['--format', 'json', '--glossary', 'g.yml', 'a.txt'], { cwd: root });
    expect(parseJson(run)[0]!.data.date).toBe('2025-02-07');
  });
});

describe('invalid config and glossary files exit 2 with file:line:col', () => {
  it.each([
    ['.article-lintrc.yaml', 'rules:\n  repeated-word: loud\n', /^article-lint: .*\.article-lintrc\.yaml:2:18: rule "repeated-word" must be "off", "info", "warn", "error"/],
    ['.article-lintrc.yaml', 'rulez: {}\n', /\.article-lintrc\.yaml:1:1: unknown key "rulez"/],
    ['.article-lintrc.json', '{"rules": {"no-such-rule": "warn"}}', /\.article-lintrc\.json:1:12: unknown rule "no-such-rule"/],
    ['.article-lintrc.json', '{"rules": ', /\.article-lintrc\.json:1:\d+: /],
    ['.article-lintrc.yaml', 'date: 2025-02-30\n', /\.article-lintrc\.yaml:1:7: date must be YYYY-MM-DD/],
  ])('%s: %j', async (name, text, pattern) => {
    const root = tempTree({ [name]: text, 'a.txt': 'the the cat' });
    const run = await cli(['a.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['a YAML syntax error', 'entities:\n  - name: [A\n', /g\.yml:3:1: /],
    ['an impossible date', GLOSSARY.replace('from: 2024-10-01', 'from: 2024-13-45'), /g\.yml:10:15: from must be a date \(YYYY-MM-DD\) or a year \(got "2024-13-45"\)/],
    ['an unknown key', 'asOf: 2025-01-01\npeople: []\n', /g\.yml:2:1: unknown key "people"/],
    ['a missing name', 'entities:\n  - aliases: [X]\n', /g\.yml:2:5: an entity needs a name/],
    ['a non-numeric value', 'facts:\n  - about: [a]\n    value: many\n', /g\.yml:3:12: value must be a number/],
    ['a bad entity type', 'entities:\n  - name: X\n    type: animal\n', /g\.yml:3:11: type must be one of/],
    ['a role that ends before it starts', 'entities:\n  - name: X\n    roles:\n      - title: Mayor\n        from: 2020\n        to: 2019\n', /g\.yml:4:9: role "Mayor" ends/],
  ])('glossary with %s', async (_what, text, pattern) => {
    const root = tempTree({ 'g.yml': text, 'a.txt': 'Text.' });
    const run = await cli(['--glossary', 'g.yml', 'a.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a missing glossary file', async () => {
    const root = tempTree({ 'a.txt': 'Text.' });
    const run = await cli(['--glossary', 'nope.yml', 'a.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nope\.yml: cannot read file \(ENOENT\)/);
  });

  it('accepts the contract example glossary in JSON too', async () => {
    const { parse } = await import('yaml');
    const root = tempTree({ 'g.json': JSON.stringify(parse(GLOSSARY)), 'a.txt': 'Text.' });
    const run = await cli(['--glossary', 'g.json', 'a.txt'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

describe('plugins', () => {
  it('loads a third-party rule named in the config, with no change to article-lint', async () => {
    const plugin = new URL('./fixtures/plugin-no-exclamation.js', import.meta.url).pathname;
    const root = tempTree({ '.article-lintrc.json': JSON.stringify({ plugins: [plugin], rules: { 'no-exclamation': 'error' } }), 'a.txt': 'Great news! Really.' });
    const run = await cli(['--format', 'json', '--trust-plugins', 'a.txt'], { cwd: root });
    expect(run.code).toBe(1);
    expect(parseJson(run)[0]!.messages).toMatchObject([
      { ruleId: 'no-exclamation', source: 'example-plugin', line: 1, column: 11, expected: ['.'], severity: 'error' },
    ]);
    const fixed = await cli(['--fix', '--trust-plugins', 'a.txt'], { cwd: root });
    expect(fixed.code).toBe(0);
  });

  it('a plugin that cannot be found is a config error', async () => {
    const root = tempTree({ '.article-lintrc.json': '{"plugins": ["./nope.js"]}', 'a.txt': 'x' });
    const run = await cli(['--config', '.article-lintrc.json', 'a.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.article-lintrc\.json:1:14: plugin "\.\/nope\.js" failed to load/);
  });
});

describe('ignores apply to walked and named files alike', () => {
  const tree = () =>
    tempTree({
      '.article-lintrc.yaml': 'ignore:\n  - drafts/\n  - "*.draft.md"\n',
      '.article-lintignore': 'CONTRIBUTING.md\n',
      'CONTRIBUTING.md': 'Share this article on Facebook.\n\nThe the rules.\n',
      'news/a.txt': 'The the council met.\n',
      'news/b.draft.md': 'It it rained.\n',
      'drafts/c.txt': 'A a draft.\n',
    });
  const paths = (run: Awaited<ReturnType<typeof cli>>) => parseJson(run).map((f) => f.path);

  it("the config's ignore globs exclude walked files (relative to the config's folder)", async () => {
    const root = tree();
    const run = await cli(['--format', 'json', '.'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(paths(run)).toEqual(['news/a.txt']);
  });

  it.each([
    ['a named file that the config ignores', 'drafts/c.txt', 'file'],
    ['a named folder that an ignore pattern excludes (not "no article files found")', 'drafts', 'folder'],
  ])('%s: a one-line notice, an empty report and exit 0', async (_case, named, kind) => {
    const root = tree();
    const run = await cli(['--format', 'json', named], { cwd: root });
    expect(run.stderr).toBe(`article-lint: ${named}: ${kind} ignored because of a matching ignore pattern\n`);
    expect(parseJson(run)).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('a named file that .article-lintignore excludes (as the Action passes changed files by name): skipped with the notice; the others are linted', async () => {
    const root = tree();
    const run = await cli(['--format', 'json', 'CONTRIBUTING.md', 'news/b.draft.md', 'news/a.txt'], { cwd: root });
    expect(run.stderr).toBe(
      'article-lint: CONTRIBUTING.md: file ignored because of a matching ignore pattern\narticle-lint: news/b.draft.md: file ignored because of a matching ignore pattern\n',
    );
    expect(paths(run)).toEqual(['news/a.txt']);
    expect(run.code).toBe(0);
  });

  it('--no-ignore lints what the ignore files and globs exclude, walked or named', async () => {
    const root = tree();
    const walked = await cli(['--format', 'json', '--no-ignore', '.'], { cwd: root });
    expect(paths(walked)).toEqual(expect.arrayContaining(['news/a.txt', 'news/b.draft.md', 'drafts/c.txt']));
    const named = await cli(['--format', 'json', '--no-ignore', 'drafts', 'news/b.draft.md'], { cwd: root });
    expect(named.stderr).toBe('');
    expect(paths(named)).toEqual(['drafts/c.txt', 'news/b.draft.md']);
    expect(parseJson(named).map((f) => f.messages.map((m) => m.ruleId))).toEqual([['repeated-word'], ['repeated-word']]);
  });

  it('globs honour them too; an ignore file above the walked folder applies to it', async () => {
    const root = tree();
    const globbed = await cli(['--format', 'json', '**/*.md', 'news/*.txt'], { cwd: root });
    expect(globbed.stderr).toBe('');
    expect(paths(globbed)).toEqual(['news/a.txt']);
    const root2 = tempTree({ '.article-lintignore': 'news/old/\n', 'news/old/x.txt': 'The the end.\n', 'news/y.txt': 'Calm.\n' });
    expect(paths(await cli(['--format', 'json', 'news'], { cwd: root2 }))).toEqual(['news/y.txt']);
  });

  it("--config's ignore globs apply relative to that config's folder", async () => {
    const root = tempTree({ 'conf/lint.yaml': 'ignore: ["../news/skip.txt"]\n', 'news/skip.txt': 'The the end.\n', 'news/keep.txt': 'Calm.\n' });
    const run = await cli(['--format', 'json', '--config', 'conf/lint.yaml', 'news'], { cwd: root });
    // `ignore` patterns cannot reach above the config's folder (as .gitignore): this one matches nothing.
    expect(paths(run)).toEqual(['news/keep.txt', 'news/skip.txt']);
    const inside = tempTree({ 'lint.yaml': 'ignore: ["news/skip.txt"]\n', 'news/skip.txt': 'The the end.\n', 'news/keep.txt': 'Calm.\n' });
    expect(paths(await cli(['--format', 'json', '--config', 'lint.yaml', 'news'], { cwd: inside }))).toEqual(['news/keep.txt']);
  });
});

describe('unknown rule ids suggest the nearest', () => {
  it('in a config file, with its place', async () => {
    const root = tempTree({ '.article-lintrc.yaml': 'rules:\n  repeated-blok: warn\n', 'a.txt': 'Calm.' });
    const run = await cli(['a.txt'], { cwd: root });
    expect(run.stderr).toMatch(/\.article-lintrc\.yaml:2:3: unknown rule "repeated-blok" \(did you mean "repeated-block"\?\)\n$/);
    expect(run.code).toBe(2);
  });

  it('in --rule', async () => {
    const run = await cli(['--rule', 'spellin=off', '-'], { stdin: 'Calm.' });
    expect(run.stderr).toMatch(/--rule spellin: unknown rule "spellin" \(did you mean "spelling"\?\) \(known: /);
    expect(run.code).toBe(2);
  });

  it('nothing is suggested for a name far from every rule', async () => {
    const root = tempTree({ '.article-lintrc.json': '{"rules": {"no-such-rule": "warn"}}', 'a.txt': 'Calm.' });
    expect((await cli(['a.txt'], { cwd: root })).stderr).toMatch(/unknown rule "no-such-rule"\n$/);
  });
});

describe('rule options are checked against what each rule declares', () => {
  const run = async (config: string, name = '.article-lintrc.yaml') => cli(['--format', 'json', 'a.txt'], { cwd: tempTree({ [name]: config, 'a.txt': 'Calm.' }) });

  it.each([
    ['rules:\n  repeated-block: [warn, { minWords: six }]\n', /\.article-lintrc\.yaml:2:38: rule "repeated-block" option "minWords" must be a whole number of at least 1 \(got "six"\)$/],
    ['rules:\n  repeated-block: [warn, { minWords: 2.5 }]\n', /option "minWords" must be a whole number of at least 1 \(got 2\.5\)$/],
    ['rules:\n  repeated-block: [warn, { similarity: 1.5 }]\n', /:2:40: rule "repeated-block" option "similarity" must be a number from 0 to 1 \(got 1\.5\)$/],
    ['rules:\n  repeated-block: [warn, { minWord: 6 }]\n', /:2:28: rule "repeated-block" has no option "minWord" \(did you mean "minWords"\?\); its options: minWords, similarity, minSentenceRunWords$/],
    ['rules:\n  spelling: [info, { suggestions: "yes" }]\n', /option "suggestions" must be true or false \(got "yes"\)$/],
    ['rules:\n  repeated-word: [warn, { max: 2 }]\n', /:2:27: rule "repeated-word" has no option "max"; it takes no options$/],
  ])('%j is a file:line:col error, exit 2', async (config, pattern) => {
    const result = await run(config);
    expect(result.stderr.trim()).toMatch(pattern);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.code).toBe(2);
  });

  it('in JSON too, at the value', async () => {
    const result = await run('{"rules": {"duplicate-article": ["info", {"threshold": "high"}]}}', '.article-lintrc.json');
    expect(result.stderr).toMatch(/\.article-lintrc\.json:1:56: rule "duplicate-article" option "threshold" must be a number from 0 to 1 \(got "high"\)\n$/);
  });

  it('valid options are accepted and take effect', async () => {
    const text = 'A council met today.\n\nShort line here now.\n\nShort line here now.\n';
    const root = tempTree({ '.article-lintrc.yaml': 'rules:\n  repeated-block: [warn, { minWords: 3, similarity: 0.9 }]\n  spelling: [info, { suggestions: false }]\n', 'a.txt': text });
    const on = await cli(['--format', 'json', 'a.txt'], { cwd: root });
    expect(on.stderr).toBe('');
    expect(parseJson(on)[0]!.messages.map((m) => m.ruleId)).toContain('repeated-block');
    const off = await cli(['--format', 'json', 'a.txt'], { cwd: tempTree({ 'a.txt': text }) });
    expect(parseJson(off)[0]!.messages.map((m) => m.ruleId)).not.toContain('repeated-block');
  });
});
