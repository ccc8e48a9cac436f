// The language server with a large document open, over stdio as an editor
// starts it: the large document is linted off the request path (a worker
// thread), so requests and other documents' diagnostics are answered while
// it is linted, and closing it abandons its lint and clears its diagnostics.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..');
const smallUri = pathToFileURL(join(REPO, 'tests/fixtures/lsp-small.txt')).href;
const largeUri = pathToFileURL(join(REPO, 'tests/fixtures/lsp-large.txt')).href;

/** About `bytes` of article text: varied sentences in paragraphs, with one repeated word at the start. */
function largeArticle(bytes: number): string {
  const words = ['council', 'members', 'voted', 'on', 'Monday', 'to', 'approve', 'a', 'new', 'budget', 'for', 'schools', 'roads', 'and', 'parks', 'after', 'hearing', 'residents'];
  const paragraphs = ['The the council met.'];
  let size = 0;
  for (let p = 0; size < bytes; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 5; s++) {
      const length = 12 + ((p * 7 + s * 3) % 9);
      sentences.push(`Paragraph ${p} sentence ${s}: ` + Array.from({ length }, (_, i) => words[(p * 31 + s * 17 + i * 13 + i * i) % words.length]).join(' ') + '.');
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n') + '\n';
}

describe('a large document over stdio', () => {
  let server: ChildProcess | undefined;
  beforeAll(() => {
    if (!existsSync(join(REPO, 'dist/bin/lsp.js'))) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
  }, 120_000);
  afterEach(() => server?.kill());

  /** The server, and every diagnostics notification with the time it arrived. */
  function start(): { connection: MessageConnection; published: { at: number; params: PublishDiagnosticsParams }[] } {
    server = spawn(process.execPath, [join(REPO, 'dist/bin/lsp.js'), '--stdio'], { cwd: REPO, stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const published: { at: number; params: PublishDiagnosticsParams }[] = [];
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => published.push({ at: performance.now(), params }));
    connection.listen();
    return { connection, published };
  }

  async function until<T>(find: () => T | undefined, timeoutMs: number): Promise<T> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (performance.now() > deadline) throw new Error('timed out');
      await new Promise((wake) => setTimeout(wake, 10));
    }
  }

  async function openSmall(connection: MessageConnection, published: { params: PublishDiagnosticsParams }[]): Promise<Diagnostic[]> {
    await connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(REPO).href, capabilities: {} });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: smallUri, languageId: 'plaintext', version: 1, text: 'The the council met.\n' } });
    return until(() => published.find((p) => p.params.uri === smallUri)?.params.diagnostics, 20_000);
  }

  const openLarge = (connection: MessageConnection, text: string) =>
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri: largeUri, languageId: 'plaintext', version: 1, text } });

  it('answers a code action, and lints an edit of another document, while a 4 MB document is linted; fix all on it works', async () => {
    const { connection, published } = start();
    const [diagnostic] = await openSmall(connection, published);
    const text = largeArticle(4_000_000);
    const opened = performance.now();
    await openLarge(connection, text);
    const actions = await connection.sendRequest<{ title: string }[]>('textDocument/codeAction', { textDocument: { uri: smallUri }, range: diagnostic!.range, context: { diagnostics: [diagnostic] } });
    const answeredMs = performance.now() - opened;
    expect(actions.map((a) => a.title)).toContain('Delete "the" (repeated-word)');
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: smallUri, version: 2 }, contentChanges: [{ text: 'A a council met.\n' }] });
    const edited = await until(() => published.find((p) => p.params.uri === smallUri && p.params.version === 2), 20_000);
    const editMs = edited.at - opened;
    const large = await until(() => published.find((p) => p.params.uri === largeUri), 120_000);
    const largeMs = large.at - opened;
    console.log(`4 MB document open: code action on another document answered in ${answeredMs.toFixed(0)} ms, its edit linted in ${editMs.toFixed(0)} ms, the large document's diagnostics in ${largeMs.toFixed(0)} ms`);
    expect(large.params.diagnostics.some((d) => d.code === 'repeated-word' && d.range.start.line === 0)).toBe(true);
    // Both answers came while the large document was still being linted.
    expect(answeredMs).toBeLessThan(largeMs / 2);
    expect(editMs).toBeLessThan(largeMs / 2);
    // Fix all on the large document is made in its thread too: the repeated word goes.
    const [fixAll] = await connection.sendRequest<{ edit?: { documentChanges: { edits: { range: Diagnostic['range']; newText: string }[] }[] } }[]>('textDocument/codeAction', {
      textDocument: { uri: largeUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    const edits = fixAll!.edit!.documentChanges[0]!.edits;
    expect(edits).toHaveLength(1);
    expect(edits[0]!.range.start).toEqual({ line: 0, character: 4 });
    await connection.sendRequest('shutdown');
  }, 180_000);

  it("a large document linted in its thread is in its neighbours' corpus: their names are checked against it", async () => {
    const { connection, published } = start();
    await connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(REPO).href, capabilities: {} });
    await connection.sendNotification('initialized', {});
    // The large one writes Ishiba (seed 000 and filler); the small one Isba, Isab and Ishiba nowhere (seed 002).
    const seed = (name: string) => readFileSync(join(REPO, 'seeds', name), 'utf8');
    await openLarge(connection, `${seed('000_26a7d50623f7c8ba.txt')}\n${largeArticle(300_000)}`);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: smallUri, languageId: 'plaintext', version: 1, text: seed('002_a461cf6f35ca191c.txt') } });
    const fromNeighbour = (d: Diagnostic) => d.code === 'name-spelling' && d.message === '"Isba" looks like a misspelling of "Ishiba", as other articles of this run write it';
    const checked = await until(() => published.find((p) => p.params.uri === smallUri && p.params.diagnostics.some(fromNeighbour)), 60_000);
    expect(checked.params.diagnostics.filter(fromNeighbour).map((d) => d.range.start)).toEqual([
      { line: 5, character: 45 },
      { line: 15, character: 29 },
    ]);
    await connection.sendRequest('shutdown');
  }, 90_000);

  it('closing a large document while it is linted clears its diagnostics, and none are published later', async () => {
    const { connection, published } = start();
    await openSmall(connection, published);
    await openLarge(connection, largeArticle(4_000_000));
    // Its lint has started.
    await new Promise((wake) => setTimeout(wake, 300));
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri: largeUri } });
    const closed = performance.now();
    const cleared = await until(() => published.find((p) => p.params.uri === largeUri), 20_000);
    expect(cleared.params.diagnostics).toEqual([]);
    expect(cleared.at - closed).toBeLessThan(5_000);
    // Long enough for its lint to have finished had it gone on.
    const started = performance.now();
    await connection.sendRequest('shutdown');
    const shutdownMs = performance.now() - started;
    await new Promise((wake) => setTimeout(wake, 8_000));
    expect(published.filter((p) => p.params.uri === largeUri).map((p) => p.params.diagnostics)).toEqual([[]]);
    console.log(`4 MB document closed while linted: diagnostics cleared in ${(cleared.at - closed).toFixed(0)} ms, shutdown answered in ${shutdownMs.toFixed(0)} ms`);
  }, 60_000);
});
