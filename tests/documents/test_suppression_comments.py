import pytest

from lintkit.documents import read_document
from lintkit.documents.suppression_comments import parse_directive


@pytest.mark.parametrize(
    "text, expected",
    [
        (" lintkit: disable=LM003 ", ("disable", {"LM003"})),
        ("lintkit: enable=LM003", ("enable", {"LM003"})),
        ("lintkit: disable", ("disable", set())),
        ("lintkit:disable-next-line", ("disable-next-line", set())),
        ("lintkit: disable-next-line=LM001,LM002", ("disable-next-line", {"LM001", "LM002"})),
        ("lintkit: disable-line=LM003", ("disable-line", {"LM003"})),
        ("LintKit: Disable = lm001 , lm002", ("disable", {"LM001", "LM002"})),
        ("lintkit: silence=LM001", ("invalid", set())),
        ("lintkit: disable=", ("invalid", set())),
        ("lintkit: disable=LM001,,LM002", ("invalid", set())),
        ("lintkit:", ("invalid", set())),
        ("just a comment", None),
        ("see lintkit: disable", None),
    ],
)
def test_directive_grammar(text, expected):
    assert parse_directive(text) == expected


@pytest.mark.parametrize(
    "markup, comment",
    [
        ("markdown", "<!-- lintkit: disable=LM003 -->"),
        ("html", "<!-- lintkit: disable=LM003 -->"),
        ("rst", ".. lintkit: disable=LM003"),
        ("text", "lintkit: disable=LM003"),
        ("text", "# lintkit: disable=LM003"),
        ("text", "// lintkit: disable=LM003"),
    ],
)
def test_the_same_directive_in_every_comment_syntax(markup, comment):
    first, second = ("<p>Leaders lead.</p>", "<p>Managers manage.</p>") if markup == "html" else ("Leaders lead.", "Managers manage.")
    source = f"{first}\n\n{comment}\n\n{second}\n"
    document = read_document(source, markup)
    (suppression,) = document.suppressions
    assert (suppression.action, suppression.codes, suppression.line, suppression.end_line) == (
        "disable", {"LM003"}, 2, None,
    )
    assert source[suppression.start:suppression.end].strip() in (comment, comment.lstrip("#/ "))
    assert [s.text for s in document.segments] == ["Leaders lead.", "Managers manage."]


def test_a_comment_over_several_lines_records_its_last_line():
    (suppression,) = read_document("<!-- lintkit:\n  disable=LM001 -->\ntext\n", "markdown").suppressions
    assert (suppression.action, suppression.line, suppression.end_line, suppression.last_line) == ("disable", 0, 1, 1)


def test_text_that_only_mentions_lintkit_is_not_a_directive():
    assert read_document("We use lintkit: disable it never.\n", "text").suppressions == ()
