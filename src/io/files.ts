// Inputs: which files a run lints (paths, directories walked with ignore
// files, globs) and how their bytes become text (BOM, UTF-16, binary and
// invalid UTF-8 detection). Fixed text is written back by fix/write-file.ts.
import { existsSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';
import type { LintConfig } from '../config/config.js';
import { FileRefusedError, fileKind, readRegularText } from '../util/read-file.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];
const IGNORE_FILES = ['.gitignore', '.article-lintignore'];
/** An ignore file larger than this is not read (a real one is a few kB). */
const MAX_IGNORE_FILE_BYTES = 16 * 1024 * 1024;
/** Never walked into. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface InputProblem {
  path: string;
  message: string;
  /** Named by the user (not found while walking): makes the run exit 2. */
  explicit: boolean;
}

export interface ResolvedInputs {
  files: { path: string; explicit: boolean }[];
  problems: InputProblem[];
  /** Files and folders named on the command line that an ignore file or the config's `ignore` excludes (not linted; a notice, not an error). */
  ignored: IgnoredInput[];
}

export interface IgnoredInput {
  path: string;
  folder: boolean;
}

export interface InputOptions {
  /** The config that applies to a file (by absolute path): its `ignore` globs exclude files, relative to its folder. */
  configOf?: (absolutePath: string) => LintConfig;
  /** --no-ignore: no ignore file or config `ignore` glob applies. */
  noIgnore?: boolean;
}

/**
 * Expand the command line's paths, directories and globs into article files.
 * Ignores apply to every file alike, walked, matched or named: the ignore
 * files (.gitignore, .article-lintignore) of its folder and of the folders
 * above it up to cwd, and the `ignore` globs of the config that applies to it.
 */
