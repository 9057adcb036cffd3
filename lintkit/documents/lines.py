"""One definition of "line" for every reader and reporter.

``str.splitlines`` also breaks on form feeds, U+2028 and friends, which editors
and CommonMark do not; a line number computed that way would drift from the one
a writer sees. Lines here end at LF, CRLF or a lone CR, exactly as in
CommonMark, and every position stays a 0-based offset into the source.
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

_BREAK = re.compile(r"\r\n?|\n")


class Line(NamedTuple):
    """``source[start:end]`` is the line's text; its line break, if any, starts at ``end``."""

    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start:self.end]


def split_lines(source: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Every line of ``source[start:end]``, including a last line with no line break, in source offsets."""
    end = len(source) if end is None else end
    lines = []
    for found in _BREAK.finditer(source, start, end):
        lines.append(Line(start, found.start()))
        start = found.end()
    lines.append(Line(start, end))
    return lines


def normalize_breaks(source: str) -> str:
    """``source`` with every line break as a single LF (line i stays line i)."""
    return _BREAK.sub("\n", source)


class LineIndex:
    """Maps a source offset to its 0-based line and column (in code points).

    The line starts are found on first use: a big text file is read against one
    index, and only its suppression comments, usually none, need a line.
    """

    def __init__(self, source: str):
        self.source = source
        self._texts: dict[int, str] = {}

    @functools.cached_property
    def starts(self) -> list[int]:
        return [0] + [found.end() for found in _BREAK.finditer(self.source)]

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def position(self, offset: int) -> tuple[int, int]:
        line = self.line_of(offset)
        return line, offset - self.starts[line]

    def text(self, start: int, end: int) -> str:
        """The source from offset ``start`` to ``end``."""
        return self.source[start:end]

    def line_text(self, line: int) -> str:
        """Text of 0-based ``line`` without its line break.

        The same string each time: every finding on a line holds its text, and a
        paragraph kept on one line can be megabytes long, so a copy per finding
        would grow memory with the square of the paragraph's length.
        """
        if line not in self._texts:
            end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.source)
            self._texts[line] = self.source[self.starts[line]:end].rstrip("\r\n")
        return self._texts[line]
