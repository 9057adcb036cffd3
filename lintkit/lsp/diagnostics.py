"""An open document's diagnostics, built and turned into JSON data once per finding, not on every lint.

An edit changes a few findings of a long document; the others stay as they were
or move up or down some lines. Building an ``lsp.Diagnostic`` and unstructuring
it with the protocol's converter cost about as much as the re-lint itself on a
long document (benchmarks/README.md), so both are kept under what the diagnostic
is made of, its line aside, and reused while that stays the same (moved to the
finding's line if it moved).
"""
from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence

from lsprotocol import types as lsp

from lintkit.findings import Finding
from lintkit.reporters.lsp import diagnostic_for


def _made_of(finding: Finding, url: str | None, encoding: str) -> tuple:
    """What ``diagnostic_for`` reads, but the line (the range counts units over the first and last source lines)."""
    f = finding
    return (f.column, f.end_line - f.line, f.end_column, f.lines[:1], f.lines[-1:], f.code, f.severity, f.message, f.suggestion, f.replacement, f.fix_safe, f.name, url, encoding)


def _moved(diagnostic: lsp.Diagnostic, data: dict, lines: int) -> tuple[lsp.Diagnostic, dict]:
    """The diagnostic and its data ``lines`` lines further down."""
    start, end = diagnostic.range.start, diagnostic.range.end
    moved = lsp.Range(start=lsp.Position(line=start.line + lines, character=start.character), end=lsp.Position(line=end.line + lines, character=end.character))
    span = data["range"]
    moved_span = {"start": {**span["start"], "line": moved.start.line}, "end": {**span["end"], "line": moved.end.line}}
    diagnostic = copy.copy(diagnostic)  # the one kept may still be in a result the server holds
    diagnostic.range = moved
    return diagnostic, {**data, "range": moved_span}


class DocumentDiagnostics:
    """The diagnostics of one open document's last lint, with their JSON data, reused by its next."""

    def __init__(self) -> None:
        self.known: dict[tuple, tuple[lsp.Diagnostic, dict]] = {}

    def of(self, findings: Sequence[Finding], urls: Mapping[str, str | None], encoding: str, converter) -> tuple[list[lsp.Diagnostic], list[dict]]:
        """Each finding's diagnostic and its JSON data (``converter.unstructure`` of it); what no finding needs now is forgotten."""
        known, self.known = self.known, {}
        pairs = []
        for finding in findings:
            url = urls.get(finding.code)
            key = _made_of(finding, url, encoding)
            pair = self.known.get(key) or known.get(key)
            if pair is None:
                diagnostic = diagnostic_for(finding, url, encoding)
                pair = diagnostic, converter.unstructure(diagnostic)
            elif pair[0].range.start.line != finding.line - 1:
                pair = _moved(*pair, finding.line - 1 - pair[0].range.start.line)
            self.known[key] = pair
            pairs.append(pair)
        return [d for d, _ in pairs], [data for _, data in pairs]
