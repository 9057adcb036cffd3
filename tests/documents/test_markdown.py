import pytest

from lintkit.documents import read_document
from lintkit.errors import LintkitError


def read(source):
    return read_document(source, "markdown")


def texts(source):
    return [segment.text for segment in read(source).segments]


def assert_exact(source, document=None):
    """Every visible prose character is the source character it claims to come from."""
    for segment in (document or read(source)).segments:
        for char, offset in zip(segment.text, segment.offsets):
            if not char.isspace():
                assert source[offset] == char, (segment.text, char, offset)


def test_a_sentence_across_inline_markup_is_one_segment():
    source = "She **led** the [team](x.html) _well_ and ~~never~~ `managed`.\n"
    (segment,) = read(source).segments
    assert segment.text == "She led the team well and never ."
    assert_exact(source)


def test_word_positions_point_into_the_source():
    source = "> Our **leaders** are not [managers](https://example.com/managers).\n"
    (segment,) = read(source).segments
    start = segment.text.index("managers")
    assert segment.source_span(start, start + 8) == (source.index("[managers") + 1, source.index("[managers") + 9)


@pytest.mark.parametrize(
    "source",
    [
        "```\nleaders = managers\n```\n",
        "~~~python\nleaders = managers\n~~~\n",
        "    leaders = managers\n",
        "Use `leaders = managers` here.\n",
        "Use ``a `leaders` b`` here.\n",
        "<div>\nleaders and managers\n</div>\n",
        "Text <span title=\"leaders\">x</span> <!-- managers --> end.\n",
        "Text <code>managers</code> end.\n",
        "See <https://leaders.example.com> and <managers@example.com>.\n",
        "See https://example.com/leaders and www.managers.com today.\n",
        "![leaders and managers](leaders.png) ok\n",
        "[x](leaders.html \"managers\") ok\n",
        "[x][managers] ok\n\n[managers]: https://example.com/leaders\n",
        "---\ntitle: leaders\nsummary: managers\n---\nBody.\n",
        "+++\ntitle = \"leaders\"\nsummary = \"managers\"\n+++\nBody.\n",
    ],
)
def test_code_urls_html_and_front_matter_are_never_prose(source):
    for text in texts(source):
        assert "leaders" not in text and "managers" not in text


def test_front_matter_does_not_move_the_body():
    source = "---\ntitle: x\n---\n\nLeaders lead.\n"
    (segment,) = read(source).segments
    assert segment.text == "Leaders lead."
    assert segment.offsets[0] == source.index("Leaders")


def test_link_text_is_prose_and_reference_links_resolve():
    source = "Ask [our leaders][1] or [managers] or [the team](<a b.html> 'title').\n\n[1]: x.html\n[managers]: y.html\n"
    assert texts(source) == ["Ask our leaders or managers or the team."]
    assert_exact(source)


def test_headings_lists_and_quotes_are_segments_of_their_kind():
    source = (
        "# Leaders #\n\nSetext managers\n---\n\n- one item\n  wrapped\n- two\n\n"
        "1. first\n\n   second paragraph\n\n> quoted leaders\n> > nested managers\n"
    )
    document = read(source)
    assert [(s.kind, s.quoted, s.text) for s in document.segments] == [
        ("heading", False, "Leaders"),
        ("heading", False, "Setext managers"),
        ("list_item", False, "one item wrapped"),
        ("list_item", False, "two"),
        ("list_item", False, "first"),
        ("list_item", False, "second paragraph"),
        ("paragraph", True, "quoted leaders"),
        ("paragraph", True, "nested managers"),
    ]
    assert_exact(source, document)


def test_table_cells_are_segments():
    source = "| Role | What they do |\n|---|:-:|\n| *leaders* | set \\| direction |\n| managers | run `code` it |\n"
    document = read(source)
    assert [(s.kind, s.text) for s in document.segments] == [
        ("table_cell", "Role"),
        ("table_cell", "What they do"),
        ("table_cell", "leaders"),
        ("table_cell", "set | direction"),
        ("table_cell", "managers"),
        ("table_cell", "run  it"),
    ]
    assert_exact(source, document)


def test_table_in_a_blockquote_is_quoted():
    source = "> | a leader | b |\n> |---|---|\n> | managers | d |\n"
    document = read(source)
    assert [s.text for s in document.segments] == ["a leader", "b", "managers", "d"]
    assert all(s.quoted for s in document.segments)
    assert_exact(source, document)


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


