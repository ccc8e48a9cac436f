// The VS Code client packages into a .vsix with vsce, as its README tells
// users to do: the bundle (vscode-languageclient inside), package.json,
// README and LICENSE, no warning. The packaging tools are the editor folder's
// own devDependencies (`npm ci --prefix editors/vscode`, as CI does); without
// them the test is skipped and says why.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const EDITOR = resolve(fileURLToPath(new URL('../editors/vscode/', import.meta.url)));
const VSCE = join(EDITOR, 'node_modules/@vscode/vsce/vsce');
const installed = existsSync(VSCE) && existsSync(join(EDITOR, 'node_modules/vscode-languageclient'));
const run = promisify(execFile);

describe('editors/vscode', () => {
  it.skipIf(!installed)(
    `packages into a .vsix with vsce${installed ? '' : ' (skipped: run `npm ci --prefix editors/vscode` to install @vscode/vsce)'}`,
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'article-lint-vsix-'));
      try {
        const vsix = join(out, 'article-lint.vsix');
        const packaged = await run(process.execPath, [VSCE, 'package', '--out', vsix], { cwd: EDITOR, maxBuffer: 1 << 24 });
        expect(packaged.stderr).not.toMatch(/WARNING|ERROR/);
        expect(packaged.stdout).toMatch(/DONE {2}Packaged: .*article-lint\.vsix \(6 files/);
        const listed = await run(process.execPath, [VSCE, 'ls'], { cwd: EDITOR });
        expect(listed.stdout.trim().split('\n').sort()).toEqual(['LICENSE', 'README.md', 'out/extension.js', 'package.json']);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
