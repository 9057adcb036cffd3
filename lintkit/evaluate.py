"""Measure lintkit against the annotated corpora (precision and recall per rule).

Run it as a report::

    python -m lintkit.evaluate corpora/              # every written split, then the real-prose dev and test
    python -m lintkit.evaluate corpora/ --split all  # every file in the folder, pooled
    python -m lintkit.evaluate corpora/dev.jsonl --quiet
    python -m lintkit.evaluate corpora/ --json

A corpus file is JSON Lines; each line is one item::

    {"id": "lm002-017", "text": "...", "category": "LM002", "note": "...",
     "findings": [{"code": "LM002", "start": 8, "end": 27, "context": null}]}

``findings`` lists everything a perfect lintkit reports for ``text`` (0-based,
end-exclusive character offsets). A prediction matches a gold finding when the
code is the same and the spans overlap; each gold finding and each prediction
is matched at most once (a maximum matching, preferring larger overlaps).
Only the codes LM001-LM004 are scored; anything else lintkit reports (such as
unused-suppression codes) is ignored.

Scoring (:func:`score`) is a pure function of the gold items and the
predictions, so it is tested without the spaCy model; only :func:`main` calls
``lintkit.lint_text``. The exit code is 0 whatever the scores are (this is a
report); it is 2 when a corpus file is malformed or the linter cannot be
imported, with a one-line message naming the file and line.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from lintkit.accuracy import RULE_CODES, WARNING_SEVERITIES, CorpusError, Counts, Prediction, rule_table, severity_name, to_prediction

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
# Splits that judge the rules and are never read for tuning: their tables are
# printed, their sentences (misses, false alarms) only on request, so tuning
# cannot drift towards them by accident.
HELD_OUT: frozenset[str] = frozenset({"test", "untuned", "web-untuned", "real-test"})

_WORD_START = re.compile(r"\w")
_WORD_END = re.compile(r"\w$")


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Gold:
    """One finding a perfect lintkit must report."""

    code: str
    start: int
    end: int
    context: str | None = None


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    findings: tuple[Gold, ...]
    category: str
    note: str = ""
    source: str = ""  # "path:line", for messages


# --------------------------------------------------------------------------- loading


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


# --------------------------------------------------------------------------- scoring


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Half-open spans overlap; an empty span counts as the character it sits on."""
    a_end = max(a_end, a_start + 1)
    b_end = max(b_end, b_start + 1)
    return a_start < b_end and b_start < a_end


def _overlap_size(g: Gold, p: Prediction) -> int:
    return min(g.end, max(p.end, p.start + 1)) - max(g.start, p.start)


def match(golds: Sequence[Gold], preds: Sequence[Prediction]) -> list[tuple[int, int]]:
    """Pair gold and predicted findings: same code, overlapping spans, one-to-one.

    Returns ``(gold index, prediction index)`` pairs of a maximum matching;
    candidates are tried largest overlap first, so ties go to the closer span.
    """
    candidates: dict[int, list[int]] = {}
    for gi, g in enumerate(golds):
        options = [pi for pi, p in enumerate(preds) if p.code == g.code and overlaps(g.start, g.end, p.start, p.end)]
        options.sort(key=lambda pi: (-_overlap_size(g, preds[pi]), abs(preds[pi].start - g.start), pi))
        candidates[gi] = options
    owner: dict[int, int] = {}  # prediction index -> gold index

    def augment(gi: int, visited: set[int]) -> bool:
        for pi in candidates[gi]:
            if pi in visited:
                continue
            visited.add(pi)
            if pi not in owner or augment(owner[pi], visited):
                owner[pi] = gi
                return True
        return False

    for gi in range(len(golds)):
        augment(gi, set())
    return sorted((gi, pi) for pi, gi in owner.items())


