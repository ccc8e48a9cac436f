#!/usr/bin/env node
// The `article-lint` command.
import { isatty } from 'node:tty';
import { useShortRunInliningBudget } from '../cli/jit-budget.js';
import { runCli } from '../cli/run-cli.js';

useShortRunInliningBudget();

// A reader that stops early (`article-lint … | head`) closes the pipe: the command ends quietly, as grep and ripgrep do, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin,
  // Not process.stdin.isTTY: creating the stdin stream costs a run that never reads it.
  stdinIsTTY: isatty(0),
  env: process.env,
});
process.exitCode = code;
