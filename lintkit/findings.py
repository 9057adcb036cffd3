"""A finding, and where it sits in its file.

Findings keep 0-based character offsets into the source; line and column
(1-based, counted in Unicode code points) are derived once here, so reporters
are pure functions of findings and need no access to the files.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace

from lintkit.severity import Severity


@dataclass(frozen=True)
class Evidence:
    """One parse fact behind a finding: two words and the relation between them."""

    word: str
    relation: str
    other: str = ""

    def __str__(self) -> str:
        return f"{self.word} --{self.relation}--> {self.other}" if self.other else f"{self.word} ({self.relation})"


@dataclass(frozen=True)
class Finding:
    """One diagnostic.

    ``end_column`` is exclusive (the column just after the last character), as
    SARIF counts it. ``lines`` holds the source lines ``line..end_line`` without
    their terminators, so a reporter can show the snippet or count UTF-16 units.
    """

    path: str
    code: str
    name: str
    severity: Severity
    message: str
    start: int
    end: int
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    matched: str = ""
    lines: tuple[str, ...] = ()
    suggestion: str | None = None
    context: str | None = None  # None, "quoted" or "attributed"
    evidence: tuple[Evidence, ...] = field(default=())
    replacement: str | None = None  # a rewrite of ``matched`` that a quick fix may apply

    @property
    def sort_key(self):
        return (self.path, self.start, self.end, self.code)


class LineIndex:
    """Offsets of line starts in a source text, for offset -> (line, column)."""

    def __init__(self, source: str):
        self.source = source
        starts = [0]
        i = 0
        n = len(source)
        while i < n:
            ch = source[i]
            if ch == "\n":
                starts.append(i + 1)
            elif ch == "\r":
                if i + 1 < n and source[i + 1] == "\n":
                    i += 1
                starts.append(i + 1)
            i += 1
        self.starts = starts

    def line_of(self, offset: int) -> int:
        """0-based line holding ``offset``."""
        return bisect.bisect_right(self.starts, offset) - 1

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``."""
        line = self.line_of(offset)
        return line + 1, offset - self.starts[line] + 1

    def line_text(self, line: int) -> str:
        """Text of 0-based ``line`` without its terminator."""
        start = self.starts[line]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.source)
        return self.source[start:end].rstrip("\r\n")


def locate(finding: Finding, index: LineIndex) -> Finding:
    """Fill in line, columns, matched text and source lines from the offsets."""
    line, column = index.position(finding.start)
    last = max(finding.start, finding.end - 1)
    end_line, end_col = index.position(last)
    return replace(
        finding,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_col + (1 if finding.end > finding.start else 0),
        matched=index.source[finding.start:finding.end],
        lines=tuple(index.line_text(n) for n in range(line - 1, end_line)),
    )
