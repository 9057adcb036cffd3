"""Counts per rule (``--statistics``), for deciding which rules to tackle or tune first.

On a large documentation set the individual findings are too many to read;
the counts show where the habit is strongest and which rule may be too noisy.
They also say how many blocks the readers could not place (and so never
linted), so a gap in coverage is visible rather than silent. Three shapes,
three formats: ``statistics`` (aligned text), ``statistics-json`` and
``statistics-jsonl``; ``--statistics`` picks the one matching ``--format``.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from lintkit.findings import Finding
from lintkit.reporters.context import ReportContext


def statistics(findings: Sequence[Finding]) -> list[tuple[str, str, int]]:
    """(code, name, count) per rule, most frequent first, then by code."""
    counts = Counter((f.code, f.name) for f in findings)
    return sorted(((code, name, n) for (code, name), n in counts.items()), key=lambda row: (-row[2], row[0]))


def _records(findings: Sequence[Finding]) -> list[dict]:
    return [{"code": code, "name": name, "count": n} for code, name, n in statistics(findings)]


def unread_line(count: int) -> str:
    """The coverage gap in words (no line when every block was read)."""
    if not count:
        return ""
    return f"{count} block{'s' if count != 1 else ''} not read (LINTKIT_DEBUG=1 logs where)\n"


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    """Aligned ``count  code  name`` rows, then the unread blocks; '' when there is nothing to count."""
    rows = statistics(findings)
    tail = unread_line(context.unread_blocks)
    if not rows:
        return tail
    count_width = max(len(str(n)) for _, _, n in rows)
    code_width = max(len(code) for code, _, _ in rows)
    return "".join(f"{n:>{count_width}}  {code:<{code_width}}  {name}\n" for code, name, n in rows) + tail


def render_json(findings: Sequence[Finding], context: ReportContext) -> str:
    """``{"version": 1, "total": N, "rules": [{"code", "name", "count"}, ...], "unread_blocks": N}``."""
    document = {"version": 1, "total": len(findings), "rules": _records(findings), "unread_blocks": context.unread_blocks}
    return json.dumps(document, indent=2) + "\n"


def render_jsonl(findings: Sequence[Finding], context: ReportContext) -> str:
    """One ``{"code", "name", "count"}`` object per line (the unread blocks go to the other shapes)."""
    return "".join(json.dumps(record) + "\n" for record in _records(findings))
