"""A fixed, handmade set of findings that every reporter is snapshot-tested on.

The findings are located with the real ``locate`` over small sources, so their
lines and columns are consistent by construction. Between them they cover: an
emoji and a tab before a match, a quoted info finding, a multi-line finding,
findings without a suggestion, every severity, a rule missing from ``RULES``,
and a path with a space, a colon, a comma and a percent sign.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from lintkit.engine.rule import Rule
from lintkit.findings import Evidence, Finding, LineIndex, locate
from lintkit.severity import Severity

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("LINTKIT_UPDATE_SNAPSHOTS") == "1"

TOOL_VERSION = "0.1.0"

SOURCES = {
    "docs/faq: 100%, v2.md": "Q: Who signs off?\nA: The team leader does.\n",
    "docs/guide.md": (
        "# Guide\n"
        "\n"
        "We need leaders, or managers, to set direction.\n"
        "Our 🚀 launch\tteam needs managers who inspire.\n"
    ),
    "docs/notes.txt": (
        'Her memo said "management is leadership" and moved on.\n'
        "Good managers are\n"
        "leaders by definition.\n"
    ),
}


def _rule(code: str, name: str, severity: Severity, summary: str, references=()) -> Rule:
    return Rule(
        code=code,
        name=name,
        severity=severity,
        message=summary,
        summary=summary,
        rationale=f"Why {name} is a problem: leading and managing are different work.",
        suggestion="Say which of the two you mean.",
        references=tuple(references),
        precision="high",
        flag=(),
        passes=(),
    )


RULES = {
    "LM001": _rule("LM001", "managers-as-leaders", Severity.WARNING, "Managers described as leaders."),
    "LM002": _rule(
        "LM002",
        "leadership-management-synonyms",
        Severity.WARNING,
        "Leaders and managers offered as synonyms.",
        references=("Kotter, J. P. (1990). What leaders really do. HBR.", "https://example.org/zaleznik-1977"),
    ),
    "LM003": _rule("LM003", "management-is-leadership", Severity.INFO, "Management equated with leadership."),
}


def _finding(path: str, matched: str, code: str, name: str, severity: Severity, message: str, **extra) -> Finding:
    source = SOURCES[path]
    start = source.index(matched)
    bare = Finding(path, code, name, severity, message, start, start + len(matched), **extra)
    return locate(bare, LineIndex(source))


def make_findings() -> list[Finding]:
    findings = [
        _finding(
            "docs/faq: 100%, v2.md", "leader", "LM004", "leader-for-boss", Severity.HINT,
            "'leader' names a reporting line here.",
        ),
        _finding(
            "docs/guide.md", "leaders, or managers", "LM002", "leadership-management-synonyms",
            Severity.WARNING, "'leaders' and 'managers' are offered as synonyms.",
            suggestion="Pick the one you mean: leading and managing are different work.",
            evidence=(Evidence("leaders", "appos", "managers"),),
            replacement="leaders",
        ),
        _finding(
            "docs/guide.md", "managers who inspire", "LM001", "managers-as-leaders", Severity.WARNING,
            "Inspiring is leading, not managing.",
            suggestion="Say 'leaders' if you mean the people who inspire.",
            evidence=(Evidence("managers", "relcl", "inspire"),),
        ),
        _finding(
            "docs/notes.txt", "management is leadership", "LM003", "management-is-leadership",
            Severity.INFO, "Management is equated with leadership.",
            suggestion="Fine in a quotation; do not repeat it as your own claim.",
            context="quoted",
        ),
        _finding(
            "docs/notes.txt", "managers are\nleaders", "LM003", "management-is-leadership",
            Severity.ERROR, "Managers are equated with leaders.",
            evidence=(Evidence("managers", "nsubj", "are"), Evidence("leaders", "attr", "are")),
        ),
    ]
    assert findings == sorted(findings, key=lambda f: (f.path, f.start))
    return findings


@pytest.fixture
def findings() -> list[Finding]:
    return make_findings()


@pytest.fixture
def rules() -> dict[str, Rule]:
    return dict(RULES)


@pytest.fixture
def snapshot():
    return assert_snapshot


def assert_snapshot(name: str, actual: str) -> None:
    """Compare with ``snapshots/<name>``; LINTKIT_UPDATE_SNAPSHOTS=1 rewrites it instead."""
    path = SNAPSHOTS / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8", newline="")
        return
    assert path.exists(), f"no snapshot {name}; run with LINTKIT_UPDATE_SNAPSHOTS=1 and review it"
    assert actual == path.read_bytes().decode("utf-8")
