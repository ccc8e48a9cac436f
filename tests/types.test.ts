// The typed API says what the runtime and the README say: the README's
// plugin example, typed as a `Rule`, compiles under `tsc --strict` against
// the built declarations (dist/src/index.d.ts, what `import ... from
// 'article-lint'` gets), `meta.url` may be left out and the default severity
// may be `off`; what the runtime rejects, the types reject too.
// `npm test` builds first.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { lintWithRule, type Rule } from '../src/index.js';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
const README = readFileSync(join(REPO, 'README.md'), 'utf8');

/** The README's plugin example: the first js block under "Writing a rule plugin", its `export default` typed as a Rule. */
function readmePlugin(): string {
  const section = README.slice(README.indexOf('## Writing a rule plugin'));
  const block = /```js\n([\s\S]*?)```/.exec(section)![1]!;
  return block.replace('export default {', 'const rule: Rule = {') + 'export default rule;\n';
}

const CHECKS = `
// No url: messages then have none.
export const withoutUrl: Rule = { meta: { id: 'a', description: 'A', severity: 'warn', fixable: false }, create() {} };
// Off by default: on where a config turns it on.
export const offByDefault: RuleMeta = { id: 'b', description: 'B', severity: 'off', fixable: false };
// @ts-expect-error: "warning" is not a severity (the config reader takes it, a rule's meta does not)
export const badSeverity: RuleMeta = { id: 'c', description: 'C', severity: 'warning', fixable: false };
// @ts-expect-error: a rule needs create()
export const noCreate: Rule = { meta: offByDefault };
// @ts-expect-error: a report needs its span
export const noSpan = (context: RuleContext) => context.report({ message: 'x' });
`;

describe('types and docs agree', () => {
  it("the README's plugin example and the optional url / 'off' default compile under tsc --strict; wrong shapes do not", async () => {
    if (!existsSync(join(REPO, 'dist/src/index.d.ts'))) throw new Error('build first (npm run build)');
    const folder = mkdtempSync(join(tmpdir(), 'article-lint-types-'));
    try {
      writeFileSync(join(folder, 'plugin.ts'), `import type { Rule, RuleContext, RuleMeta } from 'article-lint';\n${readmePlugin()}${CHECKS}`);
      writeFileSync(
        join(folder, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [], paths: { 'article-lint': [join(REPO, 'dist/src/index.d.ts')] } },
          files: ['plugin.ts'],
        }),
      );
      const tsc = await promisify(execFile)(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: folder }).catch((error: { stdout: string }) => error);
      expect(tsc.stdout).toBe('');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('at runtime a rule without url lints, and its messages carry no url', async () => {
    const rule: Rule = { meta: { id: 'no-bang', description: 'No !', severity: 'off', fixable: false }, create: (c) => c.report({ message: 'Bang', start: 5, end: 6 }) };
    const result = await lintWithRule(rule, { text: 'Great! news.' });
    expect(result.messages.map((m) => [m.ruleId, m.column, m.url, m.severity])).toEqual([['no-bang', 6, undefined, 'warn']]);
  });
});
