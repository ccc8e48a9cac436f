// Bundles the commands (`npm run build`, after tsc): dist/bin/cli.js, lsp.js
// worker.js (the --jobs thread, which workers.ts finds next to itself),
// lsp-worker.js (the language server's thread for large documents),
// rules.js (the rule set a thread loads, cli/builtin-rules.ts), with the
// code they share, and the modules loaded only on demand (import()),
// in chunks beside them. A cold start then reads a few files instead of ~180
// package modules. dictionary-en stays in node_modules: lexicon.ts reads its
// files through import.meta.resolve. The library (package.json `exports`)
// stays tsc's output, and plugins named in a config are still loaded from
// their own files by import().
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Node's own modules are loaded with require(), not import: for an imported
 * built-in Node builds an ES module facade that reads every export, running
 * lazy getters no one asked for (`node:process` opens standard input,
 * `node:fs` loads the file stream classes).
 */
const requireBuiltins = {
  name: 'require-builtins',
  setup(build) {
    const builtin = new RegExp(`^(node:)?(${builtinModules.map((name) => name.replace(/[/]/g, '\\/')).join('|')})$`);
    build.onResolve({ filter: builtin }, ({ path, namespace }) =>
      namespace === 'builtin' ? { path, external: true } : { path: path.replace(/^(node:)?/, 'node:'), namespace: 'builtin' },
    );
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, ({ path }) => ({ contents: `module.exports = require(${JSON.stringify(path)});`, loader: 'js' }));
  },
};

const outdir = fileURLToPath(new URL('../dist/bin/', import.meta.url));
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

/**
 * name-spelling's word lists (generate-dictionary.mjs: the forms, 1.3 MB, and
 * the two lists searched by prefix; generate-world-names.mjs: the world's
 * names, 2.3 MB; generate-english-words.mjs: spelling's other English words,
 * 2.1 MB) go beside the bundle as text files: as string literals in a
 * chunk, every start paid for decoding and scanning them with the code (~15
 * ms for the forms), where reading a file takes ~1 ms, and a list exported as
 * a function is read only by a run that asks for it.
 */
const dictionaryWordsFile = {
  name: 'dictionary-words-file',
  setup(build) {
    build.onLoad({ filter: /[/\\]analysis[/\\]names[/\\](dictionary-words|world-names|english-words)\.js$/ }, async ({ path }) => {
      const { DICTIONARY, ...lists } = await import(pathToFileURL(path).href);
      const contents = ["import { readFileSync } from 'node:fs';"];
      if (DICTIONARY !== undefined) contents.push(`export const DICTIONARY = ${JSON.stringify(DICTIONARY)};`);
      // A list exported as a function (dictionaryLowerForms) is read on its first call, a constant (DICTIONARY_WORDS) when the module loads.
      for (const [name, list] of Object.entries(lists)) {
        const lazy = typeof list === 'function';
        // DICTIONARY_WORDS -> dictionary-words.txt, dictionaryLowerForms -> dictionary-lower-forms.txt
        const file = `${name.replace(/[a-z](?=[A-Z])/g, '$&-').replaceAll('_', '-').toLowerCase()}.txt`;
        writeFileSync(join(outdir, file), lazy ? list() : list);
        const read = `readFileSync(new URL(${JSON.stringify(`./${file}`)}, import.meta.url), 'utf8')`;
        contents.push(lazy ? `let ${name}Text;\nexport function ${name}() { return (${name}Text ??= ${read}); }` : `export const ${name} = ${read};`);
      }
      return { contents: contents.join('\n'), loader: 'js' };
    });
  },
};
await build({
  absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
  entryPoints: { cli: 'dist/src/bin/cli.js', lsp: 'dist/src/bin/lsp.js', worker: 'dist/src/engine/worker.js', 'lsp-worker': 'dist/src/lsp/lint-worker.js', rules: 'dist/rules/index.js' },
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // esbuild counts \p{…} in a regex literal as supported only from Node
  // 20.12 (its Unicode tables) and otherwise rewrites the literal as a
  // `new RegExp(…)` built on every call, in the hottest word tests. Node has
  // had the syntax since 10; only the Unicode version differs.
  supported: { 'regexp-unicode-property-escapes': true },
  // The require() of bundled CommonJS packages and of Node's modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [requireBuiltins, dictionaryWordsFile],
  // jsonc-parser's main is a UMD build whose require() of its own parts esbuild cannot follow: bundle its ES modules.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  logLevel: 'warning',
});
