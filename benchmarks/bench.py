"""Benchmarks lintkit (whole process, as a user runs it) and, when installed, proselint.

Run by hand, never as a test:

    python benchmarks/bench.py PATH [--jobs N] [--repeat R] [--proselint] [--lintkit-dir DIR] [--baseline DIR]

PATH is a file or folder (e.g. the 1M-word bulk corpus). Cases: the regex floor,
lintkit cold (--no-cache) with the default worker count, --jobs 1 and --jobs N,
lintkit warm (a primed cache), a small Markdown memo with a finding, a file with
no family word, and proselint (its max_errors lifted). Each case reports wall
seconds and the peak RSS of the largest process (``resource.getrusage(RUSAGE_CHILDREN)``,
so each run is a fresh child), the median of R runs.

``--lintkit-dir`` benchmarks another checkout (e.g. an older commit) on the same
input. ``--baseline DIR`` runs every lintkit case of this checkout and of DIR in
turn, R rounds, and reports both medians, the median of the pair ratios and each
checkout's ``--jobs 1`` / default ratio per round: on a machine shared with other
work, only ratios of runs made side by side hold.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
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
# proselint stops at this many findings unless its configuration lifts the cap.
PROSELINT_DEFAULT_CAP = 1000
LIFTED_CAP = 10**9


def count_words(path: Path) -> int:
    files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
    return sum(len(re.findall(r"\S+", p.read_text(encoding="utf-8", errors="replace"))) for p in files)


def run(cmd: list[str], *, cwd: Path, env: dict, stdout: Path | None = None) -> tuple[float, float, int, float]:
    """Wall seconds, peak RSS (MB, largest process), exit code and CPU seconds (all processes) of one child run.

    The child's output goes to ``stdout`` when given (a file), else it is dropped.
    """
    wrapper = (
        "import resource, subprocess, sys, time, json\n"
        "out = open(sys.argv[1], 'wb') if sys.argv[1] else subprocess.DEVNULL\n"
        "t = time.perf_counter()\n"
        "rc = subprocess.run(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL).returncode\n"
        "wall = time.perf_counter() - t\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == 'darwin' else 1024)\n"
        "print(json.dumps([wall, rss, rc, usage.ru_utime + usage.ru_stime]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", wrapper, str(stdout or ""), *cmd], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    wall, rss, rc, cpu = json.loads(out.stdout)
    return wall, rss, rc, cpu


def proselint_program() -> str | None:
    beside = Path(sys.executable).with_name("proselint")  # installed in this environment, maybe not on PATH
    return str(beside) if beside.exists() else shutil.which("proselint")


def proselint_command(program: str, config: Path, target: Path) -> list[str]:
    """proselint 0.16 on ``target`` with ``config``: the option goes after ``check`` (before it, it is ignored)."""
    return [program, "check", "--config", str(config), "--output-format", "json", str(target)]


def lifted_proselint_config(program: str, tmp: Path) -> Path:
    """A proselint configuration with the findings cap lifted, checked to be the one proselint loads."""
    config = tmp / "proselint.json"
    config.write_text(json.dumps({"max_errors": LIFTED_CAP}))
    shown = subprocess.run([program, "dump-config", "--config", str(config)], capture_output=True, text=True, check=True).stdout
    loaded = json.loads(shown).get("max_errors")
    if loaded != LIFTED_CAP:
        raise SystemExit(f"proselint did not load the lifted cap (max_errors = {loaded}); its row would understate its cost")
    return config


def proselint_findings(output: Path) -> int:
    """Findings in proselint's JSON output; exactly the default cap means it stopped early."""
    result = json.loads(output.read_text(encoding="utf-8"))["result"]
    found = sum(len(entry["diagnostics"]) for entry in result.values())
    if found == PROSELINT_DEFAULT_CAP:
        raise SystemExit(f"proselint stopped at {found} findings: the cap was not lifted")
    return found


def pair_summary(a: list, b: list) -> dict:
    """Medians of runs ``a`` and ``b`` (made in turn) and the median of their A/B ratios, wall and CPU."""
    ratios = [x[0] / y[0] for x, y in zip(a, b)]
    cpu_ratios = [x[3] / y[3] for x, y in zip(a, b)]
    return {
        "a": statistics.median(r[0] for r in a),
        "b": statistics.median(r[0] for r in b),
        "a_rss": statistics.median(r[1] for r in a),
        "b_rss": statistics.median(r[1] for r in b),
        "ratio": statistics.median(ratios),
        "ratios": ratios,
        "a_cpu": statistics.median(r[3] for r in a),
        "b_cpu": statistics.median(r[3] for r in b),
        "cpu_ratio": statistics.median(cpu_ratios),
        "cpu_ratios": cpu_ratios,
    }


