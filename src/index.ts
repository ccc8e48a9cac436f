// article-lint as a library: the engine, the built-in rules, the reporters
// and the rule tester, for scripts and for plugin authors.
export type { ArticleInput, LintOptions } from './engine/engine.js';
export { lintArticles, lintRun, type RunOptions } from './engine/workers.js';
export { builtinRules, builtinRulesModule } from './cli/builtin-rules.js';
export { loadFormat, parseArticle } from './parse/document.js';
export { applyFixes } from './fix/fix.js';
export { buildGlossary, loadGlossary, type Glossary, type GlossaryData } from './config/glossary.js';
export { formatJson } from './report/json.js';
export { formatGithub } from './report/github.js';
export { formatSarif } from './report/sarif.js';
export { formatStylish } from './report/stylish.js';
export { lintWithRule, testRule, type RuleCase, type RuleCases } from './engine/rule-tester.js';
export { VERSION } from './util/version.js';
export type * from './types.js';
