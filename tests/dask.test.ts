// The Dask recipe (integrations/dask/run_corpus.py): collect -> lint (against
// the shards' evidence, merged as read; with more files than --fan-in, merged
// first in a tree of tasks) over shards on a LocalCluster of two workers gives, record for record, the
// findings of one article-lint run over the whole corpus. It needs Python's
// `distributed` (Debian: python3-distributed), which .ci/run installs: in CI
// a machine without it fails this test instead of skipping it.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedArticle, tempTree } from './helpers.js';

const python = ['python3', '/usr/bin/python3'].find((candidate) => spawnSync(candidate, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0);
const CLI = join(process.cwd(), 'dist/bin/cli.js');

/** Two thousand short records: paragraphs of the seeds, shuffled and joined with a seeded generator, some copied whole. */
function records(count: number): string[] {
  const paragraphs = ['000', '001', '002', '003', '004'].flatMap((prefix) => seedArticle(prefix).text.split(/\n\s*\n/)).filter((p) => p.trim().length > 40);
  let state = 7;
  const next = (n: number) => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) % n);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = Array.from({ length: 2 + next(3) }, () => paragraphs[next(paragraphs.length)]!).join('\n\n');
    lines.push(JSON.stringify({ id: `rec-${i}`, text, feed: i % 7 }));
  }
  return lines;
}

interface Line {
  id: string;
  messages: { ruleId: string; place: unknown; reason: string; related?: { path: string }[] }[];
}

const byRecord = (text: string) =>
  Object.fromEntries(
    text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Line)
      .map((line) => [line.id, JSON.parse(JSON.stringify(line.messages).replace(/"[^"]*?\.jsonl#/g, '"#')) as unknown]),
  );

describe.runIf(python ?? process.env.CI)('the Dask recipe', () => {
  it('collect -> lint on a LocalCluster gives the findings of one run over the whole corpus', () => {
    if (!python) throw new Error('Python with distributed is needed (apt-get install python3-distributed)');
    const lines = records(2000);
    const shards: Record<string, string> = { 'all.jsonl': lines.join('\n') + '\n' };
    for (let shard = 0; shard < 4; shard++) shards[`shard-${shard}.jsonl`] = lines.filter((_, i) => i % 4 === shard).join('\n') + '\n';
    const root = tempTree(shards);
    const single = spawnSync(process.execPath, [CLI, '--format', 'jsonl', 'all.jsonl'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(single.status).toBe(0);
    const script = join(process.cwd(), 'integrations/dask/run_corpus.py');
    execFileSync(python, [script, '--local', '2', '--cli', `${process.execPath} ${CLI}`, '--work', 'out', ...Object.keys(shards).filter((name) => name.startsWith('shard-'))], { cwd: root, stdio: 'pipe' });
    const expected = byRecord(single.stdout);
    const distributed = byRecord(readFileSync(join(root, 'out/findings.jsonl'), 'utf8'));
    expect(Object.keys(distributed)).toHaveLength(2000);
    const crossArticle = Object.values(expected).flatMap((messages) => messages as Line['messages']).filter((m) => m.ruleId === 'duplicate-article');
    expect(crossArticle.length).toBeGreaterThan(100);
    expect(distributed).toEqual(expected);
    // --partitions 3 over the one whole file: three tasks of `--shard I/3` each, the same findings.
    // With --fan-in 2 the three evidence files are first merged in parallel, two per task (and one alone), into two.
    // --timing gives each step's wall time and each of its tasks'.
    const parts = spawnSync(python, [script, '--local', '2', '--partitions', '3', '--fan-in', '2', '--timing', '--cli', `${process.execPath} ${CLI}`, '--work', 'parts', 'all.jsonl'], { cwd: root, encoding: 'utf8' });
    expect(parts.status).toBe(0);
    expect(parts.stderr).toMatch(/^collect: [\d.]+ s \(tasks: [\d.]+, [\d.]+, [\d.]+ s\)$/m);
    expect(parts.stderr).toMatch(/^merge: [\d.]+ s \(tasks: [\d.]+, [\d.]+ s\)$/m);
    expect(parts.stderr).toMatch(/^lint: [\d.]+ s \(tasks: [\d.]+, [\d.]+, [\d.]+ s\)$/m);
    expect(readdirSync(join(root, 'parts')).filter((name) => name.endsWith('.findings.jsonl'))).toHaveLength(3);
    expect(readdirSync(join(root, 'parts')).filter((name) => /^merge-0-\d+\.evidence$/.test(name))).toHaveLength(2);
    expect(byRecord(readFileSync(join(root, 'parts/findings.jsonl'), 'utf8'))).toEqual(expected);
  }, 480_000);
});
