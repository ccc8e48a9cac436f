// The command line for corpus files: `article-lint [options] SHARDS` lints
// every record (two streamed passes, or one against --evidence: one merged
// evidence file, or several shards' evidence merged as they are read),
// `article-lint collect --evidence-out F SHARDS` writes a shard's evidence,
// `article-lint merge-evidence -o F EVIDENCE...` merges evidence files.
import { resolve } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import type { LintOptions } from '../engine/engine.js';
import type { FileResult } from '../types.js';
import { UsageError } from '../util/errors.js';
import { FileRefusedError, requireRegularFile } from '../util/read-file.js';
import type { CliIo, CliOptions, FindingCounts } from './options.js';
import { loadEvidence, mergeEvidence, writeEvidence } from '../corpus/evidence.js';
import { useCorpusHeapGrowth } from '../corpus/heap-growth.js';
import { jsonlFixWriter, parquetFixWriter, type FixedRecordWriter } from '../corpus/fix-output.js';
import { isCorpusFile, isParquetFile, parquetSchema } from '../corpus/records.js';
import { formatJsonLine } from '../report/json.js';
import { collectCorpus, corpusOf, lintCorpus, type CorpusFile, type CorpusOptions } from '../corpus/run.js';

/** What the corpus run borrows from the ordinary one, so that both report and exit alike. */
export interface CliParts {
  lintOptionsFor(options: CliOptions, io: CliIo): LintOptions;
  report(results: readonly FileResult[], options: CliOptions, io: CliIo): Promise<string>;
  exitStatus(counts: FindingCounts, options: CliOptions, io: CliIo, failedExplicitly: boolean): number;
  formatTimings(timings: Map<string, number>): string;
  warnSkippedPlugins(inputs: readonly { path: string; text: string }[], options: LintOptions, io: CliIo): void;
  countFindings(results: readonly FileResult[], counts: FindingCounts): FindingCounts;
  shownResult(result: FileResult, options: CliOptions): FileResult;
}

export async function runCorpus(options: CliOptions, io: CliIo, collecting: boolean, parts: CliParts): Promise<number> {
  useCorpusHeapGrowth();
  const files = options.paths;
  const others = files.filter((path) => !isCorpusFile(path));
  if (files.length === 0) throw new UsageError('no input: give corpus files (.jsonl, .jsonl.gz, .ndjson, .parquet)');
  if (others.length > 0) throw new UsageError(`${others[0]}: corpus files (.jsonl, .jsonl.gz, .ndjson, .parquet) and articles cannot be linted in one run`);
  if (options.fixDryRun || options.cache) throw new UsageError('--fix-dry-run and --cache are not available for corpus files');
  const absolute = files.map((file) => resolve(io.cwd, file));
  let problems = 0;
  const corpusOptions: CorpusOptions = {
    ...parts.lintOptionsFor(options, io),
    fields: options.fields,
    shard: options.shard,
    onProblem(file, problem) {
      problems++;
      io.stderr.write(`article-lint: ${file}:${problem.line}: ${problem.message}, record skipped\n`);
    },
  };
  const corpusFiles = files.map((name, i) => ({ name, path: absolute[i]! }));
  for (const { name, path } of corpusFiles) regularFileOrUsageError(name, path);
  // A record's config is its file's: one warning per config whose plugins are not trusted, as for articles.
  parts.warnSkippedPlugins(files.map((name) => ({ path: name, text: '' })), corpusOptions, io);
  for (const file of options.evidence) regularFileOrUsageError(file, resolve(io.cwd, file));

  if (collecting) {
    if (!options.evidenceOut) throw new UsageError('collect needs --evidence-out FILE');
    const entries = await collectCorpus(corpusFiles, corpusOptions);
    await writeEvidence(resolve(io.cwd, options.evidenceOut), entries);
    io.stderr.write(`article-lint: ${entries.length} records collected into ${options.evidenceOut}\n`);
    return 0;
  }
  if (options.fix && !options.fixOutput) throw new UsageError('--fix on corpus files writes to --fix-output FILE (never in place)');
  if (options.fixOutput && absolute.includes(resolve(io.cwd, options.fixOutput))) throw new UsageError(`--fix-output ${options.fixOutput} is an input: corpus files are never fixed in place`);
  const fixed = options.fixOutput ? await fixWriter(options.fixOutput, resolve(io.cwd, options.fixOutput), corpusFiles, options.fields.text) : undefined;

  // Bad records are reported once, by the pass that lints them.
  // Several evidence files (shards' evidence, not merged) are merged as they are read.
  const evidence = options.evidence.map((file) => resolve(io.cwd, file));
  const corpus = corpusOf(evidence.length > 0 ? await loadEvidence(evidence) : await collectCorpus(corpusFiles, { ...corpusOptions, onProblem: undefined }), corpusFiles, options.shard);
  const counts: FindingCounts = { errors: 0, warnings: 0 };
  const kept: FileResult[] = [];
  for await (const { record, result } of lintCorpus(corpusFiles, corpus, { ...corpusOptions, wholeRows: fixed !== undefined })) {
    parts.countFindings([result], counts);
    await fixed?.write(record, result.output);
    const shown = parts.shownResult(result, options);
    // jsonl is written as each record is linted; the other formats need the whole run.
    if (options.format === 'jsonl') {
      if (!io.stdout.write(formatJsonLine(shown, record))) await drained(io);
    } else {
      kept.push(shown);
    }
  }
  await fixed?.close();
  if (options.format !== 'jsonl') io.stdout.write(await parts.report(kept, options, io));
  if (corpusOptions.timings) io.stderr.write(parts.formatTimings(corpusOptions.timings));
  if (problems > 0) io.stderr.write(`article-lint: ${problems} records skipped\n`);
  return parts.exitStatus(counts, options, io, false);
}

