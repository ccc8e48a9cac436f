// The built-in rule set. The engine receives it as a list and knows nothing
// about any single rule; plugins from config files are added beside it.
import type { Rule } from '../src/types.js';
import repeatedWord from './repeated-word/index.js';
import nameSpelling from './name-spelling/index.js';
import spelling from './spelling/index.js';
import boilerplate from './boilerplate/index.js';
import strayMarkup from './stray-markup/index.js';
import repeatedBlock from './repeated-block/index.js';
import duplicateArticle from './duplicate-article/index.js';
import factNumber from './fact-number/index.js';
import factRole from './fact-role/index.js';
import factConflict from './fact-conflict/index.js';

export const builtinRules: readonly Rule[] = [repeatedWord, nameSpelling, spelling, boilerplate, strayMarkup, repeatedBlock, duplicateArticle, factNumber, factRole, factConflict] as readonly Rule[];

/** The rule set as a module's default export: worker threads load it by the module's URL (RunOptions.rulesModule). */
export default builtinRules;
