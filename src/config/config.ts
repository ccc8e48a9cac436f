// Configuration: `.article-lintrc.json|yaml|yml` or the `"article-lint"` field
// of `package.json`, found upward from each file, or named with --config.
import { existsSync } from 'node:fs';
import { fileBytes, readRegularText } from '../util/read-file.js';
import { memoizeByObject, WeighedCache } from '../util/memo.js';
import { dirname, join, resolve, isAbsolute } from 'node:path';
import type { Node } from 'yaml';
import { yamlModule } from '../parse/yaml.js';
import { parseIsoDate } from '../util/dates.js';
import { UsageError } from '../util/errors.js';
import {
  entries,
  expectMap,
  fileStamp,
  expectString,
  isNullNode,
  MAX_STRUCTURED_BYTES,
  readStructuredFile,
  seqOrScalar,
  toValue,
  type MapNode,
  type StructuredFile,
} from '../parse/structured.js';
import type { Severity } from '../types.js';

export { MAX_STRUCTURED_BYTES };

export const SEVERITIES: readonly Severity[] = ['off', 'info', 'warn', 'error'];
export const CONFIG_NAMES = ['.article-lintrc.json', '.article-lintrc.yaml', '.article-lintrc.yml', 'package.json'] as const;

export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
  /** `file:line:col` of the setting, for "unknown rule" errors. */
  where: string;
  /** `file:line:col` of each option's key and value, for option errors (checkRuleOptions). */
  optionPlaces?: Record<string, { key: string; value: string }>;
}

export interface LintConfig {
  /** Config file path; undefined when none was found. */
  file?: string;
  glossary: string[];
  date?: string;
  rules: Map<string, RuleSetting>;
  /** Plugin specifiers with the folder they resolve from. */
  plugins: { specifier: string; base: string; where: string }[];
  ignore: string[];
  /** Extra known words (names, jargon) for spelling and name-spelling. */
  words: string[];
}

export const EMPTY_CONFIG: LintConfig = { glossary: [], rules: new Map(), plugins: [], ignore: [], words: [] };

const KEYS = 'glossary, date, rules, plugins, ignore, words';

export function parseSeverity(value: string): Severity | undefined {
  const normalized = value === 'warning' ? 'warn' : value;
  return (SEVERITIES as readonly string[]).includes(normalized) ? (normalized as Severity) : undefined;
}

/**
 * Load a config file by path (JSON, YAML, or a package.json's field). Loaded
 * files are cached by modification time and size, so a long-lived process
 * (the LSP server) sees edits and a CLI run reads each file once.
 */
export function loadConfigFile(path: string): LintConfig {
  const absolute = resolve(path);
  const stamp = fileStamp(absolute);
  if (stamp === undefined) throw new UsageError(`${path}: config file not found`);
  const cached = loadedConfigs.get(absolute);
  if (cached?.stamp === stamp) return cached.config;
  const file = readStructuredFile(absolute);
  let root = file.doc.contents as Node | null;
  if (absolute.endsWith('package.json')) {
    const top = file.doc.contents;
    root = top && 'get' in top ? ((top as { get(k: string, keep: true): Node | undefined }).get('article-lint', true) ?? null) : null;
  }
  const config = readConfig(file, root, absolute);
  loadedConfigs.set(absolute, { stamp, config }, fileBytes(absolute));
  return config;
}

/** Configs are kept by the bytes of their files, package.json answers by their paths' length: a language server meets folders for days. */
const CONFIG_CACHE_BYTES = 4 * 1024 * 1024;
const loadedConfigs = new WeighedCache<{ stamp: string; config: LintConfig }>(CONFIG_CACHE_BYTES);

/** The nearest config file at or above `dir`, or undefined. */
export function findConfigFile(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(current, name);
      if (!existsSync(candidate)) continue;
      if (name === 'package.json' && !packageHasField(candidate)) continue;
      return candidate;
    }
    if (dirname(current) === current) return undefined;
  }
}

/** The config that applies to files in `dir`: the nearest one upward. */
export function discoverConfig(dir: string): LintConfig {
  const file = findConfigFile(dir);
  return file ? loadConfigFile(file) : EMPTY_CONFIG;
}

/** Whether a package.json has an "article-lint" field; each file is read once until it changes (discovery asks per article). */
function packageHasField(path: string): boolean {
  const stamp = fileStamp(path);
  const known = packageFields.get(path);
  if (known && known.stamp === stamp) return known.has;
  let has = false;
  try {
    const data: unknown = JSON.parse(readRegularText(path, MAX_STRUCTURED_BYTES));
    has = typeof data === 'object' && data !== null && 'article-lint' in data;
  } catch {
    // Not JSON, or not a regular file: not a config (loading it as one would fail).
  }
  packageFields.set(path, { stamp, has }, path.length);
  return has;
}

