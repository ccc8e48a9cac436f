// The yaml package, loaded on first use: most runs read no YAML (no config
// file, no glossary, no front matter), and compiling and setting it up was
// ~15 ms of every cold start. Its CommonJS build is required synchronously,
// so the synchronous readers (config, glossary, front matter) need no change.
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');

const load = createRequire(import.meta.url);
let yaml: Yaml | undefined;

export function yamlModule(): Yaml {
  yaml ??= load('yaml') as Yaml;
  return yaml;
}
