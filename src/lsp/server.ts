// The article-lint language server: diagnostics on open and change
// (debounced, incremental sync), quick fixes from `expected`, and a
// "fix all" source action that runs the same fixer as --fix. Open documents
// are linted together (per config), so corpus rules see each other's text.
import { basename, dirname, extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeAction,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtinRules } from '../../rules/index.js';
import { CONFIG_NAMES, discoverConfig, type LintConfig } from '../config.js';
import { INTERNAL_ERROR, lintArticles, type ArticleInput } from '../engine.js';
import { UsageError } from '../errors.js';
import { hasArticleExtension } from '../files.js';
import type { LintMessage, Place, Rule } from '../types.js';
import { VERSION } from '../version.js';
import { failureDiagnostic, FIX_ALL_KIND, FIX_ALL_TITLE, kindRequested, minimalEdit, quickFixes, toDiagnostic, type Locate } from './convert.js';

export interface ServerOptions {
  /** Quiet time after an edit before re-linting. */
  debounceMs?: number;
  /** Rules before plugins; the built-in set by default (tests inject a crashing one). */
  rules?: readonly Rule[];
}

const ARTICLE_LANGUAGES: Record<string, string> = { plaintext: '.txt', text: '.txt', markdown: '.md', html: '.html' };
export const CONFIG_ERROR = 'config-error';

/** What the last lint of a document found, on the exact text it linted. */
interface Linted {
  snapshot: TextDocument;
  messages: LintMessage[];
  diagnostics: Diagnostic[];
}

interface Group {
  config: LintConfig;
  documents: TextDocument[];
}

