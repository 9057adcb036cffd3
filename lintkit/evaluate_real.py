"""Score lintkit on annotated real prose: sentences nobody on the project wrote.

Our own sentences flatter the rules, so the annotations in
``corpora/real/annotations.jsonl`` point at sentences of the openly licensed
prose beside the project (file, source offsets, a digest of the text) instead
of holding any text. Each annotated file is linted whole, as a user would lint
it, and a sentence gets a rule's prediction when a finding of that rule starts
inside it. The unit is the sentence, per rule:

- a label with context ``asserted`` expects a warning (or error) there;
- a label with context ``quoted`` or ``attributed`` expects no warning (an info
  finding is right, and so is none), so the writer's build does not fail;
- any warning where neither is labelled is a false alarm.

Run it as ``python -m lintkit.evaluate corpora/`` (beside the written corpora)
or alone as ``python -m lintkit.evaluate_real corpora/real/annotations.jsonl``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Collection, Iterable, Sequence

from lintkit.accuracy import RULE_CODES, WARNING_SEVERITIES, CorpusError, Prediction, RuleCounts, to_prediction

CONTEXTS = ("asserted", "quoted", "attributed")
# The split that judges the rules: its table is printed, its sentences only on request, so tuning
# cannot drift towards them by accident (``lintkit.evaluate`` holds it out the same way).
HELD_OUT_SPLIT = "real-test"
DEFAULT_ROOT = Path("..") / "shared" / "corpora"


@dataclass(frozen=True)
class Annotation:
    """One real sentence, by reference, and what a perfect lintkit reports in it."""

    id: str
    file: str
    start: int
    end: int
    sha: str
    split: str
    labels: tuple[str, ...]
    context: str
    reason: str = ""


def load_annotations(path: str | Path) -> list[Annotation]:
    """Validated annotations; a malformed line is a one-line ``CorpusError``."""
    name = str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(name, None, f"cannot read annotations ({exc})") from None
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            a = Annotation(obj["id"], obj["file"], int(obj["start"]), int(obj["end"]), obj["sha"],
                           obj["split"], tuple(obj["labels"]), obj["context"], obj.get("reason", ""))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise CorpusError(name, n, f"not an annotation ({type(exc).__name__}: {exc})") from None
        if not set(a.labels) <= set(RULE_CODES) or a.context not in CONTEXTS or a.start >= a.end:
            raise CorpusError(name, n, f"{a.id}: bad labels, context or offsets")
        out.append(a)
    return out


def default_root(annotations: Path) -> Path:
    """The real prose: ``../shared/corpora`` beside the repository holding the annotations."""
    beside_repo = annotations.resolve().parent.parent.parent.parent / "shared" / "corpora"
    return beside_repo if beside_repo.is_dir() else DEFAULT_ROOT


@dataclass(frozen=True)
class Outcome:
    """A miss or a false alarm, with where to read it."""

    kind: str
    id: str
    code: str
    file: str
    start: int
    end: int
    context: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class RealResult(RuleCounts):
    name: str
    sentences: int = 0
    reported_kept_below: int = 0  # quoted/attributed misuse with no warning
    reported_total: int = 0
    outcomes: list[Outcome] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "split": self.name,
            "sentences": self.sentences,
            **self.counts_as_dict(),
            "quoted_or_attributed": {"kept_below_warning": self.reported_kept_below, "total": self.reported_total},
            "outcomes": [o.as_dict() for o in self.outcomes],
            "unreadable": self.unreadable,
        }


def score_real(name: str, annotations: Sequence[Annotation], predictions: dict[str, list[Prediction]],
               unreadable: Iterable[str] = ()) -> RealResult:
    """Score sentence by sentence; ``predictions`` maps a file to everything lintkit reported in it."""
    skipped = set(unreadable)
    scored = [a for a in annotations if a.file not in skipped]
    result = RealResult(name, sentences=len(scored), unreadable=sorted(skipped))
    for a in scored:
        inside = [p for p in predictions.get(a.file, ()) if a.start <= p.start < a.end]
        for code in RULE_CODES:
            warned = any(p.code == code and p.severity in WARNING_SEVERITIES for p in inside)
            expected = code in a.labels and a.context == "asserted"
            if code in a.labels and not expected:
                result.reported_total += 1
                result.reported_kept_below += not warned
            counts = result.rules[code]
            if warned and expected:
                counts.tp += 1
            elif expected:
                counts.fn += 1
                result.outcomes.append(Outcome("miss", a.id, code, a.file, a.start, a.end, a.context, a.reason))
            elif warned:
                counts.fp += 1
                result.outcomes.append(Outcome("false-alarm", a.id, code, a.file, a.start, a.end, a.context, a.reason))
    return result


LintFile = Callable[[str, str], Iterable[Any]]


def _default_lint_file() -> LintFile:
    from lintkit import lint_text  # imported late so scoring needs no model

    return lambda text, path: lint_text(text, path=path, config=None)


def predict_files(root: Path, annotations: Sequence[Annotation], lint_file: LintFile):
    """Lint each annotated file once; a file that changed or cannot be read is named, not fatal."""
    predictions: dict[str, list[Prediction]] = {}
    unreadable: list[str] = []
    by_file: dict[str, list[Annotation]] = {}
    for a in annotations:
        by_file.setdefault(a.file, []).append(a)
    for name, items in sorted(by_file.items()):
        try:
            text = (root / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            unreadable.append(name)
            continue
        if any(hashlib.sha1(text[a.start:a.end].encode("utf-8")).hexdigest()[:12] != a.sha for a in items):
            unreadable.append(name)
            continue
        predictions[name] = [to_prediction(f) for f in lint_file(text, name)]
    return predictions, unreadable


def evaluate(path: Path, root: Path, lint_file: LintFile | None = None, splits: Sequence[str] = ("dev", "test")) -> list[RealResult]:
    annotations = load_annotations(path)
    predictions, unreadable = predict_files(root, annotations, lint_file or _default_lint_file())
    results = []
    for split in splits:
        chosen = [a for a in annotations if split == "all" or a.split == split]
        results.append(score_real(f"real-{split}", chosen, predictions, [u for u in unreadable if any(a.file == u for a in chosen)]))
    return results


def format_real(result: RealResult, root: Path | None = None, *, quiet: bool = False) -> str:
    lines = [f"== {result.name}: {result.sentences} real sentences ==", *result.table()]
    lines.append(f"quoted/attributed misuse kept below warning: {result.reported_kept_below}/{result.reported_total}")
    if result.unreadable:
        lines.append(f"unreadable or changed files (not scored): {len(result.unreadable)}")
    if quiet:
        return "\n".join(lines)
    for o in result.outcomes:
        text = ""
        if root is not None:
            try:
                text = " ".join((root / o.file).read_text(encoding="utf-8")[o.start:o.end].split())
            except OSError:
                pass
        lines.append(f"  {o.kind:<11} {o.code} {o.id} [{o.context}] {o.file}:{o.start} | {o.reason} | {text[:200]}")
    return "\n".join(lines)


def hides_sentences(args: argparse.Namespace, held_out: Collection[str]) -> Callable[[str], bool]:
    """Whether a split's sentences stay out of the report: every split's under ``--quiet``, a held-out split's
    unless ``--show-held-out``, so tuning cannot drift towards held-out sentences by accident."""
    return lambda name: args.quiet or (name in held_out and not args.show_held_out)


def strip_sentences(split: dict) -> None:
    """Leaves a split's JSON with its totals only."""
    for key in ("misses", "false_alarms", "context_errors", "outcomes"):
        split.pop(key, None)