def environment(code_dir: Path, cache: Path) -> dict:
    # An installed lintkit has its bytecode compiled by pip; a checkout run from source
    # (PYTHONDONTWRITEBYTECODE set, say) would otherwise recompile it on every start.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(code_dir / "lintkit")], check=True)
    return {**os.environ, "PYTHONPATH": str(code_dir), "LINTKIT_CACHE_DIR": str(cache), "NO_COLOR": "1"}


def lintkit_cases(code_dir: Path, target: Path, tmp: Path, jobs: int, words: int) -> list[tuple]:
    """(name, command, words, needs a cold cache) for each lintkit case the checkout supports."""
    cli = (code_dir / "lintkit" / "cli.py").read_text()
    lintkit = [sys.executable, "-m", "lintkit.cli", "check"]
    nocache = ["--no-cache"] if "--no-cache" in cli else []
    jobs_flag = (lambda n: ["--jobs", str(n)]) if "--jobs" in cli else (lambda n: [])
    cases = [
        ("lintkit cold (default jobs)", [*lintkit, *nocache, str(target)], words, True),
        ("lintkit cold --jobs 1", [*lintkit, *nocache, *jobs_flag(1), str(target)], words, True),
        (f"lintkit cold --jobs {jobs}", [*lintkit, *nocache, *jobs_flag(jobs), str(target)], words, True),
    ]
    if nocache:
        cases.append(("lintkit warm (cache hit)", [*lintkit, str(target)], words, False))
    cases += [
        ("small memo with a finding", [*lintkit, *nocache, str(tmp / "memo.md")], len(MEMO.split()), False),
        ("file with no family word", [*lintkit, *nocache, str(tmp / "plain.md")], len(NO_FAMILY.split()), False),
    ]
    return cases


def in_rounds(cases, *, cwd, env, repeat, clear, proselint_output) -> dict[str, list[tuple[float, float, int, float]]]:
    """Every case once per round, ``repeat`` rounds: cases alternate, so a load that comes and goes hits them alike."""
    runs: dict[str, list] = {name: [] for name, *_ in cases}
    for _ in range(repeat):
        for name, cmd, _, cold in cases:
            if cold:
                clear()
            elif name.startswith("lintkit warm"):
                run(cmd, cwd=cwd, env=env)  # prime the cache
            runs[name].append(run(cmd, cwd=cwd, env=env, stdout=proselint_output if name.startswith("proselint") else None))
    return runs


def print_table(cases, runs) -> None:
    print("| case | wall s (median) | runs | words/s | CPU s (median) | peak RSS MB (median) | exit |\n|---|---:|---|---:|---:|---:|---:|")
    for name, _, n_words, _ in cases:
        walls = [r[0] for r in runs[name]]
        wall, rss, cpu = statistics.median(walls), statistics.median(r[1] for r in runs[name]), statistics.median(r[3] for r in runs[name])
        print(f"| {name} | {wall:.2f} | {' '.join(f'{w:.2f}' for w in walls)} | {n_words / wall:,.0f} | {cpu:.2f} | {rss:.0f} | {runs[name][-1][2]} |")


def print_ratios(runs, parallel_case: str) -> None:
    """Ratios of runs made in the same round (median over the rounds), the figures a loaded machine still gives."""
    pairs = [
        ("lintkit cold --jobs 1", "lintkit cold (default jobs)"),
        ("lintkit cold --jobs 1", parallel_case),
        ("proselint (max_errors lifted)", "lintkit cold --jobs 1"),
        ("proselint (max_errors lifted)", parallel_case),
    ]
    for slow, fast in pairs:
        if runs.get(slow) and runs.get(fast) and slow != fast:
            ratios = [a[0] / b[0] for a, b in zip(runs[slow], runs[fast])]
            print(f"{slow} / {fast}: {statistics.median(ratios):.2f}x (rounds: {' '.join(f'{r:.2f}' for r in ratios)})")


