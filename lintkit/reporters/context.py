"""What a format may need besides the findings, in one value every format takes.

Each format is ``render(findings, context) -> str`` (as ruff's emitters take an
emitter context), so adding a format never changes how the others are called:
a format reads the fields it needs and ignores the rest.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lintkit.engine.rule import Rule


@dataclass(frozen=True)
class ReportContext:
    """The run around the findings.

    ``rules`` maps codes to rules (documentation links; SARIF's rule table).
    ``errors`` are one-line problems with files, for the formats that carry them.
    ``color`` and ``show_evidence`` shape ``text`` only; ``root`` anchors SARIF's
    relative URIs (default: the working directory); ``unread_blocks`` counts the
    blocks the readers could not place, for the statistics formats.
    """

    rules: Mapping[str, Rule] = field(default_factory=dict)
    tool_version: str = ""
    errors: Sequence[str] = ()
    color: bool = False
    show_evidence: bool = False
    root: Path | None = None
    unread_blocks: int = 0
