// The layout's import rules, read from the sources themselves: a rule folder
// imports only src/ and its own files (never another rule's folder), and the
// parts below the entry points (analysis, engine, parse, ...) import no rule.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

/** The relative module specifiers of a TypeScript file (static imports, re-exports and dynamic imports). */
function relativeImports(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\1/g)) specifiers.push(match[2]!);
  return specifiers;
}

function tsFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** [file, imported path] for each relative import of the files under `folder`, paths relative to the repository. */
function importsUnder(folder: string): [file: string, target: string][] {
  return tsFiles(join(ROOT, folder)).flatMap((file) =>
    relativeImports(readFileSync(file, 'utf8')).map((specifier): [string, string] => [relative(ROOT, file), relative(ROOT, resolve(dirname(file), specifier))]),
  );
}

describe('the import rules of the layout', () => {
  it('finds the imports it checks', () => {
    expect(relativeImports(`import a from './a.js';\nimport type { B } from "../../src/types.js";\nexport { c } from './c.js';\nconst d = await import('../d.js');`)).toEqual([
      './a.js',
      '../../src/types.js',
      './c.js',
      '../d.js',
    ]);
    // The check reads every rule folder's files.
    expect(importsUnder('rules').some(([file, target]) => file.startsWith(`rules${sep}spelling${sep}`) && target.startsWith(`src${sep}`))).toBe(true);
  });

  it('a rule folder imports only src/ and its own files, never another rule folder', () => {
    const offences = importsUnder('rules').filter(([file, target]) => {
      const [top, folder] = file.split(sep);
      if (top !== 'rules' || folder === undefined || folder.endsWith('.ts')) return false; // rules/index.ts lists the rules
      // Its tests may also use the test helpers.
      const allowed = [`src${sep}`, `rules${sep}${folder}${sep}`, ...(file.endsWith('.test.ts') ? [`tests${sep}`] : [])];
      return !allowed.some((prefix) => target.startsWith(prefix));
    });
    expect(offences.map(([file, target]) => `${file} imports ${target}`)).toEqual([]);
  });

  it('below the entry points nothing imports a rule: the rules come in as a list or a module reference', () => {
    const below = ['src/analysis', 'src/engine', 'src/corpus', 'src/parse', 'src/config', 'src/io', 'src/fix', 'src/report', 'src/lsp', 'src/util'];
    const offences = below.flatMap(importsUnder).filter(([, target]) => target.startsWith(`rules${sep}`));
    expect(offences.map(([file, target]) => `${file} imports ${target}`)).toEqual([]);
  });
});
