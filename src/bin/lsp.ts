#!/usr/bin/env node
// The `article-lint-lsp` command: the language server over stdio (default),
// or over the other transports vscode-languageserver understands.
import { createConnection, ProposedFeatures, StreamMessageWriter } from 'vscode-languageserver/node';
import { trustFromEnv } from '../config/plugins.js';
import { builtinRules, builtinRulesModule } from '../cli/builtin-rules.js';
import { createServer } from '../lsp/server.js';
import { ResyncingMessageReader } from '../lsp/transport.js';
import { VERSION } from '../util/version.js';

const HELP = `Usage: article-lint-lsp [--stdio | --node-ipc | --socket=PORT | --pipe=NAME] [--trust-plugins]

The article-lint Language Server Protocol server. Diagnostics for plain-text,
Markdown and HTML documents, quick fixes, and "fix all" as a source action.
Configuration and glossary are read as the CLI reads them (nearest
.article-lintrc.* or package.json "article-lint" field upward from each file).
Plugins named by such a config load only with --trust-plugins (or
ARTICLE_LINT_TRUST_PLUGINS=1): a workspace cannot make the server run its code.
Default transport: --stdio.`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(HELP + '\n');
} else if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(VERSION + '\n');
} else {
  // Over stdio, messages are read by a reader that survives a lying Content-Length (../lsp/transport.ts).
  const otherTransport = args.some((a) => /^--(node-ipc|socket|pipe)(=|$)/.test(a));
  const connection = otherTransport
    ? createConnection(ProposedFeatures.all)
    : createConnection(ProposedFeatures.all, new ResyncingMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  createServer(connection, { rules: builtinRules, rulesModule: builtinRulesModule(), trustPlugins: args.includes('--trust-plugins') ? 'all' : trustFromEnv(process.env) });
}
