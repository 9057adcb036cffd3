"""The "Disable on this line" edit keeps Markdown rendering as it was, apart from the comment it adds."""
from __future__ import annotations

import re

import pytest
from lsprotocol import types as lsp
from markdown_it import MarkdownIt

from lintkit.lsp import actions
from tests.lsp.conftest import applied

COMMENT = re.compile(r" ?<!-- lintkit: disable-line=LM003 -->")
FLAGGED = "escalate to leadership at once."

DOCUMENTS = {
    "middle of a wrapped paragraph": "# Plan\n\nThe plan is simple and we will\nescalate to leadership at once.\nThen we go home.\n",
    "list item": "Steps:\n\n- Write the plan down, and then\n  escalate to leadership at once.\n  Wait.\n- Go home.\n",
    "blockquote": "> The plan is simple and we will\n> escalate to leadership at once.\n> Then we go home.\n",
    "hard break with two spaces": "The plan is simple.\nPlease escalate to leadership at once.  \nThen we go home.\n",
    "hard break with a backslash": "The plan is simple.\nPlease escalate to leadership at once.\\\nThen we go home.\n",
    "table row": "| step | who |\n|---|---|\n| 1 | Please escalate to leadership at once. |\n",
    "heading": "# Please escalate to leadership at once\n\nText.\n",
    "emoji before the word, CRLF": "🎉 Party! Please\r\nescalate to leadership at once.\r\nThen home.\r\n",
}


def render(text: str) -> str:
    """HTML as a CommonMark renderer with tables shows it, the suppression comment left out."""
    return COMMENT.sub("", MarkdownIt("commonmark").enable("table").render(text))


def disabled(text: str, encoding: str = "utf-16") -> str:
    lines = text.splitlines(keepends=True)
    line = next(i for i, line in enumerate(lines) if "leadership" in line)
    diagnostic = lsp.Diagnostic(range=lsp.Range(lsp.Position(line, 0), lsp.Position(line, 1)), message="m", code="LM003", source="lintkit")
    (action,) = actions.code_actions([diagnostic], uri="u", version=1, lines=lines, markup="markdown", encoding=encoding)
    assert action.title == "Disable LM003 on this line"
    return applied(text, action.edit.changes["u"], encoding)


@pytest.mark.parametrize("where", DOCUMENTS)
def test_disable_on_this_line_keeps_the_markdown_rendering(where):
    text = DOCUMENTS[where]
    after = disabled(text)
    assert after != text and after.count("<!-- lintkit: disable-line=LM003 -->") == 1
    assert render(after) == render(text)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8"])
def test_the_comment_lands_after_the_words_whatever_the_columns_count(encoding):
    text = "🎉 Party! Please escalate to leadership at once.\n"
    assert disabled(text, encoding) == "🎉 Party! Please escalate to leadership at once. <!-- lintkit: disable-line=LM003 -->\n"


@pytest.mark.parametrize("where", DOCUMENTS)
def test_the_comment_suppresses_the_finding_and_counts_as_used(lint, where):
    text = DOCUMENTS[where]
    assert [f.code for f in lint(text, path="memo.md")] == ["LM003"]
    assert lint(disabled(text), path="memo.md") == []
