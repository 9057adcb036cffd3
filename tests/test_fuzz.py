"""Fuzzing every reader through lint_text: any input lints or fails cleanly, and findings point at their words.

Documents are drawn from each markup's syntax mixed with the family words and the
rules' flagged sentences, so most of them get past the prefilter and are parsed.
CI runs this (``pytest -m slow``) with 300 documents per markup, which keeps the run
within minutes; ``LINTKIT_FUZZ_EXAMPLES=10000`` is the deep run, by hand.
"""
from __future__ import annotations

import io
import os
import zipfile
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lintkit.api import lint_document
from lintkit.config import Config
from lintkit.documents import read_bytes
from lintkit.errors import LintkitError
from tests.helpers import flagged_sentences

EXAMPLES = int(os.environ.get("LINTKIT_FUZZ_EXAMPLES", "300"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

PROSE = ["leaders", "managers", "leadership", "management", "lead", "manage", "not", "is", ",", ".", " ", "  ", "\n", "\n\n",
         "\t", "\r\n", '"', "'", "“", "”", "é", "👩‍💼", "\x00", "\ud800", "\u200b", "x" * 30]
MARKUP = {
    "markdown": ["# ", "> ", "- ", "1. ", "**", "_", "`", "```\n", "[", "](", ")", "<!--", "-->", "<b>", "</b>", "|", "---", "\\", "&amp;", "    "],
    "rst": ["=====\n", ".. ", ":: ", "``", "*", "`_", "|", "::\n\n", "   ", ".. note::", ".. code-block::", "- ", "#. ", ":ref:", "\\"],
    "html": ["<p>", "</p>", "<b>", "</i>", "<blockquote>", "<pre>", "</pre>", "<!--", "-->", "&amp;", "&#x", ";", "<br/>", "<li>", "<", ">", "<![CDATA["],
    "text": ["- ", "* ", "1. ", "lintkit: disable", "lintkit: disable-next-line=LM002", "\f"],
}


def documents(markup: str):
    pieces = st.sampled_from(PROSE + MARKUP[markup]) | st.sampled_from(flagged_sentences())
    return st.lists(pieces, max_size=25).map("".join)


def assert_lints_or_fails_cleanly(text: str, markup: str) -> None:
    try:
        findings = lint_text_as(text, markup)
    except LintkitError as error:
        assert "\n" not in error.one_line()
        return
    for finding in findings:
        assert finding.matched == text[finding.start:finding.end]


def lint_text_as(text: str, markup: str):
    from lintkit import lint_text

    return lint_text(text, markup=markup)


@pytest.mark.slow
@pytest.mark.parametrize("markup", sorted(MARKUP))
def test_any_document_lints_or_fails_cleanly(lint, markup):
    @FUZZ
    @given(documents(markup))
    def check(text):
        assert_lints_or_fails_cleanly(text, markup)

    check()


def docx_bytes(paragraphs: list[str]) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' for p in paragraphs)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>')
    return buffer.getvalue()


XML_TEXT = st.sampled_from([p for p in PROSE if p not in ("\x00", "\ud800", "\r\n")]) | st.sampled_from(flagged_sentences())


@pytest.mark.slow
def test_any_docx_lints_or_fails_cleanly(lint):
    @FUZZ
    @given(st.lists(st.lists(XML_TEXT, max_size=8).map("".join), max_size=6), st.binary(max_size=8))
    def check(paragraphs, noise):
        for data in (docx_bytes(paragraphs), docx_bytes(paragraphs)[: -len(noise) or None] + noise):
            try:
                document = read_bytes(data, "fuzz.docx")
            except LintkitError as error:
                assert "\n" not in error.one_line()
                continue
            for finding in lint_document(document, path="fuzz.docx", config=Config()):
                assert finding.matched == document.source[finding.start:finding.end]

    check()
