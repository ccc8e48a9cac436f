// Modules loaded on first use: most runs need none of them (no YAML, no
// --cache, one thread), and loading each costs every cold start. They are
// required synchronously, so their synchronous callers need no change, and
// the bundle turns Node's own modules into require() calls anyway (an
// import() of one would give a default export only).
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/** A getter for `specifier`'s module that loads it on its first call. */
export function lazyModule<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(specifier) as T);
}
