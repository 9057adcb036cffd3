"""Checks every reader's tests share: offsets that name their characters, and markup that is never prose."""
from __future__ import annotations

MARKER_WORDS = ("leaders", "managers")  # the words the never-prose cases hide in code, links and comments


def assert_exact(source, document, checked=lambda char: not char.isspace()):
    """Each ``checked`` character of every segment is ``source`` at its offset (blanks may stand for markup)."""
    for segment in document.segments:
        for char, offset in zip(segment.text, segment.offsets):
            if checked(char):
                assert source[offset] == char, (segment.text, char, offset)


def assert_never_prose(document):
    """None of the marker words reached the prose: they sat in markup a reader must skip."""
    for segment in document.segments:
        assert not any(word in segment.text for word in MARKER_WORDS), segment.text
