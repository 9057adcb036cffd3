"""Pick the real-prose sentences to annotate, by reference only.

Real text judges the rules; our own sentences flatter them. This script reads
the openly licensed prose beside the project (``../shared/corpora`` by default)
with lintkit's own readers, splits each prose segment into sentences and
writes, for every sentence picked, where it is (file, source offsets) and a
digest of its text, never the text itself::

    python corpora/real/sample.py --root ../shared/corpora > corpora/real/candidates.jsonl
    python corpora/real/sample.py --root ../shared/corpora --show corpora/real/candidates.jsonl --from 0 --to 50
    python corpora/real/sample.py --root ../shared/corpora --more corpora/real/candidates.jsonl >> corpora/real/candidates.jsonl

Picked: every sentence with "leadership", every sentence with words of both
families, and a seeded random sample of the other sentences with a family word.
``candidates.jsonl`` records the list as it was sampled; lintkit's readers have
changed since (they now read HTML blocks in Markdown, say), so a fresh run picks
a slightly different list: the file, not a new run, is the record.

The split (test or dev) is a pure function of the file's path, fixed before any
annotation was read, so no tuning can move a file into dev.

``--more`` picks a second batch from dev files only (the test split stays as it
was frozen): every piece of prose with "leadership" or words of both families
that no listed candidate covers. Most are lines of lists and tables that the
first batch skipped as over-long sentences, the register of handbooks; an
over-long sentence is cut at its line breaks.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

from lintkit.documents import markup_for_path, read_document
from lintkit.errors import LintkitError

LEAD = re.compile(r"\b(?:lead|leads|leading|led|leaders?|leadership|leaderships|leaderless)\b", re.IGNORECASE)
MANAGE = re.compile(r"\b(?:manage|manages|managed|managing|managers?|management|managerial)\b", re.IGNORECASE)
LEADERSHIP = re.compile(r"\bleaderships?\b", re.IGNORECASE)
# A sentence ends at . ! ? (and closing quotes or brackets) followed by space and a capital or an opener.
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
SKIPPED_FILES = {"bulk-1M.txt"}  # a concatenation of three folders: the same sentences twice
TEST_SHARE = 30  # percent of files held out as the frozen test split
SEED = 20261201
SAMPLE_OF_REST = 900
MAX_SENTENCE = 600  # longer "sentences" are tables or lists run together; cut at the family word's clause


def split_of(relpath: str) -> str:
    """'test' for about 30% of files, by a hash of the path: fixed before any annotation was read."""
    bucket = int(hashlib.sha1(relpath.encode("utf-8")).hexdigest(), 16) % 100
    return "test" if bucket < TEST_SHARE else "dev"


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def prose_files(root: Path):
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if not path.is_file() or path.name in SKIPPED_FILES or path.name.startswith(("LICENSE", "SOURCE")):
            continue
        if markup_for_path(rel) in {"markdown", "text", "rst", "html"}:
            yield path, rel


def sentences(source: str, markup: str):
    """(start, end) source offsets of each sentence in the prose of ``source``."""
    for segment in read_document(source, markup).segments:
        text = segment.text
        starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
        ends = starts[1:] + [len(text)]
        for s, e in zip(starts, ends):
            piece = text[s:e].rstrip()
            if not piece.strip():
                continue
            e = s + len(piece)
            yield segment.offsets[s], segment.offsets[e - 1] + 1


def _readable(root: Path):
    """(relative path, source, sentence spans) of each prose file that can be read."""
    for path, rel in prose_files(root):
        try:
            source = path.read_text(encoding="utf-8")
            yield rel, source, list(sentences(source, markup_for_path(rel)))
        except (LintkitError, UnicodeDecodeError, ValueError):
            continue


def _why(text: str) -> str | None:
    """Why a sentence is picked: "leadership", words of "both" families, one family ("rest"), or not at all."""
    lead, manage = LEAD.search(text), MANAGE.search(text)
    if not (lead or manage):
        return None
    return "leadership" if LEADERSHIP.search(text) else "both" if lead and manage else "rest"


def candidates(root: Path):
    for rel, source, spans in _readable(root):
        for start, end in spans:
            text = source[start:end]
            why = _why(text) if len(text) <= MAX_SENTENCE else None
            if why is not None:
                yield {"file": rel, "start": start, "end": end, "sha": digest(text), "split": split_of(rel), "why": why}


def _pieces(text: str, start: int):
    """(start, end) of each line of an over-long sentence, blank lines and trailing spaces left out."""
    offset = 0
    for line in text.splitlines(keepends=True):
        piece = line.rstrip()
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            yield start + offset + lead, start + offset + len(piece)
        offset += len(line)


def more(root: Path, listing: Path):
    """The second batch: uncovered dev pieces with "leadership" or both families, numbered ``s0000`` on."""
    covered: dict[str, list[tuple[int, int]]] = {}
    for line in listing.read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        covered.setdefault(c["file"], []).append((c["start"], c["end"]))
    n = 0
    for rel, source, spans in _readable(root):
        if split_of(rel) != "dev":
            continue
        for start, end in spans:
            pieces = [(start, end)] if end - start <= MAX_SENTENCE else _pieces(source[start:end], start)
            for s, e in pieces:
                if e - s > MAX_SENTENCE or any(a < e and s < b for a, b in covered.get(rel, ())):
                    continue
                why = _why(source[s:e])
                if why in ("leadership", "both"):
                    yield {"file": rel, "start": s, "end": e, "sha": digest(source[s:e]), "split": "dev", "why": why, "id": f"s{n:04d}"}
                    n += 1


def pick(items: list[dict]) -> list[dict]:
    chosen = [c for c in items if c["why"] != "rest"]
    rest = [c for c in items if c["why"] == "rest"]
    chosen += random.Random(SEED).sample(rest, min(SAMPLE_OF_REST, len(rest)))
    chosen.sort(key=lambda c: (c["file"], c["start"]))
    for n, c in enumerate(chosen):
        c["id"] = f"r{n:04d}"
    return chosen


def show(root: Path, listing: Path, first: int, last: int) -> None:
    """Print candidates with a little context, for an annotator's eyes only (never saved in the repo)."""
    for line in listing.read_text(encoding="utf-8").splitlines()[first:last]:
        c = json.loads(line)
        source = (root / c["file"]).read_text(encoding="utf-8")
        before = " ".join(source[max(0, c["start"] - 200):c["start"]].split())[-160:]
        text = " ".join(source[c["start"]:c["end"]].split())
        after = " ".join(source[c["end"]:c["end"] + 160].split())[:120]
        print(f"== {c['id']}  {c['file']}\n   before: …{before}\n   >>> {text}\n   after: {after}…\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default="../shared/corpora", type=Path)
    parser.add_argument("--show", type=Path, help="print the candidates listed in this file")
    parser.add_argument("--more", type=Path, help="print a second batch from dev files: pieces none of these candidates covers")
    parser.add_argument("--from", dest="first", type=int, default=0)
    parser.add_argument("--to", dest="last", type=int, default=None)
    args = parser.parse_args(argv)
    if args.more:
        for c in more(args.root, args.more):
            sys.stdout.write(json.dumps(c, ensure_ascii=False) + "\n")
        return 0
    if args.show:
        show(args.root, args.show, args.first, args.last)
        return 0
    for c in pick(list(candidates(args.root))):
        sys.stdout.write(json.dumps(c, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
