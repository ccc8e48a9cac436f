// The engine: articles in, messages out. It knows no rule: it resolves each
// file's config, glossary and date, runs the corpus pass of the rules that
// have one, runs every enabled rule, maps severities, applies inline
// directives and (with --fix) applies fixes until the text is stable.
import { configFor, resolveGlossaryPaths, type LintConfig } from '../config/config.js';
import { parseIsoDate, today } from '../util/dates.js';
import { findDirectives, suppression } from './directives.js';
import { memoizeByObject } from '../util/memo.js';
import { formatOf, loadFormat, parseArticle, plainTextNotice } from '../parse/document.js';
import { UsageError } from '../util/errors.js';
import { applyFixes, editOf, fixTree } from '../fix/fix.js';
import { formatSeconds, TimeLimitExceeded, withTimeLimit } from './time-limit.js';
import { buildGlossary, loadGlossary, type Glossary } from '../config/glossary.js';
import { loadPlugins, pluginsAllowed, type PluginTrust } from '../config/plugins.js';
import { checkRuleOptions } from '../config/rule-options.js';
import { didYouMean } from '../util/nearest.js';
import { analysisFor, corpusKey, documentAnalysis, documentViews, RUN_ANALYSES } from '../analysis/context.js';
import { latestWordTokens, type WordTokens } from '../analysis/word-tokens.js';
import { Corpus } from '../analysis/corpus-entry.js';
import type { ActiveSeverity, ArticleDocument, ArticleFormat, CorpusEntry, FileResult, LintMessage, Report, Rule, RuleContext, RunAnalysisId, Severity } from '../types.js';

export const SOURCE = 'article-lint';
export const INTERNAL_ERROR = 'internal-error';
/** The id of the notice that a Markdown file was read as plain text (src/parse/markdown-nesting.ts). */
export const READ_AS_PLAIN_TEXT = 'read-as-plain-text';
export const DIRECTIVE_RULE = 'directive';
/** --fix re-lints after each pass; this bounds the passes. */
const MAX_FIX_PASSES = 10;

export interface LintOptions {
  /** Folder relative paths are resolved from. */
  cwd: string;
  /** The rules available before plugins (the built-in set). */
  rules: readonly Rule[];
  /** --config: one config for every file instead of discovery. */
  configPath?: string;
  /** Whose plugins load (--trust-plugins); default: only an explicit or the user's own config's. */
  trustPlugins?: PluginTrust;
  /** --glossary files (merged after the config's). */
  glossaries?: readonly string[];
  /** --date */
  date?: string;
  /** --rule ID=SEVERITY */
  ruleOverrides?: ReadonlyMap<string, Severity>;
  fix?: boolean;
  /** A config given directly (the LSP, tests); skips discovery. */
  config?: LintConfig;
  /** A glossary given directly (tests); replaces the config's and --glossary. */
  glossaryOverride?: Glossary;
  /** Collect per-rule timings (--timing) into this map (ms). */
  timings?: Map<string, number>;
  /** Files in the whole run, which may be linted in parts (lintRun, which sets it, splits it across threads); unset: more than one. */
  files?: number;
  /** Time one rule may take on one file, in ms (0: none; default: defaultTimeLimit). */
  timeLimit?: number;
  /** Called after each file is linted. */
  onProgress?(done: number, total: number): void;
}

export interface ArticleInput {
  /** Path shown in reports. */
  path: string;
  text: string;
  /** Its format when the path does not tell (a corpus record's `format`). */
  format?: ArticleFormat;
  /** Its date when it has one of its own outside the text (a corpus record's `date`); front matter still wins. */
  date?: string;
}

export interface ActiveRule {
  rule: Rule;
  severity: ActiveSeverity;
  options: Record<string, unknown>;
}

