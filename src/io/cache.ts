// --cache: results of unchanged files are reused across runs. A file's key
// hashes everything its findings depend on: its path and text, the resolved
// config, the glossary files' contents, the run's options, today's date (the
// fallback article date), and the linter's version and code. Corpus rules
// make a file's findings depend on the other files too: an entry also keeps
// the file's corpus-pass data (so a hit needs no parse to rebuild the corpus)
// and the hash of the corpus it was linted against; it is reused only when
// that corpus is unchanged.
import { existsSync, lstatSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileKind, readRegularText } from '../util/read-file.js';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_STRUCTURED_BYTES, resolveGlossaryPaths, runConfigs, type LintConfig } from '../config/config.js';
import { pluginsAllowed } from '../config/plugins.js';
import { today } from '../util/dates.js';
import type { ArticleInput, Collected, Corpus, LintOptions } from '../engine/engine.js';
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
  glossaryWarnings?: readonly string[];
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

/** node:crypto is loaded on first use: loading it would cost every run without --cache. */
const cryptoModule = lazyModule<typeof import('node:crypto')>('node:crypto');

function sha256(): Hash {
  return cryptoModule().createHash('sha256');
}

function hash(text: string): string {
  return sha256().update(text).digest('base64url');
}

export function hashCorpus(corpus: Corpus): string {
  return hash(JSON.stringify([...corpus.lists].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
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

  /**
   * Open the cache file at `location` (a folder holds it as
   * `.article-lint-cache`, as ESLint's --cache-location does). A missing,
   * unreadable, outdated or malformed file starts empty; so does anything but
   * a regular file, which is never read.
   */
  static open(location: string): LintCache {
    const file = isDirectory(location) ? join(location, DEFAULT_CACHE_LOCATION) : location;
    let entries: Record<string, CacheEntry> = {};
    try {
      const data = JSON.parse(readRegularText(file, MAX_CACHE_BYTES)) as Partial<CacheFile>;
      if (data.format === FORMAT && data.entries && typeof data.entries === 'object' && !Array.isArray(data.entries)) entries = data.entries;
    } catch {
      // No usable cache: every file is linted.
    }
    return new LintCache(file, entries);
  }

  /** Why the last save failed (one line), or undefined: a cache that cannot be written costs speed, never the report. */
  saveProblem: string | undefined;

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
        return [path, hash(readRegularText(path, MAX_STRUCTURED_BYTES))];
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
      plugins: pluginsAllowed(config, options),
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
    // An entry is checked before it is trusted: a malformed one (edited, truncated, from another tool) is a miss.
    return entry?.key === key && isCacheEntry(entry) ? entry : undefined;
  }

  resultOf(input: ArticleInput, entry: CacheEntry, cwd: string): FileResult {
    return { path: input.path, cwd, messages: entry.messages, ...(entry.date ? { date: entry.date } : {}), ...(entry.glossaryWarnings ? { glossaryWarnings: entry.glossaryWarnings } : {}) };
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
      ...(result.glossaryWarnings ? { glossaryWarnings: result.glossaryWarnings } : {}),
    });
  }

  /** The key of a file's entry: its absolute path. */
  private pathKey(input: ArticleInput, options: Pick<LintOptions, 'cwd'>): string {
    return resolve(options.cwd, input.path);
  }

  /**
   * Write the cache (through a temporary file of a random name, created
   * exclusively, and a rename), unless nothing was stored since it was read;
   * entries of deleted files are dropped then (files looked up in this run
   * were just read: they need no check). Never throws: a failure is kept in
   * `saveProblem` for the caller to report after the lint's own report.
   */
  save(): void {
    if (!this.changed) return;
    const entries: Record<string, CacheEntry> = {};
    for (const [path, entry] of [...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (this.looked.has(path) || existsSync(path)) entries[path] = entry;
    }
    const data: CacheFile = { format: FORMAT, entries };
    const temp = join(dirname(this.file), `.article-lint-cache-${cryptoModule().randomBytes(8).toString('hex')}.tmp`);
    try {
      // Only a regular file (or nothing) is replaced: never a device, a FIFO or a folder someone named as the cache.
      const kind = existingKind(this.file);
      if (kind) throw new Error(`not a regular file (${kind})`);
      writeFileSync(temp, JSON.stringify(data), { flag: 'wx' });
      renameSync(temp, this.file);
      this.changed = false;
      this.saveProblem = undefined;
    } catch (error) {
      removeQuietly(temp);
      this.saveProblem = `${this.file}: cannot write the cache (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); this run's results are not cached`;
    }
  }
}

/** Largest cache file read (a cache of the 500-article Brown corpus is ~5 MB). */
const MAX_CACHE_BYTES = 512 * 1024 * 1024;

/** Remove a temporary file if it was made; a folder that cannot hold it (ENOTDIR, EACCES) has none to remove. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing was created there.
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** What the file at `path` is when it exists and is not a regular file (links not followed: a link is replaced, not its target). */
function existingKind(path: string): string | undefined {
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    return undefined;
  }
  return stats.isSymbolicLink() ? undefined : fileKind(stats);
}

const SEVERITY_NAMES = new Set(['info', 'warn', 'error']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const isPoint = (v: unknown) => isObject(v) && isCount(v.line) && isCount(v.column) && isCount(v.offset);
const isPlace = (v: unknown) => isObject(v) && isPoint(v.start) && isPoint(v.end);
const isOptional = (v: unknown, check: (v: unknown) => boolean) => v === undefined || check(v);
const isStringList = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Whether a value has the shape of a LintMessage, as every consumer reads one. */
function isMessage(m: unknown): m is LintMessage {
  return (
    isObject(m) &&
    typeof m.ruleId === 'string' &&
    typeof m.source === 'string' &&
    typeof m.reason === 'string' &&
    SEVERITY_NAMES.has(m.severity as string) &&
    (m.fatal === true || m.fatal === false || m.fatal === null) &&
    isCount(m.line) &&
    isCount(m.column) &&
    isPlace(m.place) &&
    typeof m.fixable === 'boolean' &&
    isOptional(m.expected, isStringList) &&
    isOptional(m.fixRange, (r) => isObject(r) && isCount(r.start) && isCount(r.end)) &&
    isOptional(m.url, (u) => typeof u === 'string') &&
    isOptional(m.related, (list) => Array.isArray(list) && list.every((r) => isObject(r) && typeof r.path === 'string' && typeof r.message === 'string' && isPlace(r.place))) &&
    isOptional(m.data, isObject)
  );
}

/** Whether a cache file's entry has the shape of a CacheEntry (its key already matched). */
function isCacheEntry(entry: unknown): entry is CacheEntry {
  return (
    isObject(entry) &&
    typeof entry.corpusHash === 'string' &&
    Array.isArray(entry.collected) &&
    entry.collected.every((c) => Array.isArray(c) && c.length === 2 && typeof c[0] === 'string') &&
    Array.isArray(entry.messages) &&
    entry.messages.every(isMessage) &&
    isOptional(entry.date, (d) => typeof d === 'string')
  );
}
