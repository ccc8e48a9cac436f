// Running the CLI in-process, with its output captured, on real files.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { runCli } from '../src/cli/run-cli.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], options: { cwd?: string; stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd: options.cwd ?? process.cwd(),
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t), isTTY: false },
    readStdin: async () => options.stdin ?? '',
    stdinIsTTY: options.stdin === undefined,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

/** Folders tempTree made in this test file: removed when the file's tests are done, so runs leave nothing in the temp folder. */
const tempRoots: string[] = [];
afterAll(() => {
  for (const root of tempRoots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A temporary folder holding the given files (path -> text or bytes), removed after the test file. */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'article-lint-'));
  tempRoots.push(root);
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

export interface JsonFile {
  path: string;
  messages: {
    ruleId: string;
    reason: string;
    line: number;
    column: number;
    severity: string;
    fatal: boolean | null;
    expected?: string[];
    place: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } };
  }[];
  data: { date?: string };
}

export function parseJson(run: CliRun): JsonFile[] {
  return JSON.parse(run.stdout) as JsonFile[];
}

const SEEDS = new URL('../seeds/', import.meta.url);

/** A seed article of the repository by its number prefix (`'002'`): its file name and text. */
export function seedArticle(prefix: string): { path: string; text: string } {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix))!;
  return { path: name, text: readFileSync(new URL(name, SEEDS), 'utf8') };
}
