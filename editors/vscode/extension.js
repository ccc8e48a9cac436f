// A minimal VS Code client for article-lint-lsp: starts the server over
// stdio for plain-text, Markdown and HTML documents. Everything else
// (diagnostics, quick fixes, "Fix all", config and glossary reloading) is
// the server's.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function serverCommand() {
  const configured = vscode.workspace.getConfiguration('articleLint').get('serverPath');
  if (configured) return configured;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, 'node_modules', '.bin', process.platform === 'win32' ? 'article-lint-lsp.cmd' : 'article-lint-lsp');
    if (existsSync(local)) return local;
  }
  return 'article-lint-lsp';
}

function activate(context) {
  const run = { command: serverCommand(), args: ['--stdio'], transport: TransportKind.stdio, options: { shell: process.platform === 'win32' } };
  client = new LanguageClient(
    'articleLint',
    'article-lint',
    { run, debug: run },
    {
      documentSelector: ['plaintext', 'markdown', 'html'].flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
    },
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
