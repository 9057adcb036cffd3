import pytest

from lintkit.documents import read_document
from tests.documents.checks import assert_exact, assert_never_prose


def read(source):
    return read_document(source, "rst")


def texts(source):
    return [segment.text for segment in read(source).segments]


def test_titles_drop_their_adornment():
    source = "=======\nLeaders\n=======\n\nManagers\n--------\n\nBody text.\n"
    document = read(source)
    assert [(s.kind, s.text) for s in document.segments] == [
        ("heading", "Leaders"), ("heading", "Managers"), ("paragraph", "Body text."),
    ]
    assert_exact(source, document, str.isalnum)


def test_inline_markup_is_removed_and_the_sentence_stays_one_segment():
    source = (
        "She **led** the *team* well with `our leaders <https://example.com/leaders>`_, "
        ":ref:`the managers <managers-label>`, :code:`leaders = 1`, ``managers()``,\n"
        "plain_ refs__ [1]_ |sub| `title`:title: and \\*escaped\\* stars.\n"
    )
    (segment,) = read(source).segments
    assert segment.text == (
        "She led the team well with our leaders, the managers, , , plain refs   title and *escaped* stars."
    )
    assert_exact(source, read(source), str.isalnum)


def test_lists_and_field_lists():
    source = "- one leader\n  wrapped\n- two\n\n  * nested\n\n1. first\n#. second\n(a) third\n\n:Author: Some managers\n"
    document = read(source)
    assert [(s.kind, s.text) for s in document.segments] == [
        ("list_item", "one leader wrapped"),
        ("list_item", "two"),
        ("list_item", "nested"),
        ("list_item", "first"),
        ("list_item", "second"),
        ("list_item", "third"),
        ("paragraph", "Some managers"),
    ]
    assert_exact(source, document, str.isalnum)


def test_block_quotes_are_quoted():
    source = "Intro.\n\n    Leaders who manage,\n    said someone.\n\n        Deeper managers.\n\nOutro.\n"
    document = read(source)
    assert [(s.quoted, s.text) for s in document.segments] == [
        (False, "Intro."), (True, "Leaders who manage, said someone."), (True, "Deeper managers."), (False, "Outro."),
    ]
    assert_exact(source, document, str.isalnum)


@pytest.mark.parametrize(
    "source",
    [
        "Example::\n\n    leaders = managers\n\nAfter.\n",
        "Example ::\n\n  leaders\n\n  managers\n",
        "::\n\n    leaders = managers\n",
        ".. code-block:: python\n\n   leaders = managers\n",
        ".. note::\n   leaders and managers\n",
        ".. leaders and managers are in a comment\n   that continues\n",
        ".. _managers:\n\n",
        "+-------+\n| leaders managers |\n+-------+\n",
        ">>> leaders = managers\n",
    ],
)
def test_literal_blocks_directives_comments_and_tables_are_never_prose(source):
    assert_never_prose(read(source))


def test_literal_marker_reads_as_a_colon():
    assert texts("Example::\n\n    code\n") == ["Example:"]
    assert texts("Example ::\n\n    code\n") == ["Example"]


def test_definition_lists():
    assert texts("Leaders\n   People who set direction.\n") == ["Leaders", "People who set direction."]


def test_comment_suppressions():
    source = "Text.\n\n.. lintkit: disable=LM001, lm004\n\n.. lintkit: disable-next-line\nLeaders.\n"
    document = read(source)
    assert [(s.action, s.codes, s.line) for s in document.suppressions] == [
        ("disable", {"LM001", "LM004"}, 2), ("disable-next-line", set(), 4),
    ]
    assert [s.text for s in document.segments] == ["Text.", "Leaders."]


def test_crlf_tabs_and_emoji_keep_exact_offsets():
    source = "Title 👩‍💼\r\n========\r\n\r\nLeaders\tand *managers*\r\nacross 🚀 lines.\r\n\r\n- item\r\n  one\r\n"
    document = read(source)
    assert [s.text for s in document.segments] == ["Title 👩‍💼", "Leaders\tand managers across 🚀 lines.", "item one"]
    assert_exact(source, document, str.isalnum)