def main(argv: Sequence[str] | None = None, *, lint_file: LintFile | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lintkit.evaluate_real", description=__doc__.splitlines()[0])
    parser.add_argument("annotations", type=Path, nargs="?", default=Path("corpora/real/annotations.jsonl"))
    parser.add_argument("--root", type=Path, help="the real prose (default: ../shared/corpora beside the repository)")
    parser.add_argument("--split", choices=("dev", "test", "all"), default=None)
    parser.add_argument("--quiet", action="store_true", help="print only the tables")
    parser.add_argument("--show-held-out", action="store_true",
                        help=f"also list the misses and false alarms of {HELD_OUT_SPLIT}; never read them while tuning")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    quiet = hides_sentences(args, {HELD_OUT_SPLIT})
    root = args.root or default_root(args.annotations)
    try:
        results = evaluate(args.annotations, root, lint_file, splits=[args.split] if args.split else ("dev", "test"))
    except CorpusError as exc:
        print(f"lintkit.evaluate_real: {exc}", file=sys.stderr)
        return 2
    splits = {r.name: r.as_dict() for r in results}
    if args.json:  # a held-out split's sentences stay out of the JSON too, unless asked for
        for name, split in splits.items():
            if quiet(name):
                strip_sentences(split)
        print(json.dumps({"annotations": str(args.annotations), "splits": splits}, indent=2))
    else:
        print("\n\n".join(format_real(r, root, quiet=quiet(r.name)) for r in results))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
