// `--format sarif`: SARIF 2.1.0, one run, the rules that reported with their
// help URIs, results with regions; related places as relatedLocations.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { FileResult, LintMessage, Place } from '../types.js';

const LEVEL = { error: 'error', warn: 'warning', info: 'note' } as const;

export interface SarifRuleInfo {
  id: string;
  description: string;
  url?: string;
}

function uri(path: string): string {
  return path.startsWith('/') ? pathToFileURL(path).href : path.split('\\').join('/').split('/').map(encodeURIComponent).join('/');
}

function region(place: Place) {
  return {
    startLine: place.start.line,
    startColumn: place.start.column,
    endLine: place.end.line,
    endColumn: place.end.column,
    charOffset: place.start.offset,
    charLength: place.end.offset - place.start.offset,
  };
}

export function formatSarif(results: readonly FileResult[], rules: readonly SarifRuleInfo[], version: string): string {
  const used = new Map<string, number>();
  const ruleList: SarifRuleInfo[] = [];
  const indexOf = (m: LintMessage) => {
    let index = used.get(m.ruleId);
    if (index === undefined) {
      const info = rules.find((r) => r.id === m.ruleId) ?? { id: m.ruleId, description: m.ruleId, url: m.url ?? '' };
      index = ruleList.push(info) - 1;
      used.set(m.ruleId, index);
    }
    return index;
  };
  const sarifResults = results.flatMap((r) =>
    r.messages.map((m) => ({
      ruleId: m.ruleId,
      ruleIndex: indexOf(m),
      level: LEVEL[m.severity],
      message: { text: m.reason },
      locations: [{ physicalLocation: { artifactLocation: { uri: uri(r.path), uriBaseId: r.path.startsWith('/') ? undefined : '%SRCROOT%' }, region: region(m.place) } }],
      ...(m.related?.length
        ? {
            relatedLocations: m.related.map((rel, id) => ({
              id,
              message: { text: rel.message },
              physicalLocation: { artifactLocation: { uri: uri(rel.path) }, region: region(rel.place) },
            })),
          }
        : {}),
      ...(m.expected?.length ? { properties: { expected: m.expected } } : {}),
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'article-lint',
            version,
            informationUri: 'https://github.com/article-lint/article-lint',
            rules: ruleList.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              ...(r.url ? { helpUri: r.url } : {}),
            })),
          },
        },
        // Columns and offsets are UTF-16 code units, as in every other report.
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(resolve(results[0]?.cwd ?? '.')).href + '/' } },
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
