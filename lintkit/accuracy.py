"""Counting a linter's findings against gold ones: predictions, counts per rule, the table of both.

Shared by the written corpora (``evaluate``) and the real-prose annotations
(``evaluate_real``); pure, so scoring needs no model.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

RULE_CODES: tuple[str, ...] = ("LM001", "LM002", "LM003", "LM004")
WARNING_SEVERITIES = frozenset({"warning", "error"})


@dataclass(frozen=True)
class Prediction:
    """One finding lintkit reported, reduced to what the scorer compares."""

    code: str
    start: int
    end: int
    context: str | None = None
    severity: str = "warning"


class CorpusError(Exception):
    """A malformed corpus file; the message is one line naming file and line."""

    def __init__(self, path: str, line: int | None, problem: str):
        self.path = path
        self.line = line
        self.problem = problem
        where = f"{path}:{line}" if line is not None else path
        super().__init__(" ".join(f"{where}: {problem}".split()))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    @classmethod
    def summed(cls, counts: Iterable["Counts"]) -> "Counts":
        counts = list(counts)
        return cls(sum(c.tp for c in counts), sum(c.fp for c in counts), sum(c.fn for c in counts))

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


def _counts_per_rule() -> dict[str, Counts]:
    return {code: Counts() for code in RULE_CODES}


@dataclass(kw_only=True)
class RuleCounts:
    """What both reports count per rule and sum over the rules, whatever their unit (item or sentence)."""

    rules: dict[str, Counts] = field(default_factory=_counts_per_rule)

    @property
    def total(self) -> Counts:
        return Counts.summed(self.rules.values())

    def counts_as_dict(self) -> dict[str, Any]:
        return {"rules": {code: c.as_dict() for code, c in self.rules.items()}, "all": self.total.as_dict()}

    def table(self) -> list[str]:
        return rule_table(self.rules, self.total)


def severity_name(severity: Any) -> str:
    value = getattr(severity, "value", severity)
    return str(value).lower() if value is not None else "warning"


def to_prediction(finding: Any) -> Prediction:
    """Reduce a :class:`lintkit.findings.Finding` (or anything shaped like one)."""
    return Prediction(
        code=str(finding.code),
        start=int(finding.start),
        end=int(finding.end),
        context=getattr(finding, "context", None),
        severity=severity_name(getattr(finding, "severity", None)),
    )


def rule_table(rules: Mapping[str, Counts], total: Counts) -> list[str]:
    """TP, FP, FN, precision, recall and F1 per rule and for all, one line each."""
    lines = [f"{'rule':<7}{'TP':>5}{'FP':>5}{'FN':>5}  {'prec':>5}  {'rec':>5}  {'F1':>5}"]
    for code, c in [*rules.items(), ("all", total)]:
        lines.append(f"{code:<7}{c.tp:>5}{c.fp:>5}{c.fn:>5}  {_ratio(c.precision)}  {_ratio(c.recall)}  {_ratio(c.f1)}")
    return lines


def _ratio(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.3f}"
