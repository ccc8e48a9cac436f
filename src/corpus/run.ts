// A corpus run in two streamed passes over the shards: the first collects
// what the corpus rules need from every record (or reads it from an
// evidence file), the second lints each record against that and hands its
// result on at once. Only the collected data is held for the whole corpus;
// a record's text and parse live only while it is linted.
import type { Corpus, LintOptions, PreparedArticle } from '../engine/engine.js';
import { TwoPassLint } from '../engine/two-pass.js';
import { fnv1a } from '../util/fnv.js';
import type { FileResult } from '../types.js';
import { byRecordKey, type EvidenceEntry } from './evidence.js';
import { DEFAULT_FIELDS, readRecords, type CorpusRecord, type RecordFields, type RecordProblem } from './records.js';

/** `--shard i/n`: the records whose id hashes to i of n (1-based), so that n machines split a corpus with no pre-split. */
export interface Shard {
  index: number;
  count: number;
}

export interface CorpusOptions extends LintOptions {
  fields?: RecordFields;
  shard?: Shard;
  /** Parquet records carry every column's value (`row`), for --fix-output. */
  wholeRows?: boolean;
  /** Called for each record that cannot be linted (not JSON, no text...). */
  onProblem?(file: string, problem: RecordProblem): void;
}

export function inShard(id: string, shard: Shard | undefined): boolean {
  return !shard || fnv1a(id) % shard.count === shard.index - 1;
}

/** The name a record is reported under. */
export function recordPath(file: string, record: CorpusRecord): string {
  // Joined into one flat string: a template would make a rope of three pieces, and a corpus run holds every record's path.
  return [file, '#', record.id].join('');
}

/** The file of an entry's record: its path (recordPath) less `#` and the record's id, its key; the file and the id may hold a `#`. */
function fileOf({ path, key }: EvidenceEntry): string {
  return path.slice(0, path.length - key.length - 1);
}

/** A corpus file: where it is read from, and its name in reports (as the user wrote it). */
export interface CorpusFile {
  path: string;
  name: string;
}

/** Each record of the shards in order (those of `--shard`), problems reported and skipped. */
async function* recordsOf(files: readonly CorpusFile[], options: CorpusOptions): AsyncIterable<{ file: string; record: CorpusRecord }> {
  for (const { path, name } of files) {
    for await (const item of readRecords(path, options.fields ?? DEFAULT_FIELDS, options.wholeRows)) {
      if (item.kind === 'problem') options.onProblem?.(name, item);
      else if (inShard(item.id, options.shard)) yield { file: name, record: item };
    }
  }
}

function prepareRecord(run: TwoPassLint, file: string, record: CorpusRecord): Promise<PreparedArticle> {
  return run.prepare({ path: recordPath(file, record), text: record.text, format: record.format, date: record.date });
}

/** The first pass: every record's collected data, in corpus order (by key). */
export async function collectCorpus(files: readonly CorpusFile[], options: CorpusOptions): Promise<EvidenceEntry[]> {
  const run = new TwoPassLint(options);
  const entries: EvidenceEntry[] = [];
  for await (const { file, record } of recordsOf(files, options)) {
    const prepared = await prepareRecord(run, file, record);
    // Only the rules that collect (and the run-level analyses) run here: the others run once, in the second pass.
    const collecting = { ...prepared, setup: { ...prepared.setup, rules: prepared.setup.rules.filter(({ rule }) => rule.collect) } };
    entries.push({ key: record.id, path: prepared.input.path, collected: run.firstPass([collecting])[0]!.collected });
  }
  return entries.sort(byRecordKey);
}

/**
 * The corpus of the records' entries, of which the run lints those of
 * `files` in `shard` (the others are evidence: another shard's records, of
 * the same files or of others).
 */
export function corpusOf(entries: readonly EvidenceEntry[], files: readonly CorpusFile[], shard: Shard | undefined): Corpus {
  const names = new Set(files.map(({ name }) => name));
  const linted = entries.filter((entry) => names.has(fileOf(entry)) && inShard(entry.key, shard));
  // A run of every record lints every file of the corpus: no set of them.
  return TwoPassLint.corpus(entries, linted.length < entries.length ? new Set(linted.map(({ path }) => path)) : undefined);
}

/** The second pass: each record linted against the corpus, as it is read. */
export async function* lintCorpus(files: readonly CorpusFile[], corpus: Corpus, options: CorpusOptions): AsyncIterable<{ file: string; record: CorpusRecord; result: FileResult }> {
  const run = new TwoPassLint(options);
  for await (const { file, record } of recordsOf(files, options)) {
    const prepared = await prepareRecord(run, file, record);
    yield { file, record, result: run.lint([{ file: prepared }], corpus)[0]! };
  }
}
