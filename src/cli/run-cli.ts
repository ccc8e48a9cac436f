// The command line: flags -> inputs -> engine -> reporter -> exit code.
// Exit 0: no error-severity finding and warnings within --max-warnings;
// 1: findings over that; 2: usage error, unreadable named input, invalid
// config or glossary, fixes that could not be written (one line on stderr
// naming file and place).
import { closeSync, createWriteStream, mkdirSync, openSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtinRules, builtinRulesModule } from './builtin-rules.js';
import { parseSeverity, runConfigs, type LintConfig } from '../config/config.js';
import { skippedPluginsWarning, trustFromEnv } from '../config/plugins.js';
import { parseIsoDate } from '../util/dates.js';
import type { ArticleInput, LintOptions } from '../engine/engine.js';
import { UsageError } from '../util/errors.js';
import { FileRefusedError, readRegularFile } from '../util/read-file.js';
import { DEFAULT_CACHE_LOCATION, LintCache } from '../io/cache.js';
import { defaultJobs, lintRun, startWorkersEarly } from '../engine/workers.js';
import { decodeArticle, encodeArticle, resolveInputs, type Encoding } from '../io/files.js';
import { FixWriteError, readSnapshot, writeFixedFile, type ReadSnapshot } from '../fix/write-file.js';
import { formatGithub } from '../report/github.js';
import { formatJson, formatJsonLine } from '../report/json.js';
import { isCorpusFile, DEFAULT_FIELDS } from '../corpus/records.js';
import { favourMemoryForLargeArticles, largeArticleCollector } from './large-article.js';
import { useParallelRunCompilerSettings } from './jit-budget.js';
import type { Shard } from '../corpus/run.js';
import { FORMATS, type CliIo, type CliOptions, type FindingCounts, type Format } from './options.js';
import { formatSarif } from '../report/sarif.js';
import type { FileResult, Rule, Severity } from '../types.js';
import { VERSION } from '../util/version.js';

const MB = 1_000_000;
/**
 * Files above this are skipped with a notice: linting takes tens of bytes of
 * memory per character of text (docs/benchmarks.md), and Node's heap has a
 * limit; no article comes near it.
 */
const DEFAULT_MAX_FILE_MB = 64;

function describeSize(bytes: number): string {
  return bytes >= MB ? `${Number((bytes / MB).toFixed(1))} MB` : `${Number((bytes / 1000).toFixed(1))} kB`;
}

