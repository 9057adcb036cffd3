"""A versioned JSON document for scripts, dashboards and other tools.

Consumers parse this output long after it was written, so its shape is a
contract: ``json-schema-v1.json`` (next to this module) documents it, and the
tests check the output against that schema. Within version 1 fields may be
added but never removed, renamed or given another meaning; anything else bumps
``version``. The per-finding object is shared with ``jsonl`` so the two formats
cannot drift apart.
"""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any

from lintkit.engine.rule import Rule
from lintkit.findings import Finding
from lintkit.reporters.context import ReportContext
from lintkit.file_names import json_safe

VERSION = 1
SCHEMA_FILE = "json-schema-v1.json"


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    return dumps(document(findings, context), indent=2) + "\n"


def document(findings: Sequence[Finding], context: ReportContext) -> dict[str, Any]:
    return {
        "version": VERSION,
        "tool": {"name": "lintkit", "version": context.tool_version},
        "findings": [finding_record(f, context.rules) for f in findings],
        "errors": list(context.errors),
    }


def finding_record(finding: Finding, rules: Mapping[str, Rule]) -> dict[str, Any]:
    """One finding as a plain dict; lines and columns are 1-based code points, ``end_column`` exclusive."""
    rule = rules.get(finding.code)
    return {
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "start": finding.start,
        "end": finding.end,
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity.value,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "replacement": finding.replacement,
        "context": finding.context,
        "snippet": finding.matched,
        "evidence": [
            {"word": e.word, "relation": e.relation, "other": e.other} for e in finding.evidence
        ],
        "url": rule.url if rule else None,
    }


def dumps(value: Any, *, indent: int | None = None) -> str:
    """JSON text that keeps non-ASCII prose readable instead of ``\\u`` escapes."""
    return json_safe(json.dumps(value, ensure_ascii=False, indent=indent))


def schema() -> dict[str, Any]:
    """The JSON Schema of this format's output (version 1)."""
    return json.loads(resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))
