import { describe, expect, it } from 'vitest';
import { favourMemoryForLargeArticles, largeArticleFlags, LARGE_ARTICLE_BYTES } from '../src/cli/large-article.js';
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
