// The article-lint language server: diagnostics on open and change
// (incremental sync), quick fixes from `expected`, and a "fix all" source
// action that runs the same fixer as --fix. What a lint is (open documents
// that share a config form a corpus, as the files of one CLI run do) is
// corpus-lint.ts's; this file is the protocol and the scheduling.
//
// Latency: an edit is linted as soon as the burst of changes it belongs to
// has been applied, and it is the only document linted on the way to its
// diagnostics (its neighbours' first passes are kept for their versions);
// the documents whose corpus changed are re-linted once the editor has been
// quiet for a moment.
//
// A large document (LARGE_DOCUMENT_CHARS) is linted in a worker thread of its
// own (lint-worker.ts), so that requests and the other documents' lints are
// served meanwhile; a newer version or a close ends that thread, and its
// lint is not published. Its first pass comes back with its findings and is
// kept as if made here: the large document is its neighbours' neighbour too,
// from its first lint on, without being parsed in this thread.
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
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
import { CONFIG_NAMES, type LintConfig } from '../config/config.js';
import { INTERNAL_ERROR } from '../engine/engine.js';
import { UsageError } from '../util/errors.js';
import { skippedPluginsWarning, type PluginTrust } from '../config/plugins.js';
import type { LintMessage, Rule } from '../types.js';
import { VERSION } from '../util/version.js';
import { failureDiagnostic, FIX_ALL_KIND, FIX_ALL_TITLE, kindRequested, minimalEdit, quickFixes, toDiagnostic } from './convert.js';
import { CorpusLint, isArticle, pathOf, snapshotOf } from './corpus-lint.js';
import type { LintReply, LintRequest } from './lint-worker.js';

export interface ServerOptions {
  /** Rules before plugins (the command gives the built-in set; tests add a crashing one). */
  rules: readonly Rule[];
  /** Time one rule may take on one document, in ms (default: the engine's defaultTimeLimit). */
  timeLimit?: number;
  /** Whose plugins load (`article-lint-lsp --trust-plugins`, ARTICLE_LINT_TRUST_PLUGINS); default: only the user's own config's. */
  trustPlugins?: PluginTrust;
  /** The URL of a module whose default export is `rules`: with it, large documents are linted in a worker thread that loads it. */
  rulesModule?: string;
}

export const CONFIG_ERROR = 'config-error';
/** Quiet time (no document event) before documents whose corpus changed are re-linted: long enough that a pause in typing rarely meets one of those lints. */
const NEIGHBOUR_DELAY_MS = 1000;
/** Documents longer than this (in characters) are linted in a worker thread: a lint of this size blocks for a few hundred ms (docs/guarantees.md). */
export const LARGE_DOCUMENT_CHARS = 256 * 1024;

/** The compiled worker: beside the bundle (dist/bin), beside this module in tsc's output; under a TypeScript test runner, the build's. */
function lintWorkerUrl(): URL {
  const here = new URL(import.meta.url);
  if (here.pathname.endsWith('.ts')) return new URL('../../dist/src/lsp/lint-worker.js', here);
  return new URL(here.pathname.includes('/dist/bin/') ? './lsp-worker.js' : './lint-worker.js', here);
}

/** A lint in a worker thread that a newer one (or a close) made moot. */
class Abandoned extends Error {
  constructor() {
    super('the lint was abandoned');
  }
}

/** What the last lint of a document found, on the exact text it linted. */
interface Linted {
  snapshot: TextDocument;
  messages: LintMessage[];
  diagnostics: Diagnostic[];
}

