// Several glossaries at once (a shared newsroom glossary plus a desk's own,
// the config's glossary plus --glossary): the same entity or fact in two
// files is one, roles and facts are united, and files that disagree are an
// error naming both places. And facts written with scale words are checked,
// while a fact no text can match is a warning naming its place.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/config/glossary.js';
import { builtinRules, builtinRulesModule } from '../src/cli/builtin-rules.js';
import { lintRun } from '../src/engine/workers.js';
import { LintCache } from '../src/io/cache.js';
import { cli, parseJson, tempTree } from './helpers.js';

const SHARED = `entities:
  - name: Olaf Scholz
    aliases: [Scholz]
    type: person
    roles:
      - title: Chancellor
        of: Germany
        from: 2021-12-08
        to: 2025-05-06
  - name: Friedrich Merz
    aliases: [Merz]
    type: person
    roles:
      - title: Chancellor
        of: Germany
        from: 2025-05-06
`;
/** A desk's glossary: the same people, one more alias, a role the shared file lacks. */
const DESK = `entities:
  - name: Olaf Scholz
    aliases: [Scholz, Olaf]
    roles:
      - title: Chancellor
        titleAliases: [Kanzler]
        of: Germany
        from: 2021-12-08
        to: 2025-05-06
      - title: Finance Minister
        of: Germany
        from: 2018-03-14
        to: 2021-12-08
facts:
  - about: [Germany, Ukraine]
    value: 40
    unit: billion dollars
`;
const ARTICLE = `---
date: 2024-03-01
---
Former Chancellor Olaf Scholz spoke in Berlin.
`;

const factRole = async (args: string[], root: string) => {
  const run = await cli(['--format', 'json', '--rule', 'spelling=off', '--rule', 'name-spelling=off', ...args, 'a.md'], { cwd: root });
  expect(run.stderr).toBe('');
  return parseJson(run)[0]!.messages.filter((m) => m.ruleId === 'fact-role').map((m) => [m.line, m.column, m.reason]);
};

