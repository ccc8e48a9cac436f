// The package as a user installs it: `npm pack` makes a tarball, and a fresh
// folder installs that tarball as a dependency, after which the commands run
// through npx and the library's types compile under `tsc --strict`.
// Nothing is fetched from the network: npm resolves the package's
// dependencies from a registry served here out of the project's own
// node_modules (the production packages of package-lock.json), so the test
// gives the same answer offline and on CI. `npm test` builds first.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
const run = promisify(execFile);
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { name: string; version: string; files: string[] };

interface LockEntry {
  version: string;
  dev?: boolean;
}

/**
 * A read-only npm registry over the project's installed production
 * packages: a packument per name listing each installed version, and each
 * version's folder as a tarball (GNU tar, as npm lays it out: `package/...`).
 */
function localRegistry(): Promise<{ url: string; server: Server }> {
  const lock = JSON.parse(readFileSync(join(REPO, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const folders = new Map<string, Map<string, string>>();
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (!key.startsWith('node_modules/') || entry.dev) continue;
    const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (!folders.has(name)) folders.set(name, new Map());
    folders.get(name)!.set(entry.version, join(REPO, key));
  }
  const server = createServer((request, response) => {
    const base = `http://${request.headers.host}`;
    const path = decodeURIComponent(new URL(request.url ?? '/', base).pathname.slice(1));
    const tarball = /^(.+)\/-\/([^/]+)\.tgz$/.exec(path);
    if (tarball) {
      const [name, version] = [tarball[1]!, tarball[2]!.slice(tarball[2]!.lastIndexOf('@') + 1)];
      const folder = folders.get(name)?.get(version);
      if (!folder) return void response.writeHead(404).end();
      const tar = spawnSync('tar', ['-czf', '-', '--exclude=./node_modules', '--transform', 's,^\\.,package,', '-C', folder, '.'], { maxBuffer: 1 << 28 });
      return void response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(tar.stdout);
    }
    const versions = folders.get(path);
    if (!versions) return void response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
    const manifests = Object.fromEntries(
      [...versions].map(([version, folder]) => {
        const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Record<string, unknown>;
        return [version, { ...manifest, name: path, version, dist: { tarball: `${base}/${path}/-/${encodeURIComponent(`${path.split('/').pop()}@${version}`)}.tgz` } }];
      }),
    );
    const latest = Object.keys(manifests).sort().at(-1)!;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ name: path, 'dist-tags': { latest }, versions: manifests }));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server })));
}

const USER_TS = `import { lintWithRule, testRule, type Rule, type RuleCases, type RuleMeta } from 'article-lint';

const meta: RuleMeta = { id: 'no-exclamation', description: 'An exclamation mark in prose', severity: 'warn', fixable: false };
const rule: Rule = {
  meta,
  create(context) {
    for (const match of context.doc.text.matchAll(/!/g)) context.report({ message: 'No exclamation marks', start: match.index, end: match.index + 1 });
  },
};
const cases: RuleCases = { valid: ['Calm news.'], invalid: [{ text: 'Great news!', errors: [{ message: 'No exclamation marks', line: 1, column: 11 }] }] };
/** What a plugin's test file calls under vitest. */
export const registerTests = (): Promise<void> => testRule(rule, cases);
const result = await lintWithRule(rule, { text: 'Great news!' });
console.log(result.messages.map((m) => \`\${m.ruleId} \${m.line}:\${m.column}\`).join('\\n'));
`;

describe('installed from the npm pack tarball into a fresh folder', () => {
  let registry: { url: string; server: Server };
  let folder: string;
  const env = () => ({ ...process.env, npm_config_registry: registry.url, npm_config_cache: join(folder, '.npm-cache'), npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' });
  const npm = (args: string[]) => run('npm', args, { cwd: folder, env: env(), maxBuffer: 1 << 26 });

  beforeAll(async () => {
    if (!existsSync(join(REPO, 'dist/bin/cli.js'))) throw new Error('build first (npm run build)');
    registry = await localRegistry();
    folder = mkdtempSync(join(tmpdir(), 'article-lint-install-'));
    // The build is done already (npm test builds first): --ignore-scripts skips `prepare`.
    await run('npm', ['pack', '--ignore-scripts', '--pack-destination', folder], { cwd: REPO, env: env() });
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'newsroom-articles', version: '1.0.0', private: true, type: 'module' }));
    await npm(['install', '--no-audit', '--no-fund', `./${pkg.name}-${pkg.version}.tgz`]);
  }, 120_000);

  afterAll(() => {
    registry?.server.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('records the tarball as a dependency and installs its bins', () => {
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(manifest.dependencies[pkg.name]).toBe(`file:${pkg.name}-${pkg.version}.tgz`);
    expect(existsSync(join(folder, 'node_modules/.bin/article-lint'))).toBe(true);
    expect(existsSync(join(folder, 'node_modules/.bin/article-lint-lsp'))).toBe(true);
  });

  it('ships what runs: the bundles, the word list, the library, its types and the rule docs; no sources or tests', () => {
    const installed = join(folder, 'node_modules', pkg.name);
    for (const file of ['dist/bin/cli.js', 'dist/bin/lsp.js', 'dist/bin/worker.js', 'dist/bin/dictionary-words.txt', 'dist/bin/dictionary-lower-forms.txt', 'dist/bin/dictionary-name-forms.txt', 'dist/src/index.js', 'dist/src/index.d.ts', 'rules/fact-number/README.md', 'README.md', 'LICENSE']) {
      expect(existsSync(join(installed, file)), file).toBe(true);
    }
    for (const file of ['src/index.ts', 'tests', 'rules/fact-number/index.ts', 'seeds', 'scripts']) expect(existsSync(join(installed, file)), file).toBe(false);
  });

  it('`npx article-lint` lints an article: findings, positions, and exit 1 over --max-warnings', async () => {
    writeFileSync(join(folder, 'story.md'), '# Council\n\nThe the council met on Tuesday.\n');
    const result = await npm(['exec', '--no', '--', 'article-lint', '--format', 'json', '--max-warnings', '0', 'story.md']).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect((result as { code?: number }).code).toBe(1);
    const [file] = JSON.parse(result.stdout) as { path: string; messages: { ruleId: string; line: number; column: number }[] }[];
    expect(file!.path).toBe('story.md');
    expect(file!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['repeated-word', 3, 5]]);
  }, 60_000);

  it('`npx article-lint-lsp` starts the language server', async () => {
    const { stdout } = await npm(['exec', '--no', '--', 'article-lint-lsp', '--version']);
    expect(stdout.trim()).toBe(pkg.version);
  }, 60_000);

  it("`import { testRule, type Rule } from 'article-lint'` compiles under tsc --strict and runs", async () => {
    writeFileSync(join(folder, 'rule.ts'), USER_TS);
    writeFileSync(
      join(folder, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: false, types: [], outDir: 'out' }, files: ['rule.ts'] }),
    );
    const tsc = await run(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: folder }).catch((error: { stdout: string }) => error);
    expect(tsc.stdout).toBe('');
    const { stdout } = await run(process.execPath, ['out/rule.js'], { cwd: folder });
    expect(stdout).toBe('no-exclamation 1:11\n');
  }, 60_000);
});
