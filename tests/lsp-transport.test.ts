// The language server's stdio reader (src/lsp/transport.ts): a lying
// Content-Length costs the message that lied, never the server's hearing.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Message } from 'vscode-languageserver/node';
import { ResyncingMessageReader } from '../src/lsp/transport.js';

const REPO = resolve(import.meta.dirname, '..');

const body = (id: number, extra = '') => JSON.stringify({ jsonrpc: '2.0', id, method: 'test', params: { extra } });
const frame = (text: string, length = Buffer.byteLength(text)) => `Content-Length: ${length}\r\n\r\n${text}`;

/** Feeds `chunks` to a reader and returns the ids of the messages it delivered and the errors it reported. */
async function read(chunks: (string | Buffer)[]): Promise<{ ids: unknown[]; errors: string[] }> {
  const stream = new PassThrough();
  const reader = new ResyncingMessageReader(stream);
  const ids: unknown[] = [];
  const errors: string[] = [];
  reader.onError((error) => errors.push(error.message));
  reader.listen((message: Message) => ids.push((message as { id?: unknown }).id));
  for (const chunk of chunks) {
    stream.write(chunk);
    await new Promise((done) => setImmediate(done));
  }
  return { ids, errors };
}

describe('a lying Content-Length', () => {
  it('honest frames, split anywhere, multi-byte text included, are all delivered', async () => {
    const all = frame(body(1)) + frame(body(2, 'naïve café 😀')) + frame(body(3));
    const bytes = Buffer.from(all);
    expect((await read([bytes.subarray(0, 7), bytes.subarray(7, 60), bytes.subarray(60, 61), bytes.subarray(61)])).ids).toEqual([1, 2, 3]);
  });

  it('too large: the message ends where the next header starts, and every message is delivered', async () => {
    const { ids, errors } = await read([frame(body(1), 5000), frame(body(2)), frame(body(3))]);
    expect(ids).toEqual([1, 2, 3]);
    expect(errors).toHaveLength(1);
  });

  it('too large by less than the next frame: that frame completes the count, and both messages are still delivered', async () => {
    const { ids } = await read([frame(body(1), Buffer.byteLength(body(1)) + 30), frame(body(2)), frame(body(3))]);
    expect(ids).toEqual([1, 2, 3]);
  });

  it('too small: the cut message is dropped and reading goes on from the next header', async () => {
    const { ids, errors } = await read([frame(body(1), 10), frame(body(2)), frame(body(3))]);
    expect(ids).toEqual([2, 3]);
    expect(errors.length).toBeGreaterThan(0);
  });

  it('a header without a number, and garbage between frames, are skipped', async () => {
    expect((await read(['Content-Length: lots\r\n\r\n', 'garbage' + frame(body(1)), frame(body(2))])).ids).toEqual([1, 2]);
  });

  it('a header name inside a message body is text, not a header', async () => {
    expect((await read([frame(body(1, 'Content-Length: 3\r\n\r\n{}')), frame(body(2))])).ids).toEqual([1, 2]);
  });

  it('a body of many chunks is joined once (a 20 MB didOpen in 64 KB chunks)', async () => {
    const bytes = Buffer.from(frame(body(1, 'x'.repeat(20_000_000))));
    const chunks = Array.from({ length: Math.ceil(bytes.length / 65_536) }, (_, i) => bytes.subarray(i * 65_536, (i + 1) * 65_536));
    const started = performance.now();
    expect((await read([...chunks, frame(body(2))])).ids).toEqual([1, 2]);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it('the real binary answers requests after a message whose length lied', async () => {
    if (!existsSync(join(REPO, 'dist/bin/lsp.js'))) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
    const server = spawn(process.execPath, [join(REPO, 'dist/bin/lsp.js'), '--stdio'], { cwd: REPO, stdio: ['pipe', 'pipe', 'ignore'] });
    let output = '';
    server.stdout.on('data', (data: Buffer) => (output += data.toString('utf8')));
    const seen = (what: string, test: () => boolean) =>
      new Promise<void>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no ${what}; got: ${output.slice(-800)}`)), 20_000);
        const check = () => (test() ? (clearTimeout(timer), done()) : setTimeout(check, 20));
        check();
      });
    const answered = (id: number) => seen(`answer to request ${id}`, () => output.includes(`"id":${id},`) || output.includes(`"id":${id}}`));
    try {
      const request = (id: number, method: string, params: unknown) => JSON.stringify({ jsonrpc: '2.0', id, method, params });
      server.stdin.write(frame(request(1, 'initialize', { processId: null, rootUri: null, capabilities: {} })));
      await answered(1);
      server.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', method: 'initialized', params: {} })));
      // A didOpen announced 100 bytes too long, then a request: the request is still answered.
      const open = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'untitled:a', languageId: 'plaintext', version: 1, text: 'The the cat.' } } });
      server.stdin.write(frame(open, Buffer.byteLength(open) + 100));
      server.stdin.write(frame(request(2, 'textDocument/codeAction', { textDocument: { uri: 'untitled:a' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } })));
      await answered(2);
      await seen('diagnostics', () => output.includes('"method":"textDocument/publishDiagnostics"'));
      server.stdin.write(frame(request(3, 'shutdown', null)));
      await answered(3);
    } finally {
      server.kill();
    }
  }, 60_000);
});

describe('a large document', () => {
  it('is released when it is closed: the heap returns to what it was before it was opened', async () => {
    if (!existsSync(join(REPO, 'dist/src/lsp/server.js'))) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
    const output = execFileSync(process.execPath, ['--expose-gc', join(REPO, 'tests/fixtures/lsp/release-after-close.mjs'), '2'], { cwd: REPO, encoding: 'utf8' });
    const { before, after } = JSON.parse(output) as { before: number; after: number };
    // A 2 MB document's views take some 20 bytes a character (45 MB stayed when the last document's word tokens were held strongly).
    expect(after - before).toBeLessThan(16);
  }, 120_000);
});
