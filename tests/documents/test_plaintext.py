from lintkit.documents import read_document


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
