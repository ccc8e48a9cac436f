// --fix never rewrites correct text: short clean articles (a seed of the
// repository, hand-made article bodies of real web pages, and hand-corrected
// transcriptions of old newspaper articles, each with a glossary of its own
// names, and a plan of our own) come out of --fix byte for byte as they went
// in. Three of them held text that --fix used to change: `CCI**` (a grade of
// horse show), `*Sharks begin circling*` (plain-text emphasis) and a plan
// entry served twice under a long label that every day repeats
// (`training-plan.txt`: the label of a slot, not a copied run).
// `node scripts/measure-gold-fixes.mjs` measures the same over the whole real sets.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempTree } from './helpers.js';

const CLEAN = new URL('./fixtures/clean/', import.meta.url).pathname;
const articles = readdirSync(CLEAN).filter((name) => name.endsWith('.txt')).sort();

describe('--fix on clean articles', () => {
  it('has clean articles of each kind', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
    expect(articles.filter((name) => existsSync(join(CLEAN, name.replace(/\.txt$/, '.glossary.yml'))))).toHaveLength(2);
  });

  it.each(articles)('%s: unchanged, byte for byte', async (name) => {
    const text = readFileSync(join(CLEAN, name), 'utf8');
    const glossaryName = name.replace(/\.txt$/, '.glossary.yml');
    const files: Record<string, string> = { [name]: text };
    if (existsSync(join(CLEAN, glossaryName))) files[glossaryName] = readFileSync(join(CLEAN, glossaryName), 'utf8');
    const root = tempTree(files);
    const glossary = files[glossaryName] === undefined ? [] : ['--glossary', glossaryName];
    const run = await cli(['--fix', '--date', '2024-01-01', ...glossary, name], { cwd: root });
    expect(run.stderr).toBe('');
    expect(readFileSync(join(root, name), 'utf8')).toBe(text);
  });
});
