"""Does lintkit's cost grow linearly with the size of its input? Seconds per 100k words and peak memory by size.

Run by hand, never as a test:

    python benchmarks/scaling.py CORPUS [--sizes 10000,100000,1000000,10000000] [--jobs N] [--shapes files,file,paragraph]

CORPUS is a plain-text file of prose (e.g. the 1M-word ``bulk-1M.txt``); inputs
of each size are cut from it, repeating it where a size needs more words:

- files: the words as many plain-text files of about 5,000 words each;
- file: the words as one plain-text file, paragraphs as in the corpus;
- paragraph: the words as one paragraph (every line break a blank), for sizes up
  to ``--paragraph-limit`` words.

Each input is linted once by ``lintkit check --no-cache`` in a fresh process,
its address space capped by ``--memory-limit-mb`` so a run that would take the
machine's memory fails instead.
Reported per input: wall and CPU seconds (of every process of the run), each
per 100k words, the peak RSS of the largest process of the run
(``getrusage(RUSAGE_CHILDREN)``) and the load average when the run ended: on a
machine shared with other work, CPU seconds are the steadier figure. A run that
fails is a row with its exit code and the last line it printed. Cost is linear
when seconds per 100k words stay flat from 100k words up (process start and the
pipeline load dominate the smallest size).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS_PER_FILE = 5000
WRAPPER = (
    "import resource, subprocess, sys, time, json\n"
    "limit = int(sys.argv[1]) << 20\n"
    "resource.setrlimit(resource.RLIMIT_AS, (limit, limit))  # a run that would take the machine's memory fails instead\n"
    "t = time.perf_counter()\n"
    "done = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)\n"
    "wall = time.perf_counter() - t\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == 'darwin' else 1024)\n"
    "last = (done.stderr.strip().splitlines() or [''])[-1][:120]\n"
    "print(json.dumps([wall, usage.ru_utime + usage.ru_stime, rss, done.returncode, last]))\n"
)


def paragraphs_of(corpus: Path) -> list[str]:
    return [p for p in re.split(r"\n[ \t]*\n", corpus.read_text(encoding="utf-8")) if p.strip()]


def take(paragraphs: list[str], words: int) -> list[str]:
    """Paragraphs in corpus order (over again from the start if needed) until ``words`` words."""
    out, count, i = [], 0, 0
    while count < words:
        paragraph = paragraphs[i % len(paragraphs)]
        out.append(paragraph)
        count += len(paragraph.split())
        i += 1
    return out


def write_input(shape: str, paragraphs: list[str], where: Path) -> Path:
    """The input of one shape; a folder for ``files``, else one file."""
    if shape == "files":
        where.mkdir()
        batch, count, n = [], 0, 0
        for paragraph in paragraphs:
            batch.append(paragraph)
            count += len(paragraph.split())
            if count >= WORDS_PER_FILE:
                (where / f"part{n:05}.txt").write_text("\n\n".join(batch) + "\n", encoding="utf-8")
                batch, count, n = [], 0, n + 1
        if batch:
            (where / f"part{n:05}.txt").write_text("\n\n".join(batch) + "\n", encoding="utf-8")
        return where
    path = where.with_suffix(".txt")
    joiner = " " if shape == "paragraph" else "\n\n"
    text = joiner.join(" ".join(p.split()) if shape == "paragraph" else p for p in paragraphs)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def measure(target: Path, jobs: int | None, code_dir: Path, memory_mb: int) -> tuple[float, float, float, int, str]:
    cmd = [sys.executable, "-m", "lintkit.cli", "check", "--no-cache", *(["--jobs", str(jobs)] if jobs else []), str(target)]
    env = {**os.environ, "PYTHONPATH": str(code_dir), "NO_COLOR": "1"}
    out = subprocess.run([sys.executable, "-c", WRAPPER, str(memory_mb), *cmd], env=env, capture_output=True, text=True, check=True)
    wall, cpu, rss, rc, last = json.loads(out.stdout)
    return wall, cpu, rss, rc, last


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--sizes", default="10000,100000,1000000,10000000")
    parser.add_argument("--shapes", default="files,file,paragraph")
    parser.add_argument("--paragraph-limit", type=int, default=1_000_000, help="largest size tried as one paragraph")
    parser.add_argument("--jobs", type=int, default=None, help="--jobs for lintkit (default: lintkit's own choice)")
    parser.add_argument("--lintkit-dir", type=Path, default=ROOT)
    parser.add_argument("--memory-limit-mb", type=int, default=4096, help="address space a run may take (it fails beyond)")
    args = parser.parse_args(argv)
    paragraphs = paragraphs_of(args.corpus)
    code_dir = args.lintkit_dir.resolve()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(code_dir / "lintkit")], check=True)
    print(f"corpus: {args.corpus.name}; lintkit from {code_dir.name}; --jobs {args.jobs or 'default'}; "
          f"{os.cpu_count()} CPUs; load {os.getloadavg()[0]:.1f}\n")
    print("| shape | words | files | wall s | CPU s | wall s per 100k words | CPU s per 100k words | peak RSS MB | load | exit | last line |\n"
          "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    with tempfile.TemporaryDirectory(prefix="lintkit-scaling-") as tmp_name:
        for size in (int(s) for s in args.sizes.split(",")):
            chosen = take(paragraphs, size)
            words = sum(len(p.split()) for p in chosen)
            for shape in args.shapes.split(","):
                if shape == "paragraph" and size > args.paragraph_limit:
                    continue
                target = write_input(shape, chosen, Path(tmp_name) / f"{shape}-{size}")
                files = len(list(target.iterdir())) if target.is_dir() else 1
                wall, cpu, rss, rc, last = measure(target, args.jobs, code_dir, args.memory_limit_mb)
                note = last.replace("|", "/") if rc not in (0, 1) else ""
                per = 100_000 / words
                print(f"| {shape} | {words:,} | {files:,} | {wall:.2f} | {cpu:.2f} | {wall * per:.2f} | {cpu * per:.2f} | {rss:.0f} "
                      f"| {os.getloadavg()[0]:.1f} | {rc} | {note} |", flush=True)
                _remove(target)
    return 0


def _remove(target: Path) -> None:
    if target.is_dir():
        for child in target.iterdir():
            child.unlink()
        target.rmdir()
    else:
        target.unlink()


if __name__ == "__main__":
    sys.exit(main())
