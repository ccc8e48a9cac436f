// --fix on a corpus writes the fixed records to --fix-output, never in
// place: each JSONL line as it was read, with only the text field's value
// replaced when the record was fixed, so every other field (and the line's
// spacing and key order) stays byte for byte.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';

/** The span of the value of top-level `key` in a JSON object's text, or undefined. */
export function topLevelValueSpan(json: string, key: string): { start: number; end: number } | undefined {
  let i = json.indexOf('{');
  if (i < 0) return undefined;
  i++;
  while (i < json.length) {
    i = skipSpace(json, i);
    if (json[i] === '}') return undefined;
    const keyEnd = stringEnd(json, i);
    const name = JSON.parse(json.slice(i, keyEnd)) as string;
    i = skipSpace(json, keyEnd) + 1; // the colon
    const start = skipSpace(json, i);
    const end = valueEnd(json, start);
    if (name === key) return { start, end };
    i = skipSpace(json, end);
    if (json[i] === ',') i++;
  }
  return undefined;
}

function skipSpace(json: string, i: number): number {
  while (i < json.length && (json[i] === ' ' || json[i] === '\t' || json[i] === '\n' || json[i] === '\r')) i++;
  return i;
}

/** The offset after the string that opens at `i`. */
function stringEnd(json: string, i: number): number {
  for (let j = i + 1; j < json.length; j++) {
    if (json[j] === '\\') j++;
    else if (json[j] === '"') return j + 1;
  }
  return json.length;
}

/** The offset after the value that starts at `i` (a string, number, literal, object or array). */
function valueEnd(json: string, i: number): number {
  if (json[i] === '"') return stringEnd(json, i);
  if (json[i] !== '{' && json[i] !== '[') {
    let j = i;
    while (j < json.length && !/[,}\]\s]/.test(json[j]!)) j++;
    return j;
  }
  let depth = 0;
  for (let j = i; j < json.length; j++) {
    const c = json[j];
    if (c === '"') j = stringEnd(json, j) - 1;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return json.length;
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
