// Corpus files: JSONL (optionally gzipped) and Parquet shards, read as a
// stream of records so that memory stays flat in the number of records. A
// record is one article: its text, and optionally an id, a date, a URL and
// a format. A record that cannot be read is a problem naming the file and
// line (or row), and the stream goes on.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { SchemaElement } from 'hyparquet';
import type { ArticleFormat } from '../types.js';
import { parseIsoDate } from '../util/dates.js';

export const CORPUS_EXTENSIONS = ['.jsonl', '.jsonl.gz', '.ndjson', '.parquet'] as const;

export function isCorpusFile(path: string): boolean {
  const lower = path.toLowerCase();
  return CORPUS_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Which field of a record holds what (--text-field, --id-field, ...). */
export interface RecordFields {
  text: string;
  id: string;
  date: string;
  url: string;
  format: string;
}

export const DEFAULT_FIELDS: RecordFields = { text: 'text', id: 'id', date: 'date', url: 'url', format: 'format' };

export interface CorpusRecord {
  kind: 'record';
  /** The record's id (its `id` field), else its 1-based line or row number. */
  id: string;
  /** 1-based line (JSONL) or row (Parquet) number. */
  line: number;
  text: string;
  format: ArticleFormat;
  date?: string;
  url?: string;
  /** The JSONL line as read, for --fix-output (other fields kept byte for byte). */
  raw?: string;
  /** The Parquet row's values, every column, when asked for (--fix-output writes them back with the text replaced). */
  row?: Record<string, unknown>;
}

export interface RecordProblem {
  kind: 'problem';
  line: number;
  message: string;
  raw?: string;
}

const FORMATS: readonly ArticleFormat[] = ['text', 'markdown', 'html'];

export function isParquetFile(path: string): boolean {
  return path.toLowerCase().endsWith('.parquet');
}

/** The records of one corpus file, in order; `wholeRows`: a Parquet record carries every column's value (`row`). */
export function readRecords(path: string, fields: RecordFields = DEFAULT_FIELDS, wholeRows = false): AsyncIterable<CorpusRecord | RecordProblem> {
  return isParquetFile(path) ? parquetRecords(path, fields, wholeRows) : jsonlRecords(path, fields);
}

/** A Parquet file's schema (its metadata's flattened schema elements, the root first). */
export async function parquetSchema(path: string): Promise<SchemaElement[]> {
  const { asyncBufferFromFile, parquetMetadataAsync } = await import('hyparquet');
  return (await parquetMetadataAsync(await asyncBufferFromFile(path))).schema;
}

async function* jsonlRecords(path: string, fields: RecordFields): AsyncIterable<CorpusRecord | RecordProblem> {
  const bytes = createReadStream(path);
  const stream = path.toLowerCase().endsWith('.gz') ? bytes.pipe(createGunzip()) : bytes;
  // A broken gzip stream or a read error surfaces through the line reader's iterator.
  bytes.on('error', (error) => stream.destroy(error));
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      yield { kind: 'problem', line, message: `not JSON (${(error as Error).message.split('\n')[0]})`, raw };
      continue;
    }
    yield toRecord(value, line, fields, raw);
  }
}

async function* parquetRecords(path: string, fields: RecordFields, wholeRows: boolean): AsyncIterable<CorpusRecord | RecordProblem> {
  const { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } = await import('hyparquet');
  const file = await asyncBufferFromFile(path);
  const metadata = await parquetMetadataAsync(file);
  const names = new Set(metadata.schema.slice(1).map((element) => element.name));
  // Every column only when the rows are written back: otherwise only the record's fields are decoded.
  const columns = wholeRows ? undefined : Object.values(fields).filter((name) => names.has(name));
  let row = 0;
  // One row group at a time: a shard's memory is bounded by its largest row group, not its size.
  for (const group of metadata.row_groups) {
    const rowStart = row;
    const rowEnd = rowStart + Number(group.num_rows);
    const rows = await parquetReadObjects({ file, metadata, columns, rowStart, rowEnd });
    for (const value of rows) {
      const record = toRecord(value, ++row, fields);
      yield wholeRows && record.kind === 'record' ? { ...record, row: value } : record;
    }
    row = rowEnd;
  }
}

function toRecord(value: unknown, line: number, fields: RecordFields, raw?: string): CorpusRecord | RecordProblem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'problem', line, message: 'not a JSON object', raw };
  const record = value as Record<string, unknown>;
  const text = record[fields.text];
  if (text === undefined || text === null) return { kind: 'problem', line, message: `no "${fields.text}" field`, raw };
  if (typeof text !== 'string') return { kind: 'problem', line, message: `"${fields.text}" is not a string`, raw };
  const id = record[fields.id];
  const format = record[fields.format];
  if (format !== undefined && format !== null && !FORMATS.includes(format as ArticleFormat)) {
    return { kind: 'problem', line, message: `"${fields.format}" is "${String(format)}" (expected ${FORMATS.join(', ')})`, raw };
  }
  const date = record[fields.date];
  const url = record[fields.url];
  return {
    kind: 'record',
    id: typeof id === 'string' || typeof id === 'number' || typeof id === 'bigint' ? String(id) : String(line),
    line,
    text: text.replace(/^\uFEFF/, ''),
    format: (format as ArticleFormat | undefined) ?? 'text',
    date: typeof date === 'string' ? parseIsoDate(date.slice(0, 10)) : date instanceof Date ? date.toISOString().slice(0, 10) : undefined,
    url: typeof url === 'string' ? url : undefined,
    raw,
  };
}
