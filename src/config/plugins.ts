// Third-party rules: a plugin is a module named in a config file's `plugins`,
// whose default export is a rule, a list of rules, or `{ rules: [...] }`.
// Only config files can name plugins; article text never loads code. A config
// discovered next to the articles is part of the linted tree (a pull request
// can add one): its plugins load only when the user trusts them from outside
// that tree (docs/guarantees.md, "Trust model").
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../util/errors.js';
import type { LintConfig } from './config.js';
import type { Rule } from '../types.js';

/**
 * Whose plugins load: `explicit` (the default) those of a config given
 * explicitly (--config, the library's `config`) or of the user's own config
 * (in the home folder); `all` those of
 * discovered configs too (--trust-plugins, ARTICLE_LINT_TRUST_PLUGINS=1);
 * `none` no plugin at all (--no-trust-plugins: the GitHub Action's default).
 */
export type PluginTrust = 'explicit' | 'all' | 'none';

export const TRUST_ENV = 'ARTICLE_LINT_TRUST_PLUGINS';

/** The trust an environment variable grants: `1`/`true` all, `0`/`false` none, unset the default. */
export function trustFromEnv(env: Record<string, string | undefined>): PluginTrust | undefined {
  const value = env[TRUST_ENV]?.trim().toLowerCase();
  if (value === '1' || value === 'true' || value === 'yes') return 'all';
  if (value === '0' || value === 'false' || value === 'no') return 'none';
  return undefined;
}

export interface TrustOptions {
  trustPlugins?: PluginTrust;
  /** --config: the config was named by the user. */
  configPath?: string;
  /** A config given directly by the library's caller. */
  config?: LintConfig;
}

/** Whether `config`'s plugins may be loaded under these options. */
export function pluginsAllowed(config: LintConfig, options: TrustOptions): boolean {
  const trust = options.trustPlugins ?? 'explicit';
  if (trust === 'none') return false;
  if (trust === 'all' || options.configPath !== undefined || options.config !== undefined) return true;
  return config.file !== undefined && isUserConfig(config.file);
}

/** A config of the user's own: in the home folder itself (found when linting below it), never in a tree someone else brought. */
function isUserConfig(file: string): boolean {
  return dirname(resolve(file)) === resolve(homedir());
}

/** The one-line warning for a config whose plugins are skipped, or undefined when none are. */
export function skippedPluginsWarning(config: LintConfig, options: TrustOptions): string | undefined {
  if (config.plugins.length === 0 || pluginsAllowed(config, options)) return undefined;
  const names = config.plugins.map((p) => p.specifier).join(', ');
  const how = options.trustPlugins === 'none' ? 'plugins are disabled (--no-trust-plugins)' : `a config found next to the files cannot load code; to trust it pass --trust-plugins or set ${TRUST_ENV}=1`;
  return `${config.file ?? 'config'}: plugins not loaded (${names}): ${how}`;
}

// Not bounded: an imported module stays in node's module cache whatever this
// map keeps, so the rules of each plugin loaded are kept once, here.
const loaded = new Map<string, Rule[]>();

/** The rules of `config`'s plugins, or none when they are not trusted (see pluginsAllowed). */
export async function loadPlugins(config: LintConfig, options: TrustOptions = {}): Promise<Rule[]> {
  if (!pluginsAllowed(config, options)) return [];
  const rules: Rule[] = [];
  for (const { specifier, base, where } of config.plugins) {
    const path = resolvePlugin(specifier, base, where);
    let plugin = loaded.get(path);
    if (!plugin) {
      let module: { default?: unknown };
      try {
        module = (await import(pathToFileURL(path).href)) as { default?: unknown };
      } catch (error) {
        throw new UsageError(`${where}: plugin "${specifier}" failed to load: ${firstLine(error)}`);
      }
      plugin = rulesOf(module.default ?? module, specifier, where);
      loaded.set(path, plugin);
    }
    rules.push(...plugin);
  }
  return rules;
}

/** A plugin is a JavaScript module: a path that leads to anything else is refused unimported, so no load error can quote another file. */
const MODULE_NAME = /\.(c|m)?js$/i;

function resolvePlugin(specifier: string, base: string, where: string): string {
  let path: string;
  try {
    path = specifier.startsWith('.') || isAbsolute(specifier) ? resolve(base, specifier) : createRequire(join(base, 'noop.js')).resolve(specifier);
  } catch {
    throw new UsageError(`${where}: plugin "${specifier}" not found from ${base}`);
  }
  let real = path;
  try {
    real = realpathSync(path);
  } catch {
    // Missing: the import reports it.
  }
  if (!MODULE_NAME.test(basename(real))) throw new UsageError(`${where}: plugin "${specifier}" is not a JavaScript module (its file name must end in .js, .mjs or .cjs)`);
  return path;
}

function rulesOf(value: unknown, specifier: string, where: string): Rule[] {
  const list = Array.isArray(value) ? value : value && typeof value === 'object' && 'rules' in value ? (value as { rules: unknown }).rules : [value];
  if (!Array.isArray(list) || list.length === 0) throw new UsageError(`${where}: plugin "${specifier}" exports no rules`);
  for (const rule of list) {
    const candidate = rule as Partial<Rule> | undefined;
    if (!candidate?.meta?.id || typeof candidate.create !== 'function') {
      throw new UsageError(`${where}: plugin "${specifier}" exports something that is not a rule (needs meta.id and create())`);
    }
  }
  return list as Rule[];
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!;
}
