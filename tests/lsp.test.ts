// End-to-end tests of the language server: a real LSP client (vscode-jsonrpc)
// talks to createServer over in-memory streams, and once to the built
// `article-lint-lsp --stdio` binary as an editor would start it.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { createConnection } from 'vscode-languageserver/node';
import {
  StreamMessageReader as ServerReader,
  StreamMessageWriter as ServerWriter,
  type CodeAction,
  type Diagnostic,
  type PublishDiagnosticsParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import { builtinRules } from '../rules/index.js';
import { createServer, type ServerOptions } from '../src/lsp/server.js';
import type { Rule } from '../src/types.js';
import { cli, parseJson, tempTree } from './helpers.js';

const REPO = resolve(import.meta.dirname, '..');

/** A minimal LSP client: requests, and the diagnostics the server publishes, per document. */
class Client {
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: (() => void)[] = [];
  readonly logs: string[] = [];
  readonly registrations: unknown[] = [];

  constructor(readonly connection: MessageConnection) {
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, [...(this.published.get(params.uri) ?? []), params]);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => this.logs.push(params.message));
    connection.onRequest('client/registerCapability', (params: { registrations: unknown[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    connection.listen();
  }

  async initialize(capabilities: Record<string, unknown> = {}, rootUri: string | null = pathToFileURL(REPO).href) {
    const result = await this.connection.sendRequest('initialize', { processId: null, rootUri, capabilities });
    await this.connection.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
  }

  /** The next diagnostics for `uri` published for `version` (or later). */
  async diagnostics(uri: string, version: number, timeoutMs = 20_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (this.published.get(uri) ?? []).find((p) => (p.version ?? 0) >= version);
      if (found) {
        this.published.set(uri, (this.published.get(uri) ?? []).filter((p) => p !== found));
        return found.diagnostics;
      }
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} version ${version}`);
      await new Promise<void>((wake) => {
        this.waiters.push(wake);
        setTimeout(wake, 200);
      });
    }
  }

  /** Diagnostics published for `uri` and not read yet. */
  unread(uri: string): PublishDiagnosticsParams[] {
    return this.published.get(uri) ?? [];
  }

  open(uri: string, text: string, languageId = 'plaintext', version = 1) {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: unknown[]) {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  codeActions(uri: string, range: Diagnostic['range'], diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  }
}

const sessions: (() => Promise<void>)[] = [];
afterEach(() => Promise.all(sessions.splice(0).map((end) => end())));

/** createServer over in-memory streams, with a client attached. */
function inMemory(options: Partial<ServerOptions> = {}): Client {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(new ServerReader(toServer), new ServerWriter(toClient));
  createServer(serverConnection, { rules: builtinRules, ...options });
  const client = new Client(createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)));
  sessions.push(async () => {
    // As an editor leaves: shutdown first, so that no lint is left to publish on a closed connection.
    await client.connection.sendRequest('shutdown');
    client.connection.dispose();
    serverConnection.dispose();
  });
  return client;
}

/** Apply a WorkspaceEdit's edits for `uri` the way an editor does. */
function applyEdit(text: string, edit: WorkspaceEdit, uri: string): string {
  const edits: TextEdit[] = edit.changes?.[uri] ?? edit.documentChanges?.flatMap((c) => ('edits' in c && c.textDocument.uri === uri ? c.edits : [])) ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 0, text), edits as TextEdit[]);
}

const storyUri = pathToFileURL(join(REPO, 'tests/fixtures/lsp-story.txt')).href;

describe('diagnostics, quick fixes, fix all, edits', () => {
  it('initializes with incremental sync and code actions', async () => {
    const client = inMemory();
    const { capabilities, serverInfo } = await client.initialize();
    expect(serverInfo.name).toBe('article-lint');
    expect(capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(capabilities.codeActionProvider).toMatchObject({ codeActionKinds: ['quickfix', 'source.fixAll.article-lint'] });
  });

  it('open -> diagnostics -> quick fix -> apply -> change -> new diagnostics', async () => {
    const client = inMemory();
    await client.initialize();
    let text = 'The the council met.\n';
    await client.open(storyUri, text);
    const [diagnostic, ...rest] = await client.diagnostics(storyUri, 1);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      range: { start: { line: 0, character: 4 }, end: { line: 0, character: 7 } },
      code: 'repeated-word',
      source: 'article-lint',
      severity: 2,
      message: 'Repeated word "the"',
      codeDescription: { href: expect.stringMatching(/rules\/repeated-word\/README\.md$/) },
    });

    const actions = await client.codeActions(storyUri, diagnostic!.range, [diagnostic!], ['quickfix']);
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred])).toEqual([['Delete "the" (repeated-word)', 'quickfix', true]]);
    expect(actions[0]!.diagnostics).toEqual([diagnostic]);
    text = applyEdit(text, actions[0]!.edit!, storyUri);
    expect(text).toBe('The council met.\n');

    // The editor applies the fix as an incremental change, then the user types a new double.
    await client.change(storyUri, 2, [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 7 } }, text: '' }]);
    expect(await client.diagnostics(storyUri, 2)).toEqual([]);
    await client.change(storyUri, 3, [{ range: { start: { line: 0, character: 15 }, end: { line: 0, character: 15 } }, text: ' met' }]);
    const [again, ...none] = await client.diagnostics(storyUri, 3);
    expect(none).toEqual([]);
    expect(again).toMatchObject({ code: 'repeated-word', range: { start: { line: 0, character: 16 }, end: { line: 0, character: 19 } }, message: 'Repeated word "met"' });
  });

  it('coalesces a burst of edits into one lint of the last version', async () => {
    let lints = 0;
    const counting: Rule = {
      meta: { id: 'counting', description: 'test: counts its runs', severity: 'info', url: '', fixable: false },
      create: () => void lints++,
    };
    const client = inMemory({ rules: [...builtinRules, counting] });
    await client.initialize();
    await client.open(storyUri, 'Calm text.\n');
    expect(await client.diagnostics(storyUri, 1)).toEqual([]);
    expect(lints).toBe(1);
    // Sent in one go, as an editor flushes a burst of typing: all five arrive before the server lints.
    await Promise.all(
      [2, 3, 4, 5, 6].map((version) => client.change(storyUri, version, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'so ' }])),
    );
    const diagnostics = await client.diagnostics(storyUri, 6);
    expect(diagnostics.map((d) => d.range.start.character)).toEqual([3, 6, 9, 12]);
    expect(lints).toBe(2);
    await new Promise((r) => setTimeout(r, 300));
    expect(await client.diagnostics(storyUri, 2, 0).catch(() => 'none')).toBe('none');
  });

  it('does not debounce: an edit is linted with no timer in between (timers frozen, its diagnostics still come)', async () => {
    const client = inMemory();
    await client.initialize();
    await client.open(storyUri, 'Calm text.\n');
    expect(await client.diagnostics(storyUri, 1)).toEqual([]);
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] });
    try {
      await client.change(storyUri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'The the ' }]);
      expect((await client.diagnostics(storyUri, 2)).map((d) => d.code)).toEqual(['repeated-word']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('fix all: a source.fixAll action whose edit is what --fix writes (eager and resolved)', async () => {
    const text = 'The the council met met on Monday.\n\nIt it voted.\n';
    for (const resolveSupport of [false, true]) {
      const client = inMemory();
      await client.initialize(resolveSupport ? { textDocument: { codeAction: { resolveSupport: { properties: ['edit'] } } } } : {});
      await client.open(storyUri, text);
      const diagnostics = await client.diagnostics(storyUri, 1);
      expect(diagnostics.map((d) => d.code)).toEqual(['repeated-word', 'repeated-word', 'repeated-word']);
      const whole = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
      const sourceActions = await client.codeActions(storyUri, whole, [], ['source.fixAll']);
      expect(sourceActions.map((a) => [a.title, a.kind])).toEqual([['Fix all article-lint problems in this file', 'source.fixAll.article-lint']]);
      let action = sourceActions[0]!;
      if (resolveSupport) {
        expect(action.edit).toBeUndefined();
        action = await client.connection.sendRequest('codeAction/resolve', action);
      }
      const fixed = applyEdit(text, action.edit!, storyUri);
      const viaCli = await cli(['--fix', '--stdin-filename', 'story.txt', '-'], { stdin: text });
      expect(fixed).toBe(viaCli.stdout);
      expect(fixed).toBe('The council met on Monday.\n\nIt voted.\n');
      // Without `only`, quick fixes for the range and the fix-all action both come back.
      const all = await client.codeActions(storyUri, whole, diagnostics);
      expect(all.map((a) => a.kind)).toEqual(['quickfix', 'quickfix', 'quickfix', 'source.fixAll.article-lint']);
      expect(await client.codeActions(storyUri, whole, [], ['refactor'])).toEqual([]);
    }
  });

  it('a seed article: the same findings as the CLI, at the same places', async () => {
    const seed = 'seeds/002_a461cf6f35ca191c.txt';
    const text = readFileSync(join(REPO, seed), 'utf8');
    const client = inMemory();
    await client.initialize();
    const uri = pathToFileURL(join(REPO, seed)).href;
    await client.open(uri, text);
    const diagnostics = await client.diagnostics(uri, 1);
    const [file] = parseJson(await cli(['--format', 'json', seed], { cwd: REPO }));
    const doc = TextDocument.create(uri, 'plaintext', 1, text);
    expect(diagnostics.map((d) => [d.code, doc.offsetAt(d.range.start), doc.offsetAt(d.range.end), d.message])).toEqual(
      file!.messages.map((m) => [m.ruleId, m.place.start.offset, m.place.end.offset, m.reason]),
    );
    expect(diagnostics.every((d) => d.source === 'article-lint')).toBe(true);
  });

  it('Markdown and HTML documents are linted in their format; other languages are not', async () => {
    const client = inMemory();
    await client.initialize();
    const md = 'untitled:Untitled-1';
    await client.open(md, '# Title\n\n`the the` is code, but the the is not.\n', 'markdown');
    expect((await client.diagnostics(md, 1)).map((d) => d.range.start)).toEqual([{ line: 2, character: 27 }]);
    const html = pathToFileURL(join(REPO, 'tests/fixtures/page.html')).href;
    await client.open(html, '<p>The <b>the</b> council <code>met met</code>.</p>\n', 'html');
    expect((await client.diagnostics(html, 1)).map((d) => d.code)).toEqual(['repeated-word']);
    const json = pathToFileURL(join(REPO, 'tests/fixtures/data.json')).href;
    await client.open(json, '{"a": "the the"}', 'json');
    await new Promise((r) => setTimeout(r, 200));
    await expect(client.diagnostics(json, 1, 0)).rejects.toThrow(/no diagnostics/);
  });

  it('closing a document clears its diagnostics', async () => {
    const client = inMemory();
    await client.initialize();
    await client.open(storyUri, 'The the council met.\n');
    expect(await client.diagnostics(storyUri, 1)).toHaveLength(1);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: storyUri } });
    expect(await client.diagnostics(storyUri, 0)).toEqual([]);
  });
});

describe('the real binary over stdio', () => {
  let server: ChildProcess | undefined;
  beforeAll(() => {
    if (!existsSync(join(REPO, 'dist/bin/lsp.js'))) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
  }, 120_000);
  afterEach(() => server?.kill());

  function start(): Client {
    server = spawn(process.execPath, [join(REPO, 'dist/bin/lsp.js'), '--stdio'], { cwd: REPO, stdio: ['pipe', 'pipe', 'inherit'] });
    return new Client(createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!)));
  }

  it('starts with a shebang, lints, and exits 0 after shutdown/exit', async () => {
    expect(readFileSync(join(REPO, 'dist/bin/lsp.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const client = start();
    await client.initialize();
    await client.open(storyUri, 'The the council met.\n');
    const [diagnostic] = await client.diagnostics(storyUri, 1);
    expect(diagnostic).toMatchObject({ code: 'repeated-word', source: 'article-lint', severity: 2, range: { start: { line: 0, character: 4 } } });
    const exited = new Promise<number | null>((done) => server!.on('exit', done));
    await client.connection.sendRequest('shutdown');
    await client.connection.sendNotification('exit');
    expect(await exited).toBe(0);
  });

  it('stays responsive on a 10,000-word article (open and edit latency)', async () => {
    const words = ['council', 'members', 'voted', 'on', 'Monday', 'to', 'approve', 'a', 'new', 'budget', 'for', 'schools', 'roads', 'and', 'parks'];
    const paragraphs: string[] = [];
    let count = 0;
    for (let p = 0; count < 10_000; p++) {
      const sentences: string[] = [];
      for (let s = 0; s < 5; s++) {
        const length = 12 + ((p * 7 + s * 3) % 9);
        const sentence = Array.from({ length }, (_, i) => words[(p * 31 + s * 17 + i * 13 + i * i) % words.length]).join(' ');
        sentences.push(`Paragraph ${p} sentence ${s}: ${sentence}.`);
        count += length + 3;
      }
      paragraphs.push(sentences.join(' '));
    }
    const text = paragraphs.join('\n\n') + '\n';
    const uri = pathToFileURL(join(REPO, 'tests/fixtures/long-article.txt')).href;
    const client = start();
    await client.initialize();
    let started = performance.now();
    await client.open(uri, text);
    await client.diagnostics(uri, 1, 60_000);
    const openMs = performance.now() - started;
    started = performance.now();
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'The the ' }]);
    const diagnostics = await client.diagnostics(uri, 2, 60_000);
    const editMs = performance.now() - started;
    expect(diagnostics.some((d) => d.code === 'repeated-word' && d.range.start.line === 0 && d.range.start.character === 4)).toBe(true);
    console.log(`LSP latency on a ${count}-word article: open -> diagnostics ${openMs.toFixed(0)} ms, edit -> diagnostics ${editMs.toFixed(0)} ms`);
    expect(editMs).toBeLessThan(10_000);
  }, 120_000);
});

describe('workspace: config, glossary, plugins, corpus, failures', () => {
  const fileUri = (root: string, name: string) => pathToFileURL(join(root, name)).href;
  const changed = (client: Client, ...uris: string[]) =>
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: uris.map((uri) => ({ uri, type: 2 })) });

  it('reads the config upward from the file and re-reads it when it changes', async () => {
    const root = tempTree({ '.article-lintrc.json': '{ "rules": { "repeated-word": "error" } }', 'desk/story.txt': '' });
    const client = inMemory();
    await client.initialize({ workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } }, pathToFileURL(root).href);
    const uri = fileUri(root, 'desk/story.txt');
    await client.open(uri, 'The the council met.\n');
    expect((await client.diagnostics(uri, 1)).map((d) => [d.code, d.severity])).toEqual([['repeated-word', 1]]);
    expect(JSON.stringify(client.registrations)).toContain('.article-lintrc.json');

    writeFileSync(join(root, '.article-lintrc.json'), '{ "rules": { "repeated-word": "off" } }');
    await changed(client, fileUri(root, '.article-lintrc.json'));
    expect(await client.diagnostics(uri, 1)).toEqual([]);

    // An invalid config is shown on the file, naming the config and the key; the server carries on.
    writeFileSync(join(root, '.article-lintrc.json'), '{ "rulez": {} }');
    await changed(client, fileUri(root, '.article-lintrc.json'));
    const [problem] = await client.diagnostics(uri, 1);
    expect(problem).toMatchObject({ code: 'config-error', severity: 1, source: 'article-lint', range: { start: { line: 0, character: 0 } } });
    expect(problem!.message).toMatch(/\.article-lintrc\.json:1:3: unknown key "rulez"/);

    writeFileSync(join(root, '.article-lintrc.json'), '{ "rules": { "repeated-word": "info" } }');
    await changed(client, fileUri(root, '.article-lintrc.json'));
    expect((await client.diagnostics(uri, 1)).map((d) => [d.code, d.severity])).toEqual([['repeated-word', 3]]);
  });

  it("hands rules the config's glossary and re-reads it when it changes", async () => {
    const namesRule: Rule = {
      meta: { id: 'glossary-names', description: 'test: lists the glossary', severity: 'info', url: '', fixable: false },
      create(context) {
        context.report({ message: `names: ${context.glossary.entities.map((e) => e.name).join(', ')}`, start: 0, end: 3 });
      },
    };
    const root = tempTree({ '.article-lintrc.yaml': 'glossary: refs/names.yaml\n', 'refs/names.yaml': 'entities:\n  - name: Shigeru Ishiba\n' });
    const client = inMemory({ rules: [...builtinRules, namesRule] });
    await client.initialize({}, pathToFileURL(root).href);
    const uri = fileUri(root, 'story.md');
    await client.open(uri, 'Ishiba spoke.\n', 'markdown');
    expect((await client.diagnostics(uri, 1)).map((d) => d.message)).toEqual(['names: Shigeru Ishiba']);
    writeFileSync(join(root, 'refs/names.yaml'), 'entities:\n  - name: Shigeru Ishiba\n  - name: Fumio Kishida\n');
    await changed(client, fileUri(root, 'refs/names.yaml'));
    expect((await client.diagnostics(uri, 1)).map((d) => d.message)).toEqual(['names: Shigeru Ishiba, Fumio Kishida']);
    // A file that is neither a config nor a glossary in use triggers nothing.
    await changed(client, fileUri(root, 'unrelated.json'));
    await new Promise((r) => setTimeout(r, 200));
    await expect(client.diagnostics(uri, 1, 0)).rejects.toThrow(/no diagnostics/);
    // Without a file event (a client that cannot watch files), the next edit reads the changed glossary.
    writeFileSync(join(root, 'refs/names.yaml'), 'entities:\n  - name: Shigeru Ishiba\n  - name: Fumio Kishida\n  - name: Shinzo Abe\n');
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'So ' }]);
    expect((await client.diagnostics(uri, 2)).map((d) => d.message)).toEqual(['names: Shigeru Ishiba, Fumio Kishida, Shinzo Abe']);
  });

  it("does not load a workspace config's plugins on open: one warning in the log, the built-in rules still run", async () => {
    const marker = readFileSync(join(REPO, 'tests/fixtures/hostile/marker-plugin.js'), 'utf8');
    const root = tempTree({ '.article-lintrc.json': '{ "plugins": ["./x.js"], "rules": { "marker": "error" } }', 'x.js': marker });
    const client = inMemory();
    await client.initialize({}, pathToFileURL(root).href);
    await client.open(fileUri(root, 'a.txt'), 'The the end.\n');
    await client.open(fileUri(root, 'b.txt'), 'It it ended.\n');
    expect((await client.diagnostics(fileUri(root, 'a.txt'), 1)).map((d) => d.code)).toEqual(['repeated-word']);
    expect((await client.diagnostics(fileUri(root, 'b.txt'), 1)).map((d) => d.code)).toEqual(['repeated-word']);
    expect(existsSync(join(root, 'loaded.marker'))).toBe(false);
    expect(client.logs.filter((line) => line.includes('plugins not loaded (./x.js)'))).toHaveLength(1);
  });

  it("loads the config's plugins when trusted (article-lint-lsp --trust-plugins)", async () => {
    const plugin = readFileSync(join(REPO, 'tests/fixtures/plugin-no-exclamation.js'), 'utf8');
    const root = tempTree({ '.article-lintrc.json': '{ "plugins": ["./plugin.js"] }', 'plugin.js': plugin });
    const client = inMemory({ trustPlugins: 'all' });
    await client.initialize({}, pathToFileURL(root).href);
    const uri = fileUri(root, 'story.txt');
    await client.open(uri, 'Wow! The the end.\n');
    const diagnostics = await client.diagnostics(uri, 1);
    expect(diagnostics.map((d) => [d.code, d.source, d.range.start.character])).toEqual([
      ['no-exclamation', 'example-plugin', 3],
      ['repeated-word', 'article-lint', 9],
    ]);
    const [action] = await client.codeActions(uri, diagnostics[0]!.range, [diagnostics[0]!], ['quickfix']);
    expect(action!.title).toBe('Replace "!" with "." (no-exclamation)');
  });

  it('open documents form the corpus; related places point into the other document', async () => {
    // A corpus rule: flags an opening word that another open article also opens with.
    const sameOpening: Rule<Record<string, unknown>, string> = {
      meta: { id: 'same-opening', description: 'test: corpus rule', severity: 'warn', url: 'https://example.org/same-opening', fixable: false },
      collect: (doc) => doc.text.split(/\s/)[0]!,
      create(context) {
        const mine = context.doc.text.split(/\s/)[0]!;
        for (const other of context.corpus) {
          if (other.path === context.doc.path || other.data !== mine) continue;
          const end = { line: 1, column: 1 + mine.length, offset: mine.length };
          context.report({
            message: `Opens like ${other.path}`,
            start: 0,
            end: mine.length,
            related: [
              { path: other.path, start: 0, end: mine.length, place: { start: { line: 1, column: 1, offset: 0 }, end }, message: 'The other opening' },
              { start: mine.length + 1, end: mine.length + 4, message: 'Here in this file' },
            ],
          });
        }
      },
    };
    const root = tempTree({});
    const client = inMemory({ rules: [sameOpening] });
    await client.initialize({}, pathToFileURL(root).href);
    const a = fileUri(root, 'a.txt');
    const b = fileUri(root, 'b.txt');
    await client.open(a, 'Tokyo — one.\n');
    expect(await client.diagnostics(a, 1)).toEqual([]);
    await client.open(b, 'Tokyo — two.\n');
    const [onB] = await client.diagnostics(b, 1);
    expect(onB).toMatchObject({ code: 'same-opening', severity: 2, codeDescription: { href: 'https://example.org/same-opening' } });
    expect(onB!.relatedInformation).toEqual([
      { location: { uri: a, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } } }, message: 'The other opening' },
      { location: { uri: b, range: { start: { line: 0, character: 6 }, end: { line: 0, character: 9 } } }, message: 'Here in this file' },
    ]);
    // a.txt is re-published too: it now has a neighbour that opens alike.
    expect((await client.diagnostics(a, 1)).map((d) => d.code)).toEqual(['same-opening']);
    // An edit to b is published without waiting for a; a follows once the editor is quiet.
    const opening = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
    await client.change(b, 2, [{ range: opening, text: 'Osaka' }]);
    expect(await client.diagnostics(b, 2)).toEqual([]);
    expect(client.unread(a)).toEqual([]);
    expect(await client.diagnostics(a, 1)).toEqual([]);
    // An edit that leaves b's corpus data as it was does not re-lint a.
    await client.change(b, 3, [{ range: { start: { line: 0, character: 8 }, end: { line: 0, character: 11 } }, text: 'three' }]);
    expect(await client.diagnostics(b, 3)).toEqual([]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(client.unread(a)).toEqual([]);
    await client.change(b, 4, [{ range: opening, text: 'Tokyo' }]);
    expect((await client.diagnostics(b, 4)).map((d) => d.code)).toEqual(['same-opening']);
    expect((await client.diagnostics(a, 1)).map((d) => d.code)).toEqual(['same-opening']);
    // Closing b leaves a alone again.
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: b } });
    expect(await client.diagnostics(a, 1)).toEqual([]);
  });

  it('a crashing rule and a crashing run become diagnostics and logs; the server lives on', async () => {
    let brokenMeta = false;
    const crashing: Rule = {
      meta: { id: 'crashing', description: 'test: throws', severity: 'warn', url: '', fixable: false },
      create() {
        throw new Error('boom');
      },
    };
    const flaky = {
      get meta() {
        if (brokenMeta) throw new Error('meta exploded');
        return { id: 'flaky', description: 'test', severity: 'warn' as const, url: '', fixable: false };
      },
      create() {},
    } as Rule;
    const client = inMemory({ rules: [...builtinRules, crashing, flaky] });
    await client.initialize();
    await client.open(storyUri, 'The the council met.\n');
    const diagnostics = await client.diagnostics(storyUri, 1);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['internal-error', 1],
      ['repeated-word', 2],
    ]);
    expect(diagnostics[0]!.message).toBe('rule "crashing" crashed: boom');

    brokenMeta = true;
    await client.change(storyUri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'So ' }]);
    const [failure, ...rest] = await client.diagnostics(storyUri, 2);
    expect(rest).toEqual([]);
    expect(failure).toMatchObject({ code: 'internal-error', severity: 1, message: 'article-lint could not lint this file: meta exploded' });
    expect(client.logs.join('\n')).toMatch(/meta exploded/);

    brokenMeta = false;
    await client.change(storyUri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, text: '' }]);
    expect((await client.diagnostics(storyUri, 3)).map((d) => d.code)).toEqual(['internal-error', 'repeated-word']);
  });

  it('a rule that never returns is stopped at the time limit: one diagnostic, and the server answers the next edit', async () => {
    const hanging: Rule = {
      meta: { id: 'hanging', description: 'test: loops while the text says so', severity: 'warn', url: '', fixable: false },
      create(context) {
        while (context.doc.text.includes('hang'));
      },
    };
    const client = inMemory({ rules: [...builtinRules, hanging], timeLimit: 300 });
    await client.initialize();
    await client.open(storyUri, 'They hang the the flags.\n');
    const diagnostics = await client.diagnostics(storyUri, 1);
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['internal-error', 'rule "hanging" exceeded the time limit of 0.3 s on this file'],
      ['repeated-word', 'Repeated word "the"'],
    ]);
    await client.change(storyUri, 2, [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 9 } }, text: 'fly' }]);
    expect((await client.diagnostics(storyUri, 2)).map((d) => d.code)).toEqual(['repeated-word']);
  });
});