describe('merging glossaries', () => {
  it('"Former Chancellor Olaf Scholz" in 2024 is flagged however the glossary is given', async () => {
    const plain = tempTree({ 'a.md': ARTICLE, 'g.yml': SHARED, 'desk.yml': DESK, 'copy/g.yml': SHARED });
    const configured = tempTree({ 'a.md': ARTICLE, 'g.yml': SHARED, '.article-lintrc.yaml': 'glossary: g.yml\n' });
    const once = await factRole(['--glossary', 'g.yml'], plain);
    expect(once).toHaveLength(1);
    expect(once[0]!.slice(0, 2)).toEqual([4, 1]);
    // The same file twice, a copy of it, a desk glossary of the same people, the config's glossary plus the same file.
    expect(await factRole(['--glossary', 'g.yml', '--glossary', 'g.yml'], plain)).toEqual(once);
    expect(await factRole(['--glossary', './g.yml', '--glossary', join(plain, 'g.yml')], plain)).toEqual(once);
    expect(await factRole(['--glossary', 'g.yml', '--glossary', 'copy/g.yml'], plain)).toEqual(once);
    expect(await factRole(['--glossary', 'g.yml', '--glossary', 'desk.yml'], plain)).toEqual(once);
    expect(await factRole([], configured)).toEqual(once);
    expect(await factRole(['--glossary', 'g.yml'], configured)).toEqual(once);
  });

  it("unites an entity's aliases, misspellings and roles, and keeps a repeated fact once", () => {
    const root = tempTree({ 'g.yml': SHARED, 'desk.yml': DESK, 'desk2.yml': DESK });
    const glossary = loadGlossary([join(root, 'g.yml'), join(root, 'desk.yml'), join(root, 'desk2.yml')]);
    const scholz = glossary.entities.filter((e) => e.name === 'Olaf Scholz');
    expect(scholz).toHaveLength(1);
    expect(scholz[0]).toMatchObject({
      aliases: ['Scholz', 'Olaf'],
      type: 'person',
      roles: [
        { title: 'Chancellor', titleAliases: ['Kanzler'], of: 'Germany', from: '2021-12-08', to: '2025-05-06' },
        { title: 'Finance Minister', of: 'Germany', from: '2018-03-14', to: '2021-12-08' },
      ],
    });
    expect(glossary.byForm.get('scholz')).toHaveLength(1);
    expect(glossary.facts).toEqual([{ about: ['Germany', 'Ukraine'], value: 40_000_000_000, unit: '$' }]);
  });

  it('two files that disagree on a term are an error naming both places (exit 2)', async () => {
    const root = tempTree({ 'a.md': ARTICLE, 'g.yml': SHARED, 'stale.yml': SHARED.replace('        to: 2025-05-06\n', '') });
    const run = await cli(['--glossary', 'g.yml', '--glossary', 'stale.yml', 'a.md'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `article-lint: ${join(root, 'stale.yml')}:6:9: role "Chancellor" of "Olaf Scholz" (2021-12-08 to now) conflicts with ${join(root, 'g.yml')}:6:9 (2021-12-08 to 2025-05-06)\n`,
    );
  });

  it('two files that disagree on a fact are an error naming both places', async () => {
    const other = 'facts:\n  - about: [ukraine, germany]\n    value: 4 billion\n    unit: dollars\n';
    const root = tempTree({ 'a.md': ARTICLE, 'desk.yml': DESK, 'other.yml': other });
    const run = await cli(['--glossary', 'desk.yml', '--glossary', 'other.yml', 'a.md'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`article-lint: ${join(root, 'other.yml')}:2:5: fact about "ukraine", "germany" conflicts with ${join(root, 'desk.yml')}:15:5 (4000000000 $ here, 40000000000 $ there)\n`);
  });

  it('terms that do not overlap are one more role, and two people of one name in one file stay two', () => {
    const later = 'entities:\n  - name: Olaf Scholz\n    roles:\n      - title: Chancellor\n        of: Germany\n        from: 2029-01-01\n';
    const twins = 'entities:\n  - name: John Smith\n    type: person\n  - name: John Smith\n    type: person\n';
    const root = tempTree({ 'g.yml': SHARED, 'later.yml': later, 'twins.yml': twins });
    expect(loadGlossary([join(root, 'g.yml'), join(root, 'later.yml')]).entities[0]!.roles.map((r) => [r.from, r.to])).toEqual([
      ['2021-12-08', '2025-05-06'],
      ['2029-01-01', undefined],
    ]);
    expect(loadGlossary([join(root, 'twins.yml')]).entities).toHaveLength(2);
  });
});

describe('glossary facts with scale words', () => {
  const article = 'Germany pledged $4 billion in military aid to Ukraine.\n';

  it('`value: 40, unit: billion` is checked against the text', async () => {
    for (const fact of ['value: 40\n    unit: billion', 'value: 40\n    unit: billion dollars', 'value: 40 billion\n    unit: dollars', 'value: $40 billion', 'value: 40000000000\n    unit: $']) {
      const root = tempTree({ 'a.txt': article, 'g.yml': `facts:\n  - about: [Germany, Ukraine]\n    ${fact}\n` });
      const run = await cli(['--format', 'json', '--glossary', 'g.yml', 'a.txt'], { cwd: root });
      expect(run.stderr, fact).toBe('');
      expect(parseJson(run)[0]!.messages.filter((m) => m.ruleId === 'fact-number').map((m) => [m.column, m.expected]), fact).toEqual([[17, ['$40 billion']]]);
    }
  });

  it('a fact whose unit no text can carry is a warning naming the file and line, and the run goes on', async () => {
    const root = tempTree({ 'a.txt': article, 'g.yml': 'facts:\n  - about: [Germany, Ukraine]\n    value: 40 billion\n    unit: €\n' });
    const run = await cli(['--format', 'json', '--glossary', 'g.yml', 'a.txt'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `article-lint: warning: ${join(root, 'g.yml')}:4:11: unit "€" is never found in text (a fact's unit is %, $, a scale word or the noun counted, such as "people"): fact-number never checks this fact\n`,
    );
    expect(parseJson(run)[0]!.messages).toEqual([]);
  });

  it("the warning comes with every result checked against the glossary, from worker threads and the cache too: the CLI does not parse the glossary again to word it", { timeout: 60_000 }, async () => {
    const root = tempTree({ 'g.yml': 'facts:\n  - about: [Germany, Ukraine]\n    value: 40 billion\n    unit: €\n' });
    const warning = `${join(root, 'g.yml')}:4:11: unit "€" is never found in text (a fact's unit is %, $, a scale word or the noun counted, such as "people"): fact-number never checks this fact`;
    const inputs = Array.from({ length: 4 }, (_, i) => ({ path: `a${i}.txt`, text: article }));
    const options = { cwd: root, rules: builtinRules, rulesModule: builtinRulesModule(), glossaries: ['g.yml'], jobs: 2, minCharsPerThread: 1 };
    const threaded = await lintRun(inputs, options);
    expect(threaded.map((r) => r.glossaryWarnings)).toEqual(inputs.map(() => [warning]));
    // The cache keeps them: a re-run's results are the cache's.
    const cacheFile = join(root, 'cache');
    await lintRun(inputs, { ...options, cache: LintCache.open(cacheFile) });
    const entries = Object.values((JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { glossaryWarnings?: string[] }> }).entries);
    expect(entries.map((entry) => entry.glossaryWarnings)).toEqual(inputs.map(() => [warning]));
    const cached = await lintRun(inputs, { ...options, cache: LintCache.open(cacheFile) });
    expect(cached.map((r) => r.glossaryWarnings)).toEqual(inputs.map(() => [warning]));
    // A glossary without such entries gives results without the field.
    const clean = tempTree({ 'g.yml': 'facts:\n  - about: [Germany, Ukraine]\n    value: 40 billion\n    unit: dollars\n' });
    expect((await lintRun(inputs, { ...options, cwd: clean })).map((r) => 'glossaryWarnings' in r)).toEqual([false, false, false, false]);
  });

  it('a value that is not a number is an error naming its place', async () => {
    const root = tempTree({ 'a.txt': article, 'g.yml': 'facts:\n  - about: [Germany, Ukraine]\n    value: forty billion\n' });
    const run = await cli(['--glossary', 'g.yml', 'a.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^article-lint: .*g\.yml:3:12: value must be a number, optionally with a scale word or unit/);
  });
});