const HELP = `Usage: article-lint [options] [paths or globs ...]

Lints news articles (.txt .md .markdown .html .htm) for repeated blocks,
corrupted names, page furniture, leaked markup and facts that contradict a
reference glossary. Directories are walked (honouring .gitignore and
.article-lintignore); "-" or piped input reads standard input.

Options:
  --glossary FILE        reference glossary (YAML or JSON); repeatable, merged
  --date YYYY-MM-DD      publication date for articles without their own
  --format NAME          stylish (default), json, jsonl (a line per file or
                         corpus record, written as each is linted), github, sarif
  --fix                  apply safe fixes in place (stdin: fixed text on stdout)
  --fix-dry-run          print a unified diff of what --fix would change (report on
                         stderr); writes nothing, exits as without fixes
  --config FILE          config file (default: discovered upward from each file);
                         a config named here may load plugins
  --trust-plugins        also load the plugins of discovered configs (default:
                         only --config's and the user's own; or set
                         ARTICLE_LINT_TRUST_PLUGINS=1)
  --no-trust-plugins     load no plugin at all, even from --config
  --rule ID=SEVERITY     severity override: off, info, warn, error; repeatable
  --quiet                report errors only
  --max-warnings N       exit 1 when there are more than N warnings
  --stdin-filename NAME  name of standard input in reports (also picks its format)
  --timing               print time spent per rule on stderr
  --jobs N               threads for large runs (default: the number of CPUs)
  --max-file-size MB     skip (with a notice) files larger than this (default: 64)
  --time-limit SECONDS   time one rule may take on one file before it is stopped
                         (at the latest at twice this) and reported as an internal
                         error (default: 60 plus 60 per million characters; 0: no limit)
  --cache                reuse results of unchanged files (not with --fix)
  --cache-location PATH  cache file (default: .article-lint-cache)
  --color, --no-color    force colour on or off (default: on a TTY, unless NO_COLOR)
  --no-ignore            lint what is named or walked even where .gitignore,
                         .article-lintignore or a config's ignore excludes it
  -o, --output-file FILE write the report to FILE instead of standard output
                         (no colour)
  --init                 write a starter .article-lintrc.yaml and glossary.yml here
                         (never overwrites)
  --print-config FILE    print the config that applies to FILE as JSON (config file,
                         rules with severities and options, glossaries, date)
  --list-rules           list every rule, plugins included (id, default severity,
                         fixable, description, docs); --format json for scripts

Corpus files (.jsonl, .jsonl.gz, .ndjson, .parquet: one article per record):
  --text-field NAME      the record's text (default: text); likewise
  --id-field NAME        --date-field, --url-field, --format-field (defaults:
                         id, date, url, format); a record is reported as FILE#ID
  --shard I/N            lint only the records whose id hashes to I of N
  --evidence FILE        lint against the whole corpus's evidence (see below);
                         repeatable: shards' evidence files, merged as read
  --fix-output FILE      with --fix: write the fixed records here, in the
                         inputs' format (JSONL, or Parquet of their schema)
  article-lint collect --evidence-out FILE [options] INPUTS
                         write a shard's evidence for the corpus rules
  article-lint merge-evidence -o FILE SHARD.evidence ...
                         merge evidence files (any order, any grouping)

  -h, --help             show this help
  -v, --version          show the version

Exit status: 0 clean (or warnings within --max-warnings), 1 findings,
2 usage error, unreadable input, invalid config/glossary, or fixes that
could not be written.`;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        glossary: { type: 'string', multiple: true },
        date: { type: 'string' },
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        'trust-plugins': { type: 'boolean' },
        'no-trust-plugins': { type: 'boolean' },
        rule: { type: 'string', multiple: true },
        quiet: { type: 'boolean', short: 'q' },
        'max-warnings': { type: 'string' },
        'stdin-filename': { type: 'string' },
        timing: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        'time-limit': { type: 'string' },
        'max-file-size': { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'no-ignore': { type: 'boolean' },
        'output-file': { type: 'string', short: 'o' },
        init: { type: 'boolean' },
        'print-config': { type: 'string' },
        'list-rules': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        'text-field': { type: 'string' },
        'id-field': { type: 'string' },
        'date-field': { type: 'string' },
        'url-field': { type: 'string' },
        'format-field': { type: 'string' },
        shard: { type: 'string' },
        evidence: { type: 'string', multiple: true },
        'evidence-out': { type: 'string' },
        'fix-output': { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see --help)`);
  }
  const v = parsed.values;
  if (v['trust-plugins'] && v['no-trust-plugins']) throw new UsageError('--trust-plugins and --no-trust-plugins cannot be combined');
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be combined');
  const format = (v.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format: unknown format "${v.format}" (expected ${FORMATS.join(', ')})`);
  let date: string | undefined;
  if (v.date !== undefined) {
    date = parseIsoDate(v.date);
    if (!date) throw new UsageError(`--date: "${v.date}" is not a valid date (expected YYYY-MM-DD)`);
  }
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings: "${v['max-warnings']}" is not a whole number`);
  }
  const jobs = v.jobs === undefined ? defaultJobs() : Number(v.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs: "${v.jobs}" is not a whole number of at least 1`);
  const timeLimit = v['time-limit'] === undefined ? undefined : Number(v['time-limit']);
  if (timeLimit !== undefined && !(timeLimit >= 0)) throw new UsageError(`--time-limit: "${v['time-limit']}" is not a number of seconds`);
  const maxFileSize = v['max-file-size'] === undefined ? DEFAULT_MAX_FILE_MB : Number(v['max-file-size']);
  if (!(maxFileSize > 0)) throw new UsageError(`--max-file-size: "${v['max-file-size']}" is not a size in MB`);
  const ruleOverrides = new Map<string, Severity>();
  for (const entry of v.rule ?? []) {
    const match = /^([^=\s]+)=(\w+)$/.exec(entry.trim());
    const severity = match ? parseSeverity(match[2]!) : undefined;
    if (!match || !severity) throw new UsageError(`--rule "${entry}": expected ID=SEVERITY with SEVERITY one of off, info, warn, error`);
    ruleOverrides.set(match[1]!, severity);
  }
  let shard: Shard | undefined;
  if (v.shard !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(v.shard);
    shard = match ? { index: Number(match[1]), count: Number(match[2]) } : undefined;
    if (!shard || shard.count < 1 || shard.index < 1 || shard.index > shard.count) throw new UsageError(`--shard: "${v.shard}" is not I/N with 1 <= I <= N`);
  }
  if (v['fix-output'] !== undefined && !v.fix) throw new UsageError('--fix-output goes with --fix');
  return {
    paths: parsed.positionals,
    glossaries: v.glossary ?? [],
    date,
    format,
    fix: v.fix ?? false,
    fixDryRun: v['fix-dry-run'] ?? false,
    config: v.config,
    trustPlugins: v['no-trust-plugins'] ? 'none' : v['trust-plugins'] ? 'all' : undefined,
    ruleOverrides,
    quiet: v.quiet ?? false,
    maxWarnings,
    stdinFilename: v['stdin-filename'],
    timing: v.timing ?? false,
    jobs,
    timeLimit,
    maxFileBytes: maxFileSize * MB,
    cache: v.cache ?? false,
    cacheLocation: v['cache-location'] ?? DEFAULT_CACHE_LOCATION,
    color: v['no-color'] ? false : v.color,
    noIgnore: v['no-ignore'] ?? false,
    outputFile: v['output-file'],
    init: v.init ?? false,
    printConfig: v['print-config'],
    listRules: v['list-rules'] ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
    fields: {
      text: v['text-field'] ?? DEFAULT_FIELDS.text,
      id: v['id-field'] ?? DEFAULT_FIELDS.id,
      date: v['date-field'] ?? DEFAULT_FIELDS.date,
      url: v['url-field'] ?? DEFAULT_FIELDS.url,
      format: v['format-field'] ?? DEFAULT_FIELDS.format,
    },
    shard,
    evidence: v.evidence ?? [],
    evidenceOut: v['evidence-out'],
    fixOutput: v['fix-output'],
  };
}

