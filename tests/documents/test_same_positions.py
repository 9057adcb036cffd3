"""The same prose in every markup gives the same positions (STYLE.md habit 6)."""
import re
from pathlib import Path

import pytest

from lintkit.documents import read_bytes
from lintkit.documents.lines import LineIndex

FIXTURES = Path(__file__).parent / "fixtures"
MARKUPS = ["txt", "md", "rst", "html"]
WORDS = re.compile(r"\b(leaders|managers)\b", re.IGNORECASE)


def read(suffix, newline="\n"):
    data = (FIXTURES / f"same.{suffix}").read_bytes().replace(b"\n", newline.encode())
    return read_bytes(data, f"same.{suffix}")


def word_positions(document):
    """(word, line, column, quoted) of every occurrence of the two words in the prose."""
    index = LineIndex(document.source)
    found = set()
    for segment in document.segments:
        for match in WORDS.finditer(segment.text):
            start, end = segment.source_span(match.start(), match.end())
            assert document.source[start:end] == match.group()
            found.add((match.group().lower(), *index.position(start), segment.quoted))
    return found


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_every_markup_puts_the_words_at_the_same_line_and_column(newline):
    positions = {suffix: word_positions(read(suffix, newline)) for suffix in MARKUPS}
    expected = {(word, line, column) for word, line, column, _ in positions["txt"]}
    assert len(expected) == 14
    for suffix in MARKUPS:
        assert {(word, line, column) for word, line, column, _ in positions[suffix]} == expected, suffix


def test_quoted_prose_is_the_same_in_every_markup_that_can_quote():
    quoted = [{p for p in word_positions(read(suffix)) if p[3]} for suffix in ("md", "rst", "html")]
    assert quoted[0] and quoted[0] == quoted[1] == quoted[2]


def test_suppression_comments_sit_on_the_same_line():
    lines = {suffix: [(s.action, s.codes, s.line) for s in read(suffix).suppressions] for suffix in MARKUPS}
    assert all(found == [("disable-next-line", {"LM001"}, 7)] for found in lines.values()), lines
