import pytest

from lintkit.documents import markdown, read_document
from tests.documents.checks import assert_exact, assert_never_prose


def read(source):
    return read_document(source, "markdown")


@pytest.mark.parametrize(
    "source",
    [
        "```\nleaders = managers\n```\n",
        "~~~python\nleaders = managers\n~~~\n",
        "    leaders = managers\n",
        "Use `leaders = managers` here.\n",
        "Use ``a `leaders` b`` here.\n",
        "<div class=\"leaders\" title=\"managers\">\n<script>leaders()</script><pre>managers</pre>\n</div>\n",
        "<!-- a note --> [leaders](managers.html \"managers\")\n",  # a comment block swallows its line
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
    assert_never_prose(read(source))


def test_an_html_block_is_read_as_an_html_file_is():
    source = "Intro.\n\n<table>\n <tr><td><strong>Executive Leadership</strong></td>\n  <td>Partners with leadership.</td></tr>\n</table>\n"
    document = read(source)
    assert [(s.kind, s.text) for s in document.segments] == [
        ("paragraph", "Intro."), ("table_cell", "Executive Leadership"), ("table_cell", "Partners with leadership.")]
    assert_exact(source, document)


def test_an_html_block_in_a_list_or_quote_is_left_unread():
    assert [s.text for s in read("- item\n\n  <div>\n  leaders\n  </div>\n").segments] == ["item"]


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


def test_a_reading_list_entry_cites_a_title_a_link_label_does_not():
    source = (
        "- [Why Great Companies Need Leaders](https://example.com/a) - a post\n- [TTSC leadership](https://example.com/b)\n"
        "- [Our own page on leaders](/leaders)\n- [The Manager's Path, a book](https://example.com/c) by a former CTO\n"
        "- [Monthly Project Snapshot meetings](https://example.com/d) share status with leadership\n"
    )
    document = read(source)
    assert [(s.cited, s.text) for s in document.segments] == [
        (True, "Why Great Companies Need Leaders - a post"),
        (False, "TTSC leadership"),
        (False, "Our own page on leaders"),
        (True, "The Manager's Path, a book by a former CTO"),
        (False, "Monthly Project Snapshot meetings share status with leadership"),  # the link is the sentence's subject
    ]


def test_notes_nested_under_an_entry_that_links_to_an_article_cite_it():
    source = (
        "- [Squads That Failed](https://example.com/posts/why-squads-failed/)\n  - Priorities come from leadership.\n"
        "    - Teams had no single owner.\n"
        "- [Why Great Companies Need Leaders](https://example.com/a)\n  - Pitch to leadership first.\n"
        "- [eng-leads](https://groups.example.com/forum)\n  - Write here to reach leadership.\n"
        "- Our squads\n  - Priorities come from leadership.\n"
    )
    document = read(source)
    assert [(s.cited, s.text) for s in document.segments] == [
        (False, "Squads That Failed"),  # a short title: the entry is a label, its notes still say what the article says
        (True, "Priorities come from leadership."),
        (True, "Teams had no single owner."),
        (True, "Why Great Companies Need Leaders"),
        (True, "Pitch to leadership first."),
        (False, "eng-leads"),  # a mailing list: the writer's own instructions beneath it
        (False, "Write here to reach leadership."),
        (False, "Our squads"),
        (False, "Priorities come from leadership."),
    ]
    reuse = markdown.BlockReuse()
    markdown.read(source, reuse)
    edited = markdown.read(source.replace("Our squads", "Our teams"), reuse)  # the notes are reused, and still cite
    assert reuse.read == 1 and edited.segments[:7] == document.segments[:7]


def test_text_ten_thousand_block_quotes_deep_is_read(lint):
    text = ">" * 10_000 + " We need leaders, not managers.\n"
    assert [(f.code, f.matched, f.context) for f in lint(text, path="deep.md")] == [("LM002", "leaders, not managers", "quoted")]


@pytest.mark.slow
def test_three_thousand_nested_list_items_each_give_their_finding(lint):
    text = "".join("  " * depth + "- We need leaders, not managers.\n" for depth in range(3000))
    findings = lint(text, path="deep.md")
    assert len(findings) == 3000 and {f.matched for f in findings} == {"leaders, not managers"}
