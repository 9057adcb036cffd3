"""Notes on a credited work: a document that opens by crediting one book or article to its author.

Book notes and reading summaries put the work's byline at the top ("(by Will Larson)", or a
list item "by Kim Scott" under the title) and then list what the work says. Those list items
report the author's claims, as "the author argues" would; the writer's own paragraphs ("Thoughts:
a fantastic read") and headings stay the writer's. A byline that is not near the top, or one of
several (a reading list, "By EOD Friday, ..." steps), credits nothing.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from lintkit.documents.model import Segment

OPENING_SEGMENTS = 4  # the byline sits under the title: the first few blocks of prose
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|van|von|de|der|la|le))*"
_NAMES = rf"{_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME})*"
# "(by Skelton, Pais; ISBN …) Infographic": a byline in brackets, then anything (links, a PDF)
_BRACKETED = re.compile(rf"\(\s*(?i:by)\s+{_NAMES}\s*(?:[;,][^)]*)?\)")
# "by Nicole Forsgren, Jez Humble, Gene Kim": a list item that is only the byline
_ITEM = re.compile(rf"(?i:by)\s+{_NAMES}\s*")


def _is_byline(segment: Segment) -> bool:
    text = segment.text.strip()
    return bool(_BRACKETED.match(text) or (segment.kind == "list_item" and _ITEM.fullmatch(text)))


def notes_on_a_work(segments: Sequence[Segment]) -> bool:
    """True when the document's only byline is among its opening segments."""
    bylines = [i for i, segment in enumerate(segments) if _is_byline(segment)]
    return len(bylines) == 1 and bylines[0] < OPENING_SEGMENTS


def is_note(segment: Segment) -> bool:
    """A list item of a document of notes on a work: it says what the work says."""
    return segment.kind == "list_item" and not _is_byline(segment)
