// scripts/train-name-channel.mjs: the table of the OCR channel, learned from
// aligned pairs and smoothed towards a prior of public knowledge.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = new URL('../scripts/train-name-channel.mjs', import.meta.url).pathname;
const labels = new URL('./fixtures/name-channel-labels.jsonl', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'name-channel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the script; returns what it printed and the table it wrote, as `right>read` -> cost. */
function train(labelsPath: string, ...args: string[]): { printed: string; header: string; table: Map<string, number> } {
  const out = join(dir, `table-${Math.random().toString(36).slice(2)}.ts`);
  const printed = execFileSync(process.execPath, [script, labelsPath, '--out', out, ...args], { encoding: 'utf8' });
  const text = readFileSync(out, 'utf8');
  const table = new Map([...text.matchAll(/^ {2}"([^"]*)": ([\d.]+),$/gm)].map((m) => [m[1]!, Number(m[2])]));
  return { printed, header: text.split('\n')[0]!, table };
}

describe('train-name-channel', () => {
  it('learns a capital read as another capital at a name\'s start under its own key (J>T), not as a lower-case edit', () => {
    const { table } = train(labels);
    // Tames, Tohn, Tulia: J read as T, in three articles.
    expect(table.get('J>T')).toBeLessThan(0.4);
    expect(table.has('j>t')).toBe(false);
    // A confusion of capitals no pair showed still gets the class's prior: E and F have one shape.
    expect(table.get('F>E')).toBeLessThan(1);
  });

  it('holds OCR\'s known confusions the pairs never showed, dearer than those they did', () => {
    const { table } = train(labels);
    expect(table.get('d>cl')).toBeLessThan(1);
    expect(table.get('m>rn')).toBeLessThan(1);
    expect(table.get('o>0')).toBeLessThan(1);
    // y read as v: seen three times; smoothed, but cheaper than the unseen ones of its class.
    expect(table.get('y>v')).toBeLessThan(table.get('u>n')!);
    // No prior for a letter of no likeness, seen once: left to the unknown edit's cost.
    expect(table.has('c>e') || table.has('q>x')).toBe(true);
    expect(table.has('q>x')).toBe(false);
  });

  it('counts a name damaged the same way twice in one article once', () => {
    const once = readFileSync(labels, 'utf8')
      .split('\n')
      .filter((line, i, lines) => !line.includes('"Henrv"') || lines.findIndex((other) => other.includes('"Henrv"')) === i)
      .join('\n');
    const oncePath = join(dir, 'once.jsonl');
    writeFileSync(oncePath, once);
    expect(once.split('"Henrv"').length - 1).toBe(1);
    expect(train(oncePath).table).toEqual(train(labels).table);
  });

  it('learns from one half of the articles with --split, and says which prior weight predicts left-out articles best', () => {
    const even = train(labels, '--split', 'even');
    const all = train(labels);
    // Even articles: 002 and 004, 8 pairs once each (Henrv three times is one); out-of-scope pairs left out.
    expect(even.header).toContain('from 8 aligned OCR name pairs (articles: even)');
    expect(all.header).toContain('from 15 aligned OCR name pairs (articles: all)');
    // Frnest (E read as F) is in an odd article: the even table has E>F from its class's prior alone, dearer.
    expect(even.table.get('E>F')).toBeGreaterThan(all.table.get('E>F')!);
    expect(even.table.get('E>F')).toBeLessThan(1);
    expect(all.printed).toMatch(/prior weight \d+; held-out log-likelihood by weight: 1 -[\d.]+, 3 -/);
  });
});
