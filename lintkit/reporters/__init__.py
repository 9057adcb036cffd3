"""Turn findings into text for one output format, without touching files or streams.

Every format is a pure function of the findings (and the rules, for links and
descriptions), so the CLI, the language server and the tests can share them and
snapshot tests need no files on disk. Each format lives in its own module, as in
ruff; this package only routes to them. Modules whose dependencies are slow to
import (lsprotocol) load on first use, so ``lintkit check`` starts quickly.

Errors (files that could not be read, for example) are embedded by the formats
that have a place for them -- ``json`` (``errors``), ``sarif``
(``toolExecutionNotifications``) and ``github`` (``::error`` annotations). The
CLI should still print every error on stderr: ``text``, ``jsonl`` and ``lsp``
output carry findings only.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lintkit.engine.rule import Rule
    from lintkit.findings import Finding

FORMATS: tuple[str, ...] = ("text", "json", "jsonl", "sarif", "github", "lsp")
DEFAULT_FORMAT = "text"


def render(
    format: str,
    findings: Sequence[Finding],
    *,
    rules: Mapping[str, Rule],
    tool_version: str,
    color: bool = False,
    show_evidence: bool = False,
    errors: Sequence[str] = (),
) -> str:
    """Render ``findings`` (sorted by path, then offset) in ``format``.

    ``rules`` maps codes to rules; it supplies documentation links and, for
    SARIF, the rule descriptions. ``color`` and ``show_evidence`` only affect
    ``text`` (the structured formats always carry the evidence).
    """
    match format:
        case "text":
            from lintkit.reporters import text

            return text.render(findings, color=color, show_evidence=show_evidence)
        case "json":
            from lintkit.reporters import json

            return json.render(findings, rules=rules, tool_version=tool_version, errors=errors)
        case "jsonl":
            from lintkit.reporters import jsonl

            return jsonl.render(findings, rules=rules)
        case "sarif":
            from lintkit.reporters import sarif

            return sarif.render(findings, rules=rules, tool_version=tool_version, errors=errors)
        case "github":
            from lintkit.reporters import github

            return github.render(findings, errors=errors)
        case "lsp":
            from lintkit.reporters import lsp

            return lsp.render(findings, rules=rules)
    raise ValueError(f"unknown output format {format!r} (allowed: {', '.join(FORMATS)})")
