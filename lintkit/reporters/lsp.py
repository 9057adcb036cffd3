"""Diagnostics in the Language Server Protocol's own shape, for editors and the language server.

Editors count positions in the encoding negotiated with the server -- UTF-16
code units unless both sides agree otherwise -- while findings count code
points. An emoji before a match is two UTF-16 units but one code point, so the
conversion happens here, at the output edge, from the finding's source lines.
Building through lsprotocol's types means the output is whatever the protocol
says it is; the language server publishes the same ``Diagnostic`` objects that
``diagnostic_for`` returns, and its quick fixes read ``data`` back.
"""
from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from lsprotocol import converters
from lsprotocol import types as lsp

from lintkit.documents.markups import STDIN
from lintkit.engine.rule import Rule
from lintkit.findings import Finding
from lintkit.reporters.context import ReportContext
from lintkit.reporters.json import dumps
from lintkit.severity import Severity

SOURCE = "lintkit"
STDIN_URI = "untitled:stdin"

SEVERITY = {
    Severity.ERROR: lsp.DiagnosticSeverity.Error,
    Severity.WARNING: lsp.DiagnosticSeverity.Warning,
    Severity.INFO: lsp.DiagnosticSeverity.Information,
    Severity.HINT: lsp.DiagnosticSeverity.Hint,
}

_UNIT_COUNTERS: dict[str, Callable[[str], int]] = {
    "utf-8": lambda text: len(text.encode("utf-8")),
    "utf-16": lambda text: len(text.encode("utf-16-le")) // 2,
    "utf-32": len,
}


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    """A JSON list with one ``PublishDiagnosticsParams`` per file, files in order."""
    converter = converters.get_converter()
    return dumps([converter.unstructure(p) for p in publish_params(findings, context.rules)], indent=2) + "\n"


def publish_params(findings: Sequence[Finding], rules: Mapping[str, Rule]) -> list[lsp.PublishDiagnosticsParams]:
    return [
        lsp.PublishDiagnosticsParams(
            uri=file_uri(path),
            diagnostics=[diagnostic_for(f, _rule_url(rules, f.code)) for f in group],
        )
        for path, group in itertools.groupby(findings, key=lambda f: f.path)
    ]


def file_uri(path: str) -> str:
    """An absolute ``file://`` URI for a path as the user gave it; stdin has no file."""
    return STDIN_URI if path == STDIN else Path(path).resolve().as_uri()


def diagnostic_for(finding: Finding, rule_url: str | None, encoding: str = "utf-16") -> lsp.Diagnostic:
    """The diagnostic for ``finding``, positions counted in ``encoding`` ("utf-8", "utf-16" or "utf-32").

    ``encoding`` accepts ``lsprotocol.types.PositionEncodingKind`` values too.
    """
    return lsp.Diagnostic(
        range=diagnostic_range(finding, encoding),
        severity=SEVERITY[finding.severity],
        code=finding.code,
        code_description=lsp.CodeDescription(href=rule_url) if rule_url else None,
        source=SOURCE,
        message=finding.message,
        data={"suggestion": finding.suggestion, "replacement": finding.replacement, "safe": finding.fix_safe, "name": finding.name},
    )


def diagnostic_range(finding: Finding, encoding: str = "utf-16") -> lsp.Range:
    """0-based positions; characters counted in ``encoding`` code units over the source lines."""
    count = unit_counter(encoding)
    first = finding.lines[0] if finding.lines else ""
    last = finding.lines[-1] if finding.lines else ""
    return lsp.Range(
        start=lsp.Position(line=finding.line - 1, character=_character(first, finding.column, count)),
        end=lsp.Position(line=finding.end_line - 1, character=_character(last, finding.end_column, count)),
    )


def _character(line: str, column: int, count: Callable[[str], int]) -> int:
    """Code units before 1-based code-point ``column``; past the known text, one unit per code point."""
    prefix = line[: column - 1]
    return count(prefix) + (column - 1 - len(prefix))


def unit_counter(encoding: str) -> Callable[[str], int]:
    try:
        return _UNIT_COUNTERS[str(getattr(encoding, "value", encoding)).lower()]
    except KeyError:
        allowed = ", ".join(_UNIT_COUNTERS)
        raise ValueError(f"unknown position encoding {encoding!r} (allowed: {allowed})") from None


def _rule_url(rules: Mapping[str, Rule], code: str) -> str | None:
    rule = rules.get(code)
    return rule.url if rule else None
