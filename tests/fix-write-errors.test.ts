// Every way a write can fail after the temporary file exists (writing,
// giving it the old mode, renaming) removes the temporary file and leaves
// the article as it was.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempTree } from './helpers.js';

const failing = vi.hoisted(() => ({ name: '' }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const failable = <F extends (...args: never[]) => unknown>(name: string, real: F) =>
    ((...args: Parameters<F>) => {
      if (failing.name === name) throw Object.assign(new Error(`${name} failed`), { code: 'EIO' });
      return real(...args);
    }) as F;
  return { ...fs, writeSync: failable('writeSync', fs.writeSync), fchmodSync: failable('fchmodSync', fs.fchmodSync), fsyncSync: failable('fsyncSync', fs.fsyncSync), renameSync: failable('renameSync', fs.renameSync) };
});

const { readSnapshot, writeFixedFile } = await import('../src/fix/write-file.js');

afterEach(() => {
  failing.name = '';
});

describe('a write that fails part way', () => {
  it.each(['writeSync', 'fchmodSync', 'fsyncSync', 'renameSync'])('when %s fails: the error is raised, no temporary file is left, the file is unchanged', (name) => {
    const root = tempTree({ 'a.txt': 'The the cat.\n' });
    const path = join(root, 'a.txt');
    const read = readSnapshot(readFileSync(path), statSync(path));
    failing.name = name;
    expect(() => writeFixedFile(path, Buffer.from('The cat.\n'), read)).toThrow(`${name} failed`);
    expect(readdirSync(root)).toEqual(['a.txt']);
    expect(readFileSync(path, 'utf8')).toBe('The the cat.\n');
  });
});
