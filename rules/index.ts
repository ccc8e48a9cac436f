// The built-in rule set. The engine receives it as a list and knows nothing
// about any single rule; plugins from config files are added beside it.
import type { Rule } from '../src/types.js';
import repeatedWord from './repeated-word/index.js';

export const builtinRules: readonly Rule[] = [repeatedWord] as readonly Rule[];