/** What applies to the files that share one config. */
export interface Setup {
  rules: ActiveRule[];
  glossary: Glossary;
  configDate?: string;
  knownWords: ReadonlySet<string>;
  /** The run-level analyses its rules use (meta.uses): their first pass runs once for all of them. */
  analyses: readonly RunAnalysisId[];
}

/** Whether a rule reads the run's corpus (its own `collect`, or a run-level analysis): its `create` waits for the second pass. */
function readsCorpus(rule: Rule): boolean {
  return Boolean(rule.collect) || (rule.meta.uses?.length ?? 0) > 0;
}

const SEVERITY_RANK: Record<ActiveSeverity, number> = { info: 0, warn: 1, error: 2 };

/**
 * An article ready for its two passes (see lintRun in workers.ts): prepare
 * every input and run its first pass, build the corpus from ALL of them,
 * then lint each prepared article against it.
 */
export interface PreparedArticle {
  input: ArticleInput;
  setup: Setup;
  doc: ArticleDocument;
  date: string;
}

/**
 * Prepares inputs (config, rules, glossary, parse, date); setups are shared
 * between inputs with one config. `configOf` gives each input's config
 * (default: configFor, which looks for config files anew each time).
 */
export function articlePreparer(options: LintOptions, configOf = (path: string) => configFor(path, options)): (input: ArticleInput) => Promise<PreparedArticle> {
  // Weak: a long-lived run (the language server's) meets a new config at every edit of a config file, and keeps no setup of one that is gone.
  const setups = new WeakMap<LintConfig, Promise<Setup>>();
  return async (input) => {
    const format = input.format ?? formatOf(input.path);
    await loadFormat(format);
    const config = configOf(input.path);
    let setup = setups.get(config);
    if (!setup) {
      setup = buildSetup(config, options);
      setups.set(config, setup);
    }
    const doc = parseArticle(input.path, input.text, format);
    return { input, setup: await setup, doc, date: articleDate(doc, input.date ?? options.date, await setup) };
  };
}

/** A prepared article for its second pass, with its first pass's findings when it had one. */
export interface LintJob {
  file: PreparedArticle;
  firstMessages?: readonly LintMessage[];
}

/**
 * Lint prepared articles against the run's corpus (with --fix, each until
 * its text is stable), their rules under one run of time limits. An
 * article's `firstMessages`, from its first pass, save running the rules
 * that need no corpus again.
 */
export function lintPreparedFiles(jobs: readonly LintJob[], corpus: Corpus, options: Pick<LintOptions, 'cwd' | 'fix' | 'timings' | 'timeLimit'>): FileResult[] {
  const wordTokensOf = latestWordTokens();
  const runs = jobs.map(({ file }): RuleRun => ({ setup: file.setup, date: file.date, corpus, options, wordTokensOf }));
  const pending = jobs.map(({ file, firstMessages }, i) => (firstMessages ? pendingLint(file.doc, runs[i]!, corpusRules(file.setup, firstMessages), firstMessages) : pendingLint(file.doc, runs[i]!)));
  timeLimited(pending.flatMap((lint) => lint.steps), options);
  return jobs.map(({ file }, i) => {
    const result = withFixes(file, pending[i]!.finish(), runs[i]!, options);
    // The glossary's warnings come with the results (from worker threads too), so that no one parses it again to word them.
    const { warnings } = file.setup.glossary;
    return warnings.length > 0 ? { ...result, glossaryWarnings: warnings } : result;
  });
}

/** The article's result; with --fix, after fixing and linting again until its text is stable. */
function withFixes(file: PreparedArticle, found: LintMessage[], run: RuleRun, options: Pick<LintOptions, 'cwd' | 'fix'>): FileResult {
  const { input, date } = file;
  if (!options.fix) return { path: input.path, cwd: options.cwd, messages: found, date };
  let messages = found;
  let doc = file.doc;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    // The markup tree that certainFixes read for this text, not parsed again.
    const { output, applied } = applyFixes(doc.text, messages, doc.format, messages.some((m) => m.fixable) ? fixTreeOf(doc) : undefined);
    if (applied === 0 || output === doc.text) break;
    doc = parseArticle(input.path, output, doc.format);
    messages = lintText(doc, run);
  }
  const { text } = doc;
  if (text === input.text) return { path: input.path, cwd: options.cwd, messages, date };
  return { path: input.path, cwd: options.cwd, messages, date, output: text, unfixedMessages: found };
}

