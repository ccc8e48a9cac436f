import { describe, expect, it } from 'vitest';
import { channelCost, channelVariants } from './channel.js';

/** An edit nobody measured costs 1 (channel.ts): the yardstick below. */
const UNKNOWN = 1;

describe('channelCost: a name read through the OCR channel', () => {
  it('prices a capital misread as another capital at the name\'s start, not the same letters inside a word', () => {
    // `E` read as `F` (Frnest), `J` as `T` (Thom for Jhom), `R` as `B`: capitals of one shape.
    expect(channelCost('frnest', 'ernest')).toBeLessThan(0.5);
    expect(channelCost('boyce', 'royce')).toBeLessThan(0.5);
    // Lower-case `e` and `f` do not look alike: inside a word that is an unmeasured edit.
    expect(channelCost('befr', 'beer')).toBeGreaterThanOrEqual(0.9 * UNKNOWN);
  });

  it('prices OCR\'s known confusions below an unknown edit even where the training pairs never showed them', () => {
    // `cl` read for `d`, `0` for `o`, `rn` for `m`: public knowledge of OCR, in the table as a prior.
    expect(channelCost('clavis', 'davis')).toBeLessThan(0.8 * UNKNOWN);
    expect(channelCost('j0nes', 'jones')).toBeLessThan(0.8 * UNKNOWN);
    expect(channelCost('barnett', 'bamett')).toBeLessThan(0.8 * UNKNOWN);
    // A letter of no likeness costs the full edit.
    expect(channelCost('hqnry', 'henry')).toBe(UNKNOWN);
  });

  it('lets two cheap confusions beat one unknown edit, and stays symmetric in what it measures', () => {
    const twoCheap = channelCost('tosepli', 'joseph');
    expect(twoCheap).toBeLessThan(0.8);
    expect(channelCost('henrv', 'henry')).toBeLessThan(0.3);
    expect(channelCost('henry', 'henry')).toBe(0);
    // Over the bound: Infinity, not the cost.
    expect(channelCost('tosepli', 'joseph', twoCheap - 0.01)).toBe(Infinity);
  });
});

describe('channelVariants: the forms a damaged one may have been', () => {
  it('reads a capital confusion back at the first letter only', () => {
    const forms = (written: string) => channelVariants(written, 0.6, (form) => ['ernest', 'jones', 'test'].includes(form)).map((v) => v.form);
    expect(forms('frnest')).toContain('ernest');
    expect(forms('tones')).toContain('jones');
    // `F` for `E` is a capital's confusion: inside a word `f` for `e` is not reached cheaply.
    expect(forms('tfst')).not.toContain('test');
  });

  it('stacks any number of edits as cheap as `freeEdit`, two dearer ones at most', () => {
    const isWilliams = (form: string) => form === 'williams';
    // `l` for `i` twice and `n` for `a`: three cheap misreadings.
    expect(channelVariants('wllllnms', 1.5, isWilliams)).toEqual([]);
    const [read] = channelVariants('wllllnms', 1.5, isWilliams, undefined, 0.3);
    expect(read?.form).toBe('williams');
    expect(read!.cost).toBeCloseTo(channelCost('wllllnms', 'williams'), 9);
    // Free of the count, not of the budget.
    expect(channelVariants('wllllnms', 0.5, isWilliams, undefined, 0.3)).toEqual([]);
  });

  it('agrees with channelCost on what each form costs', () => {
    for (const { form, cost } of channelVariants('frnest', 1, (form) => form === 'ernest')) {
      expect(cost).toBeGreaterThanOrEqual(channelCost('frnest', form) - 1e-9);
    }
  });
});
