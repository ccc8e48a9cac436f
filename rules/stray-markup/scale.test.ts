// Stars on a long line: which markers stand for letters (`Ni**`) or open a
// line (`* note`) is decided from a few characters around each marker, never
// from the whole line before it, so thousands of markers on one line cost
// linear time (the old end-anchored test over the text before each marker
// took 20 s at 120 K characters here).
import { describe, expect, it } from 'vitest';
import { scanEmphasis } from './emphasis.js';

describe('stray-markup emphasis scan at scale', () => {
  it('pairs 20,000 openers and closers on one line in linear time, masks and line starts still told', () => {
    const n = 20_000;
    const text = '*a '.repeat(n) + ' b*'.repeat(n);
    const started = performance.now();
    const { pairs, unpaired } = scanEmphasis(text);
    // Generous: a few hundred milliseconds on a loaded machine.
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(pairs).toHaveLength(n);
    expect(unpaired).toEqual([]);
    // The window still sees a short stem, and a star after only white space on its line.
    expect(scanEmphasis(`${'x '.repeat(5000)}Ni** said`).unpaired).toEqual([]);
    expect(scanEmphasis(`Washington** said`).unpaired).toHaveLength(1);
    expect(scanEmphasis(`${'word '.repeat(5000)}\n   *note`).unpaired).toEqual([]);
  });
});