@dataclass(frozen=True)
class Error:
    """A miss, a false alarm or a wrong context, with enough to print it."""

    kind: str  # "miss", "false-alarm", "context"
    item_id: str
    code: str
    start: int
    end: int
    span: str
    text: str
    expected_context: str | None = None
    got_context: str | None = None
    severity: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class SplitResult:
    name: str
    items: int = 0
    rules: dict[str, Counts] = field(default_factory=lambda: {code: Counts() for code in RULE_CODES})
    context_matched: int = 0
    context_correct: int = 0
    negative_sense_items: int = 0
    negative_sense_warnings: int = 0
    misses: list[Error] = field(default_factory=list)
    false_alarms: list[Error] = field(default_factory=list)
    context_errors: list[Error] = field(default_factory=list)
    linter_errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def total(self) -> Counts:
        return Counts.summed(self.rules.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "split": self.name,
            "items": self.items,
            "rules": {code: c.as_dict() for code, c in self.rules.items()},
            "all": self.total.as_dict(),
            "context": {"matched": self.context_matched, "correct": self.context_correct},
            "negative_sense": {"items": self.negative_sense_items, "warnings": self.negative_sense_warnings},
            "misses": [e.as_dict() for e in self.misses],
            "false_alarms": [e.as_dict() for e in self.false_alarms],
            "context_errors": [e.as_dict() for e in self.context_errors],
            "linter_errors": [{"id": i, "error": m} for i, m in self.linter_errors],
        }


def score(
    name: str,
    items: Sequence[Item],
    predictions: Mapping[str, Iterable[Prediction]],
    linter_errors: Sequence[tuple[str, str]] = (),
) -> SplitResult:
    """Score ``predictions`` (item id -> predictions) against ``items``.

    Predictions with codes outside LM001-LM004 are ignored. Items missing from
    ``predictions`` count as "nothing reported".
    """
    result = SplitResult(name, items=len(items), linter_errors=list(linter_errors))
    for item in items:
        preds = [p for p in predictions.get(item.id, ()) if p.code in RULE_CODES]
        pairs = match(item.findings, preds)
        matched_gold = {gi for gi, _ in pairs}
        matched_pred = {pi for _, pi in pairs}
        for gi, pi in pairs:
            g, p = item.findings[gi], preds[pi]
            result.rules[g.code].tp += 1
            result.context_matched += 1
            if p.context == g.context:
                result.context_correct += 1
            else:
                result.context_errors.append(
                    Error("context", item.id, g.code, g.start, g.end, item.text[g.start:g.end], item.text,
                          expected_context=g.context, got_context=p.context, severity=severity_name(p.severity)))
        for gi, g in enumerate(item.findings):
            if gi not in matched_gold:
                result.rules[g.code].fn += 1
                result.misses.append(
                    Error("miss", item.id, g.code, g.start, g.end, item.text[g.start:g.end], item.text,
                          expected_context=g.context))
        for pi, p in enumerate(preds):
            if pi not in matched_pred:
                result.rules[p.code].fp += 1
                result.false_alarms.append(
                    Error("false-alarm", item.id, p.code, p.start, p.end, item.text[p.start:p.end], item.text,
                          got_context=p.context, severity=severity_name(p.severity)))
        if item.category == "negative-sense":
            result.negative_sense_items += 1
            result.negative_sense_warnings += sum(1 for p in preds if severity_name(p.severity) in WARNING_SEVERITIES)
    return result


# --------------------------------------------------------------------------- linting


LintFunction = Callable[[str], Iterable[Any]]


def predict(items: Sequence[Item], lint: LintFunction) -> tuple[dict[str, list[Prediction]], list[tuple[str, str]]]:
    """Run ``lint`` on every item; an exception is recorded, not raised."""
    predictions: dict[str, list[Prediction]] = {}
    errors: list[tuple[str, str]] = []
    for item in items:
        try:
            predictions[item.id] = [to_prediction(f) for f in lint(item.text)]
        except Exception as exc:  # a report must survive a linter bug
            errors.append((item.id, " ".join(f"{type(exc).__name__}: {exc}".split())))
            predictions[item.id] = []
    return predictions, errors


def _default_lint() -> LintFunction:
    from lintkit import lint_text  # the public API; imported late so scoring needs no model

    return lambda text: lint_text(text, path=None, config=None)


# --------------------------------------------------------------------------- output