/** What one run of the rules over an article needs besides the article. */
interface RuleRun {
  setup: Setup;
  date: string;
  corpus: Corpus;
  options: Pick<LintOptions, 'timings' | 'timeLimit'>;
  /** The pass's WordTokens slot (latestWordTokens). */
  wordTokensOf: (doc: ArticleDocument) => WordTokens;
}

/** Every rule over one article, with the directives' problems, in position order. */
function lintText(doc: ArticleDocument, run: RuleRun): LintMessage[] {
  const lint = pendingLint(doc, run);
  timeLimited(lint.steps, run.options);
  return lint.finish();
}

/** A lint of one article: its rules' steps, and its findings once they have run. */
interface PendingLint {
  steps: RuleStep[];
  finish(): LintMessage[];
}

function pendingLint(doc: ArticleDocument, run: RuleRun, rules = run.setup.rules, earlier: readonly LintMessage[] = []): PendingLint {
  const messages: LintMessage[] = [];
  return {
    steps: createSteps(doc, rules, run, messages),
    finish: () => certainFixes(doc, [...earlier, ...messages, ...plainTextNotices(doc, earlier), ...directiveProblems(doc, run.setup)]).sort(byPosition),
  };
}

/**
 * The messages with `fixable` kept only where the fix is one `--fix` can
 * make: in HTML and Markdown, one that keeps the markup (see editOf); any
 * other is a suggestion, left to the editor. Every consumer (reporters,
 * --fix, --fix-dry-run, the cache, the language server) reads this.
 */
function certainFixes(doc: ArticleDocument, messages: LintMessage[]): LintMessage[] {
  if (doc.format === 'text' || !messages.some((m) => m.fixable)) return messages;
  const tree = fixTreeOf(doc);
  return messages.map((m) => (m.fixable && !editOf(m, doc.text, tree) ? { ...m, fixable: false } : m));
}

/** The markup tree an article's fixes keep (fixTree), parsed once for certainFixes and --fix; it lives as long as the article. */
const fixTreeOf = memoizeByObject((doc: ArticleDocument) => fixTree(doc.text, doc.format));

/** The rules that read the corpus, but for one whose first pass already failed on this file (all, when its parse did). */
function corpusRules(setup: Setup, firstMessages: readonly LintMessage[]): ActiveRule[] {
  const failed = new Set(firstMessages.filter((m) => m.ruleId === INTERNAL_ERROR).map((m) => m.data?.rule));
  if (failed.has(PARSE_STEP)) return [];
  return setup.rules.filter(({ rule }) => readsCorpus(rule) && !failed.has(rule.meta.id));
}