const packageFields = new WeighedCache<{ stamp: string | undefined; has: boolean }>(CONFIG_CACHE_BYTES);

function readConfig(file: StructuredFile, root: Node | null, path: string): LintConfig {
  const base = dirname(path);
  const config: LintConfig = { file: path, glossary: [], rules: new Map(), plugins: [], ignore: [], words: [] };
  if (isNullNode(root)) return config;
  const top = expectMap(file, root, 'the config');
  for (const [key, keyNode, value] of entries(file, top)) {
    switch (key) {
      case 'glossary':
        config.glossary = seqOrScalar(file, value, 'glossary').map((n) => resolve(base, expectString(file, n, 'glossary')));
        break;
      case 'date': {
        const raw = yamlModule().isScalar(value) ? String(value.value) : '';
        config.date = parseIsoDate(raw) ?? file.fail(value, `date must be YYYY-MM-DD (got "${raw}")`);
        break;
      }
      case 'rules':
        if (!isNullNode(value)) {
          for (const [id, idNode, setting] of entries(file, expectMap(file, value, 'rules'))) {
            config.rules.set(id, readRuleSetting(file, idNode, setting, id));
          }
        }
        break;
      case 'plugins':
        config.plugins = seqOrScalar(file, value, 'plugins').map((n) => ({ specifier: expectString(file, n, 'plugins'), base, where: file.locate(n) }));
        break;
      case 'ignore':
        config.ignore = seqOrScalar(file, value, 'ignore').map((n) => expectString(file, n, 'ignore'));
        break;
      case 'words':
        config.words = seqOrScalar(file, value, 'words').map((n) => expectString(file, n, 'words'));
        break;
      default:
        file.fail(keyNode, `unknown key "${key}" (expected ${KEYS})`);
    }
  }
  return config;
}

function readRuleSetting(file: StructuredFile, idNode: Node, node: Node | null, id: string): RuleSetting {
  const bad = (at: Node | null | undefined) =>
    file.fail(at, `rule "${id}" must be "off", "info", "warn", "error" or ["<severity>", {options}]`);
  let severityNode: Node | null | undefined = node;
  let options: Record<string, unknown> = {};
  const optionPlaces: Record<string, { key: string; value: string }> = {};
  if (yamlModule().isSeq(node)) {
    severityNode = node.items[0] as Node | undefined;
    const optionNode = node.items[1] as Node | undefined;
    if (node.items.length > 2) bad(node);
    if (optionNode) {
      const value = toValue(file, optionNode);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) bad(optionNode);
      options = value as Record<string, unknown>;
      for (const [key, keyNode, valueNode] of entries(file, optionNode as MapNode)) {
        optionPlaces[key] = { key: file.locate(keyNode), value: file.locate(valueNode ?? keyNode) };
      }
    }
  }
  const severity = yamlModule().isScalar(severityNode) ? parseSeverity(String(severityNode.value)) : undefined;
  if (!severity) bad(severityNode ?? node);
  return { severity: severity!, options, where: file.locate(idNode), optionPlaces };
}


export function resolveGlossaryPaths(cliGlossaries: readonly string[], cwd: string, config: LintConfig): string[] {
  const fromCli = cliGlossaries.map((p) => (isAbsolute(p) ? p : resolve(cwd, p)));
  return [...config.glossary, ...fromCli];
}

/** Where a run's config comes from: given directly (the LSP, tests), one file for every article (--config), or discovered per folder. */
export interface ConfigSource {
  /** Folder relative paths are resolved from. */
  cwd: string;
  configPath?: string;
  config?: LintConfig;
}

/** The config that applies to a file (loadConfigFile reads a file again only when it changed). */
export function configFor(path: string, options: ConfigSource): LintConfig {
  if (options.config) return options.config;
  if (options.configPath) return loadConfigFile(resolve(options.cwd, options.configPath));
  return discoverConfig(dirname(resolve(options.cwd, path)));
}

/**
 * configFor for one run, which does not see config files change: each
 * folder's config is looked up once (discovery costs ~20 file checks, one
 * per config name per folder up to the root). One resolver per run's
 * options object, shared by everything that asks during the run (the
 * preparer, the cache's keys).
 */
export const runConfigs = memoizeByObject((options: ConfigSource): ((path: string) => LintConfig) => {
  const byFolder = new Map<string, LintConfig>();
  return (path) => {
    const folder = dirname(resolve(options.cwd, path));
    let config = byFolder.get(folder);
    if (!config) byFolder.set(folder, (config = configFor(path, options)));
    return config;
  };
});
