// --cache: results of unchanged files are reused across runs. A file's key
// hashes everything its findings depend on: its path and text, the resolved
// config, the glossary files' contents, the run's options, today's date (the
// fallback article date), and the linter's version and code. Corpus rules
// make a file's findings depend on the other files too: an entry also keeps
// the file's corpus-pass data (so a hit needs no parse to rebuild the corpus)
// and the hash of the corpus it was linted against; it is reused only when
// that corpus is unchanged.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveGlossaryPaths, type LintConfig } from '../config/config.js';
import { today } from '../util/dates.js';
import { UsageError } from '../util/errors.js';
import { runConfigs, type ArticleInput, type Collected, type Corpus, type LintOptions } from '../engine/engine.js';
import type { Hash } from 'node:crypto';
import type { FileResult, LintMessage } from '../types.js';
import { lazyModule } from '../util/lazy-module.js';
import { VERSION } from '../util/version.js';

export const DEFAULT_CACHE_LOCATION = '.article-lint-cache';
/** Bumped when the file's layout changes. */
const FORMAT = 1;

export interface CacheEntry {
  key: string;
  corpusHash: string;
  collected: Collected;
  messages: LintMessage[];
  date?: string;
}

interface CacheFile {
  format: number;
  entries: Record<string, CacheEntry>;
}

let build: string | undefined;

/**
 * This build of article-lint: the version and a hash of its code, so that
 * any change to the engine or a rule invalidates the cache, and a rebuild of
 * the same code does not. The bundled commands hash their own folder
 * (dist/bin); the library and the sources hash src/ and rules/ two levels up.
 */
function buildFingerprint(): string {
  if (build === undefined) {
    const digest = sha256().update(VERSION);
    const here = fileURLToPath(new URL('.', import.meta.url));
    const dirs = basename(here) === 'bin' ? [here] : ['src', 'rules'].map((dir) => join(here, '../..', dir));
    for (const dir of dirs) {
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|ts)$/.test(f) && !f.endsWith('.d.ts'));
      for (const file of files.sort()) digest.update(file).update(readFileSync(join(dir, file)));
    }
    build = digest.digest('base64url');
  }
  return build;
}

/** node:crypto is loaded on first use: loading it would cost every run without --cache ~5 ms. */
const cryptoModule = lazyModule<typeof import('node:crypto')>('node:crypto');

function sha256(): Hash {
  return cryptoModule().createHash('sha256');
}

function hash(text: string): string {
  return sha256().update(text).digest('base64url');
}

export function hashCorpus(corpus: Corpus): string {
  return hash(JSON.stringify([...corpus].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

export class LintCache {
  private readonly entries: Map<string, CacheEntry>;
  /** Hash of what a config brings (settings and glossary contents), per config, per run. */
  private readonly settingsHashes = new WeakMap<LintConfig, string>();
  private readonly runDay = today();
  /** Each looked-up file's key, by entry key: store reuses it (hashing the text is most of a key's cost), save knows these files exist. */
  private readonly looked = new Map<string, string>();
  /** Whether an entry was stored since the file was read: an unchanged cache is not written again. */
  private changed = false;

  private constructor(
    readonly file: string,
    entries: Record<string, CacheEntry>,
  ) {
    this.entries = new Map(Object.entries(entries));
  }

  /** Open the cache file at `location` (a missing, unreadable or outdated file starts empty). */
  static open(location: string): LintCache {
    let entries: Record<string, CacheEntry> = {};
    try {
      const data = JSON.parse(readFileSync(location, 'utf8')) as Partial<CacheFile>;
      if (data.format === FORMAT && data.entries && typeof data.entries === 'object') entries = data.entries;
    } catch {
      // No usable cache: every file is linted.
    }
    return new LintCache(location, entries);
  }

  private keyFor(input: ArticleInput, options: LintOptions): string {
    const config = runConfigs(options)(input.path);
    let settings = this.settingsHashes.get(config);
    if (settings === undefined) {
      settings = hash(JSON.stringify(this.settingsOf(config, options)));
      this.settingsHashes.set(config, settings);
    }
    // Hashed in parts, not as one JSON string: escaping a corpus's text cost more than hashing it. NUL separates them (no path holds one; the rest is base64url).
    return sha256().update(buildFingerprint()).update('\0').update(settings).update('\0').update(input.path).update('\0').update(input.text).digest('base64url');
  }

  private settingsOf(config: LintConfig, options: LintOptions) {
    const glossaries = resolveGlossaryPaths(options.glossaries ?? [], options.cwd, config).map((path) => {
      try {
        return [path, hash(readFileSync(path, 'utf8'))];
      } catch {
        return [path, null]; // Linting reports the unreadable glossary.
      }
    });
    return {
      config: { ...config, rules: [...config.rules].map(([id, s]) => [id, s.severity, s.options]) },
      glossaries,
      date: options.date,
      ruleOverrides: [...(options.ruleOverrides ?? [])],
      rules: options.rules.map((rule) => rule.meta.id),
      day: this.runDay,
      // A file linted alone gets no summary from the rules that only compare files.
      alone: options.files === 1,
    };
  }

  /** The entry for this input, when its key still matches. */
  lookup(input: ArticleInput, options: LintOptions): CacheEntry | undefined {
    const path = this.pathKey(input, options);
    const key = this.keyFor(input, options);
    this.looked.set(path, key);
    const entry = this.entries.get(path);
    return entry?.key === key ? entry : undefined;
  }

  resultOf(input: ArticleInput, entry: CacheEntry, cwd: string): FileResult {
    return { path: input.path, cwd, messages: entry.messages, ...(entry.date ? { date: entry.date } : {}) };
  }

  store(input: ArticleInput, options: LintOptions, collected: Collected, corpusHash: string, result: FileResult): void {
    this.changed = true;
    const path = this.pathKey(input, options);
    this.entries.set(path, {
      key: this.looked.get(path) ?? this.keyFor(input, options),
      corpusHash,
      collected,
      messages: result.messages,
      ...(result.date ? { date: result.date } : {}),
    });
  }

  /** The key of a file's entry: its absolute path. */
  private pathKey(input: ArticleInput, options: Pick<LintOptions, 'cwd'>): string {
    return resolve(options.cwd, input.path);
  }

  /**
   * Write the cache (through a temporary file), unless nothing was stored
   * since it was read; entries of deleted files are dropped then (files
   * looked up in this run were just read: they need no check).
   */
  save(): void {
    if (!this.changed) return;
    const entries: Record<string, CacheEntry> = {};
    for (const [path, entry] of [...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (this.looked.has(path) || existsSync(path)) entries[path] = entry;
    }
    const data: CacheFile = { format: FORMAT, entries };
    const temp = join(dirname(this.file), `.article-lint-cache-${process.pid}.tmp`);
    try {
      writeFileSync(temp, JSON.stringify(data));
      renameSync(temp, this.file);
      this.changed = false;
    } catch (error) {
      throw new UsageError(`${this.file}: cannot write the cache (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
}
