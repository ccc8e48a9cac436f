// Third-party rules: a plugin is a module named in a config file's `plugins`,
// whose default export is a rule, a list of rules, or `{ rules: [...] }`.
// Only config files can name plugins; article text never loads code.
import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../util/errors.js';
import type { LintConfig } from './config.js';
import type { Rule } from '../types.js';

const loaded = new Map<string, Rule[]>();

export async function loadPlugins(config: LintConfig): Promise<Rule[]> {
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

function resolvePlugin(specifier: string, base: string, where: string): string {
  try {
    if (specifier.startsWith('.') || isAbsolute(specifier)) return resolve(base, specifier);
    return createRequire(join(base, 'noop.js')).resolve(specifier);
  } catch {
    throw new UsageError(`${where}: plugin "${specifier}" not found from ${base}`);
  }
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
