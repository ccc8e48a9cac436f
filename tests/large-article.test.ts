import { describe, expect, it } from 'vitest';
import { favourMemoryForLargeArticles, largeArticleCollector, largeArticleFlags, LARGE_ARTICLE_BYTES } from '../src/cli/large-article.js';
import { lintRun } from '../src/engine/workers.js';
import type { Rule } from '../src/types.js';
import { v8FlagGiven } from '../src/util/v8-flags.js';

const memoryTradeGiven = (execArgv: readonly string[], nodeOptions?: string) => v8FlagGiven('--optimize-for-size', execArgv, nodeOptions);

describe('a run over a large article favours memory', () => {
  it('is left to the user who tells node how to trade memory for speed', () => {
    expect(memoryTradeGiven(['--optimize-for-size'])).toBe(true);
    expect(memoryTradeGiven(['--enable-source-maps', '--no-optimize_for_size'])).toBe(true);
    expect(memoryTradeGiven([], '--max-old-space-size=4096 --optimize-for-size')).toBe(true);
  });

  it('is set when node is given other options or none', () => {
    expect(memoryTradeGiven([])).toBe(false);
    expect(memoryTradeGiven(['--max-old-space-size=300', '--optimize-for-sizes-of-things'])).toBe(false);
    expect(memoryTradeGiven([], '--heap-growing-percent=20')).toBe(false);
  });

  it('keeps the young generation at its first size unless the user sizes it', () => {
    expect(largeArticleFlags([])).toEqual(['--optimize-for-size', '--semi-space-growth-factor=1']);
    expect(largeArticleFlags(['--optimize-for-size'], '--max-semi-space-size=64')).toEqual([]);
    expect(largeArticleFlags([], '--min_semi_space_size=8')).toEqual(['--optimize-for-size']);
    expect(largeArticleFlags(['--semi-space-growth-factor=4'])).toEqual(['--optimize-for-size']);
  });

  it('leaves runs of small articles as they are', () => {
    expect(favourMemoryForLargeArticles(0)).toBe(false);
    expect(favourMemoryForLargeArticles(LARGE_ARTICLE_BYTES - 1)).toBe(false);
  });
});

describe("a large article's run collects between the passes", () => {
  it('has a full collection, without node being given --expose-gc', async () => {
    expect(largeArticleCollector(LARGE_ARTICLE_BYTES - 1)).toBeUndefined();
    const collect = largeArticleCollector(LARGE_ARTICLE_BYTES)!;
    expect(collect).toBeTypeOf('function');
    const dropped = new WeakRef(new Uint8Array(1 << 20));
    // A WeakRef's target is kept to the end of the job that made it.
    await new Promise((next) => setImmediate(next));
    collect();
    expect(dropped.deref()).toBeUndefined();
  });

  it('is called once, when every first pass is done and before any second pass', async () => {
    const steps: string[] = [];
    const rule: Rule = {
      meta: { id: 'counts-words', description: 'counts words across the run', severity: 'warn', fixable: false },
      collect: (doc) => (steps.push(`collect ${doc.path}`), doc.wordTable.length),
      create: (context) => void steps.push(`create ${context.doc.path}`),
    };
    const inputs = ['a.txt', 'b.txt'].map((path) => ({ path, text: 'Two words.\n' }));
    await lintRun(inputs, { cwd: '/', rules: [rule], jobs: 1, betweenPasses: () => steps.push('between') });
    expect(steps).toEqual(['collect a.txt', 'collect b.txt', 'between', 'create a.txt', 'create b.txt']);
  });
});