export function createServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, Linted>();
  /** Documents whose text changed (or that were opened): each is linted on the way to its own diagnostics. */
  const edited = new Set<string>();
  /** Documents whose corpus changed (a neighbour was edited, opened or closed): re-linted when the editor is quiet. */
  const neighbours = new Set<string>();
  /** Document events so far: a pass waits for a turn of the event loop without one. */
  let events = 0;
  let passRequested = false;
  let neighboursDue = false;
  let quietTimer: NodeJS.Timeout | undefined;
  let queue: Promise<void> = Promise.resolve();
  let root = process.cwd();
  let resolveSupported = false;
  let watchRegistration = false;

  /** Configs whose skipped plugins were logged: one warning per config (a changed config file is a new config). */
  const warnedConfigs = new WeakSet<LintConfig>();
  function warnSkippedPlugins(config: LintConfig): void {
    if (warnedConfigs.has(config)) return;
    warnedConfigs.add(config);
    const warning = skippedPluginsWarning(config, { trustPlugins: options.trustPlugins });
    if (warning) connection.console.warn(`article-lint: ${warning}`);
  }

  /** Lints running in worker threads, by document (and `fix` for fix all's): abandoning one ends its thread. */
  const workerLints = new Map<string, { worker: Worker; abandon(): void }>();
  const isLarge = (document: TextDocument) => options.rulesModule !== undefined && document.getText().length > LARGE_DOCUMENT_CHARS;

  const corpusLint = new CorpusLint({
    rules: options.rules,
    timeLimit: options.timeLimit,
    trustPlugins: options.trustPlugins,
    root: () => root,
    documents: () => documents.all(),
    passedElsewhere: isLarge,
    onLint: warnSkippedPlugins,
    onCorpusChanged: (uri) => neighbours.add(uri),
  });

  function publish(snapshot: TextDocument, messages: LintMessage[], diagnostics: Diagnostic[]): void {
    // A newer version is on its way; its own lint will publish.
    if (documents.get(snapshot.uri)?.version !== snapshot.version) return;
    linted.set(snapshot.uri, { snapshot, messages, diagnostics });
    void connection.sendDiagnostics({ uri: snapshot.uri, version: snapshot.version, diagnostics });
  }

  /** End a document's lints in worker threads: they reject with Abandoned, and nothing of theirs is published. */
  function abandonWorkerLints(uri: string): void {
    for (const key of [uri, `${uri}\0fix`]) workerLints.get(key)?.abandon();
  }

  /** Lint a large document (or make its fix-all output) in a worker thread; a newer lint of the same kind abandons this one. */
  function lintInWorker(document: TextDocument, fix: boolean): Promise<Extract<LintReply, { type: 'linted' }>> {
    const key = fix ? `${document.uri}\0fix` : document.uri;
    workerLints.get(key)?.abandon();
    const workerData: LintRequest = {
      rulesModule: options.rulesModule!,
      root,
      timeLimit: options.timeLimit,
      trustPlugins: options.trustPlugins,
      documents: documents.all().map((d) => ({ uri: d.uri, languageId: d.languageId, version: d.version, text: d.getText() })),
      uri: document.uri,
      fix,
    };
    const worker = new Worker(lintWorkerUrl(), { workerData });
    return new Promise((resolve, reject) => {
      const lint = { worker, abandon: () => settle(new Abandoned()) };
      workerLints.set(key, lint);
      const settle = (reply: LintReply | Error) => {
        if (workerLints.get(key) !== lint) return;
        workerLints.delete(key);
        void worker.terminate();
        if (reply instanceof Error) reject(reply);
        else if (reply.type === 'linted') resolve(reply);
        else reject(Object.assign(reply.usage ? new UsageError(reply.message) : new Error(reply.message), { stack: reply.stack }));
      };
      worker.once('message', settle);
      worker.once('error', settle);
      worker.once('exit', (code) => settle(new Error(`the lint thread exited with code ${code}`)));
    });
  }

  /** Lint a large document in a worker thread and publish its diagnostics; its neighbours' lints go on meanwhile. */
  function lintLarge(document: TextDocument): void {
    const snapshot = snapshotOf(document);
    warnSkippedPlugins(corpusLint.configOf(snapshot));
    lintInWorker(snapshot, false).then(
      ({ messages, diagnostics, firstPass, alone }) => {
        if (documents.get(snapshot.uri)?.version !== snapshot.version) return;
        // Its neighbours whose corpus this changes are due a lint (after a quiet moment, as for an edit's).
        corpusLint.adopt(snapshot, firstPass, alone);
        if (neighboursDue && neighbours.size > 0) requestPass();
        publish(snapshot, messages, diagnostics);
      },
      (error: unknown) => {
        if (!(error instanceof Abandoned)) reportFailure(snapshot, error);
      },
    );
  }

  /** Lint an open document and publish its diagnostics. */
  async function lintOpen(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (document && isArticle(document) && isLarge(document)) {
      try {
        lintLarge(document);
      } catch (error) {
        reportFailure(snapshotOf(document), error);
      }
    } else if (document && isArticle(document)) {
      const snapshot = snapshotOf(document);
      try {
        const { result, locate } = await corpusLint.lint(snapshot, false);
        publish(snapshot, result.messages, result.messages.map((m) => toDiagnostic(m, snapshot, locate)));
      } catch (error) {
        reportFailure(snapshot, error);
      }
    }
    // Linted against the corpus as it is now.
    neighbours.delete(uri);
  }

  /** A failed lint (bad config or glossary, a crash) is logged and shown on the file; the server lives on. */
  function reportFailure(snapshot: TextDocument, error: unknown): void {
    corpusLint.reset();
    const usage = error instanceof UsageError;
    const reason = String((error as Error)?.message ?? error).split('\n')[0]!;
    connection.console.error(`article-lint: ${usage ? reason : String((error as Error)?.stack ?? error)}`);
    publish(snapshot, [], [failureDiagnostic(usage ? CONFIG_ERROR : INTERNAL_ERROR, reason)]);
  }

  /**
   * Lint the edited documents, or else one neighbour once the editor is
   * quiet; then ask for the next pass if work is left. One document per
   * neighbour pass, so that an edit waits for one lint at most.
   */
  async function runPass(): Promise<void> {
    passRequested = false;
    const uris = edited.size > 0 ? [...edited] : neighboursDue ? [...neighbours].slice(0, 1) : [];
    edited.clear();
    for (const uri of uris) await lintOpen(uri);
    if (edited.size > 0 || (neighboursDue && neighbours.size > 0)) requestPass();
  }

  /**
   * Ask for a pass once the document events in flight have been handled:
   * vscode-jsonrpc handles one message per turn of the event loop, so the
   * pass starts after a turn without a document event. Edits that arrive
   * until it starts are coalesced: it lints each document's newest version.
   */
  function requestPass(): void {
    if (passRequested) return;
    passRequested = true;
    const afterQuietTurn = (seen: number): void => {
      setImmediate(() => {
        if (seen !== events) return afterQuietTurn(events);
        queue = queue.then(runPass, runPass);
      });
    };
    afterQuietTurn(-1);
  }

  /** A document opened, changed or closed: neighbours wait until the editor has been quiet for a moment. */
  function noteEvent(): void {
    events++;
    neighboursDue = false;
    clearTimeout(quietTimer);
    quietTimer = setTimeout(() => {
      neighboursDue = true;
      if (neighbours.size > 0) requestPass();
    }, NEIGHBOUR_DELAY_MS);
  }

  function relintAll(): void {
    for (const doc of documents.all()) edited.add(doc.uri);
    requestPass();
  }

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
    // Config and glossary files: re-lint when they change (when the client cannot watch, every lint checks their stamps anyway).
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
    if (paths.some((p) => (CONFIG_NAMES as readonly string[]).includes(basename(p)) || corpusLint.glossariesInUse().has(p))) relintAll();
  });

  // TextDocuments fires onDidChangeContent on open as well as on change.
  documents.onDidChangeContent(({ document }) => {
    edited.add(document.uri);
    noteEvent();
    requestPass();
  });
  documents.onDidClose(({ document }) => {
    abandonWorkerLints(document.uri);
    edited.delete(document.uri);
    neighbours.delete(document.uri);
    linted.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    corpusLint.forget(document.uri);
    noteEvent();
  });

  async function fixAllEdit(uri: string): Promise<CodeAction['edit'] | undefined> {
    const document = documents.get(uri);
    if (!document || !isArticle(document)) return undefined;
    const snapshot = snapshotOf(document);
    const output = isLarge(document) ? (await lintInWorker(snapshot, true)).output : (await corpusLint.lint(snapshot, true)).result.output;
    const edit = output === undefined ? undefined : minimalEdit(snapshot, output);
    return edit ? { documentChanges: [{ textDocument: { uri, version: snapshot.version }, edits: [edit] }] } : undefined;
  }

  connection.onCodeAction(async (params: CodeActionParams) => {
    const uri = params.textDocument.uri;
    const state = linted.get(uri);
    if (!state || documents.get(uri)?.version !== state.snapshot.version) return [];
    const only = params.context.only;
    const actions: CodeAction[] = kindRequested(only, 'quickfix') ? quickFixes(uri, state.snapshot, state.messages, state.diagnostics, params.range, pathOf(state.snapshot)) : [];
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

  // After shutdown the client expects no more diagnostics: the work not yet started is dropped.
  connection.onShutdown(() => {
    clearTimeout(quietTimer);
    edited.clear();
    neighbours.clear();
    for (const lint of [...workerLints.values()]) lint.abandon();
  });

  documents.listen(connection);
  connection.listen();
}
