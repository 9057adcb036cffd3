"""Merge the candidates and the annotators' verdicts into ``annotations.jsonl``.

Checks what a tired annotator or a moved source can get wrong: every candidate
has exactly one verdict, labels and contexts are known words, and (with
``--root``) each sentence's digest still matches the source text::

    python corpora/real/merge.py --root ../shared/corpora
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
LABELS = {"none", "LM001", "LM002", "LM003", "LM004"}
CONTEXTS = {"asserted", "quoted", "attributed"}


def read_verdicts(folder: Path) -> dict[str, dict]:
    verdicts: dict[str, dict] = {}
    for path in sorted(folder.glob("*.tsv")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            fields = line.split("\t")
            where = f"{path.name}:{n}"
            if len(fields) != 4:
                raise SystemExit(f"{where}: expected 4 tab-separated fields, got {len(fields)}")
            ident, labels, context, reason = (f.strip() for f in fields)
            codes = labels.split("+")
            if not set(codes) <= LABELS or ("none" in codes and len(codes) > 1):
                raise SystemExit(f"{where}: bad labels {labels!r}")
            if context not in CONTEXTS:
                raise SystemExit(f"{where}: bad context {context!r}")
            if ident in verdicts:
                raise SystemExit(f"{where}: {ident} has a second verdict")
            verdicts[ident] = {"labels": sorted(c for c in codes if c != "none"), "context": context, "reason": reason}
    return verdicts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, help="the real prose, to check each sentence's digest")
    args = parser.parse_args(argv)
    verdicts = read_verdicts(HERE / "labels")
    out = []
    for line in (HERE / "candidates.jsonl").read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        verdict = verdicts.pop(c["id"], None)
        if verdict is None:
            raise SystemExit(f"{c['id']}: no verdict")
        if args.root is not None:
            text = (args.root / c["file"]).read_text(encoding="utf-8")[c["start"]:c["end"]]
            if hashlib.sha1(text.encode("utf-8")).hexdigest()[:12] != c["sha"]:
                raise SystemExit(f"{c['id']}: {c['file']} changed at {c['start']}-{c['end']}")
        out.append({k: c[k] for k in ("id", "file", "start", "end", "sha", "split")} | verdict)
    if verdicts:
        raise SystemExit(f"verdicts for unknown ids: {', '.join(sorted(verdicts)[:5])}")
    with open(HERE / "annotations.jsonl", "w", encoding="utf-8") as f:
        for a in out:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"{len(out)} annotations written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
