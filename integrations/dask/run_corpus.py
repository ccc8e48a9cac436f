#!/usr/bin/env python3
"""Lint a sharded article corpus on a Dask cluster with article-lint.

Two steps, each a map over the shards, as in one run of `article-lint`:
  1. collect: every shard's evidence for the corpus rules (in parallel);
  2. lint:    every shard against the whole corpus's evidence (in parallel),
              given as the shards' evidence files, which article-lint merges
              as it reads them (repeated --evidence): no serial merge step.
With more than --fan-in evidence files, they are first merged in a tree of
parallel `merge-evidence` tasks, --fan-in files per task, so that no lint
task reads more than --fan-in files.
The findings (--format jsonl, one line per record) are those of a single
run over all the shards. Workers call the article-lint command, so every
worker needs Node.js with article-lint installed and must see the shard
files and the work folder at the same paths (a shared file system).

  python3 run_corpus.py --local 2 --work out/ shards/*.jsonl
  python3 run_corpus.py --scheduler tcp://scheduler:8786 --work /shared/out /shared/shards/*.parquet
  python3 run_corpus.py --local 2 --partitions 2 --work out/ corpus.jsonl.gz

A task is one shard file by default. With --partitions N, task I of N takes,
from every shard file, the records whose id hashes to I (article-lint's
--shard I/N): N tasks of equal size whatever the files' number and sizes,
each paying the command's start and the evidence's loading once. One
partition per worker (or two) is the fastest; findings then come partition
by partition instead of file by file.

Exit status: 0 no error findings, 1 error findings, 2 a step failed.
"""
import argparse
import os
import shlex
import shutil
import subprocess
import sys
import time

from dask.distributed import Client, LocalCluster


def run(command, stdout=subprocess.DEVNULL):
    """Run one article-lint command: its exit status, standard error and wall time."""
    started = time.monotonic()
    done = subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, text=True)
    return done.returncode, done.stderr, time.monotonic() - started


def collect(cli, inputs, evidence, extra):
    return run(cli + ["collect", "--evidence-out", evidence, *extra, *inputs])


def lint(cli, inputs, evidence, findings, extra):
    given = [arg for file in evidence for arg in ("--evidence", file)]
    # The findings go straight to their file: the task holds none of them.
    with open(findings, "wb") as out:
        return run(cli + [*given, "--format", "jsonl", *extra, *inputs], stdout=out)


def merge(cli, evidence, out):
    return run(cli + ["merge-evidence", "-o", out, *evidence])


def merge_tree(client, cli, evidence, work, fan_in):
    """Merge evidence files, level by level, `fan_in` per task in parallel, until at most `fan_in` remain."""
    level = 0
    results = []
    while len(evidence) > fan_in:
        groups = [evidence[i:i + fan_in] for i in range(0, len(evidence), fan_in)]
        outs = [os.path.join(work, "merge-%d-%05d.evidence" % (level, i)) for i in range(len(groups))]
        results += client.gather(client.map(merge, [cli] * len(groups), groups, outs, pure=False))
        evidence = outs
        level += 1
    return evidence, results


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running Dask scheduler (Kubernetes, Slurm, YARN: see README)")
    where.add_argument("--local", type=int, default=2, metavar="N", help="start a LocalCluster of N single-threaded workers, threads of this process (default 2)")
    parser.add_argument("--cli", default="article-lint", help='the article-lint command (default: article-lint; e.g. "node dist/bin/cli.js")')
    parser.add_argument("--work", required=True, help="folder for evidence and findings (shared by the workers)")
    parser.add_argument("--output", help="write every record's findings here (default: WORK/findings.jsonl)")
    parser.add_argument("--arg", action="append", default=[], help="one more argument for every article-lint call (repeatable), e.g. --arg=--text-field --arg=body")
    parser.add_argument("--partitions", type=int, metavar="N", help="N tasks per step, each every shard's records of one --shard I/N (default: one task per shard file)")
    parser.add_argument("--fan-in", type=int, default=8, metavar="K", help="evidence files one lint task reads; more are merged first, K per task (default 8)")
    parser.add_argument("--timing", action="store_true", help="print each step's wall time, and each of its tasks', to standard error")
    parser.add_argument("shards", nargs="+")
    args = parser.parse_args(argv)

    cli = shlex.split(args.cli)
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    shards = [os.path.abspath(s) for s in args.shards]
    if args.partitions is not None and args.partitions < 1:
        parser.error("--partitions: at least 1")
    if args.fan_in < 2:
        parser.error("--fan-in: at least 2")
    # Each task: its input files and the arguments that pick its records.
    if args.partitions:
        tasks = [(shards, ["--shard", "%d/%d" % (i + 1, args.partitions)]) for i in range(args.partitions)]
    else:
        tasks = [([shard], []) for shard in shards]
    inputs = [files for files, _ in tasks]
    extras = [[*args.arg, *pick] for _, pick in tasks]
    evidence = [os.path.join(work, "shard-%05d.evidence" % i) for i in range(len(tasks))]
    findings = [os.path.join(work, "shard-%05d.findings.jsonl" % i) for i in range(len(tasks))]

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        # One thread per worker: each task is a whole article-lint process,
        # which the thread only waits for. So the workers are threads of this
        # process, not processes of their own: no Python to start per worker,
        # and no worker or nanny process taking the cores' time from the tasks.
        cluster = LocalCluster(n_workers=args.local, threads_per_worker=1, processes=False, dashboard_address=None)
        client = Client(cluster)
    try:
        merged = []

        def merge_step():
            files, results = merge_tree(client, cli, evidence, work, args.fan_in)
            merged.extend(files)
            return results

        steps = [
            ("collect", lambda: client.gather(client.map(collect, [cli] * len(tasks), inputs, evidence, extras, pure=False))),
            ("merge", merge_step),
            ("lint", lambda: client.gather(client.map(lint, [cli] * len(tasks), inputs, [merged] * len(tasks), findings, extras, pure=False))),
        ]
        worst = 0
        for name, step in steps:
            started = time.monotonic()
            results = step()
            if args.timing and (name != "merge" or results):
                tasks = ", ".join("%.2f" % seconds for _, _, seconds in results)
                sys.stderr.write("%s: %.2f s (tasks: %s s)\n" % (name, time.monotonic() - started, tasks))
            for code, err, _ in results:
                if code not in (0, 1):
                    sys.stderr.write("%s failed (exit %d): %s" % (name, code, err))
                    return 2
                worst = max(worst, code)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    output = args.output or os.path.join(work, "findings.jsonl")
    with open(output, "wb") as out:
        for path in findings:
            with open(path, "rb") as f:
                shutil.copyfileobj(f, out)
    return worst


if __name__ == "__main__":
    sys.exit(main())
