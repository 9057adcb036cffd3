"""Turn findings into text for one output format, without touching files or streams.

Every format is a pure function ``render(findings, context) -> str`` of the
findings and a ``ReportContext`` (rules for links and descriptions, the tool's
version, errors, display options), so the CLI, the language server and the
tests share them and snapshot tests need no files on disk. Each format lives in
its own module, as in ruff; ``FORMATS`` below is the one list of them, from
which the CLI's ``--format`` choices come. Modules whose dependencies are slow
to import (lsprotocol) load on first use, so ``lintkit check`` starts quickly.

Errors (files that could not be read, for example) are embedded by the formats
that have a place for them -- ``json`` (``errors``), ``sarif``
(``toolExecutionNotifications``) and ``github`` (``::error`` annotations). The
CLI should still print every error on stderr: the other formats carry findings only.
"""
from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lintkit.reporters.context import ReportContext

if TYPE_CHECKING:
    from lintkit.findings import Finding

__all__ = ["DEFAULT_FORMAT", "FORMATS", "Format", "ReportContext", "render", "statistics_format"]


@dataclass(frozen=True)
class Format:
    """An output format: its name on the command line and the function that renders it.

    ``function`` in ``lintkit.reporters.<module>`` is imported on first use.
    ``counts_for`` names the format whose per-rule counts this one prints
    (what ``--statistics`` picks for that format).
    """

    name: str
    module: str
    function: str = "render"
    counts_for: str | None = None


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("text", "text"),
        Format("json", "json"),
        Format("jsonl", "jsonl"),
        Format("sarif", "sarif"),
        Format("github", "github"),
        Format("lsp", "lsp"),
        Format("statistics", "statistics", "render", counts_for="text"),
        Format("statistics-json", "statistics", "render_json", counts_for="json"),
        Format("statistics-jsonl", "statistics", "render_jsonl", counts_for="jsonl"),
    )
}
DEFAULT_FORMAT = "text"


def render(format: str, findings: Sequence[Finding], context: ReportContext | None = None) -> str:
    """Render ``findings`` (sorted by path, then offset) in ``format``."""
    chosen = FORMATS.get(format)
    if chosen is None:
        raise ValueError(f"unknown output format {format!r} (allowed: {', '.join(FORMATS)})")
    module = importlib.import_module(f"{__name__}.{chosen.module}")
    return getattr(module, chosen.function)(findings, context or ReportContext())


def statistics_format(format: str) -> str:
    """The format printing per-rule counts in the shape of ``format`` (``--statistics``); ValueError if none."""
    for candidate in FORMATS.values():
        if candidate.counts_for == format:
            return candidate.name
    shapes = ", ".join(f.counts_for for f in FORMATS.values() if f.counts_for)
    raise ValueError(f"--statistics prints {shapes}, not {format}")
