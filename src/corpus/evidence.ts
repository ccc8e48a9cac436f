// The corpus rules' first pass as a file: what `collect` gathered from each
// record of a shard, so that shards collected apart (on other machines) can
// be merged and every shard linted against the whole corpus. Merging is a
// sort by the records' stable key, so it is associative and commutative:
// any number of shards, merged in any order or grouping, give the same file,
// and linting against it gives the findings of one run over the whole corpus.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Collected } from '../engine/engine.js';
import { UsageError } from '../util/errors.js';
import { VERSION } from '../util/version.js';

export const EVIDENCE_FORMAT = 'article-lint-evidence';
/** Raised when the file's layout changes; a file of another version is refused. */
export const EVIDENCE_VERSION = 1;

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
  records: number;
}

/** The corpus order: by key, then by path (two shards may hold one id). */
export function byRecordKey(a: EvidenceEntry, b: EvidenceEntry): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Gzipped JSON lines: a header, then one entry per record in corpus order. */
export function writeEvidence(file: string, entries: EvidenceEntry[]): void {
  const sorted = [...entries].sort(byRecordKey);
  const header: EvidenceHeader = { format: EVIDENCE_FORMAT, version: EVIDENCE_VERSION, articleLint: VERSION, records: sorted.length };
  const lines = [JSON.stringify(header), ...sorted.map((entry) => JSON.stringify(entry))];
  writeFileSync(file, gzipSync(lines.join('\n') + '\n'));
}

export function readEvidence(file: string): EvidenceEntry[] {
  let text: string;
  try {
    text = gunzipSync(readFileSync(file)).toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: not an evidence file (${code === 'ENOENT' ? 'no such file' : 'not gzip'})`);
  }
  const lines = text.split('\n').filter((line) => line !== '');
  let header: Partial<EvidenceHeader>;
  try {
    header = JSON.parse(lines[0] ?? '') as Partial<EvidenceHeader>;
  } catch {
    header = {};
  }
  if (header.format !== EVIDENCE_FORMAT) throw new UsageError(`${file}:1: not an evidence file (no "${EVIDENCE_FORMAT}" header)`);
  if (header.version !== EVIDENCE_VERSION || header.articleLint !== VERSION) {
    throw new UsageError(`${file}:1: evidence version ${header.version} from article-lint ${header.articleLint}; this is article-lint ${VERSION} (evidence version ${EVIDENCE_VERSION}): collect it again`);
  }
  return lines.slice(1).map((line, i) => {
    try {
      const entry = JSON.parse(line) as EvidenceEntry;
      if (typeof entry.key === 'string' && typeof entry.path === 'string' && Array.isArray(entry.collected)) return entry;
    } catch {
      // reported below
    }
    throw new UsageError(`${file}:${i + 2}: not an evidence entry`);
  });
}

/** Merge evidence files into one: entries of every file, in corpus order. */
export function mergeEvidence(files: readonly string[], out: string): number {
  const entries = files.flatMap((file) => readEvidence(file));
  writeEvidence(out, entries);
  return entries.length;
}
