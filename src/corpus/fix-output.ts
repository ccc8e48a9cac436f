// --fix on a corpus writes the fixed records to --fix-output, never in
// place: each JSONL line as it was read, with only the text field's value
// replaced when the record was fixed, so every other field (and the line's
// spacing and key order) stays byte for byte. jsonc-parser gives the value's
// offsets in the line, which JSON.parse does not.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';

/** The span of the value of top-level `key` in a JSON object's text, or undefined. */
export function topLevelValueSpan(json: string, key: string): { start: number; end: number } | undefined {
  const root = parseTree(json);
  const node = root?.type === 'object' ? findNodeAtLocation(root, [key]) : undefined;
  return node ? { start: node.offset, end: node.offset + node.length } : undefined;
}

/** The record's line with its text field's value replaced by `text`. */
export function withText(raw: string, field: string, text: string): string {
  const span = topLevelValueSpan(raw, field);
  if (!span) return raw;
  return raw.slice(0, span.start) + JSON.stringify(text) + raw.slice(span.end);
}

/** A line writer that waits when the stream's buffer is full (back-pressure); gzipped for `.gz`. */
export class LineWriter {
  private readonly file: WriteStream;
  private readonly stream: NodeJS.WritableStream;

  constructor(path: string, gzip = path.toLowerCase().endsWith('.gz')) {
    this.file = createWriteStream(path);
    if (gzip) {
      const gzip = createGzip();
      gzip.pipe(this.file);
      this.stream = gzip;
    } else {
      this.stream = this.file;
    }
  }

  async write(line: string): Promise<void> {
    if (!this.stream.write(line + '\n')) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.file, 'close');
  }
}
