"""A big plain-text file read a few megabytes at a time: its bytes cut after blank lines, each part decoded alone.

Decoded, a text takes up to four bytes a character (one emoji in the file is
enough), so a 60 MB file held as one string costs 240 MB besides its bytes.
A plain-text paragraph ends at a blank line, so parts cut there read into the
same paragraphs and comments as the whole file; a line-break byte never sits
inside a UTF-8 sequence, so each part decodes alone and a bad byte is reported
at the offset the whole file would give. ``LinesInParts`` keeps the file's
lines as offsets into its bytes, to place findings once every part is read.
"""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from typing import Iterator

from lintkit.documents import decode_part, markup_for_path, text_start
from lintkit.documents.lines import LineIndex

# A plain-text file at least this big is read in parts of about PART_BYTES.
IN_PARTS_FROM_BYTES = 16 << 20
PART_BYTES = 4 << 20
_AFTER_BLANK_LINE = re.compile(rb"\n[ \t]*\r?\n")
_BREAK = re.compile(rb"\r\n?|\n")


def read_in_parts(raw: bytes, path: str) -> bool:
    """Whether a file is plain text big enough to be read a part at a time."""
    return len(raw) >= IN_PARTS_FROM_BYTES and (markup_for_path(path) or "text") == "text"


@dataclass(frozen=True)
class TextPart:
    """``text`` is the file's text from character ``char_base`` (line ``line_base``, byte ``byte_base``) on."""

    text: str
    char_base: int
    line_base: int
    byte_base: int
    byte_end: int


def text_parts(raw: bytes, path: str, part_bytes: int | None = None) -> Iterator[TextPart]:
    """The parts of a plain-text file's bytes (of about ``part_bytes``, default ``PART_BYTES``), in order.

    Bytes that are not UTF-8 text raise the ``LintkitError`` ``documents.decode`` would.
    """
    part_bytes = part_bytes or PART_BYTES
    start = text_start(raw, path)
    chars = lines = 0
    while True:
        cut = _AFTER_BLANK_LINE.search(raw, start + part_bytes)
        end = cut.end() if cut else len(raw)
        text = decode_part(raw, start, end, path)
        yield TextPart(text, chars, lines, start, end)
        if end >= len(raw):
            return
        chars += len(text)
        lines += raw.count(b"\n", start, end) + raw.count(b"\r", start, end) - raw.count(b"\r\n", start, end)
        start = end


class LinesInParts(LineIndex):
    """The line index of a file read in parts: line starts in characters and bytes, a line's text decoded when asked for.

    Two integers per line, where the decoded text would take up to four bytes a
    character. ``add`` each part in order before asking for anything.
    """

    def __init__(self, raw: bytes):
        super().__init__("")
        self.raw = raw
        self.starts = array("q")
        self.byte_starts = array("q")

    def add(self, part: TextPart) -> None:
        if not self.starts:
            self.starts.append(0)
            self.byte_starts.append(part.byte_base)  # after the byte-order mark, if any
        self.starts.extend(part.char_base + start for start in LineIndex(part.text).starts[1:])
        self.byte_starts.extend(found.end() for found in _BREAK.finditer(self.raw, part.byte_base, part.byte_end))

    def _decoded(self, first_line: int, last_line: int) -> str:
        """Lines ``first_line..last_line`` with their line breaks."""
        end = self.byte_starts[last_line + 1] if last_line + 1 < len(self.byte_starts) else len(self.raw)
        return self.raw[self.byte_starts[first_line]:end].decode("utf-8")

    def text(self, start: int, end: int) -> str:
        first = self.line_of(start)
        base = self.starts[first]
        line = self.line_text(first)
        if end - base <= len(line):  # within one line (a finding nearly always is): no megabyte line decoded again
            return line[start - base:end - base]
        return self._decoded(first, self.line_of(max(start, end - 1)))[start - base:end - base]

    def line_text(self, line: int) -> str:
        if line not in self._texts:
            self._texts[line] = self._decoded(line, line).rstrip("\r\n")
        return self._texts[line]