/**
 * --fix-output's writer, in the inputs' format: JSONL for JSONL inputs,
 * Parquet with their schema for Parquet inputs (one schema for all of them,
 * as the rows go to one file).
 */
async function fixWriter(name: string, path: string, inputs: readonly CorpusFile[], textField: string): Promise<FixedRecordWriter> {
  const parquetInputs = inputs.filter((input) => isParquetFile(input.path));
  if (parquetInputs.length === 0) {
    if (isParquetFile(path)) throw new UsageError(`--fix-output ${name}: the inputs are JSONL, so the fixed records are JSONL (not .parquet)`);
    return jsonlFixWriter(path, textField);
  }
  if (parquetInputs.length < inputs.length) throw new UsageError('--fix-output: JSONL and Parquet inputs cannot be fixed into one file; fix each format in its own run');
  if (!isParquetFile(path)) throw new UsageError(`--fix-output ${name}: the inputs are Parquet, so the fixed records are Parquet (name it .parquet)`);
  const schemas = await Promise.all(parquetInputs.map((input) => parquetSchema(input.path)));
  const differing = schemas.findIndex((schema) => !isDeepStrictEqual(schema, schemas[0]));
  if (differing > 0) throw new UsageError(`--fix-output: ${parquetInputs[differing]!.name} has another schema than ${parquetInputs[0]!.name}; the fixed rows go to one file of one schema`);
  return parquetFixWriter(path, textField, schemas[0]!);
}

/** Corpus and evidence files are streamed: only a regular file is opened (a FIFO or a device would never end). */
function regularFileOrUsageError(name: string, path: string): void {
  try {
    requireRegularFile(path);
  } catch (error) {
    const reason = error instanceof FileRefusedError ? error.message : `cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    throw new UsageError(`${name}: ${reason}`);
  }
}

async function drained(io: CliIo): Promise<void> {
  const stream = io.stdout as Partial<NodeJS.WritableStream>;
  if (typeof stream.once === 'function') await new Promise<void>((done) => stream.once!('drain', () => done()));
}

export async function runMergeEvidence(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { output: { type: 'string', short: 'o' } } });
  } catch (error) {
    throw new UsageError(`merge-evidence: ${(error as Error).message.split('\n')[0]} (usage: article-lint merge-evidence -o FILE EVIDENCE...)`);
  }
  const out = parsed.values.output;
  if (!out || parsed.positionals.length === 0) throw new UsageError('usage: article-lint merge-evidence -o FILE EVIDENCE...');
  const records = await mergeEvidence(parsed.positionals.map((file) => resolve(io.cwd, file)), resolve(io.cwd, out));
  io.stderr.write(`article-lint: ${records} records merged into ${out}\n`);
  return 0;
}