async function buildSetup(config: LintConfig, options: LintOptions): Promise<Setup> {
  const available = [...options.rules, ...(await loadPlugins(config, options))];
  const byId = new Map(available.map((rule) => [rule.meta.id, rule]));
  // The rules of plugins that were not trusted (and not loaded) are unknown here: their settings are skipped with the plugins (a warning says so).
  const pluginsSkipped = config.plugins.length > 0 && !pluginsAllowed(config, options);
  for (const [id, setting] of config.rules) {
    const rule = byId.get(id);
    if (rule) checkRuleOptions(rule, setting);
    else if (!pluginsSkipped) throw new UsageError(`${setting.where}: unknown rule "${id}"${didYouMean(id, byId.keys())}`);
  }
  for (const id of options.ruleOverrides?.keys() ?? []) {
    if (!byId.has(id) && !pluginsSkipped) throw new UsageError(`--rule ${id}: unknown rule "${id}"${didYouMean(id, byId.keys())} (known: ${[...byId.keys()].sort().join(', ')})`);
  }
  const rules: ActiveRule[] = [];
  for (const rule of byId.values()) {
    const setting = config.rules.get(rule.meta.id);
    const severity = options.ruleOverrides?.get(rule.meta.id) ?? setting?.severity ?? rule.meta.severity;
    if (severity !== 'off') rules.push({ rule, severity, options: setting?.options ?? {} });
  }
  const glossaryPaths = resolveGlossaryPaths(options.glossaries ?? [], options.cwd, config);
  const glossary = options.glossaryOverride ?? (glossaryPaths.length > 0 ? loadGlossary(glossaryPaths) : buildGlossary());
  const analyses = [...new Set(rules.flatMap(({ rule }) => rule.meta.uses ?? []))];
  return { rules, glossary, configDate: config.date, knownWords: new Set(config.words.map((w) => w.toLowerCase())), analyses };
}

/** Front matter `date`, else --date, else the config's, else the glossary's `asOf`, else today. */
function articleDate(doc: ArticleDocument, cliDate: string | undefined, setup: Setup): string {
  const raw = doc.frontMatter?.date;
  const fromFrontMatter = raw instanceof Date ? raw.toISOString().slice(0, 10) : typeof raw === 'string' ? parseIsoDate(raw.slice(0, 10)) : undefined;
  return fromFrontMatter ?? cliDate ?? setup.configDate ?? setup.glossary.asOf ?? today();
}

/** The run's corpus (analysis/corpus-entry.ts): named here for the engine's callers. */
export { Corpus };
/** One file's corpus-pass output: [rule id, collected data] for each rule with a `collect` step. */
export type Collected = [ruleId: string, data: unknown][];

/** One article's first pass: what its corpus rules collect, and the findings of the rules that need no corpus. */
export interface FirstPass {
  collected: Collected;
  messages: LintMessage[];
}

/**
 * Each article's first pass: the `collect` step of its rules that have one,
 * and every rule that has none (their findings do not depend on the other
 * files, so they are done while the article is at hand), all under one run
 * of time limits.
 */
export function firstPasses(files: readonly PreparedArticle[], options: Pick<LintOptions, 'timings' | 'timeLimit' | 'files'>): FirstPass[] {
  // One article's WordTokens at a time, shared by its collect and create steps, dropped with the pass.
  const wordTokensOf = latestWordTokens();
  const passes = files.map((file) => firstPassSteps(file, options, wordTokensOf));
  timeLimited(passes.flatMap((pass) => pass.steps), options);
  return passes.map((pass) => pass.result);
}

/** An article's first-pass steps, and the result they fill in. */
function firstPassSteps(file: PreparedArticle, options: Pick<LintOptions, 'timings' | 'timeLimit' | 'files'>, wordTokensOf: (doc: ArticleDocument) => WordTokens): { steps: RuleStep[]; result: FirstPass } {
  const { doc, setup, date } = file;
  const collected: Collected = [];
  const messages: LintMessage[] = [];
  const views = documentViews(doc, wordTokensOf);
  const analysisSteps: RuleStep[] = setup.analyses.map((id) => ({
    // Its time (and a time-limit error) goes to the first rule that uses it.
    ruleId: setup.rules.find(({ rule }) => rule.meta.uses?.includes(id))?.rule.meta.id ?? corpusKey(id),
    doc,
    messages,
    run() {
      try {
        collected.push([corpusKey(id), RUN_ANALYSES[id](doc)]);
      } catch {
        // The rules that use it report the crash when they read it.
      }
    },
  }));
  const collectSteps: RuleStep[] = setup.rules
    .filter(({ rule }) => rule.collect)
    .map(({ rule, options: ruleOptions }) => ({
      ruleId: rule.meta.id,
      doc,
      messages,
      run() {
        try {
          const context = { ruleId: rule.meta.id, options: ruleOptions, glossary: setup.glossary, date, knownWords: setup.knownWords, analysis: views, files: options.files ?? MANY_FILES };
          collected.push([rule.meta.id, rule.collect!(doc, context)]);
        } catch {
          // The rule's own run reports the crash as an internal error.
        }
      },
    }));
  const localRules = setup.rules.filter(({ rule }) => !readsCorpus(rule));
  return { steps: [...analysisSteps, ...collectSteps, ...createSteps(doc, localRules, { setup, date, corpus: NO_CORPUS, options, wordTokensOf }, messages)], result: { collected, messages } };
}

