// `--format github` must print what @actions/core prints for the same
// annotation: the toolkit is called here with stdout captured, and its lines
// are compared with ours property by property. Only the order of properties
// differs: ours is the contract's (file, line, col, endLine, endColumn, title).
import * as core from '@actions/core';
import { describe, expect, it } from 'vitest';
import { formatGithub, githubCommand } from '../src/report/github.js';
import type { LintMessage, Place } from '../src/types.js';
import { cli, parseJson, tempTree, type JsonFile } from './helpers.js';

type ToolkitMessage = Pick<LintMessage, 'ruleId' | 'reason' | 'severity'> & { place: Place };

/** What @actions/core prints for this finding. */
function toolkitLine(path: string, m: ToolkitMessage): string {
  const oneLine = m.place.start.line === m.place.end.line;
  const properties: core.AnnotationProperties = {
    title: `article-lint (${m.ruleId})`,
    file: path,
    startLine: m.place.start.line,
    endLine: m.place.end.line,
    ...(oneLine ? { startColumn: m.place.start.column, endColumn: m.place.end.column } : {}),
  };
  let printed = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string) => {
    printed += chunk;
    return true;
  }) as typeof process.stdout.write;
  try {
    if (m.severity === 'error') core.error(m.reason, properties);
    else if (m.severity === 'warn') core.warning(m.reason, properties);
    else core.notice(m.reason, properties);
  } finally {
    process.stdout.write = write;
  }
  return printed.replace(/\r?\n$/, '');
}

/** A workflow command with its properties sorted: escaping and values compared, not order. */
function canonical(line: string): string {
  const match = /^::(\w+) (.*?)::(.*)$/s.exec(line);
  if (!match) return line;
  return `::${match[1]} ${match[2]!.split(',').sort().join(',')}::${match[3]}`;
}

function message(reason: string, severity: LintMessage['severity'], start: [number, number], end: [number, number]): LintMessage {
  return {
    ruleId: 'stray-markup',
    source: 'article-lint',
    reason,
    severity,
    fatal: severity === 'error' ? true : severity === 'warn' ? false : null,
    line: start[0],
    column: start[1],
    place: { start: { line: start[0], column: start[1], offset: 0 }, end: { line: end[0], column: end[1], offset: 1 } },
    fixable: false,
  };
}

describe('githubCommand matches @actions/core', () => {
  const awkwardReasons = [
    'Plain reason',
    '50% of "the" is 100%25 here',
    'Commas, colons: and :: double colons',
    'Line one\nline two\r\nline three\rend',
    'Non-ASCII: Ishiba’s café — 東京, naïve',
    'Percent-encoded already: %0A %3A %2C',
  ];
  const awkwardPaths = ['story.txt', 'dir with spaces/a b.md', 'odd/50%,done:yes.html', 'ünïcode/東京 記事.txt', 'C:\\win\\path.txt'];

  for (const severity of ['error', 'warn', 'info'] as const) {
    for (const reason of awkwardReasons) {
      for (const path of awkwardPaths) {
        it(`${severity}: ${JSON.stringify(reason)} in ${JSON.stringify(path)}`, () => {
          const single = message(reason, severity, [3, 5], [3, 12]);
          expect(canonical(githubCommand(path, single))).toBe(canonical(toolkitLine(path, single)));
          const multi = message(reason, severity, [3, 5], [6, 2]);
          expect(canonical(githubCommand(path, multi))).toBe(canonical(toolkitLine(path, multi)));
        });
      }
    }
  }

  it('a finding over several lines has no col/endColumn', () => {
    const line = githubCommand('a.txt', message('Repeated paragraph', 'error', [4, 1], [6, 20]));
    expect(line).toBe('::error file=a.txt,line=4,endLine=6,title=article-lint (stray-markup)::Repeated paragraph');
  });

  it('a finding on one line has col and endColumn', () => {
    const line = githubCommand('a.txt', message('Repeated word "the"', 'warn', [1, 5], [1, 8]));
    expect(line).toBe('::warning file=a.txt,line=1,col=5,endLine=1,endColumn=8,title=article-lint (stray-markup)::Repeated word "the"');
  });
});

describe('--format github on real files', () => {
  async function compareWithToolkit(args: string[], cwd: string): Promise<number> {
    const json = parseJson(await cli(['--format', 'json', ...args], { cwd })) as (JsonFile & { messages: ToolkitMessage[] })[];
    const github = await cli(['--format', 'github', ...args], { cwd });
    const expected = json.flatMap((file) => file.messages.map((m) => canonical(toolkitLine(file.path, m))));
    const lines = github.stdout === '' ? [] : github.stdout.replace(/\n$/, '').split('\n');
    expect(lines.map(canonical)).toEqual(expected);
    return lines.length;
  }

  it('the seeds print exactly what @actions/core prints', async () => {
    const count = await compareWithToolkit(['seeds'], process.cwd());
    expect(count).toBeGreaterThan(0);
  });

  it('a file whose name has spaces, %, commas, colons and non-ASCII', async () => {
    const name = 'dir x/50%,v:2 東京 café.txt';
    const root = tempTree({ [name]: 'The the council met.\nLine two.\n' });
    expect(await compareWithToolkit([name], root)).toBe(1);
    const run = await cli(['--format', 'github', name], { cwd: root });
    expect(run.stdout).toBe(
      '::warning file=dir x/50%25%2Cv%3A2 東京 café.txt,line=1,col=5,endLine=1,endColumn=8,title=article-lint (repeated-word)::Repeated word "the"\n',
    );
  });

  it('prints nothing for a clean file', async () => {
    const root = tempTree({ 'clean.txt': 'The council met on Monday.\n' });
    expect(formatGithub([])).toBe('');
    expect((await cli(['--format', 'github', 'clean.txt'], { cwd: root })).stdout).toBe('');
  });
});
