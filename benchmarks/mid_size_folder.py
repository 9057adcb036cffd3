"""Builds the "folder of hundreds of mid-size files" workload from a corpus folder (never commit its output).

Run by hand:  python benchmarks/mid_size_folder.py CORPORA DEST [--count 400] [--smallest 4096] [--largest 40960]

Takes every Markdown or text file of CORPORA between ``--smallest`` and
``--largest`` bytes (paths sorted, the 1M-word bulk file left out), keeps
``--count`` of them spread evenly over that list, and copies each into DEST
under a flat name made of its path, so the selection is the same on every
machine with the same corpora.
"""
from __future__ import annotations

import argparse
import shutil
from pathlib import Path

EXTENSIONS = {".md", ".markdown", ".mdx", ".txt"}


def chosen(corpora: Path, count: int, smallest: int, largest: int) -> list[Path]:
    files = sorted(
        p for p in corpora.rglob("*")
        if p.is_file() and p.suffix in EXTENSIONS and p.name != "bulk-1M.txt" and smallest <= p.stat().st_size <= largest
    )
    return [files[n * len(files) // count] for n in range(min(count, len(files)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--smallest", type=int, default=4096)
    parser.add_argument("--largest", type=int, default=40960)
    args = parser.parse_args()
    args.dest.mkdir(parents=True, exist_ok=True)
    files = chosen(args.corpora, args.count, args.smallest, args.largest)
    for path in files:
        shutil.copy(path, args.dest / "__".join(path.relative_to(args.corpora).parts))
    print(f"{len(files)} files, {sum(p.stat().st_size for p in files):,} bytes -> {args.dest}")


if __name__ == "__main__":
    main()
