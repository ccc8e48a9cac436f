// Writing fixed text back to its file without losing anything: the new bytes
// go to a temporary file created exclusively under a random name next to the
// target, which then replaces the target by a rename, so a crash never leaves
// half a file and a link planted at a guessable name cannot redirect the
// write. The file keeps its mode and owner; a file that is read-only to the
// user, has other hard links, or changed since it was read is left as it is.
import { createHash, randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readRegularFile } from '../util/read-file.js';

/** What the file was when it was read: a write goes ahead only while it still is. */
export interface ReadSnapshot {
  size: number;
  mtimeMs: number;
  hash: string;
}

/** The snapshot of a file's `bytes`, with `stats` taken before they were read. */
export function readSnapshot(bytes: Uint8Array, stats: Pick<Stats, 'mtimeMs'>): ReadSnapshot {
  return { size: bytes.length, mtimeMs: stats.mtimeMs, hash: contentHash(bytes) };
}

function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A fix that was not written, with one line saying why. */
export class FixWriteError extends Error {
  override name = 'FixWriteError';
}

/** `written`, or `changed`: the file changed since it was read (a save during the run), so it was left alone. */
export type WriteOutcome = 'written' | 'changed';

/**
 * Replace the file at `path` (through symbolic links, to their target) by
 * `data`. Throws FixWriteError, with no temporary file left behind, when the
 * file cannot or must not be rewritten.
 */
export function writeFixedFile(path: string, data: Uint8Array, read: ReadSnapshot): WriteOutcome {
  const target = realpathSync(path);
  const before = statSync(target);
  if (!before.isFile()) throw new FixWriteError('not a regular file; fixes not written');
  // A rename needs only the folder's write permission: the file's own is checked first, as the system grants it to
  // this user (root may write any file, as it may with any editor).
  if (!writable(target)) throw new FixWriteError('read-only file; fixes not written');
  // A rename would leave the other names with the old text: a hard-linked file is not rewritten.
  if (before.nlink > 1) throw new FixWriteError(`has ${before.nlink} hard links; fixes not written (a rename would split them)`);
  if (changedSince(target, before, read)) return 'changed';
  const { fd, temp } = createTemporary(target);
  try {
    try {
      writeAll(fd, data);
      keepOwnerAndMode(fd, before);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // A save made while the run was linting wins over the fixes.
    if (changedSince(target, statSync(target), read)) {
      rmSync(temp, { force: true });
      return 'changed';
    }
    renameSync(temp, target);
    return 'written';
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function changedSince(target: string, now: Stats, read: ReadSnapshot): boolean {
  if (now.size !== read.size || now.mtimeMs !== read.mtimeMs) return true;
  return contentHash(readRegularFile(target)) !== read.hash;
}

/** A new file beside `target` under a random name, opened with O_EXCL: an existing name (or a planted link) is never opened. */
function createTemporary(target: string): { fd: number; temp: string } {
  for (let attempt = 0; ; attempt++) {
    const temp = join(dirname(target), `.${basename(target)}.${randomBytes(8).toString('hex')}.article-lint.tmp`);
    try {
      return { fd: openSync(temp, 'wx', 0o600), temp };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw error;
    }
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  for (let written = 0; written < data.length; ) written += writeSync(fd, data, written, data.length - written);
}

/** The new file gets the old one's owner and mode; one we cannot give its owner back is not rewritten. */
function keepOwnerAndMode(fd: number, before: Stats): void {
  const created = fstatSync(fd);
  if (created.uid !== before.uid || created.gid !== before.gid) {
    try {
      fchownSync(fd, before.uid, before.gid);
    } catch {
      throw new FixWriteError(`owned by another user (uid ${before.uid}) whom the new file could not be given to; fixes not written`);
    }
  }
  fchmodSync(fd, before.mode & 0o7777);
}
