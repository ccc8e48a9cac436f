// Inputs: which files a run lints (paths, directories walked with ignore
// files, globs) and how their bytes become text (BOM, UTF-16, binary and
// invalid UTF-8 detection), and how fixed text is written back.
import { closeSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, writeSync, existsSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];
const IGNORE_FILES = ['.gitignore', '.article-lintignore'];
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
}

/** Expand the command line's paths, directories and globs into article files. */
export async function resolveInputs(args: readonly string[], cwd: string, extraIgnores: readonly string[] = []): Promise<ResolvedInputs> {
  const files: { path: string; explicit: boolean }[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (path: string, explicit: boolean) => {
    const key = resolve(cwd, path);
    if (seen.has(key)) return;
    seen.add(key);
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
    if (stats?.isDirectory()) {
      const found = walkDirectory(absolute, cwd, extraIgnores, problems);
      if (found.length === 0) problems.push({ path: arg, message: `no article files (${ARTICLE_EXTENSIONS.join(' ')}) found`, explicit: true });
      for (const file of found) add(displayPath(cwd, file, arg), false);
    } else if (stats) {
      add(arg, true);
    } else if (isDynamicPattern(arg)) {
      const matches = await glob(arg, { cwd, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      const articles = matches.filter(hasArticleExtension).sort();
      if (articles.length === 0) problems.push({ path: arg, message: 'no article files match this pattern', explicit: true });
      for (const match of articles) add(match, false);
    } else {
      problems.push({ path: arg, message: 'no such file or directory', explicit: true });
    }
  }
  return { files, problems };
}

export function hasArticleExtension(path: string): boolean {
  const lower = path.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Keep paths as the user wrote them: `seeds` -> `seeds/a.txt`. */
function displayPath(cwd: string, absolute: string, arg: string): string {
  const rel = relative(cwd, absolute);
  return rel.startsWith('..') || arg.startsWith('/') ? absolute : rel;
}

function walkDirectory(root: string, cwd: string, extraIgnores: readonly string[], problems: InputProblem[]): string[] {
  const found: string[] = [];
  const visited = new Set<string>();
  const walk = (dir: string, rules: { base: string; matcher: Ignore }[]) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (visited.has(real)) return; // a symlink loop
    visited.add(real);
    const here = [...rules];
    const local = ignore();
    let hasLocal = false;
    for (const name of IGNORE_FILES) {
      const path = join(dir, name);
      if (existsSync(path)) {
        try {
          local.add(readFileSync(path, 'utf8'));
          hasLocal = true;
        } catch {
          problems.push({ path, message: 'cannot read ignore file', explicit: false });
        }
      }
    }
    if (hasLocal) here.push({ base: dir, matcher: local });
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
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (isDir && SKIPPED_DIRS.has(entry.name)) continue;
      if (isIgnored(path, isDir, here)) continue;
      if (isDir) walk(path, here);
      else if (isFile && hasArticleExtension(entry.name)) found.push(path);
    }
  };
  const base = ignore().add(extraIgnores as string[]);
  walk(root, extraIgnores.length ? [{ base: cwd, matcher: base }] : []);
  return found;
}

function isIgnored(path: string, isDir: boolean, rules: { base: string; matcher: Ignore }[]): boolean {
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

/** Decode an article's bytes; throws DecodeError for binary or invalid UTF-8. */
export function decodeArticle(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf16be' };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul !== -1) throw new DecodeError(`binary file (NUL byte at offset ${nul}), skipped`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: hasBom ? 'utf8-bom' : 'utf8' };
  } catch {
    const at = firstInvalidUtf8(body);
    const before = new TextDecoder('utf-8').decode(body.subarray(0, at));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    throw new DecodeError(`${line}:${column}: not valid UTF-8 (byte 0x${body[at]?.toString(16).padStart(2, '0')} at offset ${at}), skipped`);
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}

export function encodeArticle(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be': {
      const le = Buffer.from(text, 'utf16le');
      for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
      return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
    }
  }
}

/** Write through a temporary file and a rename, so a crash never leaves half a file. */
export function writeFileAtomic(path: string, data: Buffer): void {
  const temp = join(dirname(path), `.${basename(path)}.article-lint-${process.pid}.tmp`);
  const fd = openSync(temp, 'w', statSync(path).mode);
  try {
    writeSync(fd, data);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}
