// Reading LSP messages from a byte stream (stdio) when a header may lie.
// vscode-jsonrpc's reader trusts `Content-Length`: a length too large makes
// it wait for bytes that belong to the messages after it, and the server
// lives on, deaf; one too small hands it a cut body. This reader checks what
// it reads: a body that is not JSON is dropped (an error event) and reading
// resynchronises on the next header, which the bad body may hold; and while
// a body waits for its bytes, a complete JSON message followed by the next
// header ends it there. Each message but the one that lied is delivered.
import type { Readable } from 'node:stream';
import { AbstractMessageReader, Disposable, type DataCallback, type Message } from 'vscode-languageserver/node';

const HEADER_NAME = Buffer.from('Content-Length:', 'latin1');
const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
/** Bytes without any header kept while waiting for one: beyond this, all but the last few are garbage. */
const MAX_HEADERLESS = 64 * 1024;

export class ResyncingMessageReader extends AbstractMessageReader {
  private buffer = Buffer.alloc(0);
  /** The body length the current header announced (-1: reading a header). */
  private length = -1;
  /** Where the search for a next header inside a waiting body goes on from. */
  private scanned = 0;
  private callback?: DataCallback;
  /** Chunks of a body still waiting for its bytes, not yet joined to `buffer`. */
  private held: Buffer[] = [];
  private heldBytes = 0;

  constructor(private readonly readable: Readable) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (data: Buffer) => this.onData(data);
    this.readable.on('data', onData);
    this.readable.on('error', (error) => this.fireError(error));
    this.readable.on('close', () => this.fireClose());
    return Disposable.create(() => {
      this.readable.off('data', onData);
      this.callback = undefined;
    });
  }

  private onData(data: Buffer): void {
    // A large body arrives in many chunks: they are joined once it is complete (or a header shows up in one), not chunk by chunk.
    const waiting = this.length !== -1 && this.buffer.length + this.heldBytes + data.length < this.length;
    const tail = this.held.length > 0 ? this.held[this.held.length - 1]! : this.buffer;
    if (waiting && Buffer.concat([tail.subarray(tail.length - HEADER_NAME.length), data]).indexOf(HEADER_NAME) === -1) {
      this.held.push(data);
      this.heldBytes += data.length;
      return;
    }
    this.buffer = Buffer.concat([this.buffer, ...this.held, data]);
    this.held = [];
    this.heldBytes = 0;
    while (this.length === -1 ? this.readHeader() : this.readBody());
  }

  /** Reads one header block; whether reading may go on. */
  private readHeader(): boolean {
    const name = this.buffer.indexOf(HEADER_NAME);
    if (name === -1) {
      if (this.buffer.length > MAX_HEADERLESS) this.buffer = this.buffer.subarray(this.buffer.length - HEADER_NAME.length);
      return false;
    }
    if (name > 0) {
      this.fireError(new Error(`article-lint-lsp: skipped ${name} bytes before a message header`));
      this.buffer = this.buffer.subarray(name);
    }
    const end = this.buffer.indexOf(HEADER_END);
    if (end === -1) return false;
    const header = this.buffer.subarray(0, end).toString('latin1');
    const match = /^Content-Length:[ \t]*(\d+)[ \t]*$/im.exec(header);
    this.buffer = this.buffer.subarray(end + HEADER_END.length);
    if (!match) {
      this.fireError(new Error('article-lint-lsp: a message header without a valid Content-Length'));
      return true;
    }
    this.length = Number(match[1]);
    this.scanned = 0;
    return true;
  }

  /** Reads the current body when it is complete, or cut short by the next header; whether reading may go on. */
  private readBody(): boolean {
    const complete = this.buffer.length >= this.length;
    if (complete) {
      const message = parsed(this.buffer.subarray(0, this.length));
      if (message) return this.deliver(message, this.length);
    }
    // A header inside the body, after a whole message: the announced length was too large.
    const within = complete ? this.length : this.buffer.length;
    for (let at = this.buffer.indexOf(HEADER_NAME, this.scanned); at !== -1 && at < within; at = this.buffer.indexOf(HEADER_NAME, at + 1)) {
      const message = parsed(this.buffer.subarray(0, at));
      if (!message) continue;
      this.fireError(new Error(`article-lint-lsp: a message was ${at} bytes, not the ${this.length} its header said`));
      return this.deliver(message, at);
    }
    if (complete) {
      // Too small, or not JSON at all: the next header, if it is in this body, is found from here.
      this.fireError(new Error(`article-lint-lsp: a message body of ${this.length} bytes is not JSON; reading on from the next header`));
      this.length = -1;
      return true;
    }
    this.scanned = Math.max(0, this.buffer.length - HEADER_NAME.length);
    return false;
  }

  private deliver(message: Message, bytes: number): boolean {
    // Once all is read, a view of nothing would keep a large message's bytes alive until the next message.
    this.buffer = bytes === this.buffer.length ? Buffer.alloc(0) : this.buffer.subarray(bytes);
    this.length = -1;
    this.callback?.(message);
    return true;
  }
}

/** The JSON-RPC message a body holds, or undefined when it holds none. */
function parsed(body: Buffer): Message | undefined {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) && (value as { jsonrpc?: unknown }).jsonrpc === '2.0' ? (value as Message) : undefined;
  } catch {
    return undefined;
  }
}
