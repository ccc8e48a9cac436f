// LSP latency: drives `node dist/bin/lsp.js --stdio` like an editor does.
// Opens one article, waits for its diagnostics (open -> diagnostics), then
// types: each edit inserts a word, and the time until the server publishes
// diagnostics for that version is one edit -> diagnostics sample: what a
// user waits for, from the keystroke to the squiggles.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';

/** { openMs, editMs: number[] } for `edits` edits of the article at `path`. */
export async function measureLsp(serverPath, path, { edits = 15, pauseMs = 400 } = {}) {
  const server = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  // The server exits on `exit`: a write still under way to its closed input is no failure of the bench.
  server.stdin.on('error', () => {});
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const uri = pathToFileURL(resolve(path)).href;
  /** The version whose diagnostics are awaited, and who awaits them. */
  let awaited;
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    if (params.uri !== uri || !awaited) return;
    // A server that omits the version answers the last change with its next publication.
    if (params.version !== undefined && params.version !== awaited.version) return;
    const { done } = awaited;
    awaited = undefined;
    done(params.diagnostics.length);
  });
  connection.onRequest(() => null); // client/registerCapability and the like
  connection.listen();
  const nextDiagnostics = (version) => new Promise((done) => (awaited = { version, done }));
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(process.cwd()).href, capabilities: {}, workspaceFolders: null });
    connection.sendNotification('initialized', {});
    let text = readFileSync(path, 'utf8');
    let started = performance.now();
    const opened = nextDiagnostics(1);
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    await opened;
    const openMs = performance.now() - started;
    const editMs = [];
    for (let version = 2; version < edits + 2; version++) {
      await new Promise((r) => setTimeout(r, pauseMs));
      // Insert a word in the middle of the article, as typing does.
      const offset = text.indexOf(' ', Math.floor(text.length / 2) + version * 7);
      const before = text.slice(0, offset);
      const line = before.split('\n').length - 1;
      const character = offset - (before.lastIndexOf('\n') + 1);
      const insert = ' again';
      text = before + insert + text.slice(offset);
      started = performance.now();
      const published = nextDiagnostics(version);
      connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: insert }],
      });
      await published;
      editMs.push(performance.now() - started);
    }
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit').catch(() => {});
    return { openMs, editMs };
  } finally {
    connection.dispose();
    server.kill();
  }
}
