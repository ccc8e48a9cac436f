// Hostile configuration, glossaries and articles that try to load code:
// YAML alias bombs are refused with one clear line (or, in front matter,
// ignored without expansion), big glossaries load, and a plugin is only ever
// loaded because a config file names it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/config/glossary.js';
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
    // About 0.5 s on an idle machine; the bound is loose so that a loaded CI machine does not make it flaky.
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

  it('the same plugin named in a config file is loaded (the bait is real)', async () => {
    const root = tempTree({ 'marker-plugin.js': markerPlugin, '.article-lintrc.json': '{"plugins": ["./marker-plugin.js"]}', 'a.txt': 'Text.' });
    await cli(['a.txt'], { cwd: root });
    expect(existsSync(join(root, 'loaded.marker'))).toBe(true);
  });
});
