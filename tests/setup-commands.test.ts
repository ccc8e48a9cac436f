// The flags that set a repository up: --init, --print-config, --list-rules,
// and -o/--output-file for the report.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../src/index.js';
import { cli, parseJson, tempTree } from './helpers.js';

const PLUGIN = fileURLToPath(new URL('./fixtures/plugin-no-exclamation.js', import.meta.url));

describe('--init', () => {
  it('writes a config listing every rule at its default severity, commented, and a glossary that lints', async () => {
    const root = tempTree({ 'story.txt': 'Prime Minister Isba met Kentucky investors.\n' });
    const run = await cli(['--init'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Wrote .article-lintrc.yaml and glossary.yml. Try: npx article-lint .\n');
    const config = readFileSync(join(root, '.article-lintrc.yaml'), 'utf8');
    for (const rule of builtinRules) expect(config).toMatch(new RegExp(`^  # ${rule.meta.id}: +${rule.meta.severity} +# ${rule.meta.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
    expect(config).toMatch(/^glossary: glossary\.yml$/m);
    // The starter files load as they are, and the example entity is used: its misspelling is found.
    const lint = await cli(['--format', 'json', '--date', '2025-02-07', 'story.txt'], { cwd: root });
    expect(lint.stderr).toBe('');
    expect(parseJson(lint)[0]!.messages.filter((m) => m.ruleId === 'name-spelling').map((m) => [m.column, m.expected])).toEqual([[16, ['Ishiba']]]);
    const glossary = readFileSync(join(root, 'glossary.yml'), 'utf8');
    expect(glossary).toMatch(/^entities:\n  - name: Shigeru Ishiba/m);
    expect(glossary).toMatch(/^    roles:\n      - title: Prime Minister/m);
    expect(glossary).toMatch(/^facts:\n  - id: kentucky-jobs/m);
  });

  it('refuses to overwrite either file, and writes nothing', async () => {
    const root = tempTree({ 'glossary.yml': 'entities: []\n' });
    const run = await cli(['--init'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`article-lint: --init: ${join(root, 'glossary.yml')} already exists; nothing written (remove it or edit it by hand)\n`);
    expect(existsSync(join(root, '.article-lintrc.yaml'))).toBe(false);
    expect(readFileSync(join(root, 'glossary.yml'), 'utf8')).toBe('entities: []\n');
  });
});

describe('--print-config FILE', () => {
  it('prints the config file, every rule with severity and options, glossaries and date, as the run resolves them', async () => {
    const root = tempTree({
      '.article-lintrc.yaml': `glossary: [shared.yml]\ndate: 2025-03-01\nplugins: [${JSON.stringify(PLUGIN)}]\nrules:\n  spelling: off\n  repeated-block: [error, { minWords: 9 }]\n`,
      'shared.yml': 'asOf: 2024-01-01\n',
      'desk.yml': 'entities: []\n',
      'desk/story.md': '---\ndate: 2025-04-02\n---\nText.\n',
    });
    const run = await cli(['--print-config', 'desk/story.md', '--trust-plugins', '--glossary', 'desk.yml', '--rule', 'fact-number=error'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed).toMatchObject({
      file: join('desk', 'story.md'),
      configFile: join(root, '.article-lintrc.yaml'),
      plugins: [PLUGIN],
      pluginsLoaded: true,
      glossary: [join(root, 'shared.yml'), join(root, 'desk.yml')],
      date: '2025-04-02',
      dateFrom: 'front matter',
    });
    expect(printed.rules).toMatchObject({
      spelling: { severity: 'off', options: {} },
      'repeated-block': { severity: 'error', options: { minWords: 9 } },
      'fact-number': { severity: 'error', options: {} },
      'repeated-word': { severity: 'warn', options: {} },
      'no-exclamation': { severity: 'warn', options: {} },
    });
    expect(Object.keys(printed.rules)).toEqual([...builtinRules.map((r) => r.meta.id), 'no-exclamation']);
    // A file with no date of its own gets the config's.
    const undated = JSON.parse((await cli(['--print-config', 'new.md'], { cwd: root })).stdout);
    expect([undated.date, undated.dateFrom, undated.pluginsLoaded, 'no-exclamation' in undated.rules]).toEqual(['2025-03-01', 'config', false, false]);
  });

  it('an invalid config is the usual exit-2 error', async () => {
    const root = tempTree({ '.article-lintrc.json': '{"rules": {"no-such-rule": "warn"}}' });
    const run = await cli(['--print-config', 'a.md'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/\.article-lintrc\.json:1:12: unknown rule "no-such-rule"/);
  });
});

describe('--list-rules', () => {
  it('lists every rule with its default severity, fixable, description and docs URL; plugins included', async () => {
    const root = tempTree({ '.article-lintrc.json': JSON.stringify({ plugins: [PLUGIN] }) });
    const run = await cli(['--list-rules', '--trust-plugins', '--format', 'json'], { cwd: root });
    expect(run.code).toBe(0);
    const rules = JSON.parse(run.stdout) as { id: string; severity: string; fixable: boolean; description: string; url: string | null; source: string }[];
    expect(rules.map((r) => r.id)).toEqual([...builtinRules.map((r) => r.meta.id), 'no-exclamation']);
    expect(rules[0]).toEqual({ id: 'repeated-word', severity: 'warn', fixable: true, description: 'A word written twice in a row', url: 'https://github.com/article-lint/article-lint/blob/main/rules/repeated-word/README.md', source: 'article-lint' });
    expect(rules.at(-1)).toEqual({ id: 'no-exclamation', severity: 'warn', fixable: true, description: 'News copy does not use exclamation marks', url: 'https://example.org/rules/no-exclamation', source: 'example-plugin' });
    const table = await cli(['--list-rules', '--trust-plugins'], { cwd: root });
    // Untrusted, a discovered config's plugins are not loaded, nor listed.
    expect(JSON.parse((await cli(['--list-rules', '--format', 'json'], { cwd: root })).stdout).map((r: { id: string }) => r.id)).toEqual(builtinRules.map((r) => r.meta.id));
    expect(table.stdout.split('\n')[0]).toMatch(/^Rule +Severity +Fixable +Description$/);
    expect(table.stdout).toMatch(/^fact-number +warn +no +A number that contradicts a glossary fact\n +https:\/\/github\.com\/article-lint\/article-lint\/blob\/main\/rules\/fact-number\/README\.md$/m);
    expect(table.stdout).toMatch(/^no-exclamation +warn +yes +News copy does not use exclamation marks \[example-plugin\]$/m);
  });

  it('takes no paths', async () => {
    const run = await cli(['--list-rules', 'a.txt']);
    expect([run.code, run.stderr]).toEqual([2, 'article-lint: --list-rules takes no paths (got "a.txt")\n']);
  });
});

describe('-o, --output-file', () => {
  it('writes the report to the file, without colour, and exits as the run does', async () => {
    const root = tempTree({ 'a.txt': 'The the council met.\n' });
    const run = await cli(['--color', '-o', 'reports/lint.txt', '--max-warnings', '0', 'a.txt'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const report = readFileSync(join(root, 'reports/lint.txt'), 'utf8');
    expect(report).toMatch(/^a\.txt\n1:5-1:8 +warning +Repeated word "the" +repeated-word +article-lint\n/);
    expect(report).not.toMatch(/\x1b\[/);
    const json = await cli(['--format', 'json', '--output-file', 'lint.json', 'a.txt'], { cwd: root });
    expect([json.code, json.stdout]).toEqual([0, '']);
    expect(parseJson({ ...json, stdout: readFileSync(join(root, 'lint.json'), 'utf8') })[0]!.messages.map((m) => m.ruleId)).toEqual(['repeated-word']);
  });

  it('takes a corpus run\'s report, written as the records are linted', async () => {
    const root = tempTree({ 'c.jsonl': '{"id":"a","text":"The the council met."}\n{"id":"b","text":"Fine copy."}\n' });
    const run = await cli(['--format', 'jsonl', '-o', 'out/report.jsonl', 'c.jsonl'], { cwd: root });
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
    const lines = readFileSync(join(root, 'out/report.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { path: string; messages: { ruleId: string }[] });
    expect(lines.map((r) => [r.path, r.messages.map((m) => m.ruleId)])).toEqual([['c.jsonl#a', ['repeated-word']], ['c.jsonl#b', []]]);
  });

  it('a file that cannot be written is a one-line error', async () => {
    const root = tempTree({ 'a.txt': 'Fine.\n', blocker: 'a file, not a folder' });
    writeFileSync(join(root, 'blocker'), 'x');
    const run = await cli(['-o', 'blocker/out.txt', 'a.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^article-lint: --output-file blocker\/out\.txt: cannot write \((ENOTDIR|EEXIST)\)\n$/);
  });
});