def test_crlf_tabs_nesting_and_emoji_keep_exact_offsets():
    source = (
        "- item\twith tab\r\n  > quoted 👩‍💼 **leaders**\r\n  > and\tmanagers\r\n"
        "\r\n>\t- tabbed list in quote\r\n>\t  continues *here*\r\n"
    )
    document = read(source)
    assert [s.text for s in document.segments] == [
        "item\twith tab",
        "quoted 👩‍💼 leaders and\tmanagers",
        "tabbed list in quote continues here",
    ]
    assert_exact(source, document)


def test_hard_breaks_become_one_space():
    source = "leaders  \nmanagers\\\nteams\n"
    (segment,) = read(source).segments
    assert segment.text == "leaders managers teams"
    assert_exact(source)


def test_html_comment_suppressions():
    source = (
        "<!-- lintkit: disable=LM003 -->\n\nText <!-- lintkit: disable-next-line=lm001,LM002 --> here.\n\n"
        "```\n<!-- lintkit: disable -->\n```\n<!-- lintkit: enable -->\n"
    )
    found = read(source).suppressions
    assert [(s.action, s.codes, s.line) for s in found] == [
        ("disable", {"LM003"}, 0),
        ("disable-next-line", {"LM001", "LM002"}, 2),
        ("enable", set(), 7),
    ]
    assert source[found[1].start:found[1].end] == "<!-- lintkit: disable-next-line=lm001,LM002 -->"


def test_a_callout_block_quote_is_the_writers_own_in_every_paragraph():
    source = "> [!WARNING] Check licences first.\n>\n> If unsure, reach out to support leadership.\n\n> **Anti-pattern: one class** Leaders are made.\n\n> He said: leaders are born.\n"
    document = read(source)
    assert [(s.quoted, s.text) for s in document.segments] == [
        (False, "[!WARNING] Check licences first."),
        (False, "If unsure, reach out to support leadership."),
        (False, "Anti-pattern: one class Leaders are made."),
        (True, "He said: leaders are born."),
    ]
    assert_exact(source, document)


def test_a_key_value_header_closed_by_tildes_is_metadata():
    source = "title=Management frameworks\nsummary=leadership/management frameworks\n~~~~~~\n\nManagers are leaders.\n"
    document = read(source)
    assert [s.text for s in document.segments] == ["Managers are leaders."]
    assert_exact(source, document)
    assert [s.text for s in read("a=b is a formula.\nLeaders lead.\n").segments] == ["a=b is a formula. Leaders lead."]


def test_a_reading_list_entry_cites_a_title_a_link_label_does_not():
    source = "- [Why Great Companies Need Leaders](https://example.com/a) - a post\n- [TTSC leadership](https://example.com/b)\n- [Our own page on leaders](/leaders)\n"
    document = read(source)
    assert [(s.cited, s.text) for s in document.segments] == [
        (True, "Why Great Companies Need Leaders - a post"),
        (False, "TTSC leadership"),
        (False, "Our own page on leaders"),
    ]


def test_text_ten_thousand_block_quotes_deep_is_read(lint):
    text = ">" * 10_000 + " We need leaders, not managers.\n"
    assert [(f.code, f.matched, f.context) for f in lint(text, path="deep.md")] == [("LM002", "leaders, not managers", "quoted")]


def test_a_link_inside_link_text_keeps_its_words():
    (segment,) = read_document("[We need [leaders](a), not managers](y)\n", "markdown").segments
    assert "We need leaders, not managers" in segment.text


def test_nesting_beyond_the_limit_is_an_error_not_silence(monkeypatch):
    from lintkit.documents import markdown

    monkeypatch.setattr(markdown, "MAX_NESTING", 30)
    monkeypatch.setitem(markdown._MD.options, "maxNesting", 30)
    with pytest.raises(LintkitError, match="nested deeper than 30 levels"):
        read_document(">" * 40 + " We need leaders, not managers.\n", "markdown")


@pytest.mark.slow
def test_three_thousand_nested_list_items_each_give_their_finding(lint):
    text = "".join("  " * depth + "- We need leaders, not managers.\n" for depth in range(3000))
    findings = lint(text, path="deep.md")
    assert len(findings) == 3000 and {f.matched for f in findings} == {"leaders, not managers"}
