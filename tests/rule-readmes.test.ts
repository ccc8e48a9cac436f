// Rule READMEs' examples are executed, so that docs cannot drift from the
// rules. A ```text block followed by a line of `L:C-L:C message` spans is
// linted with that rule alone (default options, no glossary), and the spans
// must be exactly its findings; a `→` after them gives the text `--fix`
// makes of the block. Every other ```text block is linted with the seeds'
// glossary and date (the story the READMEs' examples are set in): flagged
// when the README says so (each row of a table holding a finding, and the
// message it quotes after the block found), else without a finding. An
// excerpt, with `...` lines for the article between, is not run.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lintWithRule } from '../src/engine/rule-tester.js';
import { readGlossaryData } from '../src/config/glossary.js';
import { readPlainFile } from '../src/parse/structured.js';

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

/**
 * Every other example block, with whether the README says it is flagged:
 * its text, or for a table of `text   note` rows, its rows' texts. Flagged
 * rows are one article (a row may lean on another: `Isab` is found through
 * `Isba`), each row holding a finding; a row that is not flagged is a line
 * of a story of its own. Rows written `name.txt: text` are the files of one
 * run.
 */
interface ExampleBlock {
  line: number;
  flagged: boolean;
  /** Runs to lint: each the files of one run, the example last (usually it alone). */
  runs: { path: string; text: string }[][];
  /** For a flagged table: the line of each row, each of which must hold a finding. */
  rowLines: number[];
  /** The message the README quotes after the block (its start, when it wraps or elides), which some finding must have. */
  message?: string;
}

const ROW = /^(\S.*?)\s{2,}\S/;

/** A row that is not flagged is a line of a story: between a title and a paragraph no rule flags. */
const inStory = (line: string) => `Council agrees the budget\n\n${line}\n\nThe council met on Tuesday and agreed the budget for next year.\n`;

function exampleBlocks(markdown: string): ExampleBlock[] {
  const lines = markdown.split('\n');
  const blocks: ExampleBlock[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.startsWith('#')) heading = lines[i]!;
    if (lines[i] !== '```text') continue;
    const end = lines.indexOf('```', i + 1);
    const body = lines.slice(i + 1, end);
    // An excerpt (a `...` line stands for the article between) is not a whole text: it is not run.
    if (body.some((row) => row.trim() === '...')) {
      i = end;
      continue;
    }
    let k = i - 1;
    while (k >= 0 && lines[k] === '') k--;
    const paragraph: string[] = [];
    while (k >= 0 && lines[k] !== '' && !lines[k]!.startsWith('#') && !lines[k]!.startsWith('```')) paragraph.unshift(lines[k--]!);
    const said = /flagged/i.test(paragraph.join(' ')) ? paragraph.join(' ') : heading;
    const flagged = !/not flagged/i.test(said);
    // A table: rows with a note after two spaces or more (a row indented is the note of the row above).
    const table = body.every((row) => row === '' || ROW.test(row) || /^\s/.test(row)) && body.some((row) => ROW.test(row));
    const texts = table ? body.map((row) => (ROW.exec(row)?.[1] ?? (/^\s/.test(row) ? '' : row)).trimEnd()) : body;
    const files = texts.filter(Boolean).map((text) => /^(\S+\.(?:txt|md|html)): (.*)$/.exec(text));
    // Inline code is Markdown's.
    const path = texts.some((text) => text.includes('`')) ? 'article.md' : 'article.txt';
    const runs: { path: string; text: string }[][] = files.every(Boolean)
      ? [files.map((m) => ({ path: m![1]!, text: m![2]! + '\n' }))]
      : table && !flagged
        ? texts.filter(Boolean).map((text) => [{ path, text: inStory(text) }])
        : [[{ path, text: texts.join('\n') + '\n' }]];
    const rowLines = table && flagged ? texts.flatMap((text, row) => (text ? [row + 1] : [])) : [];
    const quoted = /^`([^`]+)(`|$)/.exec(lines[end + 1] ?? '')?.[1];
    const message = quoted && !SPAN.test(quoted) ? quoted.split(/\.\.\.|…/)[0]!.trim() : undefined;
    blocks.push({ line: i + 1, flagged, runs, rowLines, ...(message ? { message } : {}) });
    i = end;
  }
  return blocks;
}

const seedGlossary = readGlossaryData(readPlainFile('seeds/glossary.yml').value);

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
  const blocks = rules.flatMap(({ name }) => exampleBlocks(readFileSync(`rules/${name}/README.md`, 'utf8')).map((block) => ({ rule: name, ...block })));

  it('finds examples to execute', () => {
    expect(new Set(examples.map((e) => e.rule))).toEqual(new Set(['repeated-word', 'repeated-block']));
    // duplicate-article's example needs two files of a few hundred words: its README shows the report, its cases run it.
    expect(rules.map((r) => r.name).filter((name) => !blocks.some((b) => b.rule === name))).toEqual(['duplicate-article']);
  });

  it('reads example blocks: tables, runs of files, the quoted message', () => {
    const markdown = [
      '## What is flagged',
      '```text',
      'Isba spoke.        -> Ishiba',
      'Isab left.         -> Ishiba',
      '```',
      '`"Isba" looks like a misspelling ... of "Ishiba"`',
      'Not flagged:',
      '```text',
      'He said that that was wrong.     (grammatical)',
      'Sing Sing.                       (names)',
      '```',
      '```text',
      'a.txt: One.',
      'b.txt: Two.',
      '```',
    ].join('\n');
    expect(exampleBlocks(markdown)).toEqual([
      { line: 2, flagged: true, runs: [[{ path: 'article.txt', text: 'Isba spoke.\nIsab left.\n' }]], rowLines: [1, 2], message: '"Isba" looks like a misspelling' },
      { line: 8, flagged: false, runs: [[{ path: 'article.txt', text: inStory('He said that that was wrong.') }], [{ path: 'article.txt', text: inStory('Sing Sing.') }]], rowLines: [] },
      { line: 12, flagged: true, runs: [[{ path: 'a.txt', text: 'One.\n' }, { path: 'b.txt', text: 'Two.\n' }]], rowLines: [] },
    ]);
  });

  for (const block of blocks) {
    // The READMEs' examples are set in the seeds' story: their glossary and date.
    it(`rules/${block.rule}/README.md:${block.line} (${block.flagged ? 'flagged' : 'not flagged'})`, async () => {
      const rule = builtinRules.find((r) => r.meta.id === block.rule)!;
      for (const files of block.runs) {
        const last = files.at(-1)!;
        const result = await lintWithRule(rule, { path: last.path, text: last.text, corpus: files.slice(0, -1), glossary: seedGlossary, date: seedGlossary.asOf });
        const own = result.messages.filter((m) => m.ruleId === rule.meta.id);
        if (!block.flagged) expect(own.map((m) => `${m.line}:${m.column} ${m.reason}`), last.text).toEqual([]);
        else if (block.rowLines.length > 0) expect(block.rowLines.filter((line) => !own.some((m) => m.line === line)), last.text).toEqual([]);
        else expect(own.length, last.text).toBeGreaterThan(0);
        if (block.message) expect(own.map((m) => m.reason).filter((reason) => reason.startsWith(block.message!))).not.toEqual([]);
      }
    });
  }

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
