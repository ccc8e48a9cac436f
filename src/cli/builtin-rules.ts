// The built-in rule set as the CLI and the library hand it to a run: as a
// list for this thread, and as a module reference for worker threads, which
// load it themselves (RunOptions.rulesModule).
import { builtinRules } from '../../rules/index.js';

export { builtinRules };

/** The URL of the module whose default export is the built-in rule set. */
export function builtinRulesModule(): string {
  const here = new URL(import.meta.url);
  // Under a TypeScript test runner, threads run the build (see workers.ts's workerUrl).
  if (here.pathname.endsWith('.ts')) return new URL('../../dist/rules/index.js', here).href;
  // tsc's output (the library): the rules folder is beside src/.
  if (here.pathname.endsWith('/src/cli/builtin-rules.js')) return new URL('../../rules/index.js', here).href;
  // The bundle (scripts/bundle.mjs): rules.js beside the commands.
  return new URL('./rules.js', here).href;
}
