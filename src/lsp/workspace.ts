// Config and glossary for the editor, read as the CLI reads them (nearest
// config upward from the document, its glossary files), but re-read whenever
// a file's mtime or size changes: a long-lived server must see edits that a
// one-shot CLI run never needs to. (src/config.ts and src/glossary.ts cache
// per process, which suits the CLI.)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CONFIG_NAMES, EMPTY_CONFIG, loadConfigFile, type LintConfig } from '../config.js';
import { buildGlossary, mergeGlossaryData, readGlossaryData, type Glossary } from '../glossary.js';
import { readStructuredFile } from '../structured.js';

function stamp(path: string): string {
  const stat = statSync(path);
  return `${stat.mtimeMs}:${stat.size}`;
}

export class WorkspaceSettings {
  /** Config file -> its stamp and parsed config (undefined: a package.json without the field). */
  private readonly configs = new Map<string, { stamp: string; config: LintConfig | undefined }>();
  private readonly glossaries = new Map<string, { stamp: string; glossary: Glossary }>();

  /** The config for files in `dir`: the nearest one upward, read again if it changed. */
  configFor(dir: string): LintConfig {
    for (let current = dir; ; current = dirname(current)) {
      for (const name of CONFIG_NAMES) {
        const candidate = join(current, name);
        if (!existsSync(candidate)) continue;
        const config = this.read(candidate);
        if (config) return config;
      }
      if (dirname(current) === current) return EMPTY_CONFIG;
    }
  }

  /** The merged glossary a config names, read again if any of its files changed. */
  glossaryFor(config: LintConfig): Glossary {
    if (config.glossary.length === 0) return buildGlossary();
    const key = config.glossary.join('\0');
    const current = config.glossary.map(stamp).join('|');
    const cached = this.glossaries.get(key);
    if (cached?.stamp === current) return cached.glossary;
    const glossary = buildGlossary(mergeGlossaryData(config.glossary.map((p) => readGlossaryData(readStructuredFile(p)))));
    this.glossaries.set(key, { stamp: current, glossary });
    return glossary;
  }

  /** Whether a changed file may affect linting (a config file or a glossary in use). */
  affects(path: string): boolean {
    return (CONFIG_NAMES as readonly string[]).includes(basename(path)) || [...this.glossaries.keys()].some((key) => key.split('\0').includes(path));
  }

  private read(path: string): LintConfig | undefined {
    const current = stamp(path);
    const cached = this.configs.get(path);
    if (cached?.stamp === current) return cached.config;
    const config = basename(path) === 'package.json' && !hasArticleLintField(path) ? undefined : loadConfigFile(path);
    this.configs.set(path, { stamp: current, config });
    return config;
  }
}

function hasArticleLintField(path: string): boolean {
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof data === 'object' && data !== null && 'article-lint' in data;
  } catch {
    return false;
  }
}
