"""Prose assembly shared by every reader.

Readers differ in what they strip, but they all end the same way: a run of
prose characters, each paired with its source offset, from which URLs and
surrounding blanks are removed before it becomes a ``Segment``. Doing that in
one place keeps the offset map the only bridge back to the source.
"""
from __future__ import annotations

import re
from typing import Iterable

from lintkit.documents.model import Segment
from lintkit.documents.offsets import OffsetMap, OffsetMapBuilder

_WEB_ADDRESS = (
    r"""(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>"'`]*[^\s<>"'`.,;:!?)\]}]"""
    r"""|\bmailto:[^\s<>"'`]+"""
)
# Starts only where a run of address characters starts, so a long word costs one scan.
_MAIL_ADDRESS = r"""(?<![\w.+-])[\w.+-]++@[\w-]+(?:\.[\w-]+)+"""
URL = re.compile(f"{_WEB_ADDRESS}|{_MAIL_ADDRESS}", re.IGNORECASE)
# URL less its e-mail branch, which no text without "@" can match; alone, the web
# branches let the scan skip ahead to their first letters.
WEB_URL = re.compile(_WEB_ADDRESS, re.IGNORECASE)


class Prose:
    """Accumulates prose text, in pieces as it arrives, and the source offset of each character."""

    def __init__(self) -> None:
        self.pieces: list[str] = []  # never empty strings, so the last one ends with the last character
        self.offsets = OffsetMapBuilder()

    def add(self, text: str, start: int) -> None:
        """Characters copied verbatim from ``source[start:start + len(text)]``."""
        self.extend(text, range(start, start + len(text)))

    def extend(self, text: str, offsets: Iterable[int]) -> None:
        """Characters whose source offsets are already known, one each."""
        if text:
            self.pieces.append(text)
            self.offsets.extend(offsets)

    def space(self, offset: int) -> None:
        """A word break that came from markup (a line break, a tag), unless one is already there."""
        if self.pieces and not self.pieces[-1][-1].isspace():
            self.pieces.append(" ")
            self.offsets.append(offset)

    def segment(self, kind: str = "paragraph", quoted: bool = False, cited: bool = False) -> Segment | None:
        """The prose so far as a segment, or None when nothing but blanks and URLs is left."""
        text, offsets = without_urls("".join(self.pieces), self.offsets.build())
        text, offsets = trimmed(text, offsets)
        if not text:
            return None
        return Segment(text, offsets, kind, quoted, cited)


def without_urls(text: str, offsets: OffsetMap) -> tuple[str, OffsetMap]:
    """Drop every URL and e-mail address; one space (at the URL's start) keeps words apart."""
    pattern = _url_pattern(text)
    found_urls = list(pattern.finditer(text)) if pattern is not None else []
    if not found_urls:
        return text, offsets
    kept_chars: list[str] = []
    kept_offsets = OffsetMapBuilder()
    position = 0
    for found in found_urls:
        kept_chars.append(text[position:found.start()])
        kept_offsets.extend(offsets[position:found.start()])
        before = text[found.start() - 1] if found.start() else " "
        if not before.isspace():
            kept_chars.append(" ")
            kept_offsets.append(offsets[found.start()])
        position = found.end()
    kept_chars.append(text[position:])
    kept_offsets.extend(offsets[position:])
    return "".join(kept_chars), kept_offsets.build()


def _url_pattern(text: str) -> re.Pattern[str] | None:
    """A pattern finding exactly what ``URL`` finds in ``text``, cheapest first; None when it finds nothing.

    Every URL match holds ":", "@" or "www." (any case): substring tests are far
    faster than a scan of every position.
    """
    if "@" in text:
        return URL
    if ":" in text or "www." in text.lower():
        return WEB_URL
    return None


def trimmed(text: str, offsets: OffsetMap) -> tuple[str, OffsetMap]:
    """``text`` without leading and trailing whitespace, offsets kept in step."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    if start >= end:
        return "", offsets[0:0]
    return text[start:end], offsets[start:end]
