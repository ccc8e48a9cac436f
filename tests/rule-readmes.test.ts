// Rule READMEs' examples are executed: a ```text block followed by a line of
// `L:C-L:C message` spans is linted with that rule alone (default options,
// no glossary), and the spans must be exactly its findings; a `→` after
// them gives the text `--fix` makes of the block.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lintWithRule } from '../src/engine/rule-tester.js';

interface Example {
  text: string;
  /** `L:C-L:C` or `L:C-L:C message`, as written. */
  spans: string[];
  /** The fixed text, when the README gives it. */
  output?: string;
  line: number;
}

const SPAN = /^\d+:\d+-\d+:\d+(?: .*)?$/;

/** The README's examples that state positions. */
function readmeExamples(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```text') continue;
    const end = lines.indexOf('```', i + 1);
    const after = lines[end + 1] ?? '';
    const quoted = [...after.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    const arrow = after.indexOf('→');
    const spans = quoted.filter((q) => SPAN.test(q) && (arrow < 0 || after.indexOf(`\`${q}\``) < arrow));
    if (spans.length > 0 && SPAN.test(quoted[0]!)) {
      const afterArrow = arrow >= 0 ? [...after.slice(arrow).matchAll(/`([^`]+)`/g)].map((m) => m[1]!).filter((q) => q !== '--fix') : [];
      examples.push({ text: lines.slice(i + 1, end).join('\n') + '\n', spans, output: afterArrow[0], line: end + 2 });
    }
    i = end;
  }
  return examples;
}

describe('rule README examples', () => {
  it('reads the examples', () => {
    const markdown = '```text\nthe the cat\n```\n`1:5-1:8 Repeated word "the"` → `--fix` gives `the cat`.\n\n```text\na a\nb\n```\n`1:3-1:4`, `2:1-2:2`: both.\n';
    expect(readmeExamples(markdown)).toEqual([
      { text: 'the the cat\n', spans: ['1:5-1:8 Repeated word "the"'], output: 'the cat', line: 4 },
      { text: 'a a\nb\n', spans: ['1:3-1:4', '2:1-2:2'], output: undefined, line: 10 },
    ]);
  });

  const rules = readdirSync('rules', { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const examples = rules.flatMap(({ name }) => readmeExamples(readFileSync(`rules/${name}/README.md`, 'utf8')).map((example) => ({ rule: name, ...example })));

  it('finds examples to execute', () => {
    expect(new Set(examples.map((e) => e.rule))).toEqual(new Set(['repeated-word', 'repeated-block']));
  });

  for (const example of examples) {
    it(`rules/${example.rule}/README.md:${example.line}`, async () => {
      const rule = builtinRules.find((r) => r.meta.id === example.rule)!;
      const result = await lintWithRule(rule, { text: example.text });
      const found = result.messages.map((m) => `${m.place.start.line}:${m.place.start.column}-${m.place.end.line}:${m.place.end.column} ${m.reason}`);
      // A span written without its message matches on the position alone.
      expect(found.map((f, i) => (example.spans[i] && !example.spans[i]!.includes(' ') ? f.split(' ')[0] : f))).toEqual(example.spans);
      if (example.output !== undefined) expect((await lintWithRule(rule, { text: example.text }, true)).output?.trimEnd()).toBe(example.output);
    });
  }
});
