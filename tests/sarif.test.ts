// `--format sarif` validated against the SARIF 2.1.0 JSON schema
// (tests/fixtures/sarif-schema-2.1.0.json, the 2.1.0-rtm.5 schema as shipped
// in the npm package @microsoft/jest-sarif@1.0.0-beta.0, MIT).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { formatSarif } from '../src/report/sarif.js';
import type { FileResult, LintMessage } from '../src/types.js';
import { cli, tempTree } from './helpers.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }) // the schema's `language` pattern is not valid with the u flag;
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValidSarif(text: string): SarifLog {
  const log = JSON.parse(text) as SarifLog;
  const valid = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(valid).toBe(true);
  return log;
}

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri?: string; shortDescription: { text: string } }[] } };
    columnKind: string;
    originalUriBaseIds: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
      relatedLocations?: { id: number; message: { text: string }; physicalLocation: { artifactLocation: { uri: string } } }[];
      properties?: { expected: string[] };
    }[];
  }[];
}

function message(overrides: Partial<LintMessage>): LintMessage {
  return {
    ruleId: 'repeated-block',
    source: 'article-lint',
    reason: 'Repeated paragraph',
    severity: 'error',
    fatal: true,
    line: 3,
    column: 1,
    place: { start: { line: 3, column: 1, offset: 20 }, end: { line: 4, column: 9, offset: 48 } },
    fixable: true,
    ...overrides,
  };
}

describe('the schema itself', () => {
  it('rejects a log that breaks it (the validator is really checking)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
    const bad = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] };
    expect(validate(bad)).toBe(false);
  });
});

describe('--format sarif validates against SARIF 2.1.0', () => {
  it('the seeds', async () => {
    const run = await cli(['--format', 'sarif', 'seeds']);
    const log = expectValidSarif(run.stdout);
    const [sarifRun] = log.runs;
    expect(sarifRun!.tool.driver.name).toBe('article-lint');
    expect(sarifRun!.columnKind).toBe('utf16CodeUnits');
    expect(sarifRun!.results.length).toBeGreaterThan(0);
    for (const result of sarifRun!.results) {
      expect(sarifRun!.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^seeds\/\d{3}_[0-9a-f]+\.txt$/);
    }
  });

  it('a clean run (no results, no rules) and an empty run', async () => {
    const root = tempTree({ 'clean.txt': 'The council met on Monday.\n' });
    const log = expectValidSarif((await cli(['--format', 'sarif', 'clean.txt'], { cwd: root })).stdout);
    expect(log.runs[0]!.results).toEqual([]);
    expectValidSarif(formatSarif([], [], '0.0.0'));
  });

  it('awkward paths, every level, related places in this and another file, suggestions, multi-line reasons', () => {
    const results: FileResult[] = [
      {
        path: 'dir with spaces/50%,v:2 東京.md',
        cwd: '/work/x y',
        messages: [
          message({
            related: [
              { path: 'dir with spaces/50%,v:2 東京.md', place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 9, offset: 8 } }, message: 'First copy here' },
              { path: '/abs/other file.txt', place: { start: { line: 2, column: 3, offset: 12 }, end: { line: 2, column: 4, offset: 13 } }, message: 'Also in another article' },
            ],
            expected: [''],
          }),
          message({ ruleId: 'name-spelling', severity: 'warn', fatal: false, reason: 'Possible misspelling "Isba"\nsecond line', expected: ['Ishiba', 'Isabel'], fixable: false }),
          message({ ruleId: 'spelling', severity: 'info', fatal: null, reason: 'Unknown word', place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } }),
        ],
      },
      { path: '/abs/other file.txt', cwd: '/work/x y', messages: [message({ ruleId: 'plugin/custom', url: 'https://example.org/rule' })] },
    ];
    const rules = [
      { id: 'repeated-block', description: 'Repeated blocks', url: 'https://example.org/repeated-block' },
      { id: 'name-spelling', description: 'Name spelling', url: 'https://example.org/name-spelling' },
      { id: 'spelling', description: 'Spelling', url: '' },
    ];
    const log = expectValidSarif(formatSarif(results, rules, '1.2.3'));
    const [sarifRun] = log.runs;
    expect(sarifRun!.results.map((r) => r.level)).toEqual(['error', 'warning', 'note', 'error']);
    expect(sarifRun!.results.map((r) => sarifRun!.tool.driver.rules[r.ruleIndex]!.id)).toEqual(['repeated-block', 'name-spelling', 'spelling', 'plugin/custom']);
    const first = sarifRun!.results[0]!;
    expect(first.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'dir%20with%20spaces/50%25%2Cv%3A2%20%E6%9D%B1%E4%BA%AC.md', uriBaseId: '%SRCROOT%' });
    expect(first.locations[0]!.physicalLocation.region).toEqual({ startLine: 3, startColumn: 1, endLine: 4, endColumn: 9, charOffset: 20, charLength: 28 });
    expect(first.relatedLocations!.map((r) => r.physicalLocation.artifactLocation.uri)).toEqual([
      'dir%20with%20spaces/50%25%2Cv%3A2%20%E6%9D%B1%E4%BA%AC.md',
      'file:///abs/other%20file.txt',
    ]);
    expect(sarifRun!.results[1]!.properties).toEqual({ expected: ['Ishiba', 'Isabel'] });
    expect(sarifRun!.results[3]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'file:///abs/other%20file.txt' });
    expect(sarifRun!.originalUriBaseIds['%SRCROOT%']!.uri).toBe('file:///work/x%20y/');
  });
});
