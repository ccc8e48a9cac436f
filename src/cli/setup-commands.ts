// The commands that set a repository up rather than lint it: --init (starter
// config and glossary), --print-config FILE (what applies to a file, as the
// engine resolves it) and --list-rules. Loaded only when one of them is asked for.
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { builtinRules } from './builtin-rules.js';
import { configFor, resolveGlossaryPaths } from '../config/config.js';
import { loadPlugins, pluginsAllowed } from '../config/plugins.js';
import { articlePreparer, type LintOptions } from '../engine/engine.js';
import { decodeArticle } from '../io/files.js';
import type { Rule } from '../types.js';
import { parseIsoDate } from '../util/dates.js';
import { UsageError } from '../util/errors.js';
import { readRegularFile } from '../util/read-file.js';

export type SetupOptions = Pick<LintOptions, 'cwd' | 'configPath' | 'glossaries' | 'date' | 'ruleOverrides' | 'trustPlugins'>;

export const INIT_CONFIG = '.article-lintrc.yaml';
export const INIT_GLOSSARY = 'glossary.yml';

/** Write the starter config and glossary into `cwd`; refuses (writing nothing) when either exists. Returns what to print. */
export function init(cwd: string): string {
  for (const name of [INIT_CONFIG, INIT_GLOSSARY]) {
    if (existsSync(join(cwd, name))) throw new UsageError(`--init: ${join(cwd, name)} already exists; nothing written (remove it or edit it by hand)`);
  }
  writeFileSync(join(cwd, INIT_CONFIG), starterConfig(builtinRules), { flag: 'wx' });
  writeFileSync(join(cwd, INIT_GLOSSARY), STARTER_GLOSSARY, { flag: 'wx' });
  return `Wrote ${INIT_CONFIG} and ${INIT_GLOSSARY}. Try: npx article-lint .\n`;
}

/** Every rule at its default severity, as comments: uncomment a line to change it. */
export function starterConfig(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((r) => r.meta.id.length)) + 2;
  const ruleLines = rules.flatMap((r) => [`  # ${`${r.meta.id}:`.padEnd(width)} ${r.meta.severity.padEnd(5)}  # ${r.meta.description}${r.meta.fixable ? ' (fixable)' : ''}`]);
  return [
    '# article-lint configuration. Applies to the files in this folder and below.',
    '# Keys: glossary, date, rules, plugins, ignore, words (see the README, "Configuration").',
    '',
    '# Reference glossary (names, roles, facts); paths are relative to this file.',
    `glossary: ${INIT_GLOSSARY}`,
    '',
    '# Publication date for articles with no `date:` front matter (default: the glossary asOf, else today).',
    '# date: 2025-02-07',
    '',
    '# Files not to lint (globs, as in .gitignore).',
    '# ignore:',
    '#   - CONTRIBUTING.md',
    '',
    '# Words that are right though no dictionary knows them (names, jargon).',
    '# words: [Kyiv, Zelenskyy]',
    '',
    '# Every rule, at its default severity. Uncomment a line to change it:',
    '# off, info, warn, error, or [severity, {options}].',
    'rules:',
    ...ruleLines,
    '',
  ].join('\n');
}

const STARTER_GLOSSARY = `# article-lint glossary: the people, places and organisations your articles
# name, with their correct spellings and time-bound roles, and key figures.
# Format: see the README, "Glossary". Replace the examples with your own.

# asOf: 2025-02-07   # date for articles that have none

entities:
  - name: Shigeru Ishiba          # canonical spelling
    aliases: [Ishiba]             # other correct forms
    misspellings: [Isba]          # wrong forms always flagged
    type: person                  # person | organization | place | other
    roles:
      - title: Prime Minister     # as written before the name
        titleAliases: [PM, Premier]
        of: Japan
        from: 2024-10-01          # ISO date or year
        to: null                  # null: holds it still

facts:
  - id: kentucky-jobs
    about: [Kentucky, employ]     # all must occur in one sentence
    value: 45000                  # scale words allowed: "1.1 billion"
    unit: people                  # optional: %, $, or the noun counted
    note: Japanese companies employ more than 45,000 people in Kentucky
`;

/** The rules available where the config of `path` applies (built-in, then its plugins, when trusted). */
async function availableRules(options: SetupOptions, path: string): Promise<{ rules: Rule[]; config: ReturnType<typeof configFor> }> {
  const config = configFor(path, options);
  return { rules: [...builtinRules, ...(await loadPlugins(config, options))], config };
}

/** --list-rules: a table, or JSON for scripts. */
export async function listRules(options: SetupOptions, json: boolean): Promise<string> {
  const { rules } = await availableRules(options, join(options.cwd, 'article'));
  const rows = rules.map(({ meta }) => ({ id: meta.id, severity: meta.severity, fixable: meta.fixable, description: meta.description, url: meta.url ?? null, source: meta.source ?? 'article-lint' }));
  if (json) return JSON.stringify(rows, null, 2) + '\n';
  const idWidth = Math.max(4, ...rows.map((r) => r.id.length));
  const header = `${'Rule'.padEnd(idWidth)}  Severity  Fixable  Description`;
  return [header, ...rows.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(8)}  ${(r.fixable ? 'yes' : 'no').padEnd(7)}  ${r.description}${r.source !== 'article-lint' ? ` [${r.source}]` : ''}${r.url ? `\n${' '.repeat(idWidth + 21)}${r.url}` : ''}`)].join('\n') + '\n';
}

/**
 * --print-config FILE: what the engine applies to that file, resolved as a
 * lint run resolves it (config discovered from the file's folder or given
 * with --config, --rule and --glossary on top; the date as the file would get it).
 */
export async function printConfig(file: string, options: SetupOptions): Promise<string> {
  const path = resolve(options.cwd, file);
  const { rules, config } = await availableRules(options, path);
  let text = '';
  try {
    text = decodeArticle(readRegularFile(path)).text;
  } catch {
    // A file that does not exist yet gets the config its folder would give it.
  }
  const prepared = await articlePreparer({ ...options, rules: builtinRules })({ path: file, text });
  const active = new Map(prepared.setup.rules.map((r) => [r.rule.meta.id, r]));
  const resolved = {
    file: relative(options.cwd, path) || file,
    configFile: config.file ?? null,
    rules: Object.fromEntries(
      rules.map(({ meta }) => {
        const on = active.get(meta.id);
        return [meta.id, { severity: on?.severity ?? 'off', options: on?.options ?? config.rules.get(meta.id)?.options ?? {} }];
      }),
    ),
    plugins: config.plugins.map((p) => p.specifier),
    /** Whether those plugins load (see --trust-plugins). */
    pluginsLoaded: config.plugins.length > 0 && pluginsAllowed(config, options),
    glossary: [...new Set(resolveGlossaryPaths(options.glossaries ?? [], options.cwd, config))],
    date: prepared.date,
    dateFrom: dateSource(prepared.doc.frontMatter?.date, options, config.date, prepared.setup.glossary.asOf),
    ignore: config.ignore,
    words: config.words,
  };
  return JSON.stringify(resolved, null, 2) + '\n';
}

/** Where the article's date comes from, in the order the engine takes it. */
function dateSource(frontMatter: unknown, options: SetupOptions, configDate: string | undefined, asOf: string | undefined): string {
  if (frontMatter instanceof Date || (typeof frontMatter === 'string' && parseIsoDate(frontMatter.slice(0, 10)))) return 'front matter';
  if (options.date) return '--date';
  if (configDate) return 'config';
  if (asOf) return 'glossary asOf';
  return 'today';
}
