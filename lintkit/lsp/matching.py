"""Which of the server's own findings a diagnostic sent back by the client stands for.

Clients echo diagnostics back in ``textDocument/codeAction``, but not always in
the units they were sent in: Neovim 0.7 sends byte columns whatever encoding was
negotiated, so after an emoji its ranges sit a few columns right of ours. An
edit built on such a range rewrites the wrong characters. So the client's
diagnostic only says which finding the user means; every edit is built from
the server's finding. The match uses what all encodings agree on (the rule code
and the line), then, among several findings of that rule on the line, the span
read in each encoding a client might count in.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lsprotocol import types as lsp

from lintkit.findings import Finding
from lintkit.reporters.lsp import diagnostic_range

ENCODINGS = ("utf-16", "utf-8", "utf-32")


@dataclass(frozen=True)
class Candidate:
    """A diagnostic as the server published it, with its finding's range in every encoding."""

    diagnostic: lsp.Diagnostic
    spans: tuple[lsp.Range, ...]


def candidates(findings: Sequence[Finding], diagnostics: Sequence[lsp.Diagnostic]) -> list[Candidate]:
    """``diagnostics[i]`` was made from ``findings[i]``."""
    return [Candidate(d, tuple(diagnostic_range(f, e) for e in ENCODINGS)) for f, d in zip(findings, diagnostics)]


def _point(position: lsp.Position) -> tuple[int, int]:
    return position.line, position.character


def _fit(span: lsp.Range, reported: lsp.Range) -> tuple[bool, int] | None:
    """How well ``reported`` fits ``span``: (exactly, minus the start's distance); None when they do not touch."""
    if _point(reported.start) > _point(span.end) or _point(span.start) > _point(reported.end):
        return None
    return span == reported, -abs(span.start.character - reported.start.character)


def server_diagnostic(reported: lsp.Diagnostic, known: Sequence[Candidate]) -> lsp.Diagnostic | None:
    """The server's diagnostic that ``reported`` stands for, or None when it stands for none.

    Same code, same first line, and a span that touches ``reported`` in some
    encoding; an exact match beats a near one, a near one the farther one.
    """
    best: tuple[tuple[bool, int], lsp.Diagnostic] | None = None
    for candidate in known:
        ours = candidate.diagnostic
        if str(ours.code) != str(reported.code) or ours.range.start.line != reported.range.start.line:
            continue
        fits = [fit for span in candidate.spans if (fit := _fit(span, reported.range)) is not None]
        if fits and (best is None or max(fits) > best[0]):
            best = (max(fits), ours)
    return best[1] if best else None


def server_diagnostics(reported: Sequence[lsp.Diagnostic], known: Sequence[Candidate]) -> list[lsp.Diagnostic]:
    """The server's diagnostics the client's ``reported`` stand for, each once, in the client's order."""
    found: list[lsp.Diagnostic] = []
    for diagnostic in reported:
        ours = server_diagnostic(diagnostic, known)
        if ours is not None and not any(ours is seen for seen in found):
            found.append(ours)
    return found
