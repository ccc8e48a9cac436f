// The language server's lint run: the open documents that share a config
// form a corpus, as the files of one CLI run do, and the two passes are
// TwoPassLint's. Each open document's first pass (its corpus data and the
// findings of the rules that need no corpus) is kept for its version, so an
// edit runs the first pass of the edited document alone; when a document's
// corpus data changes, the documents that share its config are told
// (onCorpusChanged), to be linted again when the server sees fit.
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { configFor, type LintConfig } from '../config/config.js';
import type { PluginTrust } from '../config/plugins.js';
import type { PreparedArticle } from '../engine/engine.js';
import { TwoPassLint, type FirstPass } from '../engine/two-pass.js';
import { hasArticleExtension } from '../io/files.js';
import { fileStamp } from '../parse/structured.js';
import type { FileResult, Place, Rule } from '../types.js';
import type { Locate } from './convert.js';

const ARTICLE_LANGUAGES: Record<string, string> = { plaintext: '.txt', text: '.txt', markdown: '.md', html: '.html' };

export const isArticle = (doc: TextDocument) => doc.languageId in ARTICLE_LANGUAGES || hasArticleExtension(pathOf(doc));

/** The path the engine sees: the file's own, or a made-up name whose extension picks the format. */
export function pathOf(doc: TextDocument): string {
  if (doc.uri.startsWith('file:')) return fileURLToPath(doc.uri);
  const name = doc.uri.replace(/^[a-z]+:/i, '').replace(/[^\w.-]+/g, '_');
  return hasArticleExtension(name) || extname(name) ? name : name + (ARTICLE_LANGUAGES[doc.languageId] ?? '.txt');
}

/** A document's text as it is now, which later edits do not change. */
export const snapshotOf = (doc: TextDocument) => TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText());

/** An open document's first pass, on one version of its text under one config. */
interface KeptFirstPass {
  snapshot: TextDocument;
  config: LintConfig;
  first: FirstPass;
  /** Whether it was made for a corpus of this document alone (rules that only compare documents skip their summary then). */
  alone: boolean;
  /** `first.collected` as JSON: what the corpus holds for this document. */
  corpusData: string;
}

export interface CorpusLintHost {
  rules: readonly Rule[];
  /** Time one rule may take on one document, in ms (default: the engine's defaultTimeLimit). */
  timeLimit?: number;
  /** Whose plugins load. */
  trustPlugins?: PluginTrust;
  /** The workspace root: relative and made-up paths resolve from it. */
  root(): string;
  /** The open documents, in the order they were opened (the corpus order). */
  documents(): readonly TextDocument[];
  /**
   * Whether a document's first pass is made elsewhere (a worker thread's,
   * given to `adopt`): it is never parsed here, and is in its neighbours'
   * corpus from its first adopted pass on.
   */
  passedElsewhere?(doc: TextDocument): boolean;
  /** A document is about to be linted under this config. */
  onLint?(config: LintConfig): void;
  /** A document's corpus changed (a neighbour's data changed, or the glossary did): it is due a lint. */
  onCorpusChanged(uri: string): void;
}

export class CorpusLint {
  private run?: TwoPassLint;
  /** The glossary files in use when `run` was made, with their stamps. */
  private glossaryStamps = '';
  private readonly firstPasses = new Map<string, KeptFirstPass>();

  constructor(private readonly host: CorpusLintHost) {}

  /** The config of an open document (a made-up path resolves from the workspace root). */
  configOf(doc: TextDocument): LintConfig {
    return configFor(pathOf(doc), { cwd: this.host.root() });
  }

  /** The open articles with their configs, in the order they were opened; none whose config is broken. */
  private openArticles(): { doc: TextDocument; config: LintConfig }[] {
    return this.host.documents().flatMap((doc) => {
      if (!isArticle(doc)) return [];
      try {
        return [{ doc, config: this.configOf(doc) }];
      } catch {
        return [];
      }
    });
  }

  /** Glossary files named by the configs of open documents. */
  glossariesInUse(): Set<string> {
    return new Set(this.openArticles().flatMap(({ config }) => config.glossary));
  }

  /**
   * The run, with setups (rules, glossary) built once per config and kept
   * across lints; a config file that changes is a new config. When a
   * glossary file in use changes, setups and first passes start afresh.
   */
  private currentRun(): TwoPassLint {
    const stamps = [...this.glossariesInUse()]
      .sort()
      .map((path) => `${path}\0${fileStamp(path)}`)
      .join('\n');
    if (!this.run || stamps !== this.glossaryStamps) {
      // Every first pass was made with the old glossary.
      for (const uri of this.firstPasses.keys()) this.host.onCorpusChanged(uri);
      this.firstPasses.clear();
      const root = this.host.root();
      this.run = new TwoPassLint({ cwd: root, rules: this.host.rules, timeLimit: this.host.timeLimit, trustPlugins: this.host.trustPlugins }, (path) => configFor(path, { cwd: root }));
      this.glossaryStamps = stamps;
    }
    return this.run;
  }

