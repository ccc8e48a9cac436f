import { describe, expect, it } from 'vitest';
import { v8FlagGiven } from '../src/util/v8-flags.js';

const heapGrowthGiven = (execArgv: readonly string[], nodeOptions?: string) => v8FlagGiven('--heap-growing-percent', execArgv, nodeOptions);

describe('the heap growth of a corpus run', () => {
  it('is left to the user who gives node one', () => {
    expect(heapGrowthGiven(['--heap-growing-percent=20'])).toBe(true);
    expect(heapGrowthGiven(['--enable-source-maps', '--heap_growing_percent=80'])).toBe(true);
    expect(heapGrowthGiven([], '--max-old-space-size=4096 --heap-growing-percent=50')).toBe(true);
  });

  it('is set when node is given other options or none', () => {
    expect(heapGrowthGiven([])).toBe(false);
    expect(heapGrowthGiven(['--max-old-space-size=300'])).toBe(false);
    expect(heapGrowthGiven([], '--max-old-space-size=4096')).toBe(false);
  });
});
