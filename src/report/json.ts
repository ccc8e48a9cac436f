// `--format json`: the vfile-reporter-json shape (one object per file with
// path, cwd, history, messages), extended with `data.date` per file and
// `severity`, `fixable`, `related` and `data` per message. `--format jsonl`
// writes the same object per file (or corpus record, with its `id`), one per
// line, as each is linted.
import type { FileResult } from '../types.js';

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results.map((result) => jsonResult(result)));
}

/** One line of `--format jsonl`; a corpus record's line leads with its id (and its URL, when it has one). */
export function formatJsonLine(result: FileResult, record?: { id: string; url?: string }): string {
  const line = record ? { id: record.id, ...(record.url === undefined ? {} : { url: record.url }), ...jsonResult(result) } : jsonResult(result);
  return JSON.stringify(line) + '\n';
}

function jsonResult(result: FileResult) {
  return {
    path: result.path,
    cwd: result.cwd,
    history: [result.path],
    messages: result.messages.map((m) => ({
      reason: m.reason,
      line: m.line,
      column: m.column,
      place: m.place,
      ruleId: m.ruleId,
      source: m.source,
      fatal: m.fatal,
      severity: m.severity,
      expected: m.expected,
      fixable: m.fixable,
      url: m.url,
      ...(m.related ? { related: m.related } : {}),
      ...(m.data ? { data: m.data } : {}),
    })),
    data: { date: result.date, ...(result.error ? { error: result.error } : {}) },
  };
}
