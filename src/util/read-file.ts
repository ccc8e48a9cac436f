// Reading a file the run did not create (an article, config, glossary,
// ignore file, the cache): only a regular file is read, after symbolic links
// are resolved, and never more than its size at opening (or a bound). A
// device (/dev/zero never ends), a FIFO (blocks until a writer comes), a
// socket or a directory is refused at once.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

export class FileRefusedError extends Error {
  override name = 'FileRefusedError';
  constructor(
    message: string,
    readonly reason: 'not-regular' | 'too-large',
    /** The file's size, for `too-large`. */
    readonly size = 0,
  ) {
    super(message);
  }
}

/** What a file is, in words, when it is not a regular file. */
export function fileKind(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'a directory';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Throws FileRefusedError unless `path` is a regular file (links followed): for files that are streamed rather than read here. */
export function requireRegularFile(path: string): void {
  refuseKind(statSync(path));
}

function refuseKind(stats: Stats): void {
  const kind = fileKind(stats);
  if (kind) throw new FileRefusedError(`not a regular file (${kind}), refused`, 'not-regular');
}

/** Non-blocking open, so that opening a FIFO never waits for a writer (no effect on a regular file). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of the regular file at `path` (links followed). Throws
 * FileRefusedError for anything else or for a file larger than `maxBytes`
 * (checked on the opened file's real size), and the system's error (ENOENT,
 * EACCES...) when it cannot be opened.
 */
export function readRegularFile(path: string, maxBytes = Number.POSITIVE_INFINITY): Buffer {
  // Checked before opening too: opening a socket fails with an unhelpful ENXIO.
  refuseKind(statSync(path));
  const fd = openSync(path, OPEN_FLAGS);
  try {
    // The opened file is what is read: a file swapped for a device after the check above is still refused.
    const stats = fstatSync(fd);
    refuseKind(stats);
    if (stats.size > maxBytes) throw new FileRefusedError(`larger than ${maxBytes} bytes`, 'too-large', stats.size);
    const chunks = [Buffer.allocUnsafe(stats.size)];
    let total = fill(fd, chunks[0]!);
    // Past the size seen at opening (procfs files report 0; a file may grow), reading goes on in small chunks, within the bound.
    if (total === stats.size) {
      for (;;) {
        const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
        const read = fill(fd, chunk);
        if (read === 0) break;
        total += read;
        if (total > maxBytes) throw new FileRefusedError(`larger than ${maxBytes} bytes`, 'too-large', total);
        chunks.push(chunk.subarray(0, read));
        if (read < CHUNK_BYTES) break;
      }
    } else {
      chunks[0] = chunks[0]!.subarray(0, total);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

const CHUNK_BYTES = 64 * 1024;

/** Read into `buffer` until it is full or the file ends; the bytes read. */
function fill(fd: number, buffer: Buffer): number {
  let filled = 0;
  while (filled < buffer.length) {
    const read = readSync(fd, buffer, filled, buffer.length - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled;
}

/** readRegularFile as UTF-8 text. */
export function readRegularText(path: string, maxBytes?: number): string {
  return readRegularFile(path, maxBytes).toString('utf8');
}

/** The size of the file at `path` in bytes, 0 when there is none: what a cache of what was read from it weighs. */
export function fileBytes(path: string): number {
  return statSync(path, { throwIfNoEntry: false })?.size ?? 0;
}
