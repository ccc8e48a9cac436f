// article-lint as a library: the engine, the built-in rules, the reporters
// and the rule tester, for scripts and for plugin authors.
export type { ArticleInput, LintOptions } from './engine.js';
export { lintArticles, lintRun, type RunOptions } from './workers.js';
export { builtinRules } from '../rules/index.js';
export { loadFormat, parseArticle } from './document.js';
export { applyFixes } from './fix.js';
export { buildGlossary, loadGlossary, type Glossary, type GlossaryData } from './glossary.js';
export { formatJson } from './reporters/json.js';
export { formatGithub } from './reporters/github.js';
export { formatSarif } from './reporters/sarif.js';
export { formatStylish } from './reporters/stylish.js';
export { lintWithRule, testRule, type RuleCase, type RuleCases } from './rule-tester.js';
export { VERSION } from './version.js';
export type * from './types.js';