  /** After a failed lint: a setup that failed to build is not kept, the next lint builds it again. */
  reset(): void {
    this.run = undefined;
  }

  /**
   * An open document's first pass, kept while its version and config stay
   * the same. A new one whose corpus data differs makes the documents that
   * share its config due a lint.
   */
  private async firstPassOf(run: TwoPassLint, snapshot: TextDocument, config: LintConfig, files: number, file?: PreparedArticle): Promise<KeptFirstPass> {
    const kept = this.firstPasses.get(snapshot.uri);
    const alone = files === 1;
    if (kept && kept.snapshot.version === snapshot.version && kept.config === config && kept.alone === alone) return kept;
    const [first] = run.firstPass([file ?? (await run.prepare({ path: pathOf(snapshot), text: snapshot.getText() }))], files);
    return this.keep(snapshot, config, first!, alone);
  }

  /** Keep a document's new first pass; when what it gives the corpus changed, the documents that share its config (or shared its old one) are due a lint. */
  private keep(snapshot: TextDocument, config: LintConfig, first: FirstPass, alone: boolean): KeptFirstPass {
    const kept = this.firstPasses.get(snapshot.uri);
    const fresh = { snapshot, config, first, alone, corpusData: JSON.stringify(first.collected) };
    this.firstPasses.set(snapshot.uri, fresh);
    if (kept?.config !== config || kept.corpusData !== fresh.corpusData) {
      for (const [uri, other] of this.firstPasses) if (uri !== snapshot.uri && (other.config === config || other.config === kept?.config)) this.host.onCorpusChanged(uri);
    }
    return fresh;
  }

  /**
   * A first pass made elsewhere (`passedElsewhere`: the worker thread's that
   * linted the document, from `lint`), kept as if made here, so that the
   * document is in its neighbours' corpus without being parsed here.
   */
  adopt(snapshot: TextDocument, first: FirstPass, alone: boolean): void {
    this.currentRun();
    this.keep(snapshot, this.configOf(snapshot), first, alone);
  }

  /** Lint one open document against the corpus of the open documents that share its config. */
  async lint(snapshot: TextDocument, fix: boolean): Promise<{ result: FileResult; locate: Locate; firstPass: FirstPass; alone: boolean }> {
    const run = this.currentRun();
    const config = this.configOf(snapshot);
    this.host.onLint?.(config);
    // Parsed once per lint: kept first passes hold findings, not views.
    const file = await run.prepare({ path: pathOf(snapshot), text: snapshot.getText() });
    const group = this.openArticles().filter((article) => article.config === config);
    const mine = await this.firstPassOf(run, snapshot, config, group.length, file);
    const members = (
      await Promise.all(
        group.map(({ doc }) => {
          if (doc.uri === snapshot.uri) return mine;
          // A pass made elsewhere counts from when it comes, until a newer one does.
          if (this.host.passedElsewhere?.(doc)) return this.firstPasses.get(doc.uri);
          return this.firstPassOf(run, snapshotOf(doc), config, group.length);
        }),
      )
    ).filter((member): member is KeptFirstPass => member?.config === config);
    const corpus = TwoPassLint.corpus(
      members.map((member) => ({ path: pathOf(member.snapshot), collected: member.first.collected })),
      new Set([file.input.path]),
    );
    const [result] = run.lint([{ file, firstMessages: mine.first.messages }], corpus, fix);
    return { result: result!, locate: locator(members.map((member) => member.snapshot)), firstPass: mine.first, alone: mine.alone };
  }

  /** A document closed: the documents that had it in their corpus lose a neighbour. */
  forget(uri: string): void {
    const closed = this.firstPasses.get(uri);
    this.firstPasses.delete(uri);
    for (const [other, kept] of this.firstPasses) if (kept.config === closed?.config) this.host.onCorpusChanged(other);
  }
}

function locator(snapshots: TextDocument[]): Locate {
  const byPath = new Map(snapshots.map((s) => [pathOf(s), s]));
  return (path: string, place: Place) => {
    const snapshot = byPath.get(path);
    if (snapshot) return { uri: snapshot.uri, range: { start: snapshot.positionAt(place.start.offset), end: snapshot.positionAt(place.end.offset) } };
    const point = (p: Place['start']) => ({ line: p.line - 1, character: p.column - 1 });
    return { uri: pathToFileURL(path).href, range: { start: point(place.start), end: point(place.end) } };
  };
}
