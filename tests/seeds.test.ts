// The golden test: the CLI over seeds/ must report exactly the findings of
// seeds/expected.json, for every rule that exists (spelling and info-level
// findings aside), and nothing in the clean article 003.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { cli, parseJson, type JsonFile } from './helpers.js';

interface ExpectedFinding {
  ruleId: string;
  line: number;
  text?: string;
  expected?: string[];
}

const golden = JSON.parse(readFileSync('seeds/expected.json', 'utf8')) as { files: Record<string, ExpectedFinding[]> };
const existing = new Set(builtinRules.map((r) => r.meta.id));
/** Rules outside the golden list: spelling (info) and the corpus-wide info rules. */
const UNCHECKED = new Set(['spelling', 'duplicate-article', 'fact-conflict']);
const glossaryArgs = existsSync('seeds/glossary.yml') ? ['--glossary', 'seeds/glossary.yml'] : [];

function matches(message: JsonFile['messages'][number], want: ExpectedFinding, text: string): boolean {
  if (message.ruleId !== want.ruleId || message.line !== want.line) return false;
  if (want.text !== undefined && text.slice(message.place.start.offset, message.place.end.offset) !== want.text) return false;
  return want.expected === undefined || JSON.stringify(message.expected?.slice(0, want.expected.length)) === JSON.stringify(want.expected);
}

describe('seeds', async () => {
  const run = await cli(['--format', 'json', ...glossaryArgs, 'seeds']);
  const files = parseJson(run);

  it('lints all five seeds', () => {
    expect(files.map((f) => f.path.replace(/^seeds\//, '')).sort()).toEqual(Object.keys(golden.files).sort());
  });

  for (const [name, findings] of Object.entries(golden.files)) {
    describe(name, () => {
      const text = readFileSync(`seeds/${name}`, 'utf8');
      const messages = () => files.find((f) => f.path.endsWith(name))!.messages.filter((m) => !UNCHECKED.has(m.ruleId) && m.severity !== 'info');
      const wanted = findings;

      it('expects findings of existing rules only (a renamed rule must be renamed in expected.json too)', () => {
        expect(findings.filter((f) => !existing.has(f.ruleId)).map((f) => `${f.ruleId} at line ${f.line}`)).toEqual([]);
      });

      it.each(wanted.map((w) => [`${w.ruleId} at line ${w.line}${w.text ? ` on "${w.text.slice(0, 30)}"` : ''}`, w] as const))('reports %s', (_label, want) => {
        const found = messages().filter((m) => matches(m, want, text));
        expect(found.length, JSON.stringify(messages().filter((m) => m.ruleId === want.ruleId).map((m) => [m.line, m.reason, m.expected]))).toBeGreaterThan(0);
      });

      it('reports nothing else', () => {
        const unexpected = messages().filter((m) => !wanted.some((w) => matches(m, w, text)));
        expect(unexpected.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.reason}`)).toEqual([]);
      });
    });
  }
});