/** What `collect` is told when the size of the run is not known (a corpus read as a stream, the editor's workspace): as many files as any rule asks for. */
const MANY_FILES = Number.POSITIVE_INFINITY;

/**
 * The time one rule may take on one file when --time-limit does not say:
 * generous (a minute, plus a minute per million characters), as it is there
 * to stop a rule that never ends, not a slow one.
 */
export function defaultTimeLimit(textLength: number): number {
  return 60_000 + (60_000 * textLength) / 1_000_000;
}

/** One rule's work on one article: its `collect` or its `create`. */
interface RuleStep {
  ruleId: string;
  /** The article, and its messages, where the step's time-limit error goes. */
  doc: ArticleDocument;
  messages: LintMessage[];
  run(): void;
}

/**
 * Run the steps in order, each within its article's time limit. Starting a
 * limit costs a thread (docs/benchmarks.md), so one limit
 * covers many steps, of many articles: it is set to twice the limit of its
 * first step, and a further step starts under it only while that step's own
 * limit fits in what is left. So every step may run for its limit, and one
 * that never ends is stopped after one to two limits; it becomes one internal
 * error for its article, and the steps after it go on under a new limit.
 *
 * An article's parse (its views, which the rules share and build on first
 * read) is a step of its own before its rules: a parser that overruns is
 * stopped and reported once, and the article's rules are skipped, where the
 * parse would otherwise start again, and be stopped again, in each of them.
 */
function timeLimited(steps: readonly RuleStep[], options: Pick<LintOptions, 'timings' | 'timeLimit'>): void {
  const limitOf = (step: RuleStep) => options.timeLimit ?? defaultTimeLimit(step.doc.text.length);
  const { timings } = options;
  const all = withParseSteps(steps);
  const unparsed = new Set<ArticleDocument>();
  let next = 0;
  const runFromNext = (deadline: number) => {
    for (; next < all.length; next++) {
      const step = all[next]!;
      if (unparsed.has(step.doc)) continue;
      const started = performance.now();
      if (started + limitOf(step) > deadline) return;
      try {
        step.run();
      } finally {
        if (timings && step.ruleId !== PARSE_STEP) timings.set(step.ruleId, (timings.get(step.ruleId) ?? 0) + performance.now() - started);
      }
    }
  };
  if (options.timeLimit !== undefined && options.timeLimit <= 0) return runFromNext(Infinity);
  while (next < all.length) {
    const budget = 2 * limitOf(all[next]!);
    const deadline = performance.now() + budget;
    try {
      withTimeLimit(() => runFromNext(deadline), budget);
    } catch (error) {
      if (!(error instanceof TimeLimitExceeded)) throw error;
      const step = all[next]!;
      // The batch ran under twice the limit: the message names the step's own.
      const limit = formatSeconds(limitOf(step));
      if (step.ruleId === PARSE_STEP) {
        unparsed.add(step.doc);
        step.messages.push(internalError(step.doc, `parsing this file exceeded the time limit of ${limit}; no rule was run on it`, PARSE_STEP));
      } else {
        step.messages.push(internalError(step.doc, `rule "${step.ruleId}" exceeded the time limit of ${limit} on this file`, step.ruleId));
      }
      next++;
    }
  }
}

