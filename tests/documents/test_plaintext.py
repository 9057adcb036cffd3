import random

import pytest

from lintkit.documents import plaintext, read_document
from lintkit.nlp.prefilter import candidate_starts, has_candidate


def segments(source):
    return read_document(source, "text").segments


def source_of(source, segment, word):
    start = segment.text.index(word)
    first, last = segment.source_span(start, start + len(word))
    return source[first:last]


def test_paragraphs_are_separated_by_blank_lines():
    assert [s.text for s in segments("One leader.\n\nTwo managers.\n")] == ["One leader.", "Two managers."]


def test_a_wrapped_sentence_is_one_segment_with_one_space_per_line_break():
    for newline in ("\n", "\r\n", "\r"):
        source = f"We need leaders,{newline}not managers."
        (segment,) = segments(source)
        assert segment.text == "We need leaders, not managers."
        space = segment.text.index(" not")
        assert source[segment.offsets[space]] == newline[0]
        assert source_of(source, segment, "managers") == "managers"


def test_a_markdown_heading_line_is_a_segment_of_its_own():
    assert [s.text for s in segments("## Leadership basics\nLeading a team means managing it.\nSee below.")] == [
        "## Leadership basics", "Leading a team means managing it. See below."]
    assert [s.text for s in segments("Call us on\n#1 priority line.")] == ["Call us on #1 priority line."]


def test_blank_lines_may_hold_spaces_and_crlf():
    assert [s.text for s in segments("a b\r\n  \t\r\nc d")] == ["a b", "c d"]


def test_tabs_and_emoji_keep_exact_offsets():
    source = "👩‍💼\tthe\tleaders 🚀 and managers"
    (segment,) = segments(source)
    for i, char in enumerate(segment.text):
        assert source[segment.offsets[i]] == char


def test_urls_and_emails_are_never_prose():
    source = "See https://example.com/leaders, www.managers.org and boss@managers.com today."
    (segment,) = segments(source)
    assert "leaders" not in segment.text and "managers" not in segment.text
    assert segment.text == "See ,  and  today."
    assert source_of(source, segment, "today") == "today"


def test_a_suppression_line_is_a_comment_not_prose():
    document = read_document("First leaders.\n# lintkit: disable-next-line=LM001\nSecond managers.\n", "text")
    assert [s.text for s in document.segments] == ["First leaders.", "Second managers."]
    (suppression,) = document.suppressions
    assert (suppression.action, suppression.codes, suppression.line) == ("disable-next-line", {"LM001"}, 1)


def test_empty_text_has_no_segments():
    assert segments("") == ()
    assert segments("\n \n\t\n") == ()


@pytest.mark.parametrize("lowered_at_once", [1 << 20, 7])  # the text lowered whole, or a few blocks at a time
def test_sparse_reading_of_big_text_files_keeps_segments_and_comments(monkeypatch, lowered_at_once):
    monkeypatch.setattr(plaintext, "_LOWERED_AT_ONCE", lowered_at_once)
    rng = random.Random(11)
    lines = ["Leaders lead.", "Nothing here.", "", "  ", "lintkit: disable=LM003", "# lintkit: enable", "The managers met.", "plain\r", "x",
             "İstanbul leaders."]
    for _ in range(50):
        source = "\n".join(rng.choice(lines) for _ in range(rng.randint(0, 60)))
        full, sparse = read_document(source, "text"), plaintext.read_sparse(source, candidate_starts)
        assert sparse.suppressions == full.suppressions
        assert [s for s in sparse.segments if has_candidate(s.text)] == [s for s in full.segments if has_candidate(s.text)]


def test_directive_words_are_found_alike_in_lower_case():
    import re
    import sys

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    # Every letter the case-blind pattern takes for one of "lintk", and every letter lower() turns into one.
    letters = set(re.findall("[lintk]", every, re.IGNORECASE)) | {c for c in every if c.lower() in set("lintkı")}
    for at in range(len("lintkit")):
        for letter in letters:
            source = f"a {'lintkit'[:at]}{letter}{'lintkit'[at + 1:]} b"
            expected = [m.start() for m in plaintext._DIRECTIVE_WORD.finditer(source)]
            assert plaintext.directive_word_starts(source, source.lower()) == expected, source


def test_lines_quoted_with_a_greater_than_sign_are_a_quoted_segment_of_their_own():
    source = "> leaders are born,\n>> not made\nhard disagree, I learned to lead at 30\n\n  > one more"
    quoted, reply, more = segments(source)
    assert (quoted.text, quoted.quoted) == ("leaders are born, not made", True)
    assert source_of(source, quoted, "not made") == "not made"
    assert (reply.text, reply.quoted) == ("hard disagree, I learned to lead at 30", False)
    assert (more.text, more.quoted) == ("one more", True)
    assert [(s.text, s.quoted) for s in segments("costs > 5 leaders\nper team")] == [("costs > 5 leaders per team", False)]
