// The package's library entry (`main`/`exports`): what a script or a plugin
// author imports from 'article-lint'.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules, formatJson, lintArticles } from '../src/index.js';

describe("import from 'article-lint'", () => {
  it('the package entry resolves to the built library', async () => {
    const pkg = (await import('../package.json', { with: { type: 'json' } })).default as { exports: { '.': { types: string; default: string } } };
    const library = await import(new URL(`../${pkg.exports['.'].default}`, import.meta.url).href);
    expect(existsSync(new URL(`../${pkg.exports['.'].types}`, import.meta.url))).toBe(true);
    expect(Object.keys(library)).toEqual(expect.arrayContaining(['lintArticles', 'lintRun', 'builtinRules', 'parseArticle', 'loadFormat', 'testRule', 'lintWithRule', 'formatJson', 'VERSION']));
  });

  it('lints an article with the built-in rules, as the CLI does', async () => {
    const results = await lintArticles([{ path: 'a.txt', text: 'The the council met.\n' }], {
      cwd: '.',
      rules: builtinRules,
      config: { glossary: [], rules: new Map(), plugins: [], ignore: [], words: [] },
    });
    const [file] = JSON.parse(formatJson(results));
    expect(file.messages.map((m: { ruleId: string; line: number; column: number }) => [m.ruleId, m.line, m.column])).toEqual([['repeated-word', 1, 5]]);
  });
});