/** The name of an article's parse step (see timeLimited), and of its internal error's `data.rule`. */
const PARSE_STEP = '(parse)';

/** The steps, each article's parse step before its first. */
function withParseSteps(steps: readonly RuleStep[]): RuleStep[] {
  const seen = new Set<ArticleDocument>();
  const all: RuleStep[] = [];
  for (const step of steps) {
    if (!seen.has(step.doc)) {
      seen.add(step.doc);
      const { doc } = step;
      all.push({ ruleId: PARSE_STEP, doc, messages: step.messages, run: () => void doc.wordTable });
    }
    all.push(step);
  }
  return all;
}

/** Assemble the corpus from every file's collected data, in input order; `linted`: the paths of those the run lints (default: all). */
export function buildCorpus(files: readonly { path: string; collected: Collected }[], linted?: ReadonlySet<string>): Corpus {
  const lists = new Map<string, CorpusEntry<unknown>[]>();
  for (const { path, collected } of files) {
    for (const [ruleId, data] of collected) {
      let entries = lists.get(ruleId);
      if (!entries) lists.set(ruleId, (entries = []));
      entries.push({ path, data });
    }
  }
  return new Corpus(lists, linted);
}

/** The first pass's corpus: none yet. */
const NO_CORPUS = new Corpus(new Map());

/** Each rule's `create` over the article, reporting into `messages` (inline directives applied). */
function createSteps(doc: ArticleDocument, rules: readonly ActiveRule[], run: RuleRun, messages: LintMessage[]): RuleStep[] {
  const suppressed = suppression(directivesOf(doc), (offset) => doc.pointAt(offset).line);
  const analysis = documentAnalysis(doc, { glossary: run.setup.glossary, knownWords: run.setup.knownWords, corpus: run.corpus, wordTokensOf: run.wordTokensOf });
  return rules.map(({ rule, severity, options }) => ({
    ruleId: rule.meta.id,
    doc,
    messages,
    run() {
      const context: RuleContext = {
        ruleId: rule.meta.id,
        options,
        doc,
        glossary: run.setup.glossary,
        date: run.date,
        knownWords: run.setup.knownWords,
        corpus: run.corpus.list(rule.meta.id),
        corpusPlaces: run.corpus.places(rule.meta.id),
        lints: run.corpus.lints,
        analysis: analysisFor(analysis, rule.meta.id, rule.meta.uses),
        report(report) {
          if (suppressed(rule.meta.id, report.start)) return;
          messages.push(toMessage(doc, rule, severity, report));
        },
      };
      try {
        rule.create(context);
      } catch (error) {
        messages.push(internalError(doc, `rule "${rule.meta.id}" crashed: ${String((error as Error)?.message ?? error).split('\n')[0]}`, rule.meta.id));
      }
    },
  }));
}

/** The article's inline directives, found once for both passes. */
const directivesOf = memoizeByObject((doc: ArticleDocument) => findDirectives(doc.text));

/** Directives that name a rule the setup does not have. */
function directiveProblems(doc: ArticleDocument, setup: Setup): LintMessage[] {
  const knownIds = new Set(setup.rules.map((r) => r.rule.meta.id));
  const problems: LintMessage[] = [];
  for (const directive of directivesOf(doc)) {
    for (const id of directive.ruleIds) {
      if (knownIds.has(id)) continue;
      problems.push(toMessage(doc, directiveRule, 'warn', { message: `Unknown rule "${id}" in an article-lint directive`, start: directive.start, end: directive.end }));
    }
  }
  return problems;
}

/** Directive problems are reported under their own id. */
const directiveRule: Rule = {
  meta: { id: DIRECTIVE_RULE, description: 'Inline article-lint directives name known rules', severity: 'warn', url: '', fixable: false },
  create() {},
};

