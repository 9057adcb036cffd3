"""No silent drops: a block a reader cannot place is logged and counted, every time."""
import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lintkit.documents import markdown, read_document, rst
from lintkit.documents.lines import LineIndex, normalize_breaks
from lintkit.documents.markdown_parser import PARSER

# Odd whitespace (form feed, vertical tab, no-break space...) is where markdown-it and the
# reader's alignment can disagree; the rest is ordinary block and inline markup.
MARKUP = ["w", " ", "\t", "\n", "\x0c", "\x0b", "\u00a0", "\u2028", "\u3000", "\x85", "\r", "> ", "- ",
        "# ", "=", "-", "*", "`", "\\", "[", "]", "(", ")", "|", "#"]
PREFIX = ["", "> ", "- ", "# ", "1. "]
MARK = "prose"

markup = st.lists(st.sampled_from(MARKUP), max_size=6).map("".join)
lead = st.lists(st.sampled_from([piece for piece in MARKUP if piece != "`"]), max_size=4).map("".join)  # no code span can open before the mark
markdown_block = st.tuples(st.sampled_from(PREFIX), lead, markup).map(lambda parts: f"{parts[0]}{parts[1]}{MARK}{parts[2]}")


class Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines: list[int] = []

    def emit(self, record):
        self.lines.append(record.args[1] - 1)  # (markup, line, why): the 1-based line


@pytest.fixture
def logged():
    logger, handler = logging.getLogger("lintkit.documents"), Records()
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(level)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(blocks=st.lists(markdown_block, min_size=1, max_size=4))
def test_every_markdown_block_with_prose_is_read_or_counted(blocks, logged):
    source = "\n\n".join(blocks) + "\n"
    logged.lines.clear()
    document = markdown.read(source)
    index = LineIndex(source)
    read_lines = {index.line_of(segment.offsets[0]) for segment in document.segments if MARK in segment.text}
    for token in PARSER.parse(normalize_breaks(source).replace("\0", "\ufffd"), {}):
        if token.type == "inline" and MARK in token.content:
            first, end = token.map
            placed = any(first <= line < end for line in read_lines)
            counted = any(first <= line < end for line in logged.lines)
            assert placed or counted, f"block at line {first + 1} vanished from {source!r}"
    assert document.unread_blocks == len(logged.lines)


def test_a_markdown_block_that_cannot_be_aligned_is_counted(logged):
    document = markdown.read("\x0b\n*=")
    assert document.unread_blocks == 1 and logged.lines == [0]


rst_block = st.one_of(
    st.lists(st.sampled_from(["prose", "here", "*em*", "``code``"]), max_size=5).map(lambda w: ("paragraph", " ".join(["Some", *w]))),
    st.integers(1, 3).map(lambda n: ("table", "+-----+\n" + "| a   |\n+-----+\n" * n)),
    st.integers(1, 2).map(lambda n: ("table", "=====  =====\nA      B\n=====  =====\n" + "x      y\n" * n + "=====  =====")),
)


@settings(max_examples=200, deadline=None)
@given(blocks=st.lists(rst_block, min_size=1, max_size=6))
def test_every_rst_table_is_counted_and_every_paragraph_read(blocks):
    source = "\n\n".join(text for _, text in blocks) + "\n"
    document = rst.read(source)
    assert document.unread_blocks == sum(kind == "table" for kind, _ in blocks)
    assert len(document.segments) == sum(kind == "paragraph" for kind, _ in blocks)


@pytest.mark.parametrize("markup, source", [
    ("text", "Plain words.\n\nMore words.\n"),
    ("html", "<p>One</p><table><tr><td>cell</td></tr></table>"),
    ("rst", "A paragraph.\n\n>>> print('doctest is code, not a lost block')\n"),
])
def test_readers_that_place_every_block_count_none(markup, source):
    assert read_document(source, markup).unread_blocks == 0
