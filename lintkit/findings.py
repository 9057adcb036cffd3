"""A finding, and where it sits in its file.

Findings keep 0-based character offsets into the source; line and column
(1-based, counted in Unicode code points) are derived once here, so reporters
are pure functions of findings and need no access to the files.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from lintkit.documents.lines import LineIndex
from lintkit.severity import Severity


@dataclass(frozen=True)
class Evidence:
    """One parse fact behind a finding: two words and the relation between them."""

    word: str
    relation: str
    other: str = ""

    def __str__(self) -> str:
        from lintkit.nlp.relations import gloss

        return gloss(self.word, self.relation, self.other)


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
    fix_safe: bool = False  # the rewrite reads right in place: preferred in editors, applied by ``check --fix``

    @property
    def sort_key(self):
        return (self.path, self.start, self.end, self.code)

    def to_data(self) -> dict:
        """Plain JSON data (the result cache stores findings as data, never as code)."""
        data = {name: getattr(self, name) for name in _FIELDS}
        data["severity"] = self.severity.value
        data["lines"] = list(self.lines)
        data["evidence"] = [[e.word, e.relation, e.other] for e in self.evidence]
        return data

    @classmethod
    def from_data(cls, data) -> "Finding":
        """The finding ``to_data`` wrote; ``ValueError`` for anything else (a cache entry may come from anyone)."""
        if not isinstance(data, dict) or set(data) != set(_FIELDS):
            raise ValueError("not a finding")
        for name, kinds in _FIELDS.items():
            if not isinstance(data[name], kinds) or (isinstance(data[name], bool) and kinds is not bool):
                raise ValueError(f"bad {name}")
        if not all(isinstance(line, str) for line in data["lines"]):
            raise ValueError("bad lines")
        evidence = data["evidence"]
        if not all(isinstance(e, list) and len(e) == 3 and all(isinstance(w, str) for w in e) for e in evidence):
            raise ValueError("bad evidence")
        return cls(**{
            **data,
            "severity": Severity(data["severity"]),
            "lines": tuple(data["lines"]),
            "evidence": tuple(Evidence(*e) for e in evidence),
        })


_OPTIONAL_TEXT = (str, type(None))
# Every field of Finding and the JSON types it may hold.
_FIELDS: dict[str, type | tuple[type, ...]] = {
    "path": str, "code": str, "name": str, "severity": str, "message": str,
    "start": int, "end": int, "line": int, "column": int, "end_line": int, "end_column": int,
    "matched": str, "lines": list, "suggestion": _OPTIONAL_TEXT, "context": _OPTIONAL_TEXT,
    "evidence": list, "replacement": _OPTIONAL_TEXT, "fix_safe": bool,
}


def locate(finding: Finding, index: LineIndex) -> Finding:
    """Fill in line, columns (1-based), matched text and source lines from the offsets."""
    line, column = index.position(finding.start)
    end_line, end_column = index.position(max(finding.start, finding.end - 1))
    return replace(
        finding,
        line=line + 1,
        column=column + 1,
        end_line=end_line + 1,
        end_column=end_column + (2 if finding.end > finding.start else 1),
        matched=index.text(finding.start, finding.end),
        lines=tuple(index.line_text(n) for n in range(line, end_line + 1)),
    )


class FileFindings(list):
    """One file's findings, and how many of its blocks the reader could not place.

    A plain list to everything that reads findings; the count rides along (to
    worker processes, the result cache and back) so ``--statistics`` can say
    how much prose went unchecked.
    """

    def __init__(self, findings=(), unread_blocks: int = 0):
        super().__init__(findings)
        self.unread_blocks = unread_blocks
