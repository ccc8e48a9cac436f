// Whole-process measurements of a Node script: wall time, CPU time (user +
// system, all threads) and peak RSS. CPU and RSS come from GNU time
// (`/usr/bin/time -v`) when it exists, else from a preloaded module that
// prints process.resourceUsage() at exit.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-v', 'true']).status === 0;
const RUSAGE_PRELOAD = pathToFileURL(new URL('./rusage.mjs', import.meta.url).pathname).href;

/** Run `node ...nodeArgs` once: { wall, cpu, rssMB, status, stdout, stderr } (s, s, MiB). */
export function measureOnce(nodeArgs, options = {}) {
  const spawnOptions = { encoding: 'utf8', maxBuffer: 1 << 30, ...options };
  const started = process.hrtime.bigint();
  const run = hasGnuTime
    ? spawnSync(GNU_TIME, ['-v', process.execPath, ...nodeArgs], spawnOptions)
    : spawnSync(process.execPath, ['--import', RUSAGE_PRELOAD, ...nodeArgs], spawnOptions);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.error) throw run.error;
  let stderr = run.stderr ?? '';
  let cpu = NaN;
  let rssMB = NaN;
  if (hasGnuTime) {
    const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
    const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    if (user && system) cpu = Number(user[1]) + Number(system[1]);
    if (rss) rssMB = Number(rss[1]) / 1024;
    const report = stderr.lastIndexOf('\tCommand being timed:');
    if (report !== -1) stderr = stderr.slice(0, report);
  } else {
    const match = /\nRUSAGE (\{.*\})\n$/.exec(stderr);
    if (match) {
      const usage = JSON.parse(match[1]);
      cpu = usage.cpu;
      rssMB = usage.rssKB / 1024;
      stderr = stderr.slice(0, match.index);
    }
  }
  return { wall, cpu, rssMB, status: run.status, stdout: run.stdout ?? '', stderr };
}

/** The median of `repeat` runs (by wall time). */
export function measure(nodeArgs, { repeat = 3, ...options } = {}) {
  const runs = [];
  for (let i = 0; i < repeat; i++) runs.push(measureOnce(nodeArgs, options));
  runs.sort((a, b) => a.wall - b.wall);
  return { ...runs[Math.floor((runs.length - 1) / 2)], runs: runs.length };
}