def _shorten(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_result(result: SplitResult, *, quiet: bool = False) -> str:
    lines = [f"== {result.name}: {result.items} items ==", *rule_table(result.rules, result.total)]
    if result.context_matched:
        pct = 100.0 * result.context_correct / result.context_matched
        lines.append(f"context: {result.context_correct}/{result.context_matched} matched findings "
                     f"with the right context ({pct:.1f}%)")
    else:
        lines.append("context: no matched findings")
    lines.append(f"negative-sense: {result.negative_sense_warnings} warning-level findings "
                 f"on {result.negative_sense_items} items (must be 0)")
    if result.linter_errors:
        lines.append(f"linter errors: {len(result.linter_errors)} items raised (scored as no findings)")
    if quiet:
        return "\n".join(lines)

    def ctx(value: str | None) -> str:
        return value or "own"

    sections = [
        ("misses", result.misses,
         lambda e: f"  {e.item_id} {e.code} {e.span!r} [{ctx(e.expected_context)}] | {_shorten(e.text)}"),
        ("false alarms", result.false_alarms,
         lambda e: f"  {e.item_id} {e.code} {e.span!r} [{e.severity}, {ctx(e.got_context)}] | {_shorten(e.text)}"),
        ("wrong context", result.context_errors,
         lambda e: f"  {e.item_id} {e.code} {e.span!r} expected {ctx(e.expected_context)}, "
                   f"got {ctx(e.got_context)} | {_shorten(e.text)}"),
    ]
    for title, errors, render in sections:
        if errors:
            lines.append("")
            lines.append(f"{title} ({len(errors)}):")
            lines.extend(render(e) for e in errors)
    if result.linter_errors:
        lines.append("")
        lines.append(f"linter errors ({len(result.linter_errors)}):")
        lines.extend(f"  {item_id}: {message}" for item_id, message in result.linter_errors)
    return "\n".join(lines)


# --------------------------------------------------------------------------- CLI


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m lintkit.evaluate",
        description="Score lintkit against annotated corpora: precision, recall and F1 per rule.",
    )
    parser.add_argument("corpus", help="a corpus folder (dev.jsonl, test.jsonl) or a single .jsonl file")
    parser.add_argument("--split", choices=("dev", "test", "all"), default=None,
                        help="folder only: one split, or 'all' pooled (default: dev and test, each on its own)")
    parser.add_argument("--quiet", action="store_true", help="print only the tables")
    parser.add_argument("--show-held-out", action="store_true",
                        help="also list the misses and false alarms of the held-out splits "
                             f"({', '.join(sorted(HELD_OUT))}); never read them while tuning")
    parser.add_argument("--json", action="store_true", help="print machine-readable results")
    parser.add_argument("--real-root", type=Path, help="the real prose that real/annotations.jsonl points into (default: ../shared/corpora beside the repository)")
    parser.add_argument("--no-real", action="store_true", help="skip the real-prose splits")
    return parser


def main(argv: Sequence[str] | None = None, *, lint: LintFunction | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        splits = load_corpus(args.corpus, args.split)
    except CorpusError as exc:
        print(f"lintkit.evaluate: {exc}", file=sys.stderr)
        return 2
    if lint is None:
        try:
            lint = _default_lint()
        except ImportError as exc:
            print(f"lintkit.evaluate: cannot import lintkit.lint_text ({exc})", file=sys.stderr)
            return 2
    results = []
    for name, items in splits.items():
        predictions, errors = predict(items, lint)
        results.append(score(name, items, predictions, errors))
    real, real_root = _real_prose(args)
    if args.json:
        payload = {"corpus": str(args.corpus), "splits": {r.name: r.as_dict() for r in results}}
        payload["real"] = {r.name: r.as_dict() for r in real}
        if args.quiet:
            for split in [*payload["splits"].values(), *payload["real"].values()]:
                for key in ("misses", "false_alarms", "context_errors", "outcomes"):
                    split.pop(key, None)
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        from lintkit.evaluate_real import format_real

        def quiet(name: str) -> bool:
            return args.quiet or (name in HELD_OUT and not args.show_held_out)

        print("\n\n".join([*(format_result(r, quiet=quiet(r.name)) for r in results),
                            *(format_real(r, real_root, quiet=quiet(r.name)) for r in real)]))
    return 0


def _real_prose(args) -> tuple[list, Path | None]:
    """The real-prose splits beside a corpus folder (``real/annotations.jsonl``), when its prose is there."""
    annotations = Path(args.corpus) / "real" / "annotations.jsonl"
    if not annotations.is_file() or args.no_real:
        return [], None
    from lintkit.evaluate_real import default_root, evaluate

    root = args.real_root or default_root(annotations)
    if not root.is_dir():
        print(f"lintkit.evaluate: real prose not found at {root} (pass --real-root); real splits skipped", file=sys.stderr)
        return [], None
    splits = ["all"] if args.split == "all" else [args.split] if args.split in SPLITS else list(SPLITS)
    return evaluate(annotations, root, splits=splits), root


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