interface LoadedInput extends ArticleInput {
  /** Where to write fixes; undefined for standard input. */
  file?: string;
  encoding: Encoding;
  /** The file as it was read: fixes are written only while it is unchanged. */
  read?: ReadSnapshot;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`article-lint: ${error.message}\n`);
    } else {
      const detail = io.env.ARTICLE_LINT_DEBUG ? String((error as Error)?.stack) : String((error as Error)?.message ?? error).split('\n')[0];
      io.stderr.write(`article-lint: internal error: ${detail}\n`);
    }
    return 2;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'merge-evidence') return (await import('./corpus-command.js')).runMergeEvidence(rest, io);
  const collecting = command === 'collect';
  const options = parseCliArgs(collecting ? rest : argv);
  if (options.help) {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  if (options.version) {
    io.stdout.write(VERSION + '\n');
    return 0;
  }
  if (options.init || options.printConfig !== undefined || options.listRules) {
    if ([options.init, options.printConfig !== undefined, options.listRules].filter(Boolean).length > 1) throw new UsageError('--init, --print-config and --list-rules cannot be combined');
    if (options.paths.length > 0) throw new UsageError(`${options.init ? '--init' : options.listRules ? '--list-rules' : '--print-config'} takes no paths (got "${options.paths[0]}")`);
    const commands = await import('./setup-commands.js');
    const setupOptions = { cwd: io.cwd, configPath: options.config, glossaries: options.glossaries, date: options.date, ruleOverrides: options.ruleOverrides, trustPlugins: options.trustPlugins ?? trustFromEnv(io.env) };
    if (options.init) {
      io.stdout.write(commands.init(io.cwd));
      return 0;
    }
    const text = options.listRules ? await commands.listRules(setupOptions, options.format === 'json') : await commands.printConfig(options.printConfig!, setupOptions);
    writeOutput(text, options, io);
    return 0;
  }
  if (collecting || options.paths.some(isCorpusFile)) {
    // Corpus mode loads only when asked for: an article run's start pays nothing for it.
    const { runCorpus } = await import('./corpus-command.js');
    const parts = { lintOptionsFor, report, exitStatus, formatTimings, warnSkippedPlugins, countFindings, shownResult };
    if (options.outputFile === undefined || collecting) return runCorpus(options, io, collecting, parts);
    // A corpus report is written as records are linted: to the file as a stream.
    const stream = createWriteStream('', { fd: openOutputFile(options, io) });
    try {
      return await runCorpus(options, { ...io, stdout: stream }, collecting, parts);
    } finally {
      await new Promise((done) => stream.end(done));
    }
  }
  const useStdin = options.paths.includes('-') || (options.paths.length === 0 && !io.stdinIsTTY);
  if (options.paths.length === 0 && !useStdin) throw new UsageError('no input: give paths, globs or "-" for standard input (see --help)');
  if (options.evidence.length > 0 || options.evidenceOut || options.shard || options.fixOutput) throw new UsageError('--evidence, --evidence-out, --shard and --fix-output are for corpus files (.jsonl, .jsonl.gz, .ndjson, .parquet)');

  const inputs: LoadedInput[] = [];
  let failedExplicitly = false;
  const warn = (path: string, message: string) => io.stderr.write(`article-lint: ${path}: ${message}\n`);

  if (useStdin) {
    const text = await io.readStdin();
    if (text.length > options.maxFileBytes) throw new UsageError(`standard input: ${describeSize(text.length)} is larger than --max-file-size (${describeSize(options.maxFileBytes)})`);
    inputs.push({ path: options.stdinFilename ?? '<stdin>', text: text.replace(/^\uFEFF/, ''), encoding: 'utf8' });
  }
  const { files, problems, ignored } = await resolveInputs(
    options.paths.filter((p) => p !== '-'),
    io.cwd,
    // Each folder's config is looked up once (runConfigs), as the lint run does.
    { configOf: runConfigs({ cwd: io.cwd, configPath: options.config }), noIgnore: options.noIgnore },
  );
  for (const problem of problems) {
    warn(problem.path, problem.message);
    if (problem.explicit) failedExplicitly = true;
  }
  // As ESLint: a named file that an ignore pattern excludes is a notice, not a failure.
  for (const { path, folder } of ignored) warn(path, `${folder ? 'folder' : 'file'} ignored because of a matching ignore pattern`);
  // Taken before the read: a save after it shows as a change when --fix writes back.
  const stats = files.map(({ path }) => statIfPossible(resolve(io.cwd, path)));
  const largestBytes = stats.reduce((largest, stat) => Math.max(largest, stat?.size ?? 0), inputs[0]?.text.length ?? 0);
  favourMemoryForLargeArticles(largestBytes);
  const showProgress = Boolean(io.stderr.isTTY) && files.length + inputs.length > 20 && options.format === 'stylish';
  // One definition of the run's options, for the early threads and the run.
  const runOptions = { ...lintOptionsFor(options, io, showProgress), rulesModule: builtinRulesModule(), jobs: options.jobs };
  // A run without the cache (whose hits need no thread) starts its worker threads now, sized by the files' bytes.
  const earlyWorkers = options.cache ? undefined : startWorkersEarly(runOptions, files.length + inputs.length, stats.reduce((sum, stat) => sum + (stat?.size ?? 0), inputs[0]?.text.length ?? 0));
  // Before any thread's code is hot: the threads only start loading their modules now.
  if (earlyWorkers) useParallelRunCompilerSettings();
  for (const [k, { path, explicit }] of files.entries()) {
    try {
      const stat = stats[k] ?? statSync(resolve(io.cwd, path));
      // Only a regular file is read, and its size is checked on the opened file (a device's stat size is 0).
      inputs.push(readInput(path, resolve(io.cwd, path), stat, options.maxFileBytes));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (error instanceof FileRefusedError && error.reason === 'too-large') {
        warn(path, `${describeSize(error.size)} is larger than --max-file-size (${describeSize(options.maxFileBytes)}), skipped`);
      } else {
        warn(path, code ? `cannot read file (${code})` : (error as Error).message);
      }
      if (explicit) failedExplicitly = true;
    }
  }
  if (inputs.length === 0) {
    earlyWorkers?.stop();
    // Only ignored files: an empty report (scripts parse it) and success.
    if (!failedExplicitly && ignored.length > 0) {
      io.stdout.write(await report([], options, io));
      return 0;
    }
    if (!failedExplicitly) io.stderr.write('article-lint: no input could be read\n');
    return 2;
  }

  warnSkippedPlugins(inputs, runOptions, io);
  // Runs that compute fixes are never cached.
  const cache = options.cache && !runOptions.fix ? LintCache.open(resolve(io.cwd, options.cacheLocation)) : undefined;
  const collectGarbage = largeArticleCollector(largestBytes);
  const linted = await lintRun(inputs, { ...runOptions, cache, earlyWorkers, betweenPasses: collectGarbage });
  // The second pass's views are dead, but not yet collected: the report would be made beside them.
  collectGarbage?.();
  // The report (and exit code) of --fix-dry-run stay those of the unfixed files.
  const fixed = options.fixDryRun ? linted.map((r) => ({ ...r, messages: r.unfixedMessages ?? r.messages })) : linted;
  if (showProgress) io.stderr.write('\r\x1b[K');
  // The warnings of the glossaries the run used (entries no rule can use), each once.
  for (const warning of new Set(linted.flatMap((r) => r.glossaryWarnings ?? []))) io.stderr.write(`article-lint: warning: ${warning}\n`);

  let unwritten = false;
  let results = fixed;
  if (options.fix) ({ results, unwritten } = writeFixes(fixed, inputs, io));
  if (options.fixDryRun) {
    const { unifiedDiff } = await import('../fix/diff.js');
    io.stdout.write(linted.map((r, i) => unifiedDiff(r.path, inputs[i]!.text, r.output ?? inputs[i]!.text)).join(''));
  }
  const shown = results.map((r) => shownResult(r, options));
  const fixedStdin = options.fix && useStdin;
  // With --fix on standard input the fixed text, and with --fix-dry-run the diff, goes to stdout and the report to stderr.
  const reportText = await report(shown, options, io);
  if (options.outputFile !== undefined) writeOutput(reportText, options, io);
  else (fixedStdin || options.fixDryRun ? io.stderr : io.stdout).write(reportText);
  if (runOptions.timings) io.stderr.write(formatTimings(runOptions.timings));
  if (cache?.saveProblem) io.stderr.write(`article-lint: warning: ${cache.saveProblem}
`);
  return exitStatus(countFindings(results), options, io, failedExplicitly || unwritten);
}

