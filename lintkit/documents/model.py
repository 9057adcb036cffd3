"""What a reader returns: prose segments with a map back to the source.

Readers strip markup; rules see only prose. Every prose character remembers the
source offset it came from, so a finding is placed in the original file without
ever searching the source for the matched words (STYLE.md habit 5).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from lintkit.documents.offsets import OffsetMap


@dataclass(frozen=True)
class Segment:
    """A run of prose that is parsed as one unit (a paragraph, heading, list item, cell).

    ``offsets[i]`` is the source offset of ``text[i]``; both have the same length.
    The offsets are an ``OffsetMap``, runs of consecutive offsets: a big file's
    prose then costs 16 bytes per run, not 8 bytes (an array) or an int object
    (a tuple, over 100 MB for 8 MB of text) per character.
    ``quoted`` is true inside a block quote (Markdown, reST, HTML; a Quote-styled docx paragraph; plain-text lines
    quoted with ">", as in e-mail and forum replies);
    ``cited`` is true for an entry of a reading list, which cites someone else's title and summary,
    and for the notes nested under an entry that links to an article (they say what it says).
    """

    text: str
    offsets: OffsetMap
    kind: str = "paragraph"
    quoted: bool = False
    cited: bool = False

    def __post_init__(self):
        if len(self.text) != len(self.offsets):
            raise ValueError("a segment needs exactly one source offset per character")

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of prose characters ``start:end`` (end exclusive)."""
        return self.offsets.source_span(start, end)


@dataclass(frozen=True)
class Suppression:
    """An inline ``lintkit: disable...`` comment.

    ``action`` is ``disable``, ``enable``, ``disable-next-line`` or ``disable-line`` (or ``invalid`` for
    a ``lintkit:`` comment that cannot be understood); ``codes`` is empty for
    "every rule". ``line`` is the 0-based source line the comment starts on,
    and ``start``/``end`` its source offsets (to report a suppression that
    suppresses nothing).
    """

    action: str
    codes: frozenset[str]
    line: int
    start: int
    end: int
    end_line: int | None = None

    @property
    def last_line(self) -> int:
        return self.line if self.end_line is None else self.end_line


def moved(comment: Suppression, chars: int, lines: int) -> Suppression:
    """The comment of a part of a file, placed in the whole file (the part starts at character ``chars``, line ``lines``)."""
    end_line = None if comment.end_line is None else comment.end_line + lines
    return replace(comment, start=comment.start + chars, end=comment.end + chars, line=comment.line + lines, end_line=end_line)


@dataclass(frozen=True)
class Document:
    source: str
    segments: tuple[Segment, ...]
    suppressions: tuple[Suppression, ...] = field(default=())
    markup: str = "text"  # a name in documents/markups.py
    unread_blocks: int = 0  # blocks the reader could not place and left out (documents/unread.py)
