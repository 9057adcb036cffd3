"""A rule as lintkit holds it after loading its file (see rules/README.md)."""
from __future__ import annotations

from dataclasses import dataclass, field

from lintkit.severity import Severity

DOCS_URL = "https://lintkit.dev/rules/{code}-{name}"


@dataclass(frozen=True)
class Example:
    """An example sentence; ``spans`` are the expected findings' character spans."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()

    @classmethod
    def parse(cls, marked: str) -> "Example":
        """Read ``We need [leaders, not managers].``: brackets mark expected spans.

        A literal bracket is written doubled (``[[`` or ``]]``).
        """
        text: list[str] = []
        spans: list[tuple[int, int]] = []
        open_at: int | None = None
        i = 0
        while i < len(marked):
            ch = marked[i]
            if ch in "[]" and marked[i + 1:i + 2] == ch:
                text.append(ch)
                i += 2
                continue
            if ch == "[":
                if open_at is not None:
                    raise ValueError(f"nested '[' in example {marked!r}")
                open_at = len(text)
            elif ch == "]":
                if open_at is None:
                    raise ValueError(f"unmatched ']' in example {marked!r}")
                spans.append((open_at, len(text)))
                open_at = None
            else:
                text.append(ch)
            i += 1
        if open_at is not None:
            raise ValueError(f"unclosed '[' in example {marked!r}")
        return cls("".join(text), tuple(spans))


@dataclass(frozen=True)
class Pattern:
    """One pattern of a rule: a spaCy Matcher or DependencyMatcher spec plus named conditions."""

    id: str
    kind: str  # token | dependency
    spec: list
    conditions: tuple[str, ...] = ()
    cross_sentence: bool = False


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    message: str
    summary: str
    rationale: str
    suggestion: str
    references: tuple[str, ...]
    precision: str  # SARIF-style: very-high | high | medium | low
    flag: tuple[Example, ...]
    passes: tuple[Example, ...]
    patterns: tuple[Pattern, ...] = field(default=(), compare=False, repr=False)
    replacement: str | None = None
    source: str = "patterns"  # or "suppressions": LM100's findings come from the suppression check
    path: str = ""

    @property
    def url(self) -> str:
        return DOCS_URL.format(code=self.code, name=self.name)
