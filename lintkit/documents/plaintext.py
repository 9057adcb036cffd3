"""Plain text: paragraphs are the only structure a writer gives us.

Hard-wrapped lines are one sentence flow, so a line break inside a paragraph
becomes a space (mapped to the break) and a sentence wrapped over two lines
still parses as one. A line that is a ``lintkit:`` directive is a comment, not
prose, and ends the paragraph it interrupts. Lines that open with ">" (a reply quoting
the post it answers) are a quoted paragraph of their own, their marks left out.
"""
from __future__ import annotations

import bisect
import re
from array import array
from typing import Callable, Iterator

from lintkit.documents import suppression_comments
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
    quoted = False  # the open paragraph is a run of ">" lines
    previous_break = start
    for line in split_lines(source, start, end):
        text = line.text(source)
        directive = _directive(text, line.start, line.end, index)
        if directive is not None:
            found.append(directive)
        if directive is not None or not text.strip():
            _close(paragraph, segments, quoted)
            paragraph, quoted = Prose(), False
        elif _HEADING.match(text):
            # "## Leadership basics" over its first line: a heading is a title, not the start of the sentence below it
            _close(paragraph, segments, quoted)
            paragraph = Prose()
            paragraph.add(text, line.start)
            _close(paragraph, segments)
            paragraph, quoted = Prose(), False
        else:
            marker = _QUOTE_MARKER.match(text)
            if (marker is not None) != quoted:
                # a reply's own line after the lines it quotes (or the reverse) starts another voice
                _close(paragraph, segments, quoted)
                paragraph = Prose()
            skip = marker.end() if marker is not None else 0
            paragraph.space(previous_break)
            paragraph.add(text[skip:], line.start + skip)
            quoted = marker is not None
        previous_break = line.end
    _close(paragraph, segments, quoted)
    return segments, found


# A Markdown heading kept in a plain-text file: one to six hashes, a space, words.
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+\S")
# The mark of a quoted line in e-mail replies and forum posts ("> leaders are born"), nested or not:
# the lines are someone else's words, as in a Markdown block quote.
_QUOTE_MARKER = re.compile(r"[ \t]{0,3}(?:>[ \t]?)+")


def _directive(text: str, start: int, end: int, index: LineIndex) -> Suppression | None:
    body = suppression_comments.text_line_body(text)
    if body is None:
        return None
    return suppression_comments.suppression(body, start + len(text) - len(body), end, index)


def _close(paragraph: Prose, segments: list[Segment], quoted: bool = False) -> None:
    segment = paragraph.segment(quoted=quoted)
    if segment is not None:
        segments.append(segment)


# A plain-text paragraph ends at a blank line, so a big text file can be read one
# run of paragraphs at a time, and runs holding no family word and no ``lintkit:``
# comment are never read at all (their segments could not produce a finding).
SPARSE_TEXT_BYTES = 1 << 20
_LOWERED_AT_ONCE = 1 << 20  # characters of a big text file lowered in one piece (whole blocks)
_AFTER_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")
_DIRECTIVE_WORD = re.compile(r"lintkit", re.IGNORECASE)
# The same word in lower-cased text, where a case-blind scan is no longer needed:
# "ı" stays itself under lower() though the case-blind pattern takes it for "i".
_LOWER_DIRECTIVE_WORD = re.compile(r"l[iı]ntk[iı]t")


def read_sparse(source: str, family_word_starts: Callable[[str, str], list[int]]) -> Document:
    """What ``read(source)`` gives, keeping only the segments of blocks worth reading.

    Every suppression comment is kept; segments are those of the blocks (runs of
    lines between blank lines) that hold a family word or a ``lintkit`` comment,
    with offsets in the whole source. ``family_word_starts(source, lowered)``
    gives the offsets of the family words (the scan lives with the language
    layer; a reader only places what it is given).
    """
    cuts = array("q", [0, *(m.end() for m in _AFTER_BLANK_LINE.finditer(source)), len(source)])
    worth_reading = _words_worth_reading(source, cuts, family_word_starts)
    wanted = sorted({bisect.bisect_right(cuts, start) - 1 for start in worth_reading})
    index = LineIndex(source)
    segments: list[Segment] = []
    found: list[Suppression] = []
    for block in wanted:
        more_segments, more_found = read_lines(source, cuts[block], cuts[block + 1], index)
        segments.extend(more_segments)
        found.extend(more_found)
    return Document(source, tuple(segments), tuple(found), "text")


def _words_worth_reading(source: str, cuts: array, family_word_starts: Callable[[str, str], list[int]]) -> Iterator[int]:
    """Offsets of the family words and "lintkit"s of ``source``, lowered a run of blocks at a time.

    A lower-case copy of the whole text would take as much memory as the text
    again; a word never spans two blocks, so cutting at ``cuts`` finds the same words.
    """
    begin = 0
    while begin < len(source):
        end = cuts[min(bisect.bisect_left(cuts, begin + _LOWERED_AT_ONCE), len(cuts) - 1)]
        chunk = source[begin:end]
        lowered = chunk.lower()
        for start in family_word_starts(chunk, lowered) + directive_word_starts(chunk, lowered):
            yield begin + start
        begin = end


def directive_word_starts(source: str, lowered: str) -> list[int]:
    """Offsets of every "lintkit" in ``source`` (any case), found in its lower-case form ``lowered`` when they line up."""
    if len(lowered) != len(source):
        return [m.start() for m in _DIRECTIVE_WORD.finditer(source)]
    return [m.start() for m in _LOWER_DIRECTIVE_WORD.finditer(lowered)]
