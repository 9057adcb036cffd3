"""The inline walk: markup stepped over by its own syntax, every prose character placed in the source."""
import pytest

from lintkit.documents import read_document
from lintkit.documents.lines import LineIndex
from lintkit.documents.markdown_inline import InlineWalk, Misaligned
from lintkit.documents.markdown_parser import PARSER
from tests.documents.checks import assert_exact


def read(source):
    return read_document(source, "markdown")


def test_a_sentence_across_inline_markup_is_one_segment():
    source = "She **led** the [team](x.html) _well_ and ~~never~~ `managed`.\n"
    (segment,) = read(source).segments
    assert segment.text == "She led the team well and never ."
    assert_exact(source, read(source))


def test_word_positions_point_into_the_source():
    source = "> Our **leaders** are not [managers](https://example.com/managers).\n"
    (segment,) = read(source).segments
    start = segment.text.index("managers")
    assert segment.source_span(start, start + 8) == (source.index("[managers") + 1, source.index("[managers") + 9)


def test_link_text_is_prose_and_reference_links_resolve():
    source = "Ask [our leaders][1] or [managers] or [the team](<a b.html> 'title').\n\n[1]: x.html\n[managers]: y.html\n"
    assert [s.text for s in read(source).segments] == ["Ask our leaders or managers or the team."]
    assert_exact(source, read(source))


def test_escapes_and_entities_map_to_their_source():
    source = "Leaders \\*and\\* managers &amp; caf&eacute; &#42;\n"
    (segment,) = read(source).segments
    assert segment.text == "Leaders *and* managers & café *"
    star = segment.text.index("*")
    assert source[segment.offsets[star]] == "*" and source[segment.offsets[star] - 1] == "\\"
    amp = segment.text.index("&")
    assert source.startswith("&amp;", segment.offsets[amp])
    e_acute = segment.text.index("é")
    assert source.startswith("&eacute;", segment.offsets[e_acute])


def test_hard_breaks_become_one_space():
    source = "leaders  \nmanagers\\\nteams\n"
    (segment,) = read(source).segments
    assert segment.text == "leaders managers teams"
    assert_exact(source, read(source))


def test_a_link_inside_link_text_keeps_its_words():
    (segment,) = read("[We need [leaders](a), not managers](y)\n").segments
    assert "We need leaders, not managers" in segment.text


def test_a_token_that_is_not_where_the_content_says_is_misaligned():
    (block,) = [t for t in PARSER.parse("We need *leaders*.\n", {}) if t.type == "inline"]
    content = "We need _leaders_."  # the same words, other markup
    with pytest.raises(Misaligned):
        InlineWalk(content, list(range(len(content))), {}, LineIndex(content)).run(block.children)
