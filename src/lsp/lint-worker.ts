// A worker thread of the language server: it lints one large document (see
// server.ts, LARGE_DOCUMENT_CHARS) against the open documents it is given,
// as corpus-lint.ts does in the server's thread, and posts its diagnostics
// back, with the document's first pass (what it gives its neighbours'
// corpus). One thread per lint: the server ends it when the lint is
// superseded (a newer version, the document closed), which also frees its
// memory.
import { parentPort, workerData } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PluginTrust } from '../config/plugins.js';
import type { FileResult, LintMessage, Rule } from '../types.js';
import { UsageError } from '../util/errors.js';
import { toDiagnostic } from './convert.js';
import { CorpusLint } from './corpus-lint.js';
import type { FirstPass } from '../engine/engine.js';
import type { Diagnostic } from 'vscode-languageserver';

export interface WorkerDocument {
  uri: string;
  languageId: string;
  version: number;
  text: string;
}

export interface LintRequest {
  rulesModule: string;
  root: string;
  timeLimit?: number;
  trustPlugins?: PluginTrust;
  /** The open documents, in the order they were opened (the corpus order). */
  documents: WorkerDocument[];
  /** The document to lint, one of `documents`. */
  uri: string;
  fix: boolean;
}

export type LintReply =
  | { type: 'linted'; messages: LintMessage[]; diagnostics: Diagnostic[]; output: FileResult['output']; firstPass: FirstPass; alone: boolean }
  | { type: 'failed'; usage: boolean; message: string; stack: string };

const request = workerData as LintRequest;

async function lint(): Promise<LintReply> {
  const { default: rules } = (await import(request.rulesModule)) as { default: readonly Rule[] };
  const documents = request.documents.map((d) => TextDocument.create(d.uri, d.languageId, d.version, d.text));
  const corpusLint = new CorpusLint({
    rules,
    timeLimit: request.timeLimit,
    trustPlugins: request.trustPlugins,
    root: () => request.root,
    documents: () => documents,
    // The server's thread decides what is due a lint.
    onCorpusChanged: () => {},
  });
  const snapshot = documents.find((d) => d.uri === request.uri)!;
  const { result, locate, firstPass, alone } = await corpusLint.lint(snapshot, request.fix);
  return { type: 'linted', messages: result.messages, diagnostics: result.messages.map((m) => toDiagnostic(m, snapshot, locate)), output: result.output, firstPass, alone };
}

lint().then(
  (reply) => parentPort!.postMessage(reply),
  (error: unknown) =>
    parentPort!.postMessage({
      type: 'failed',
      usage: error instanceof UsageError,
      message: String((error as Error)?.message ?? error),
      stack: String((error as Error)?.stack ?? error),
    } satisfies LintReply),
);
