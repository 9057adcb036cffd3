"""Windows of bounded length: however long a paragraph, spaCy never sees more than ``MAX_WINDOW`` characters.

spaCy refuses a text over its ``max_length`` (a million characters) and its
cost per character grows with the text's length well before that. An
over-long window is cut into pieces that overlap: each piece owns the part of
the window up to its cut and reaches on past it, far enough that a match which
starts in the owned part also ends inside the piece. A finding is kept from the
piece that owns its start, so every finding is found once, as it would be in a
paragraph of ordinary length. Cuts fall at sentence starts where the window has
them, else at a blank, else anywhere (a 10 MB run without blanks).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from lintkit.nlp.prefilter import CROSS_SENTENCE_SPAN, SENTENCE_BREAK

MAX_WINDOW = 10_000
# How far a piece reaches past its cut: the sentences a cross-sentence match can run
# into, at most this many characters (a pattern covers a few dozen words).
REACH_SENTENCES = CROSS_SENTENCE_SPAN - 1
REACH_CHARS = 1_000


@dataclass(frozen=True)
class Piece:
    """``text[start:end]`` is parsed; findings that start in ``[keep_start, keep_end)`` are its own."""

    start: int
    end: int
    keep_start: int
    keep_end: int


def bounded_pieces(text: str, start: int, end: int, limit: int | None = None) -> list[Piece]:
    """``text[start:end]`` as pieces of at most ``limit`` (``MAX_WINDOW``) characters that own it in turn."""
    limit = limit or MAX_WINDOW
    if end - start <= limit:
        return [Piece(start, end, start, end)]
    reach = min(REACH_CHARS, limit // 4)
    sentence_starts = [found.end(1) for found in SENTENCE_BREAK.finditer(text, start, end)]
    pieces = []
    position = start
    while end - position > limit:
        cut = _cut(text, position, position + limit - reach, sentence_starts)
        pieces.append(Piece(position, _reach_end(text, cut, min(end, cut + reach), sentence_starts), position, cut))
        position = cut
    pieces.append(Piece(position, end, position, end))
    return pieces


def _cut(text: str, position: int, latest: int, sentence_starts: list[int]) -> int:
    """Where the piece from ``position`` stops owning: the last sentence start or blank in its second half."""
    earliest = position + (latest - position) // 2
    i = bisect.bisect_right(sentence_starts, latest) - 1
    if i >= 0 and sentence_starts[i] > earliest:
        return sentence_starts[i]
    blank = text.rfind(" ", earliest, latest)
    return blank + 1 if blank != -1 else latest


def _reach_end(text: str, cut: int, latest: int, sentence_starts: list[int]) -> int:
    """The end of the ``REACH_SENTENCES`` sentences after ``cut``, or a blank before ``latest``."""
    i = bisect.bisect_right(sentence_starts, cut) + REACH_SENTENCES - 1
    if i < len(sentence_starts) and sentence_starts[i] <= latest:
        return sentence_starts[i]
    blank = text.rfind(" ", cut, latest)
    return blank if blank > cut else latest
