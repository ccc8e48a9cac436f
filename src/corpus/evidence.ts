// The corpus rules' first pass as a file: what `collect` gathered from each
// record of a shard, so that shards collected apart (on other machines) can
// be merged and every shard linted against the whole corpus. Merging is a
// sort by the records' stable key, so it is associative and commutative:
// any number of shards, merged in any order or grouping, give the same file,
// and linting against it gives the findings of one run over the whole corpus.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { LineWriter } from './fix-output.js';
import type { Collected } from '../engine/engine.js';
import { UsageError } from '../util/errors.js';
import { VERSION } from '../util/version.js';

export const EVIDENCE_FORMAT = 'article-lint-evidence';
/** Raised when the file's layout changes (2: the name evidence collected once, as `analysis:names`; 3: MinHash signatures and name counts packed in strings; 4: a signature and its title in one string, flat fact-conflict figures, null for a record without any; 5: name counts with the words that end the article's name compounds, fact-conflict's dates as figures); a file of another version is refused. */
export const EVIDENCE_VERSION = 5;

/** One record's collected data. */
export interface EvidenceEntry {
  /** The record's stable key (its id): the order of the corpus. */
  key: string;
  /** The name its findings are reported under (`FILE#ID`). */
  path: string;
  collected: Collected;
}

interface EvidenceHeader {
  format: typeof EVIDENCE_FORMAT;
  version: number;
  /** The article-lint that wrote it: collected data is only read by the same rules. */
  articleLint: string;
}

/** The corpus order: by key, then by path (two shards may hold one id). */
export function byRecordKey(a: EvidenceEntry, b: EvidenceEntry): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Gzipped JSON lines: a header, then one entry per record in corpus order (the caller's order: sorted), written as a stream. */
export async function writeEvidence(file: string, entries: AsyncIterable<EvidenceEntry> | readonly EvidenceEntry[]): Promise<void> {
  const out = new LineWriter(file, true);
  const header: EvidenceHeader = { format: EVIDENCE_FORMAT, version: EVIDENCE_VERSION, articleLint: VERSION };
  await out.write(JSON.stringify(header));
  for await (const entry of entries) await out.write(JSON.stringify(entry));
  await out.close();
}

/** The entries of an evidence file, in its (corpus) order, read as a stream. */
export async function* readEvidence(file: string): AsyncIterable<EvidenceEntry> {
  const bytes = createReadStream(file);
  const gunzip = createGunzip();
  bytes.on('error', (error) => gunzip.destroy(error));
  const lines = createInterface({ input: bytes.pipe(gunzip), crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) {
      number++;
      if (number === 1) {
        checkHeader(file, line);
        continue;
      }
      if (line === '') continue;
      yield parseEntry(file, number, line);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: not an evidence file (${code === 'ENOENT' ? 'no such file' : code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' ? 'not gzip' : (code ?? (error as Error).message)})`);
  }
  if (number === 0) throw new UsageError(`${file}: not an evidence file (empty)`);
}

function checkHeader(file: string, line: string): void {
  let header: Partial<EvidenceHeader>;
  try {
    header = JSON.parse(line) as Partial<EvidenceHeader>;
  } catch {
    header = {};
  }
  if (header.format !== EVIDENCE_FORMAT) throw new UsageError(`${file}:1: not an evidence file (no "${EVIDENCE_FORMAT}" header)`);
  if (header.version !== EVIDENCE_VERSION || header.articleLint !== VERSION) {
    throw new UsageError(`${file}:1: evidence version ${header.version} from article-lint ${header.articleLint}; this is article-lint ${VERSION} (evidence version ${EVIDENCE_VERSION}): collect it again`);
  }
}

function parseEntry(file: string, number: number, line: string): EvidenceEntry {
  try {
    const entry = JSON.parse(line) as EvidenceEntry;
    if (typeof entry.key === 'string' && typeof entry.path === 'string' && Array.isArray(entry.collected)) return entry;
  } catch {
    // reported below
  }
  throw new UsageError(`${file}:${number}: not an evidence entry`);
}

/**
 * The entries of several evidence files in corpus order. Each file is in
 * corpus order, so they are read side by side as streams (a k-way merge),
 * holding one entry per file.
 */
export async function* mergedEntries(files: readonly string[]): AsyncIterable<EvidenceEntry> {
  const streams = files.map((file) => readEvidence(file)[Symbol.asyncIterator]());
  const heads = await Promise.all(streams.map((stream) => stream.next()));
  for (;;) {
    let least = -1;
    heads.forEach((head, i) => {
      if (!head.done && (least < 0 || byRecordKey(head.value, (heads[least] as IteratorYieldResult<EvidenceEntry>).value) < 0)) least = i;
    });
    if (least < 0) return;
    yield (heads[least] as IteratorYieldResult<EvidenceEntry>).value;
    heads[least] = await streams[least]!.next();
  }
}

/**
 * Every entry of one or more evidence files, merged in corpus order: linting
 * against several shards' evidence is linting against their merge, without
 * the merge as a step of its own.
 */
export async function loadEvidence(files: readonly string[]): Promise<EvidenceEntry[]> {
  const entries: EvidenceEntry[] = [];
  for await (const entry of mergedEntries(files)) entries.push(entry);
  return entries;
}

/** Merge evidence files into one; the number of records. */
export async function mergeEvidence(files: readonly string[], out: string): Promise<number> {
  let records = 0;
  async function* counted(): AsyncIterable<EvidenceEntry> {
    for await (const entry of mergedEntries(files)) {
      records++;
      yield entry;
    }
  }
  await writeEvidence(out, counted());
  return records;
}