export async function resolveInputs(args: readonly string[], cwd: string, options: InputOptions = {}): Promise<ResolvedInputs> {
  const files: { path: string; explicit: boolean }[] = [];
  const problems: InputProblem[] = [];
  const ignored: IgnoredInput[] = [];
  const ignores = new Ignores(cwd, problems, options.noIgnore ? undefined : options.configOf, !options.noIgnore);
  const seen = new Set<string>();
  /** `walked`: the walk already applied the ignore files. */
  const add = async (path: string, explicit: boolean, walked = false) => {
    const key = resolve(cwd, path);
    if (seen.has(key)) return;
    seen.add(key);
    if (await ignores.excludes(key, !walked)) {
      if (explicit) ignored.push({ path, folder: false });
      return;
    }
    files.push({ path, explicit });
  };
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    let stats: Stats | undefined;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    // The glob library loads only when a pattern needs it (a cold start on one file does not).
    if (stats?.isDirectory() && (await ignores.excludes(absolute, true, true))) {
      // As a named file: a named folder that an ignore pattern excludes is a notice.
      ignored.push({ path: arg, folder: true });
    } else if (stats?.isDirectory()) {
      const found = await walkDirectory(absolute, cwd, ignores, problems);
      if (found.length === 0) problems.push({ path: arg, message: `no article files (${ARTICLE_EXTENSIONS.join(' ')}) found`, explicit: true });
      for (const file of found) await add(displayPath(cwd, file, arg), false, true);
    } else if (stats) {
      await add(arg, true);
    } else {
      const { glob, isDynamicPattern } = await import('tinyglobby');
      if (!isDynamicPattern(arg)) {
        problems.push({ path: arg, message: 'no such file or directory', explicit: true });
        continue;
      }
      const matches = await glob(arg, { cwd, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      const articles = matches.filter(hasArticleExtension).sort();
      if (articles.length === 0) problems.push({ path: arg, message: 'no article files match this pattern', explicit: true });
      for (const match of articles) await add(match, false);
    }
  }
  return { files, problems, ignored };
}

interface IgnoreRules {
  base: string;
  matcher: Ignore;
}

/** The run's ignore rules: each folder's ignore files and each config's globs, read once. */
class Ignores {
  private readonly folders = new Map<string, IgnoreRules | null>();
  private readonly configs = new Map<LintConfig, IgnoreRules | null>();
  private ignoreModule: (() => Ignore) | undefined;

  constructor(
    private readonly cwd: string,
    private readonly problems: InputProblem[],
    private readonly configOf?: (absolutePath: string) => LintConfig,
    /** False with --no-ignore: no folder has ignore rules. */
    private readonly enabled = true,
  ) {}

  /** The `ignore` matcher factory; the package loads only when an ignore file or glob exists. */
  private async matcher(): Promise<Ignore> {
    this.ignoreModule ??= (await import('ignore')).default;
    return this.ignoreModule();
  }

  /** The rules of one folder's own ignore files, or null when it has none. */
  async ofFolder(dir: string): Promise<IgnoreRules | null> {
    if (!this.enabled) return null;
    let rules = this.folders.get(dir);
    if (rules !== undefined) return rules;
    rules = null;
    for (const name of IGNORE_FILES) {
      const path = join(dir, name);
      if (!existsSync(path)) continue;
      try {
        const text = readRegularText(path, MAX_IGNORE_FILE_BYTES);
        rules ??= { base: dir, matcher: await this.matcher() };
        rules.matcher.add(text);
      } catch (error) {
        this.problems.push({ path: relative(this.cwd, path) || path, message: `cannot read ignore file (${reasonOf(error)})`, explicit: false });
      }
    }
    this.folders.set(dir, rules);
    return rules;
  }

  /** The ignore-file rules of the folders from cwd (or `dir` itself, when outside cwd) down to `dir`, `dir` included or not. */
  async ofFoldersDownTo(dir: string, includeDir: boolean): Promise<IgnoreRules[]> {
    const chain: string[] = [];
    const top = dir === this.cwd || dir.startsWith(this.cwd + sep) ? this.cwd : dir;
    for (let current = dir; ; current = dirname(current)) {
      if (current !== dir || includeDir) chain.unshift(current);
      if (current === top || dirname(current) === current) break;
    }
    const rules: IgnoreRules[] = [];
    for (const folder of chain) {
      const own = await this.ofFolder(folder);
      if (own) rules.push(own);
    }
    return rules;
  }

  /** The config's `ignore` globs, relative to its folder (to cwd for a config without a file). */
  async ofConfig(absolutePath: string): Promise<IgnoreRules | null> {
    if (!this.configOf) return null;
    const config = this.configOf(absolutePath);
    let rules = this.configs.get(config);
    if (rules === undefined) {
      rules = config.ignore.length > 0 ? { base: config.file ? dirname(config.file) : this.cwd, matcher: (await this.matcher()).add(config.ignore) } : null;
      this.configs.set(config, rules);
    }
    return rules;
  }

  /** Whether a file (or folder) is excluded by its config, or (with `folders`) by an ignore file above it. */
  async excludes(absolutePath: string, folders: boolean, isDir = false): Promise<boolean> {
    const rules = folders ? await this.ofFoldersDownTo(dirname(absolutePath), true) : [];
    const config = await this.ofConfig(absolutePath);
    if (config) rules.push(config);
    return isIgnored(absolutePath, isDir, rules);
  }
}

export function hasArticleExtension(path: string): boolean {
  const lower = path.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Keep paths as the user wrote them: `seeds` -> `seeds/a.txt`. */
function displayPath(cwd: string, absolute: string, arg: string): string {
  if (arg.startsWith('/')) return absolute;
  // A file below cwd (the usual case) is the rest of its absolute path: path.relative resolves both paths again, per file.
  const rel = absolute.startsWith(cwd + sep) ? absolute.slice(cwd.length + 1) : relative(cwd, absolute);
  return rel.startsWith('..') ? absolute : rel;
}

/** The article files below `root`, pruned by the ignore files met on the way (and those above it up to cwd). */
async function walkDirectory(root: string, cwd: string, ignores: Ignores, problems: InputProblem[]): Promise<string[]> {
  const found: string[] = [];
  const visited = new Set<string>();
  const walk = async (dir: string, rules: IgnoreRules[]) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (visited.has(real)) return; // a symlink loop
    visited.add(real);
    const local = await ignores.ofFolder(dir);
    const here = local ? [...rules, local] : rules;
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: relative(cwd, dir) || dir, message: `cannot read directory (${(error as NodeJS.ErrnoException).code})`, explicit: false });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let stats: Stats | undefined;
      if (entry.isSymbolicLink()) {
        try {
          stats = statSync(path);
          isDir = stats.isDirectory();
          isFile = stats.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (isDir && SKIPPED_DIRS.has(entry.name)) continue;
      if (isIgnored(path, isDir, here)) continue;
      if (isDir) await walk(path, here);
      else if (isFile && hasArticleExtension(entry.name)) found.push(path);
      else if (hasArticleExtension(entry.name)) {
        // A device, FIFO or socket named like an article (or a link to one) is never opened: reading it could hang or never end.
        let kind = 'not a regular file';
        try {
          kind = fileKind(stats ?? statSync(path)) ?? kind;
        } catch {
          // Gone since the folder was read: described generically.
        }
        problems.push({ path: relative(cwd, path) || path, message: `not a regular file (${kind}), skipped`, explicit: false });
      }
    }
  };
  await walk(root, await ignores.ofFoldersDownTo(root, false));
  return found;
}

