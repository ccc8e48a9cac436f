// action.yml: its inputs and outputs, and its shell steps run for real
// (bash, git, the built CLI and action-report) on a shallow clone of a pull
// request, as actions/checkout leaves it, with the runner's files faked.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..');

interface Step {
  id?: string;
  name: string;
  if?: string;
  run?: string;
  uses?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as Action;
const step = (id: string) => action.runs.steps.find((s) => s.id === id)!;

describe('action.yml', () => {
  it('is a composite action with the documented inputs and outputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['config', 'fail-on-severity', 'format', 'glossary', 'paths', 'sarif-file', 'trust-plugins']);
    expect(action.inputs['trust-plugins']!.default).toBe('false');
    expect(action.inputs['fail-on-severity']!.default).toBe('error');
    expect(action.inputs.format!.default).toBe('github');
    expect(Object.keys(action.outputs).sort()).toEqual(['errors', 'notices', 'sarif-file', 'warnings']);
    expect(action.runs.steps[0]).toMatchObject({ uses: 'actions/setup-node@v4', with: { 'node-version': 20 } });
    expect(action.runs.steps[1]!.run).toMatch(/^npm ci/);
  });

  it('never splices ${{ }} expressions into script text (inputs go through env)', () => {
    for (const s of action.runs.steps) if (s.run) expect(s.run).not.toContain('${{');
  });
});

describe('.github/workflows', () => {
  const workflow = (name: string) => parse(readFileSync(join(REPO, '.github/workflows', name), 'utf8')) as { on: Record<string, unknown>; jobs: Record<string, { steps: Step[] }> };

  it('ci.yml runs npm ci (and the editor folder\'s, to package the .vsix) && npm test on Node 20 for pushes and pull requests', () => {
    const ci = workflow('ci.yml');
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    const steps = ci.jobs.test!.steps;
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))!.with).toMatchObject({ 'node-version': 20 });
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci && npm ci --prefix editors/vscode --no-audit --no-fund && npm test']);
  });

  it('article-lint.yml uses this action, and uploads its SARIF', () => {
    const example = workflow('article-lint.yml');
    const uses = Object.values(example.jobs).flatMap((job) => job.steps.map((s) => s.uses));
    expect(uses.filter((u) => u === './')).toHaveLength(2);
    expect(uses).toContain('github/codeql-action/upload-sarif@v3');
  });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } }).trim();
}

