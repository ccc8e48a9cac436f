// Reading YAML/JSON files (config, glossary, front matter) with every value's
// place kept, so that a validation error names `file:line:col`.
// JSON is parsed as YAML 1.2, of which it is a subset.
import { realpathSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Node, Document } from 'yaml';
import { yamlModule } from './yaml.js';
import { locatedError } from '../util/errors.js';
import { FileRefusedError, readRegularText } from '../util/read-file.js';

/** YAML alias expansion cap: rejects "billion laughs" documents. */
const MAX_ALIAS_COUNT = 100;
/** A config or glossary larger than this is refused unread (a 100,000-entity glossary is ~25 MB). */
export const MAX_STRUCTURED_BYTES = 256 * 1024 * 1024;
/** What a config or glossary file's real name (links resolved) must end in: only such a file is read, so no error quotes another file's content. */
const STRUCTURED_NAME = /\.(ya?ml|json)$/i;

export interface StructuredFile {
  path: string;
  doc: Document.Parsed;
  /** Throw a `path:line:col: what` error at a node (or at the top of the file). */
  fail(node: Node | null | undefined, what: string): never;
  /** `path:line:col` of a node. */
  locate(node: Node | null | undefined): string;
}

function parseStructuredText(path: string, text: string): StructuredFile {
  const lineCounter = new (yamlModule().LineCounter)();
  const doc = yamlModule().parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const position = (node: Node | null | undefined) => {
    const range = node && 'range' in node ? node.range : undefined;
    return range ? lineCounter.linePos(range[0]) : undefined;
  };
  const fail = (node: Node | null | undefined, what: string): never => {
    const pos = position(node);
    throw locatedError(path, pos?.line, pos?.col, what);
  };
  const locate = (node: Node | null | undefined) => {
    const pos = position(node);
    return pos ? `${path}:${pos.line}:${pos.col}` : path;
  };
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    throw locatedError(path, pos.line, pos.col, firstLine(first.message));
  }
  return { path, doc, fail, locate };
}

export function readStructuredFile(path: string): StructuredFile {
  return parseStructuredText(path, readText(path));
}

export interface PlainFile {
  value: unknown;
  /** The `path:line:col: what` error for the value at a key path (parses the file again, with positions). */
  locate(keyPath: (string | number)[], what: string, atKey?: boolean): Error;
  /** `path:line:col` of the value at a key path (parses the file again, with positions). */
  place(keyPath: (string | number)[]): string;
}

/**
 * A YAML or JSON file as plain values, fast: `.json` files are read with
 * JSON.parse. Places are only computed when an error must name one.
 */
export function readPlainFile(path: string): PlainFile {
  const text = readText(path);
  let value: unknown;
  let structured: StructuredFile | undefined;
  const withPositions = () => (structured ??= parseStructuredText(path, text));
  if (/\.json$/i.test(path)) {
    try {
      value = JSON.parse(text);
    } catch {
      value = toValue(withPositions(), withPositions().doc.contents as Node); // names the syntax error's place
    }
  } else {
    value = toValue(withPositions(), withPositions().doc.contents as Node);
  }
  const locate = (keyPath: (string | number)[], what: string, atKey = false): Error => {
    const file = withPositions();
    let node = file.doc.getIn(keyPath, true) as Node | undefined;
    if (atKey && keyPath.length > 0) {
      const parent = file.doc.getIn(keyPath.slice(0, -1), true);
      const pair = yamlModule().isMap(parent) ? parent.items.find((p) => yamlModule().isScalar(p.key) && String(p.key.value) === String(keyPath.at(-1))) : undefined;
      node = (pair?.key as Node | undefined) ?? node;
    }
    try {
      return file.fail(node ?? (file.doc.contents as Node), what);
    } catch (error) {
      return error as Error;
    }
  };
  const place = (keyPath: (string | number)[]): string => {
    const file = withPositions();
    return file.locate((file.doc.getIn(keyPath, true) as Node | undefined) ?? (file.doc.contents as Node));
  };
  return { value, locate, place };
}

/**
 * A config or glossary file's text. Only a regular file whose real name ends
 * in .yaml, .yml or .json is read: `glossary: [/etc/shadow]`, or a link named
 * `g.yaml` to it, is refused before a byte is read, so that no parse or
 * validation error can quote a line of a file that is not YAML or JSON.
 */
function readText(path: string): string {
  const fail = (what: string) => locatedError(path, undefined, undefined, what);
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    throw fail(`cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!STRUCTURED_NAME.test(basename(real))) {
    throw fail(`not read: not a YAML or JSON file (the name${STRUCTURED_NAME.test(basename(path)) ? ' of the file it links to' : ''} must end in .yaml, .yml or .json)`);
  }
  try {
    return readRegularText(real, MAX_STRUCTURED_BYTES).replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof FileRefusedError) throw fail(error.reason === 'too-large' ? `larger than ${MAX_STRUCTURED_BYTES / 1024 / 1024} MB, refused` : error.message);
    throw fail(`cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** `mtime:size` of a file (a cheap freshness key), or undefined when it does not exist. */
export function fileStamp(path: string): string | undefined {
  try {
    const stats = statSync(path);
    return `${stats.mtimeMs}:${stats.size}`;
  } catch {
    return undefined;
  }
}

/** Plain JS value of a node, refusing alias bombs. */
export function toValue(file: StructuredFile, node: Node | null | undefined): unknown {
  if (!node) return undefined;
  try {
    return node.toJS(file.doc, { maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return file.fail(node, firstLine((error as Error).message));
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

// --- small typed accessors that fail with a location -----------------------

export type MapNode = Extract<Node, { items: unknown[] }> & { items: { key: unknown; value: unknown }[] };

export function expectMap(file: StructuredFile, node: unknown, what: string): MapNode {
  if (!yamlModule().isMap(node)) file.fail(node as Node, `${what} must be a mapping`);
  return node as unknown as MapNode;
}

/** A list, or a single scalar standing for a one-item list. */
export function seqOrScalar(file: StructuredFile, node: unknown, what: string): Node[] {
  if (yamlModule().isSeq(node)) return node.items as Node[];
  if (yamlModule().isScalar(node)) return [node];
  return file.fail(node as Node, `${what} must be a string or a list`);
}

export function expectString(file: StructuredFile, node: unknown, what: string): string {
  if (yamlModule().isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') && String(node.value).trim() !== '') {
    return String(node.value);
  }
  return file.fail(node as Node, `${what} must be a non-empty string`);
}

/** Map entries as [key string, key node, value node]. */
export function entries(file: StructuredFile, map: MapNode): [string, Node, Node | null][] {
  return map.items.map((pair) => {
    const key = pair.key as Node;
    if (!yamlModule().isScalar(key)) file.fail(key, 'keys must be plain strings');
    return [String((key as { value: unknown }).value), key, (pair.value as Node) ?? null];
  });
}

export function isNullNode(node: unknown): boolean {
  return node == null || (yamlModule().isScalar(node) && node.value === null);
}
