"""Counts per rule (``--statistics``), for deciding which rules to tackle or tune first.

On a large documentation set the individual findings are too many to read;
the counts show where the habit is strongest and which rule may be too noisy.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from lintkit.findings import Finding

STATISTICS_FORMATS = ("text", "json", "jsonl")


def statistics(findings: Sequence[Finding]) -> list[tuple[str, str, int]]:
    """(code, name, count) per rule, most frequent first, then by code."""
    counts = Counter((f.code, f.name) for f in findings)
    return sorted(((code, name, n) for (code, name), n in counts.items()), key=lambda row: (-row[2], row[0]))


def render_statistics(findings: Sequence[Finding], format: str = "text") -> str:
    """The counts in ``format``; text and jsonl print nothing when there are no findings.

    - ``text``: aligned ``count  code  name`` rows.
    - ``json``: ``{"version": 1, "total": N, "rules": [{"code", "name", "count"}, ...]}``.
    - ``jsonl``: one ``{"code", "name", "count"}`` object per line.
    """
    rows = statistics(findings)
    records = [{"code": code, "name": name, "count": n} for code, name, n in rows]
    if format == "json":
        return json.dumps({"version": 1, "total": len(findings), "rules": records}, indent=2)
    if format == "jsonl":
        return "".join(json.dumps(record) + "\n" for record in records)
    if not rows:
        return ""
    count_width = max(len(str(n)) for _, _, n in rows)
    code_width = max(len(code) for code, _, _ in rows)
    return "".join(f"{n:>{count_width}}  {code:<{code_width}}  {name}\n" for code, name, n in rows)