export function createServer(connection: Connection, options: ServerOptions = {}): void {
  const debounceMs = options.debounceMs ?? 150;
  const rules = options.rules ?? builtinRules;
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, Linted>();
  const timers = new Map<string, NodeJS.Timeout>();
  const pending = new Set<string>();
  let queue: Promise<void> = Promise.resolve();
  let root = process.cwd();
  let resolveSupported = false;
  let watchRegistration = false;

  const isArticle = (doc: TextDocument) => doc.languageId in ARTICLE_LANGUAGES || hasArticleExtension(pathOf(doc));

  /** The path the engine sees: the file's own, or a made-up name whose extension picks the format. */
  function pathOf(doc: TextDocument): string {
    if (doc.uri.startsWith('file:')) return fileURLToPath(doc.uri);
    const name = doc.uri.replace(/^[a-z]+:/i, '').replace(/[^\w.-]+/g, '_');
    return hasArticleExtension(name) || extname(name) ? name : name + (ARTICLE_LANGUAGES[doc.languageId] ?? '.txt');
  }

  function groups(): Group[] {
    const byConfig = new Map<LintConfig, TextDocument[]>();
    for (const doc of documents.all()) {
      if (!isArticle(doc)) continue;
      const dir = doc.uri.startsWith('file:') ? dirname(pathOf(doc)) : root;
      const config = discoverConfig(dir);
      byConfig.set(config, [...(byConfig.get(config) ?? []), doc]);
    }
    return [...byConfig].map(([config, docs]) => ({ config, documents: docs }));
  }

  async function lint(group: Group, snapshots: TextDocument[], fix: boolean) {
    const inputs: ArticleInput[] = snapshots.map((s) => ({ path: pathOf(s), text: s.getText() }));
    return lintArticles(inputs, { cwd: root, rules, config: group.config, fix });
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

  function publish(snapshot: TextDocument, messages: LintMessage[], diagnostics: Diagnostic[]): void {
    // A newer version is on its way; its own lint will publish.
    if (documents.get(snapshot.uri)?.version !== snapshot.version) return;
    linted.set(snapshot.uri, { snapshot, messages, diagnostics });
    void connection.sendDiagnostics({ uri: snapshot.uri, version: snapshot.version, diagnostics });
  }

  async function lintGroup(group: Group): Promise<void> {
    const snapshots = group.documents.map((d) => TextDocument.create(d.uri, d.languageId, d.version, d.getText()));
    try {
      const results = await lint(group, snapshots, false);
      const locate = locator(snapshots);
      results.forEach((result, i) => {
        const snapshot = snapshots[i]!;
        publish(snapshot, result.messages, result.messages.map((m) => toDiagnostic(m, snapshot, locate)));
      });
    } catch (error) {
      reportFailure(snapshots, error);
    }
  }

  /** A failed run (bad config or glossary, a crash) is logged and shown on each file; the server lives on. */
  function reportFailure(snapshots: TextDocument[], error: unknown): void {
    const usage = error instanceof UsageError;
    const reason = String((error as Error)?.message ?? error).split('\n')[0]!;
    connection.console.error(`article-lint: ${usage ? reason : String((error as Error)?.stack ?? error)}`);
    for (const snapshot of snapshots) publish(snapshot, [], [failureDiagnostic(usage ? CONFIG_ERROR : INTERNAL_ERROR, reason)]);
  }

  async function drain(): Promise<void> {
    if (pending.size === 0) return;
    const uris = new Set(pending);
    pending.clear();
    let found: Group[];
    try {
      found = groups();
    } catch (error) {
      // Config discovery itself failed (an invalid config file): every requested document shows it.
      return reportFailure(
        [...uris].flatMap((uri) => documents.get(uri) ?? []),
        error,
      );
    }
    for (const group of found) {
      if (group.documents.some((d) => uris.has(d.uri))) await lintGroup(group);
    }
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    const run = () => {
      timers.delete(uri);
      pending.add(uri);
      queue = queue.then(drain, drain);
    };
    if (delay === 0) run();
    else timers.set(uri, setTimeout(run, delay));
  }

  /** Glossary files named by the configs of open documents (none while a config is broken). */
  function glossariesInUse(): Set<string> {
    try {
      return new Set(groups().flatMap((g) => g.config.glossary));
    } catch {
      return new Set();
    }
  }

  const relintAll = () => documents.all().forEach((d) => schedule(d.uri, 0));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith('file:')) root = fileURLToPath(folder);
    resolveSupported = Boolean(params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit'));
    watchRegistration = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: resolveSupported },
      },
      serverInfo: { name: 'article-lint', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    // Config and glossary files: re-lint when they change (when the client cannot watch, every lint checks mtimes anyway).
    if (watchRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/{.article-lintrc.json,.article-lintrc.yaml,.article-lintrc.yml,package.json}' }, { globPattern: '**/*.{yaml,yml,json}' }],
      });
    }
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const paths = changes.filter((c) => c.uri.startsWith('file:')).map((c) => fileURLToPath(c.uri));
    // The config and glossary loaders re-read changed files (their caches key on mtime and size):
    // re-lint when a config file, or a glossary some open document uses, changed.
    if (paths.some((p) => (CONFIG_NAMES as readonly string[]).includes(basename(p)) || glossariesInUse().has(p))) relintAll();
  });

  // TextDocuments fires onDidChangeContent right after onDidOpen; the open is linted at once, edits after a quiet time.
  const justOpened = new Set<string>();
  documents.onDidOpen(({ document }) => {
    justOpened.add(document.uri);
    schedule(document.uri, 0);
  });
  documents.onDidChangeContent(({ document }) => {
    if (!justOpened.delete(document.uri)) schedule(document.uri, debounceMs);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    justOpened.delete(document.uri);
    linted.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    // The others lose a corpus neighbour.
    relintAll();
  });

  async function fixAllEdit(uri: string): Promise<CodeAction['edit'] | undefined> {
    const group = groups().find((g) => g.documents.some((d) => d.uri === uri));
    if (!group) return undefined;
    const snapshots = group.documents.map((d) => TextDocument.create(d.uri, d.languageId, d.version, d.getText()));
    const index = snapshots.findIndex((s) => s.uri === uri);
    const [result] = (await lint(group, snapshots, true)).slice(index, index + 1);
    const edit = result?.output === undefined ? undefined : minimalEdit(snapshots[index]!, result.output);
    return edit ? { documentChanges: [{ textDocument: { uri, version: snapshots[index]!.version }, edits: [edit] }] } : undefined;
  }

  connection.onCodeAction(async (params: CodeActionParams) => {
    const uri = params.textDocument.uri;
    const state = linted.get(uri);
    if (!state || documents.get(uri)?.version !== state.snapshot.version) return [];
    const only = params.context.only;
    const actions: CodeAction[] = kindRequested(only, 'quickfix') ? quickFixes(uri, state.snapshot, state.messages, state.diagnostics, params.range) : [];
    if (kindRequested(only, FIX_ALL_KIND) && state.messages.some((m) => m.fixable)) {
      const fixAll = CodeAction.create(FIX_ALL_TITLE, FIX_ALL_KIND);
      fixAll.data = { uri };
      if (!resolveSupported) {
        try {
          fixAll.edit = await fixAllEdit(uri);
        } catch (error) {
          connection.console.error(`article-lint: fix all failed: ${String((error as Error)?.stack ?? error)}`);
        }
      }
      if (resolveSupported || fixAll.edit) actions.push(fixAll);
    }
    return actions;
  });

  connection.onCodeActionResolve(async (action) => {
    const uri = (action.data as { uri?: string } | undefined)?.uri;
    if (action.kind === FIX_ALL_KIND && uri && !action.edit) {
      try {
        action.edit = await fixAllEdit(uri);
      } catch (error) {
        connection.console.error(`article-lint: fix all failed: ${String((error as Error)?.stack ?? error)}`);
      }
    }
    return action;
  });

  documents.listen(connection);
  connection.listen();
}
