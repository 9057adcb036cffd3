import pytest

from lintkit.documents import read_document
from tests.documents.checks import assert_exact, assert_never_prose


def read(source):
    return read_document(source, "html")


def test_block_elements_are_segments_of_their_kind():
    source = (
        "<html><head><title>Page</title></head><body>\n<h2>Leaders</h2>\n<p>First <b>leaders</b>,\n"
        "then <a href='managers.html'>managers</a>.</p>\n<ul><li>one<li>two</ul>\n"
        "<table><tr><th>Role</th><td>cell</td></tr></table>\n"
        "<blockquote><p>quoted managers</p></blockquote>\n<div>loose text</div></body></html>\n"
    )
    document = read(source)
    assert [(s.kind, s.quoted, s.text) for s in document.segments] == [
        ("heading", False, "Page"),
        ("heading", False, "Leaders"),
        ("paragraph", False, "First leaders, then managers."),
        ("list_item", False, "one"),
        ("list_item", False, "two"),
        ("table_cell", False, "Role"),
        ("table_cell", False, "cell"),
        ("paragraph", True, "quoted managers"),
        ("paragraph", False, "loose text"),
    ]
    assert_exact(source, document, str.isalnum)


@pytest.mark.parametrize(
    "source",
    [
        "<script>var leaders = 'managers';</script>",
        "<style>.leaders { color: red } /* managers */</style>",
        "<p>Use <code>leaders()</code> or <kbd>managers</kbd>.</p>",
        "<pre>leaders\nmanagers</pre>",
        "<!-- leaders and managers -->",
        "<p title='leaders' data-x=\"managers\">text</p>",
        "<p>See https://example.com/leaders and managers@example.com.</p>",
    ],
)
def test_code_comments_attributes_and_urls_are_never_prose(source):
    assert_never_prose(read(source))


def test_entities_map_to_their_source_position():
    source = "<p>Leaders &amp; managers: caf&eacute; &#233;t&#xE9; &copy 2024</p>"
    (segment,) = read(source).segments
    assert segment.text == "Leaders & managers: café été © 2024"
    for char, reference in (("&", "&amp;"), ("©", "&copy")):
        assert source.startswith(reference, segment.offsets[segment.text.index(char)])


def test_whitespace_and_line_breaks_collapse_to_one_space():
    source = "<p>\r\n  Leaders\r\n\t\tand<br/>managers  </p>"
    (segment,) = read(source).segments
    assert segment.text == "Leaders and managers"
    assert_exact(source, read(source), str.isalnum)


def test_offsets_survive_crlf_cr_and_emoji():
    for newline in ("\n", "\r\n", "\r"):
        source = f"<div>{newline}<p>👩‍💼 team{newline}leaders</p>{newline}<p>and managers</p></div>"
        document = read(source)
        assert [s.text for s in document.segments] == ["👩‍💼 team leaders", "and managers"]
        assert_exact(source, document, str.isalnum)


def test_comment_suppressions():
    source = "<p>a</p>\n<!-- lintkit: disable-next-line=LM002 -->\n<p>b</p>\n<!-- lintkit: nonsense -->\n"
    found = read(source).suppressions
    assert [(s.action, s.codes, s.line) for s in found] == [
        ("disable-next-line", {"LM002"}, 1),
        ("invalid", set(), 3),
    ]
    assert source[found[0].start:found[0].end] == "<!-- lintkit: disable-next-line=LM002 -->"


def test_unclosed_and_stray_tags_do_not_break_reading():
    document = read("<p>one<p>two</span></div><li>three")
    assert [s.text for s in document.segments] == ["one", "two", "three"]


def test_many_unmatched_end_tags_take_linear_time():
    n = 60_000  # about half a minute if every end tag scanned the open elements
    source = "<span>" * n + "<p>We need leaders, not managers.</p>" + "</b>" * n
    (segment,) = read(source).segments
    assert segment.text == "We need leaders, not managers."