/** Why a file could not be read, in a few words. */
function reasonOf(error: unknown): string {
  if (error instanceof FileRefusedError) return error.reason === 'too-large' ? 'too large' : error.message;
  return (error as NodeJS.ErrnoException).code ?? String((error as Error)?.message ?? error);
}

function isIgnored(path: string, isDir: boolean, rules: readonly IgnoreRules[]): boolean {
  for (const { base, matcher } of rules) {
    const rel = relative(base, path).split(sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (matcher.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

// --- decoding --------------------------------------------------------------

export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be';

export interface DecodedText {
  text: string;
  encoding: Encoding;
}

export class DecodeError extends Error {
  override name = 'DecodeError';
}

/**
 * Decode an article's bytes; throws DecodeError for binary content or bytes
 * that are not valid in their encoding. Decoding is lossless: the text
 * encodes back to the very same bytes (a second BOM stays in the text), so
 * `--fix` never changes a byte that no finding covers.
 */
export function decodeArticle(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf16be');
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul !== -1) throw new DecodeError(`binary file (NUL byte at offset ${nul}), skipped`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: hasBom ? 'utf8-bom' : 'utf8' };
  } catch {
    const at = firstInvalidUtf8(body);
    const where = lineColumn(new TextDecoder('utf-8', { ignoreBOM: true }).decode(body.subarray(0, at)));
    throw new DecodeError(`${where}: not valid UTF-8 (byte 0x${body[at]?.toString(16).padStart(2, '0')} at offset ${at}), skipped`);
  }
}

function decodeUtf16(body: Uint8Array, encoding: 'utf16le' | 'utf16be'): DecodedText {
  const label = encoding === 'utf16le' ? 'utf-16le' : 'utf-16be';
  try {
    return { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(body), encoding };
  } catch {
    const at = firstInvalidUtf16(body, encoding);
    const what = at + 1 < body.length ? `unpaired surrogate at offset ${2 + at}` : `odd number of bytes (${body.length + 2})`;
    const before = new TextDecoder(label, { ignoreBOM: true }).decode(body.subarray(0, at));
    throw new DecodeError(`${lineColumn(before)}: not valid ${label.toUpperCase()} (${what}), skipped`);
  }
}

/** `line:column` just after `before` (1-based, UTF-16 columns, \r\n, \r and \n as breaks). */
function lineColumn(before: string): string {
  const breaks = before.match(/\r\n|\r|\n/g) ?? [];
  const lastLine = before.split(/\r\n|\r|\n/).at(-1)!;
  return `${breaks.length + 1}:${lastLine.length + 1}`;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (Unicode table 3-7). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (length > 1 && (bytes[i + 1]! < low || bytes[i + 1]! > high)) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}

/** Byte offset of the first UTF-16 code unit that is half a surrogate pair alone, or of a last odd byte. */
function firstInvalidUtf16(body: Uint8Array, encoding: 'utf16le' | 'utf16be'): number {
  const unit = (i: number) => (encoding === 'utf16le' ? body[i]! | (body[i + 1]! << 8) : (body[i]! << 8) | body[i + 1]!);
  const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
  let at = 0;
  for (; at + 1 < body.length; at += 2) {
    const c = unit(at);
    if (isLow(c)) break;
    if (c >= 0xd800 && c <= 0xdbff) {
      if (at + 3 >= body.length || !isLow(unit(at + 2))) break;
      at += 2;
    }
  }
  return at;
}

export function encodeArticle(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  }
}
