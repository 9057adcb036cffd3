"""Benchmarks lintkit on a Dask LocalCluster against local --jobs runs, and a cluster task's overhead.

Run by hand, never as a test (needs the dask extra):

    python benchmarks/dask_bench.py FILE [--many PATH ...] [--workers 1,2] [--repeat R] [--tasks N]

Three tables:

- whole process, as a user runs it: ``lintkit check --no-cache --jobs N FILE``
  against ``lintkit check --scheduler local:N FILE`` (cluster start and model
  loads included);
- warm cluster: ``lintkit.distributed.lint_paths`` on a LocalCluster that has
  already linted once, the throughput a long-lived cluster gives (FILE, and
  ``--many`` folders of small files that go out in word-sized batches, the
  shape of an audit);
- per-task overhead: ``--tasks`` no-op tasks, and as many one-memo batches,
  submitted at once and gathered, per task.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from bench import count_words, run

ROOT = Path(__file__).resolve().parent.parent
MEMO = "# Q3 memo\n\nWe need leaders, not managers. Please send the numbers by Friday.\n"


def whole_process(target: Path, words: int, workers: list[int], repeat: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    lintkit = [sys.executable, "-m", "lintkit.cli", "check", "--no-cache"]
    print("| whole process | wall s | words/s | peak RSS MB | exit |\n|---|---:|---:|---:|---:|")
    for n in workers:
        for name, extra in ((f"--jobs {n}", ["--jobs", str(n)]), (f"--scheduler local:{n}", ["--scheduler", f"local:{n}"])):
            with tempfile.TemporaryDirectory(prefix="lintkit-dask-bench-") as tmp:
                wall, rss, rc = min((run([*lintkit, *extra, str(target)], cwd=Path(tmp), env=env) for _ in range(repeat)), key=lambda r: r[0])
            print(f"| {name} | {wall:.2f} | {words / wall:,.0f} | {rss:.0f} | {rc} |", flush=True)


def warm_cluster(inputs: list[tuple[str, list[str], int]], workers: list[int], repeat: int) -> None:
    """Throughput once the pipeline is loaded: in this process with ``--jobs n``, and on a LocalCluster of n workers.

    Words per CPU second (the linting processes' user + system time) is the
    figure a busy, shared machine distorts least.
    """
    from distributed import Client, LocalCluster

    from lintkit.distributed import lint_paths
    from lintkit.runner import lint_paths as lint_here

    print("\n| warm | input | wall s | words/s | words/s per worker | words per CPU s |\n|---|---|---:|---:|---:|---:|")
    for name, paths, words in inputs:
        lint_here(paths[:1], jobs=1)  # load the pipeline here; forked pool workers inherit it
        for n in workers:
            wall, cpu = min(_measured(lambda: lint_here(paths, jobs=n), _cpu_here) for _ in range(repeat))
            print(f"| here, --jobs {n} | {name} | {wall:.2f} | {words / wall:,.0f} | {words / wall / n:,.0f} | {words / cpu:,.0f} |", flush=True)
    for n in workers:
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
            for name, paths, words in inputs:
                lint_paths(paths[:1], client)  # load the pipeline on every worker
                cpu_of_workers = lambda: sum(client.run(_cpu_here).values()) + _cpu_here()  # noqa: E731
                wall, cpu = min(_measured(lambda: lint_paths(paths, client), cpu_of_workers) for _ in range(repeat))
                print(f"| LocalCluster of {n} | {name} | {wall:.2f} | {words / wall:,.0f} | {words / wall / n:,.0f} | {words / cpu:,.0f} |", flush=True)


def _cpu_here() -> float:
    """CPU seconds of this process and its finished children."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _measured(action, cpu) -> tuple[float, float]:
    """Wall and CPU seconds of ``action``, the CPU as ``cpu()`` counts it."""
    before = cpu()
    wall = _timed(action)
    return wall, cpu() - before


def task_overhead(tasks: int) -> None:
    from distributed import Client, LocalCluster

    from lintkit.config import Config
    from lintkit.distributed import lint_batch
    from lintkit.runner import lint_as_data

    memo = (None, MEMO.encode(), "memo.md", Config())
    print(f"\n| per task, {tasks} tasks on 2 workers | ms per task |\n|---|---:|")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        client.gather(client.map(lint_batch, [[memo]] * 4, pure=False))  # load the pipeline on both workers
        noop = _timed(lambda: client.gather(client.map(_noop, range(tasks), pure=False)))
        batches = _timed(lambda: client.gather(client.map(lint_batch, [[memo]] * tasks, pure=False)))
    here = _timed(lambda: [lint_as_data(memo[1:]) for _ in range(tasks)])
    print(f"| no-op task | {noop / tasks * 1000:.2f} |")
    print(f"| one-memo batch | {batches / tasks * 1000:.2f} |")
    print(f"| the same memo linted in this process, no cluster | {here / tasks * 1000:.2f} |")


def _noop(n: int) -> int:
    return n


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path, help="a big file, e.g. bulk-1M.txt")
    parser.add_argument("--many", nargs="*", type=Path, default=[], help="folders of many small files for the warm-cluster table")
    parser.add_argument("--workers", default="1,2", help="comma-separated cluster sizes (and --jobs values)")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--tasks", type=int, default=1000)
    parser.add_argument("--no-whole", action="store_true", help="skip the whole-process table")
    args = parser.parse_args(argv)
    workers = [int(n) for n in args.workers.split(",")]
    target = args.path.resolve()
    words = count_words(target)
    print(f"input: {target.name} ({words:,} words); {os.cpu_count()} CPUs\n")
    if not args.no_whole:
        whole_process(target, words, workers, args.repeat)
    inputs = [(target.name, [str(target)], words)]
    if args.many:
        from lintkit.discovery import expand

        files = expand([str(path) for path in args.many])[0]
        inputs.append((f"{len(files):,} files", files, sum(count_words(Path(f)) for f in files)))
    warm_cluster(inputs, workers, args.repeat)
    task_overhead(args.tasks)
    return 0


if __name__ == "__main__":
    sys.exit(main())