function byPosition(a: LintMessage, b: LintMessage): number {
  return a.place.start.offset - b.place.start.offset || a.place.end.offset - b.place.end.offset || a.ruleId.localeCompare(b.ruleId);
}

export function toMessage(doc: ArticleDocument, rule: Rule, ruleSeverity: ActiveSeverity, report: Report): LintMessage {
  const text = doc.text;
  const start = characterStart(text, clamp(report.start, 0, text.length));
  const end = characterEnd(text, clamp(report.end, start, text.length));
  const severity = report.severity && SEVERITY_RANK[report.severity] < SEVERITY_RANK[ruleSeverity] ? report.severity : ruleSeverity;
  const place = { start: doc.pointAt(start), end: doc.pointAt(end) };
  // A rule that does not declare fixes (`meta.fixable`) offers suggestions only, whatever one report says.
  const fixable = rule.meta.fixable && (report.fixable ?? report.expected?.length === 1);
  const message: LintMessage = {
    ruleId: rule.meta.id,
    source: rule.meta.source ?? SOURCE,
    reason: report.message,
    severity,
    fatal: severity === 'error' ? true : severity === 'warn' ? false : null,
    line: place.start.line,
    column: place.start.column,
    place,
    fixable: Boolean(fixable && report.expected && report.expected.length > 0),
  };
  if (report.expected) message.expected = report.expected;
  if (report.fixRange) {
    const fixStart = characterStart(text, clamp(report.fixRange.start, 0, text.length));
    message.fixRange = { start: fixStart, end: characterEnd(text, clamp(report.fixRange.end, fixStart, text.length)) };
  }
  if (rule.meta.url) message.url = rule.meta.url;
  if (report.related?.length) {
    message.related = report.related.map((r) => ({
      path: r.path ?? doc.path,
      place: r.place ?? { start: doc.pointAt(characterStart(text, r.start)), end: doc.pointAt(characterEnd(text, r.end)) },
      message: r.message,
    }));
  }
  if (report.data) message.data = report.data;
  return message;
}

/** A fatal message at the top of the file; `rule` names the rule that failed, when one did. */
export function internalError(doc: ArticleDocument, reason: string, rule?: string): LintMessage {
  const point = doc.pointAt(0);
  return {
    ...(rule ? { data: { rule } } : {}),
    ruleId: INTERNAL_ERROR,
    source: SOURCE,
    reason,
    severity: 'error',
    fatal: true,
    line: point.line,
    column: point.column,
    place: { start: point, end: point },
    fixable: false,
  };
}

/** The notice (info, at the line that decided) that a Markdown file was read as plain text, unless an earlier pass gave it. */
function plainTextNotices(doc: ArticleDocument, earlier: readonly LintMessage[]): LintMessage[] {
  const nesting = plainTextNotice(doc);
  if (!nesting) return [];
  const point = doc.pointAt(doc.offsetAt(nesting.line, 1));
  const notice: LintMessage = {
    ruleId: READ_AS_PLAIN_TEXT,
    source: SOURCE,
    reason: `this file was read as plain text: its Markdown has ${nesting.reason}, which no article has and which would cost the Markdown parser minutes or gigabytes`,
    severity: 'info',
    fatal: null,
    line: point.line,
    column: point.column,
    place: { start: point, end: point },
    fixable: false,
  };
  return earlier.some((m) => m.ruleId === READ_AS_PLAIN_TEXT) ? [] : [notice];
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(Number.isFinite(value) ? value : min, max));
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** Whether `offset` falls between the two halves of one astral character. */
const splitsPair = (text: string, offset: number) =>
  offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));

/** A span never starts or ends inside a character: widen it to whole code points. */
function characterStart(text: string, offset: number): number {
  return splitsPair(text, offset) ? offset - 1 : offset;
}

function characterEnd(text: string, offset: number): number {
  return splitsPair(text, offset) ? offset + 1 : offset;
}
