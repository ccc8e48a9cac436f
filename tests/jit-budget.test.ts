import { describe, expect, it } from 'vitest';
import { v8FlagGiven } from '../src/util/v8-flags.js';

const inliningBudgetGiven = (execArgv: readonly string[]) => v8FlagGiven('--max-inlined-bytecode-size-cumulative', execArgv);

describe('the commands’ inlining budget', () => {
  it('is left to the user who gives node one', () => {
    expect(inliningBudgetGiven(['--max-inlined-bytecode-size-cumulative=400'])).toBe(true);
    expect(inliningBudgetGiven(['--enable-source-maps', '--max_inlined_bytecode_size_cumulative=400'])).toBe(true);
  });

  it('is set when node is given other options or none', () => {
    expect(inliningBudgetGiven([])).toBe(false);
    expect(inliningBudgetGiven(['--enable-source-maps', '--max-inlined-bytecode-size=100'])).toBe(false);
  });
});
