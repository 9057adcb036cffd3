"""Plain text: paragraphs are the only structure a writer gives us.

Hard-wrapped lines are one sentence flow, so a line break inside a paragraph
becomes a space (mapped to the break) and a sentence wrapped over two lines
still parses as one. A line that is a ``lintkit:`` directive is a comment, not
prose, and ends the paragraph it interrupts.
"""
from __future__ import annotations

from lintkit.documents import suppressions
from lintkit.documents.lines import LineIndex, split_lines
from lintkit.documents.model import Document, Segment, Suppression
from lintkit.documents.prose import Prose


def read(source: str) -> Document:
    segments, found = read_lines(source, 0, len(source), LineIndex(source))
    return Document(source, tuple(segments), tuple(found), "text")


def read_lines(source: str, start: int, end: int, index: LineIndex) -> tuple[list[Segment], list[Suppression]]:
    """The segments and comments of the lines of ``source[start:end]``, placed in the whole source.

    ``start`` begins a line and ``end`` cuts no line break in two, so a big file
    can be read a few paragraphs at a time against one ``index`` of all of it,
    with no offsets or line numbers to shift afterwards.
    """
    segments: list[Segment] = []
    found: list[Suppression] = []
    paragraph = Prose()
    previous_break = start
    for line in split_lines(source, start, end):
        text = line.text(source)
        directive = _directive(text, line.start, line.end, index)
        if directive is not None:
            found.append(directive)
        if directive is not None or not text.strip():
            _close(paragraph, segments)
            paragraph = Prose()
        else:
            paragraph.space(previous_break)
            paragraph.add(text, line.start)
        previous_break = line.end
    _close(paragraph, segments)
    return segments, found


def _directive(text: str, start: int, end: int, index: LineIndex) -> Suppression | None:
    body = suppressions.text_line_body(text)
    if body is None:
        return None
    return suppressions.suppression(body, start + len(text) - len(body), end, index)


def _close(paragraph: Prose, segments: list[Segment]) -> None:
    segment = paragraph.segment()
    if segment is not None:
        segments.append(segment)
