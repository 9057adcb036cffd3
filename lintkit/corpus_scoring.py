"""Scoring a split of the written corpora: each gold finding paired with at most one prediction.

A prediction matches a gold finding when the code is the same and the spans
overlap; each gold finding and each prediction is matched at most once (a
maximum matching, preferring larger overlaps), so two findings on one phrase
cannot both count as hits. Only the codes LM001-LM004 are scored; anything
else lintkit reports (such as unused-suppression codes) is ignored.

:func:`score` is a pure function of the gold items and the predictions, so it
is tested without the spaCy model; :func:`predict` runs whatever linter it is
given.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping, Sequence

from lintkit.accuracy import RULE_CODES, WARNING_SEVERITIES, Prediction, RuleCounts, severity_name, to_prediction
from lintkit.corpus import Gold, Item


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
class SplitResult(RuleCounts):
    name: str
    items: int = 0
    context_matched: int = 0
    context_correct: int = 0
    negative_sense_items: int = 0
    negative_sense_warnings: int = 0
    misses: list[Error] = field(default_factory=list)
    false_alarms: list[Error] = field(default_factory=list)
    context_errors: list[Error] = field(default_factory=list)
    linter_errors: list[tuple[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "split": self.name,
            "items": self.items,
            **self.counts_as_dict(),
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
