"""The written corpora: annotated sentences as JSON Lines, validated on load.

A corpus file has one item per line::

    {"id": "lm002-017", "text": "...", "category": "LM002", "note": "...",
     "findings": [{"code": "LM002", "start": 8, "end": 27, "context": null}]}

``findings`` lists everything a perfect lintkit reports for ``text`` (0-based,
end-exclusive character offsets). A bad line is refused with a one-line
:class:`~lintkit.accuracy.CorpusError` naming the file and line, so a typo in
an annotation can never be scored as a miss.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lintkit.accuracy import RULE_CODES, CorpusError

CONTEXTS: tuple[str | None, ...] = (None, "quoted", "attributed")
CATEGORIES: tuple[str, ...] = (
    "LM001",
    "LM002",
    "LM003",
    "LM004",
    "quoted",
    "attributed",
    "negative-sense",
    "negative-org",
)
SPLITS: tuple[str, ...] = ("dev", "test")

@dataclass(frozen=True)
class Gold:
    """One finding a perfect lintkit must report."""

    code: str
    start: int
    end: int
    context: str | None = None


@dataclass(frozen=True)
class Item:
    """One annotated text of a written corpus: what a perfect lintkit would report in it.

    ``category`` says which kind of case it tests (a rule, a hard case, another sense of the words).
    """

    id: str
    text: str
    findings: tuple[Gold, ...]
    category: str
    note: str = ""
    source: str = ""  # "path:line", for messages


_WORD_START = re.compile(r"\w")
_WORD_END = re.compile(r"\w$")


def parse_item(obj: Any, *, path: str = "<corpus>", line: int | None = None) -> Item:
    """Validate one decoded JSON object and turn it into an :class:`Item`."""

    def fail(problem: str) -> CorpusError:
        return CorpusError(path, line, problem)

    if not isinstance(obj, dict):
        raise fail("each line must be a JSON object")
    for key in ("id", "text", "findings", "category"):
        if key not in obj:
            raise fail(f"missing key {key!r}")
    item_id, text, category = obj["id"], obj["text"], obj["category"]
    note = obj.get("note", "")
    if not isinstance(item_id, str) or not item_id:
        raise fail("'id' must be a non-empty string")
    if not isinstance(text, str) or not text.strip():
        raise fail(f"{item_id}: 'text' must be a non-empty string")
    if not isinstance(category, str) or not category:
        raise fail(f"{item_id}: 'category' must be a non-empty string")
    if note is not None and not isinstance(note, str):
        raise fail(f"{item_id}: 'note' must be a string")
    if not isinstance(obj["findings"], list):
        raise fail(f"{item_id}: 'findings' must be a list")
    golds = []
    for n, f in enumerate(obj["findings"]):
        what = f"{item_id}: finding {n}"
        if not isinstance(f, dict):
            raise fail(f"{what} must be an object")
        code, start, end = f.get("code"), f.get("start"), f.get("end")
        context = f.get("context")
        if code not in RULE_CODES:
            raise fail(f"{what}: code {code!r} not one of {', '.join(RULE_CODES)}")
        if context not in CONTEXTS:
            raise fail(f"{what}: context {context!r} not one of null, 'quoted', 'attributed'")
        if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
            raise fail(f"{what}: 'start' and 'end' must be integers")
        if not 0 <= start < end <= len(text):
            raise fail(f"{what}: span {start}-{end} outside text of length {len(text)}")
        span = text[start:end]
        if not (_WORD_START.match(span) and _WORD_END.search(span)):
            raise fail(f"{what}: span {span!r} must start and end on a word character")
        golds.append(Gold(code, start, end, context))
    return Item(item_id, text, tuple(golds), category, note or "", f"{path}:{line}" if line else path)


def load_jsonl(path: str | Path, *, seen: dict[str, str] | None = None) -> list[Item]:
    """Load and validate one corpus file; ids must be unique (also across ``seen``)."""
    name = str(path)
    seen = {} if seen is None else seen
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise CorpusError(name, None, f"cannot read file ({exc.strerror or exc})") from None
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CorpusError(name, line, "not valid UTF-8") from None
    items = []
    for lineno, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(name, lineno, f"invalid JSON ({exc.msg}, column {exc.colno})") from None
        item = parse_item(obj, path=name, line=lineno)
        if item.id in seen:
            raise CorpusError(name, lineno, f"duplicate id {item.id!r} (first at {seen[item.id]})")
        seen[item.id] = item.source
        items.append(item)
    if not items:
        raise CorpusError(name, None, "no items")
    return items


def load_corpus(path: str | Path, split: str | None = None) -> dict[str, list[Item]]:
    """Return ``{split name: items}`` for a folder or a single ``.jsonl`` file.

    A folder yields one split per ``*.jsonl`` file (named after the file),
    restricted to ``split`` when it is ``dev`` or ``test``; ``split="all"``
    pools every file into one split named ``all``. A single file is one split
    named after the file, whatever ``split`` says.
    """
    p = Path(path)
    seen: dict[str, str] = {}
    if p.is_dir():
        files = sorted(p.glob("*.jsonl"))
        if not files:
            raise CorpusError(str(p), None, "no .jsonl files in folder")
        if split in SPLITS:
            files = [f for f in files if f.stem == split]
            if not files:
                raise CorpusError(str(p), None, f"no {split}.jsonl in folder")
        loaded = {f.stem: load_jsonl(f, seen=seen) for f in files}
        if split == "all":
            return {"all": [item for items in loaded.values() for item in items]}
        return loaded
    if not p.exists():
        raise CorpusError(str(p), None, "no such file or folder")
    return {p.stem: load_jsonl(p, seen=seen)}
