"""Benchmarks lintkit (whole process, as a user runs it) and, when installed, proselint.

Run by hand, never as a test:

    python benchmarks/bench.py PATH [--jobs N] [--repeat R] [--proselint] [--lintkit-dir DIR]

PATH is a file or folder (e.g. the 1M-word bulk corpus). Cases: the regex floor,
lintkit cold (--no-cache) with --jobs 1 and --jobs N, lintkit warm (a primed
cache), a small Markdown memo with a finding and a file with no family word,
and proselint (its max_errors lifted in a temporary config). Each case reports
wall seconds (best of R), words/s and the peak RSS of the largest process
(``resource.getrusage(RUSAGE_CHILDREN)``, so each case runs in a fresh child).
``--lintkit-dir`` benchmarks another checkout (e.g. an older commit) on the same input.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MEMO = """# Q3 memo

We need leaders, not managers. Please send the numbers by Friday.
"""
NO_FAMILY = "# Notes\n\nThe release went out on Tuesday. Lunch is at noon.\n"
FLOOR = r"""
import re, sys, os
words = re.compile(r"\b(?:lead|leads|leading|led|leader|leaders|leadership|leaderless|manage|manages|managed|managing|manager|managers|management|managerial)\b", re.I)
n = 0
for p in sys.argv[1:]:
    files = [os.path.join(d, f) for d, _, fs in os.walk(p) for f in fs] if os.path.isdir(p) else [p]
    for f in files:
        with open(f, encoding="utf-8", errors="replace") as h:
            n += sum(1 for _ in words.finditer(h.read()))
print(n)
"""


def count_words(path: Path) -> int:
    files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
    return sum(len(re.findall(r"\S+", p.read_text(encoding="utf-8", errors="replace"))) for p in files)


def run(cmd: list[str], *, cwd: Path, env: dict) -> tuple[float, float, int]:
    """Wall seconds and peak RSS (MB, largest process) of one child run, and its exit code."""
    wrapper = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
        "wall = time.perf_counter() - t\n"
        "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(json.dumps([wall, rss / (1024 * 1024 if sys.platform == 'darwin' else 1024), rc]))\n"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *cmd], cwd=cwd, env=env, capture_output=True, text=True, check=True)
    wall, rss, rc = json.loads(out.stdout)
    return wall, rss, rc


def best(cmd, *, cwd, env, repeat, prepare=None):
    results = []
    for _ in range(repeat):
        if prepare:
            prepare()
        results.append(run(cmd, cwd=cwd, env=env))
    return min(results, key=lambda r: r[0])


def proselint_command(tmp: Path, target: Path) -> list[str] | None:
    """proselint (0.16 command line) on ``target``, its 1,000-findings cap lifted, or None when not installed."""
    beside = Path(sys.executable).with_name("proselint")  # installed in this environment, maybe not on PATH
    program = str(beside) if beside.exists() else shutil.which("proselint")
    if program is None:
        return None
    config = tmp / "proselint.json"
    config.write_text(json.dumps({"max_errors": 10**9}))
    return [program, "--config", str(config), "check", str(target)]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--proselint", action="store_true", help="also time proselint (slow: ~30 s per 1M words)")
    parser.add_argument("--lintkit-dir", type=Path, default=ROOT, help="the checkout to benchmark (default: this one)")
    parser.add_argument("--only", default="", help="comma-separated case names to run")
    args = parser.parse_args(argv)
    target = args.path.resolve()
    words = count_words(target)
    code_dir = args.lintkit_dir.resolve()
    # An installed lintkit has its bytecode compiled by pip; a checkout run from source
    # (PYTHONDONTWRITEBYTECODE set, say) would otherwise recompile it on every start.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(code_dir / "lintkit")], check=True)
    with tempfile.TemporaryDirectory(prefix="lintkit-bench-") as tmp_name:
        tmp = Path(tmp_name)
        cache = tmp / "cache"
        env = {**os.environ, "PYTHONPATH": str(code_dir), "LINTKIT_CACHE_DIR": str(cache), "NO_COLOR": "1"}
        (tmp / "memo.md").write_text(MEMO)
        (tmp / "plain.md").write_text(NO_FAMILY)
        lintkit = [sys.executable, "-m", "lintkit.cli", "check"]
        supports_cache = "--no-cache" in (code_dir / "lintkit" / "cli.py").read_text()
        nocache = ["--no-cache"] if supports_cache else []
        jobs = (lambda n: ["--jobs", str(n)]) if "--jobs" in (code_dir / "lintkit" / "cli.py").read_text() else (lambda n: [])
        clear = lambda: shutil.rmtree(cache, ignore_errors=True)  # noqa: E731
        cases = [
            ("regex floor", [sys.executable, "-c", FLOOR, str(target)], words, None),
            ("lintkit cold --jobs 1", [*lintkit, *nocache, *jobs(1), str(target)], words, clear),
            (f"lintkit cold --jobs {args.jobs}", [*lintkit, *nocache, *jobs(args.jobs), str(target)], words, clear),
        ]
        if supports_cache:
            cases.append(("lintkit warm (cache hit)", [*lintkit, str(target)], words, None))
        cases += [
            ("small memo with a finding", [*lintkit, *nocache, str(tmp / "memo.md")], len(MEMO.split()), None),
            ("file with no family word", [*lintkit, *nocache, str(tmp / "plain.md")], len(NO_FAMILY.split()), None),
        ]
        proselint = proselint_command(tmp, target) if args.proselint else None
        if proselint is not None:
            cases.append(("proselint (max_errors lifted)", proselint, words, None))
        elif args.proselint:
            print("proselint is not installed; skipped", file=sys.stderr)
        only = {c.strip() for c in args.only.split(",") if c.strip()}
        print(f"input: {target.name} ({words:,} words); lintkit from {code_dir.name}; {os.cpu_count()} CPUs\n")
        print("| case | wall s | words/s | peak RSS MB | exit |\n|---|---:|---:|---:|---:|")
        for name, cmd, n_words, prepare in cases:
            if only and not any(o in name for o in only):
                continue
            if name.startswith("lintkit warm"):
                run([*lintkit, str(target)], cwd=tmp, env=env)  # prime the cache
            wall, rss, rc = best(cmd, cwd=tmp, env=env, repeat=args.repeat, prepare=prepare)
            print(f"| {name} | {wall:.2f} | {n_words / wall:,.0f} | {rss:.0f} | {rc} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
