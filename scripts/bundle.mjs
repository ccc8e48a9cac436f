// Bundles the commands (`npm run build`, after tsc): dist/bin/cli.js, lsp.js
// and worker.js (the --jobs thread, which workers.ts finds next to itself),
// with the code they share, and the modules loaded only on demand (import()),
// in chunks beside them. A cold start then reads a few files instead of ~180
// package modules. dictionary-en stays in node_modules: lexicon.ts reads its
// files through import.meta.resolve. The library (package.json `exports`)
// stays tsc's output, and plugins named in a config are still loaded from
// their own files by import().
import { rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
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
await build({
  absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
  entryPoints: ['dist/src/cli.js', 'dist/src/lsp.js', 'dist/src/worker.js'],
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The require() of bundled CommonJS packages and of Node's modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [requireBuiltins],
  logLevel: 'warning',
});