def selected(name: str, only: set[str]) -> bool:
    return not only or any(o in name for o in only)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--repeat", type=int, default=1, help="runs per case (pairs with --baseline); the median is reported")
    parser.add_argument("--proselint", action="store_true", help="also time proselint (slow: ~30 s per 1M words)")
    parser.add_argument("--lintkit-dir", type=Path, default=ROOT, help="the checkout to benchmark (default: this one)")
    parser.add_argument("--baseline", type=Path, help="a second checkout, run in turn with the first (A/B pairs)")
    parser.add_argument("--only", default="", help="comma-separated case names to run")
    args = parser.parse_args(argv)
    target = args.path.resolve()
    words = count_words(target)
    code_dir = args.lintkit_dir.resolve()
    only = {c.strip() for c in args.only.split(",") if c.strip()}
    with tempfile.TemporaryDirectory(prefix="lintkit-bench-") as tmp_name:
        tmp = Path(tmp_name)
        cache = tmp / "cache"
        env = environment(code_dir, cache)
        (tmp / "memo.md").write_text(MEMO)
        (tmp / "plain.md").write_text(NO_FAMILY)
        baseline_cache = tmp / "cache-baseline"
        clear = lambda: [shutil.rmtree(c, ignore_errors=True) for c in (cache, baseline_cache)]  # noqa: E731
        cases = lintkit_cases(code_dir, target, tmp, args.jobs, words)
        print(f"input: {target.name} ({words:,} words); lintkit from {code_dir.name}; {os.cpu_count()} CPUs; load {os.getloadavg()[0]:.1f}\n")
        if args.baseline:
            return compare(args, cases, tmp, env, environment(args.baseline.resolve(), baseline_cache), clear, only)
        cases.insert(0, ("regex floor", [sys.executable, "-c", FLOOR, str(target)], words, False))
        cases = [case for case in cases if selected(case[0], only)]
        program = proselint_program() if args.proselint else None
        output = tmp / "proselint-output.json"
        if program is not None:
            cases.append(("proselint (max_errors lifted)", proselint_command(program, lifted_proselint_config(program, tmp), target), words, False))
        elif args.proselint:
            print("proselint is not installed; skipped", file=sys.stderr)
        runs = in_rounds(cases, cwd=tmp, env=env, repeat=args.repeat, clear=clear, proselint_output=output)
        print_table(cases, runs)
        if program is not None:
            print(f"\nproselint findings: {proselint_findings(output):,} (the 1,000 cap lifted)")
        print_ratios(runs, f"lintkit cold --jobs {args.jobs}")
    return 0


def compare(args, cases, tmp, env, baseline_env, clear, only) -> int:
    """The lintkit cases of both checkouts in turn, round after round; ratio < 1 means this checkout is faster.

    Each round runs every case once for each checkout (A B, then B A in the next
    round), so the ratios of one round, A to B and ``--jobs 1`` to the default
    worker count, compare runs made side by side.
    """
    print(f"A = {args.lintkit_dir.resolve().name}, B = {args.baseline.resolve().name}; {args.repeat} rounds\n")
    cases = [case for case in cases if selected(case[0], only)]
    runs = {(name, side): [] for name, *_ in cases for side in "ab"}
    loads = []
    for n in range(args.repeat):
        for name, cmd, _, cold in cases:
            for side, side_env in (("a", env), ("b", baseline_env)) if n % 2 == 0 else (("b", baseline_env), ("a", env)):
                if cold:
                    clear()
                elif name.startswith("lintkit warm"):
                    run(cmd, cwd=tmp, env=side_env)  # prime this checkout's cache (a cold case of the round cleared it)
                runs[name, side].append(run(cmd, cwd=tmp, env=side_env))
        loads.append(os.getloadavg()[0])
    print(f"load average after each round: {' '.join(f'{load:.1f}' for load in loads)}\n")
    print(
        "| case | A wall s | B wall s | A/B wall (median of pairs) | pair ratios | A CPU s | B CPU s | A/B CPU (median of pairs) "
        "| pair ratios | A RSS MB | B RSS MB |\n|---|---:|---:|---:|---|---:|---:|---:|---|---:|---:|"
    )
    for name, *_ in cases:
        found = pair_summary(runs[name, "a"], runs[name, "b"])
        ratios, cpu_ratios = (" ".join(f"{r:.2f}" for r in found[key]) for key in ("ratios", "cpu_ratios"))
        print(
            f"| {name} | {found['a']:.2f} | {found['b']:.2f} | {found['ratio']:.2f} | {ratios} | {found['a_cpu']:.2f} | {found['b_cpu']:.2f} "
            f"| {found['cpu_ratio']:.2f} | {cpu_ratios} | {found['a_rss']:.0f} | {found['b_rss']:.0f} |"
        )
    one, default = "lintkit cold --jobs 1", "lintkit cold (default jobs)"
    for side in "ab":
        if runs.get((one, side)) and runs.get((default, side)):
            ratios = [x[0] / y[0] for x, y in zip(runs[one, side], runs[default, side])]
            print(f"{side.upper()}: {one} / {default}: {statistics.median(ratios):.2f}x (rounds: {' '.join(f'{r:.2f}' for r in ratios)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