/** Runs one step's script as GitHub runs `shell: bash`. */
function runStep(id: string, cwd: string, env: Record<string, string>) {
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step(id).run!], { cwd, env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...env }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the action on a pull request', () => {
  let origin: string;
  let checkout: string;
  let baseSha: string;
  let runner: string;
  let env: Record<string, string>;
  let root: string;

  beforeAll(() => {
    if (!existsSync(join(REPO, 'dist/bin/cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
    root = mkdtempSync(join(tmpdir(), 'article-lint-action-'));
    origin = join(root, 'origin');
    mkdirSync(join(origin, 'news'), { recursive: true });
    git(origin, 'init', '-q', '-b', 'main');
    git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    writeFileSync(join(origin, 'news/old.txt'), 'Clean old story.\n');
    writeFileSync(join(origin, 'news/gone.md'), 'To be deleted.\n');
    writeFileSync(join(origin, 'news/renamed.txt'), 'Moved story.\n');
    git(origin, 'add', '.');
    git(origin, 'commit', '-q', '-m', 'base');
    baseSha = git(origin, 'rev-parse', 'HEAD');
    git(origin, 'checkout', '-q', '-b', 'pr');
    writeFileSync(join(origin, 'news/old.txt'), 'The the council met.\n');
    writeFileSync(join(origin, 'news/new story, 50% off.md'), '# Title\n\nIt it rained.\n');
    writeFileSync(join(origin, 'script.js'), 'the the\n');
    git(origin, 'rm', '-q', 'news/gone.md');
    git(origin, 'mv', 'news/renamed.txt', 'news/moved.txt');
    git(origin, 'add', '.');
    git(origin, 'commit', '-q', '-m', 'pr');
    checkout = join(root, 'checkout');
    git(root, 'clone', '-q', '--depth=1', '--branch', 'pr', `file://${origin}`, checkout);
    runner = join(root, 'runner');
    mkdirSync(runner);
    env = { RUNNER_TEMP: runner, GITHUB_OUTPUT: join(runner, 'output'), GITHUB_STEP_SUMMARY: join(runner, 'summary.md'), ACTION_PATH: REPO };
    for (const f of ['output', 'summary.md']) writeFileSync(join(runner, f), '');
  }, 120_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const listed = () => readFileSync(join(runner, 'article-lint-files'), 'utf8').split('\0').filter(Boolean);

  it('selects the added, modified and renamed article files of the pull request', () => {
    const r = runStep('files', checkout, { ...env, INPUT_PATHS: '', BASE_SHA: baseSha });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(listed().sort()).toEqual(['news/moved.txt', 'news/new story, 50% off.md', 'news/old.txt']);
    expect(readFileSync(env.GITHUB_OUTPUT!, 'utf8')).toContain('count=3\n');
  });

  it('lints them and reports: annotations, summary, outputs, failure on a raised severity', () => {
    runStep('files', checkout, { ...env, INPUT_PATHS: '', BASE_SHA: baseSha });
    writeFileSync(join(checkout, '.article-lintrc.json'), '{ "rules": { "repeated-word": "error" } }');
    const lint = runStep('lint', checkout, { ...env, INPUT_GLOSSARY: '', INPUT_CONFIG: '.article-lintrc.json' });
    expect(lint.code).toBe(0);
    writeFileSync(env.GITHUB_OUTPUT!, '');
    const report = runStep('report', checkout, { ...env, INPUT_FORMAT: 'github', INPUT_FAIL_ON: 'error', INPUT_SARIF_FILE: 'article-lint.sarif' });
    expect(report.stdout.split('\n').filter(Boolean).sort()).toEqual([
      '::error file=news/new story%2C 50%25 off.md,line=3,col=4,endLine=3,endColumn=6,title=article-lint (repeated-word)::Repeated word "it"',
      '::error file=news/old.txt,line=1,col=5,endLine=1,endColumn=8,title=article-lint (repeated-word)::Repeated word "the"',
    ]);
    expect(report.code).toBe(1);
    expect(readFileSync(env.GITHUB_OUTPUT!, 'utf8')).toBe('errors=2\nwarnings=0\nnotices=0\n');
    const summary = readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8');
    expect(summary).toContain('### news/old.txt');
    expect(summary).toContain('**2 errors, 0 warnings, 0 notices** in 2 of 3 files.');
  });

  it('lints the given paths instead, and fails the step with exit 2 when the CLI cannot run', () => {
    const files = runStep('files', checkout, { ...env, INPUT_PATHS: 'news/*.txt\n\nscript.js\n', BASE_SHA: baseSha });
    expect(files.code).toBe(0);
    expect(listed()).toEqual(['news/*.txt', 'script.js']);
    const broken = runStep('lint', checkout, { ...env, INPUT_GLOSSARY: 'missing-glossary.yaml', INPUT_CONFIG: '' });
    expect(broken.code).toBe(2);
    expect(broken.stdout).toContain('::error title=article-lint::article-lint could not run (exit 2)');
  });

  it("never loads a plugin that the pull request's tree brings, unless the trust-plugins input says so", () => {
    const marker = readFileSync(join(REPO, 'tests/fixtures/hostile/marker-plugin.js'), 'utf8');
    mkdirSync(join(checkout, 'tools'), { recursive: true });
    writeFileSync(join(checkout, 'tools/x.js'), marker);
    writeFileSync(join(checkout, '.article-lintrc.json'), '{ "plugins": ["./tools/x.js"] }');
    writeFileSync(join(runner, 'article-lint-files'), 'news/old.txt\0');
    // Discovered, and named by the config input (which points into the same tree): neither loads it, even with the environment asking.
    for (const config of ['', '.article-lintrc.json']) {
      const lint = runStep('lint', checkout, { ...env, INPUT_GLOSSARY: '', INPUT_CONFIG: config, INPUT_TRUST_PLUGINS: 'false', ARTICLE_LINT_TRUST_PLUGINS: '1' });
      expect(lint.code).toBe(0);
      expect(lint.stderr).toContain('plugins not loaded (./tools/x.js)');
      expect(existsSync(join(checkout, 'tools/loaded.marker'))).toBe(false);
    }
    const trusted = runStep('lint', checkout, { ...env, INPUT_GLOSSARY: '', INPUT_CONFIG: '', INPUT_TRUST_PLUGINS: 'true' });
    expect(trusted.code).toBe(0);
    expect(existsSync(join(checkout, 'tools/loaded.marker'))).toBe(true);
    rmSync(join(checkout, '.article-lintrc.json'));
  });

  it('outside a pull request, lints the whole repository', () => {
    runStep('files', checkout, { ...env, INPUT_PATHS: '', BASE_SHA: '' });
    expect(listed()).toEqual(['.']);
  });
});