/** A file's stat, or undefined when it fails (the read that follows reports why). */
function statIfPossible(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The engine's options for a run with these flags. */
function lintOptionsFor(options: CliOptions, io: CliIo, showProgress = false): LintOptions {
  return {
    cwd: io.cwd,
    rules: builtinRules,
    configPath: options.config,
    trustPlugins: options.trustPlugins ?? trustFromEnv(io.env),
    glossaries: options.glossaries,
    date: options.date,
    ruleOverrides: options.ruleOverrides,
    // --fix-dry-run computes the fixes too; it reports the unfixed findings and writes nothing.
    fix: options.fix || options.fixDryRun,
    timings: options.timing ? new Map<string, number>() : undefined,
    timeLimit: options.timeLimit === undefined ? undefined : options.timeLimit * 1000,
    onProgress: showProgress ? (done, total) => io.stderr.write(`\rarticle-lint: ${done}/${total} files`) : undefined,
  };
}

/** The result as reported: with --quiet, its errors only. */
function shownResult(result: FileResult, options: CliOptions): FileResult {
  return options.quiet ? { ...result, messages: result.messages.filter((m) => m.severity === 'error') } : result;
}

export function countFindings(results: readonly FileResult[], counts: FindingCounts = { errors: 0, warnings: 0 }): FindingCounts {
  for (const result of results) {
    for (const m of result.messages) {
      if (m.severity === 'error') counts.errors++;
      else if (m.severity === 'warn') counts.warnings++;
    }
  }
  return counts;
}

/** Exit 2 for an input named on the command line that could not be read (or fixes not written), 1 for errors or too many warnings, else 0. */
function exitStatus(counts: FindingCounts, options: CliOptions, io: CliIo, failedExplicitly: boolean): number {
  if (failedExplicitly) return 2;
  if (counts.errors > 0) return 1;
  if (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) {
    io.stderr.write(`article-lint: ${counts.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** One line per config whose plugins are not trusted (they are skipped, the run goes on). */
function warnSkippedPlugins(inputs: readonly ArticleInput[], options: LintOptions, io: CliIo): void {
  const configOf = runConfigs(options);
  const seen = new Set<LintConfig>();
  for (const input of inputs) {
    const config = configOf(input.path);
    if (seen.has(config)) continue;
    seen.add(config);
    const warning = skippedPluginsWarning(config, options);
    if (warning) io.stderr.write(`article-lint: ${warning}\n`);
  }
}

/** Standard output, or with -o the named file. */
function writeOutput(text: string, options: CliOptions, io: CliIo): void {
  if (options.outputFile === undefined) {
    io.stdout.write(text);
    return;
  }
  const fd = openOutputFile(options, io);
  try {
    writeFileSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

/** The -o file, opened for writing (its folder created); a failure is a usage error. */
function openOutputFile(options: CliOptions, io: CliIo): number {
  const path = resolve(io.cwd, options.outputFile!);
  try {
    mkdirSync(dirname(path), { recursive: true });
    return openSync(path, 'w');
  } catch (error) {
    throw new UsageError(`--output-file ${options.outputFile}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/**
 * Write each fixed file (standard input's text goes to stdout). A file whose
 * fixes were not written is reported with its findings as they stand in it;
 * `unwritten` is set when a write failed (the run then exits 2). A file
 * saved during the run is left alone, with a notice.
 */
function writeFixes(results: readonly FileResult[], inputs: readonly LoadedInput[], io: CliIo): { results: FileResult[]; unwritten: boolean } {
  let unwritten = false;
  const shown = results.map((result, i) => {
    const input = inputs[i]!;
    if (!input.file) {
      io.stdout.write(result.output ?? input.text);
      return result;
    }
    if (result.output === undefined) return result;
    const asRead = { ...result, messages: result.unfixedMessages ?? result.messages, output: undefined, unfixedMessages: undefined };
    try {
      if (writeFixedFile(input.file, encodeArticle(result.output, input.encoding), input.read!) === 'written') return result;
      io.stderr.write(`article-lint: ${input.path}: changed since it was read; fixes not written\n`);
    } catch (error) {
      const reason = error instanceof FixWriteError ? error.message : `cannot write fixes (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
      io.stderr.write(`article-lint: ${input.path}: ${reason}\n`);
      unwritten = true;
    }
    return asRead;
  });
  return { results: shown, unwritten };
}

async function report(results: readonly FileResult[], options: CliOptions, io: CliIo): Promise<string> {
  switch (options.format) {
    case 'json':
      return formatJson(results) + '\n';
    case 'jsonl':
      return results.map((result) => formatJsonLine(result)).join('');
    case 'github':
      return formatGithub(results);
    case 'sarif':
      return formatSarif(results, ruleInfos(builtinRules), VERSION) + '\n';
    case 'stylish': {
      // A report written to a file (-o) has no colour codes.
      const color = options.outputFile !== undefined ? false : (options.color ?? (Boolean(io.stdout.isTTY) && !io.env.NO_COLOR));
      // vfile-reporter and its terminal packages load only for this format (and `diff` only for --fix-dry-run): a cold start pays for what it uses.
      const { formatStylish } = await import('../report/stylish.js');
      const text = formatStylish(results, { color });
      return text ? text + '\n' : '';
    }
  }
}

function ruleInfos(rules: readonly Rule[]) {
  return rules.map((r) => ({ id: r.meta.id, description: r.meta.description, url: r.meta.url }));
}

function formatTimings(timings: Map<string, number>): string {
  const rows = [...timings].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((n, [, ms]) => n + ms, 0) || 1;
  const lines = rows.map(([id, ms]) => `${id.padEnd(20)} ${ms.toFixed(1).padStart(10)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%`);
  return ['Rule                      Time (ms)  Relative', ...lines].join('\n') + '\n';
}

/**
 * A file read and decoded. Its bytes are dropped here: read in the command's
 * own (async) function, they stayed referenced from its suspended frame, a
 * large file's whole size, until the run's end.
 */
function readInput(path: string, file: string, stat: Stats, maxFileBytes: number): LoadedInput {
  const bytes = readRegularFile(file, maxFileBytes);
  const { text, encoding } = decodeArticle(bytes);
  return { path, text, file, encoding, read: readSnapshot(bytes, stat) };
}
