// --fix on a corpus writes the fixed records to --fix-output, never in
// place, in the input's format. JSONL: each line as it was read, with only
// the text field's value replaced when the record was fixed, so every other
// field (and the line's spacing and key order) stays byte for byte;
// jsonc-parser gives the value's offsets in the line, which JSON.parse does
// not. Parquet: each row with every column's value as read, under the
// input's own schema, the text column's value replaced (hyparquet-writer,
// the writing half of the reader corpus mode uses), a row group at a time.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import type { SchemaElement } from 'hyparquet';
import type { CorpusRecord } from './records.js';

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

/** Where --fix-output's records go: each linted record, with its fixed text when it has one. */
export interface FixedRecordWriter {
  write(record: CorpusRecord, fixed: string | undefined): Promise<void>;
  close(): Promise<void>;
}

/** JSONL (gzipped for `.gz`): the line as read, its text value replaced when fixed. */
export function jsonlFixWriter(path: string, textField: string): FixedRecordWriter {
  const lines = new LineWriter(path);
  return {
    async write(record, fixed) {
      if (record.raw !== undefined) await lines.write(fixed === undefined ? record.raw : withText(record.raw, textField, fixed));
    },
    close: () => lines.close(),
  };
}

/** Rows buffered before they are written as one row group: memory stays bounded by a group, as when reading. */
const ROWS_PER_GROUP = 1000;

/** Parquet with the input's schema: every column as read, the text column's value replaced when fixed. */
export async function parquetFixWriter(path: string, textField: string, schema: SchemaElement[]): Promise<FixedRecordWriter> {
  const { ParquetWriter, fileWriter } = await import('hyparquet-writer');
  // The writer pins an older hyparquet, whose schema type lacks the newest logical types; the elements are the same Thrift structs.
  const writer = new ParquetWriter({ writer: fileWriter(path), schema: schema as ConstructorParameters<typeof ParquetWriter>[0]['schema'] });
  // The top-level columns (a nested column's children follow its element and are written through it).
  const columns = topLevelColumns(schema);
  let rows: Record<string, unknown>[] = [];
  const flush = async () => {
    if (rows.length === 0) return;
    const group = rows;
    rows = [];
    await writer.write({ columnData: columns.map((name) => ({ name, data: group.map((row) => row[name]) })), rowGroupSize: group.length });
  };
  return {
    async write(record, fixed) {
      if (!record.row) return;
      rows.push(fixed === undefined ? record.row : { ...record.row, [textField]: fixed });
      if (rows.length >= ROWS_PER_GROUP) await flush();
    },
    async close() {
      await flush();
      writer.finish();
    },
  };
}

/** The names of the schema's top-level columns: the root's children, each with its own children skipped. */
function topLevelColumns(schema: readonly SchemaElement[]): string[] {
  const names: string[] = [];
  let i = 1;
  const skip = (): void => {
    const children = schema[i++]!.num_children ?? 0;
    for (let child = 0; child < children; child++) skip();
  };
  while (i < schema.length) {
    names.push(schema[i]!.name);
    skip();
  }
  return names;
}
