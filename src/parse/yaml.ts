// The yaml package: most runs read no YAML (no config file, no glossary, no
// front matter), and compiling and setting it up was a visible part of every cold start.
import { lazyModule } from '../util/lazy-module.js';

export const yamlModule = lazyModule<typeof import('yaml')>('yaml');
