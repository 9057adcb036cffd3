"""A big plain-text file read in parts: the parts make up the text, and its lines are those of the whole."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lintkit.documents import decode
from lintkit.documents.lines import LineIndex
from lintkit.documents.text_parts import LinesInParts, text_parts
from lintkit.errors import LintkitError

LINES = ["We need leaders, not managers.", "", "  \t", "lintkit: disable=LM002", "café 👩‍💼 naïve", "日本語の文", "x" * 40, "\tindented"]
BREAKS = ["\n", "\r\n", "\r"]


@st.composite
def files(draw):
    """The bytes of a plain-text file: lines of prose, blanks and comments, any line break, maybe a byte-order mark."""
    lines = draw(st.lists(st.sampled_from(LINES), max_size=40))
    text = "".join(line + draw(st.sampled_from(BREAKS)) for line in lines) + draw(st.sampled_from(["", "tail"]))
    return (b"\xef\xbb\xbf" if draw(st.booleans()) else b"") + text.encode()


@settings(max_examples=300, deadline=None)
@given(files(), st.integers(1, 200))
def test_parts_make_up_the_text_and_point_at_its_characters(raw, part_bytes):
    whole = decode(raw, "a.txt")
    index = LineIndex(whole)
    lines = LinesInParts(raw)
    parts = list(text_parts(raw, "a.txt", part_bytes))
    for part in parts:
        lines.add(part)
        assert whole[part.char_base:part.char_base + len(part.text)] == part.text
        assert index.line_of(part.char_base) == part.line_base
        assert part.char_base == index.starts[part.line_base]  # a part starts a line
    assert "".join(part.text for part in parts) == whole
    assert list(lines.starts) == index.starts
    assert [lines.line_text(n) for n in range(len(index.starts))] == [index.line_text(n) for n in range(len(index.starts))]
    for start in range(0, len(whole), 7):
        assert lines.text(start, start + 9) == whole[start:start + 9]


def test_parts_are_cut_after_blank_lines_only():
    raw = b"one leader\ntwo\n\nthree managers\n \nfour\n"
    assert [part.text for part in text_parts(raw, "a.txt", 1)] == ["one leader\ntwo\n\n", "three managers\n \n", "four\n"]


@pytest.mark.parametrize(
    "raw",
    [b"fine\n\n" * 10 + b"caf\xe9\n", b"\xff\xfeh\x00i", b"fine\n\nnul \x00 here\n"],
    ids=["bad byte in a later part", "UTF-16", "NUL"],
)
def test_a_bad_file_gives_the_error_the_whole_file_gives(raw):
    with pytest.raises(LintkitError) as whole:
        decode(raw, "a.txt")
    with pytest.raises(LintkitError) as in_parts:
        list(text_parts(raw, "a.txt", 3))
    assert str(in_parts.value) == str(whole.value)
