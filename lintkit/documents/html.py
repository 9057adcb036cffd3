"""HTML files: what a browser shows of them (``html_text``), as a document."""
from __future__ import annotations

from lintkit.documents.html_text import shown
from lintkit.documents.model import Document


def read(source: str) -> Document:
    segments, suppressions = shown(source)
    return Document(source, tuple(segments), tuple(suppressions), "html")
