"""Fuzzing every reader: any input lints or fails cleanly, and findings point at their words.

Documents are drawn from each markup's syntax mixed with the family words and the
rules' flagged sentences, so most of them get past the prefilter into windows.
Two depths, both run by CI (``pytest -m slow``):

- 10,000 documents per markup (``LINTKIT_FUZZ_DOCUMENTS``) go through everything
  but the parser: reading, the prefilter, bounded windows, placing findings back
  in the source, suppressions and policy. A stand-in parser reports every family
  word of each window, so each placed span can be checked against the source.
- 300 documents per markup (``LINTKIT_FUZZ_EXAMPLES``) go through the whole
  linter, spaCy included; a parsed document costs a hundred times more.
"""
from __future__ import annotations

import io
import os
import re
import zipfile
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from lintkit import lint_text
from lintkit.api import lint_document, rules_for
from lintkit.config import Config
from lintkit.documents import read_bytes, read_document
from lintkit.errors import LintkitError
from lintkit.findings import Finding
from lintkit.nlp.bounded import MAX_WINDOW
from tests.documents.test_properties import assert_offsets_point_into
from tests.helpers import flagged_sentences


def fuzz_settings(variable: str, default: int) -> settings:
    """Many examples at little cost each: no example database, no replay or targeting phases."""
    return settings(
        max_examples=int(os.environ.get(variable, default)),
        deadline=None,
        database=None,
        phases=(Phase.explicit, Phase.generate, Phase.shrink),
        suppress_health_check=list(HealthCheck),
    )


WITHOUT_PARSER = fuzz_settings("LINTKIT_FUZZ_DOCUMENTS", 10_000)
WITH_PARSER = fuzz_settings("LINTKIT_FUZZ_EXAMPLES", 300)

PROSE = ["leaders", "managers", "leadership", "management", "lead", "manage", "not", "is", ",", ".", " ", "  ", "\n", "\n\n",
         "\t", "\r\n", '"', "'", "“", "”", "é", "👩‍💼", "\x00", "\ud800", "\u200b", "x" * 30]
MARKUP = {
    "markdown": ["# ", "> ", "- ", "1. ", "**", "_", "`", "```\n", "[", "](", ")", "<!--", "-->", "<b>", "</b>", "|", "---", "\\", "&amp;", "    "],
    "rst": ["=====\n", ".. ", ":: ", "``", "*", "`_", "|", "::\n\n", "   ", ".. note::", ".. code-block::", "- ", "#. ", ":ref:", "\\"],
    "html": ["<p>", "</p>", "<b>", "</i>", "<blockquote>", "<pre>", "</pre>", "<!--", "-->", "&amp;", "&#x", ";", "<br/>", "<li>", "<", ">", "<![CDATA["],
    "text": ["- ", "* ", "1. ", "lintkit: disable", "lintkit: disable-next-line=LM002", "\f"],
}
FAMILY_WORD = re.compile(r"\b(?:lead(?:ers?|ership)?|manage(?:rs?|ment)?)\b", re.IGNORECASE)


def documents(markup: str):
    pieces = st.sampled_from(PROSE + MARKUP[markup]) | st.sampled_from(flagged_sentences())
    return st.lists(pieces, max_size=25).map("".join)


def one_line_error(read):
    """What ``read()`` returns, or None when it fails with a one-line LintkitError (the only clean failure)."""
    try:
        return read()
    except LintkitError as error:
        assert "\n" not in error.one_line()
        return None


def word_parser(texts, contexts, config, path):
    """A stand-in for the spaCy parse: an LM002 finding on every family word of each window text (the word as its suggestion)."""
    rule = rules_for()["LM002"]
    return [
        [Finding(path, rule.code, rule.name, rule.severity, rule.message, m.start(), m.end(), suggestion=m.group()) for m in FAMILY_WORD.finditer(text)]
        for text in texts
    ]


def assert_windows_place_findings(document, path: str) -> None:
    """Reading, prefilter, windows, placing, suppressions and policy, with ``word_parser`` in place of spaCy.

    Each finding lands on a family word of the source (its first and last
    character are the word's, an HTML entity aside) and is reported once,
    however the windows of a long paragraph overlap.
    """
    assert_offsets_point_into(document.source, document)
    windows = []

    def parser(texts, contexts, config, path):
        windows.extend(texts)
        return word_parser(texts, contexts, config, path)

    findings = lint_document(document, path=path, config=Config(), parser=parser)
    assert all(len(text) <= MAX_WINDOW for text in windows)
    assert len({(f.start, f.end) for f in findings}) == len(findings)
    for finding in (f for f in findings if f.code == "LM002"):  # LM100 (an unused suppression) aside
        matched, word = document.source[finding.start:finding.end], finding.suggestion
        assert finding.matched == matched
        assert matched[0] in (word[0], "&") and matched[-1] in (word[-1], "&"), (matched, word)


def assert_lints_or_fails_cleanly(text: str, markup: str) -> None:
    findings = one_line_error(lambda: lint_text(text, markup=markup))
    for finding in findings or ():
        assert finding.matched == text[finding.start:finding.end]


@pytest.mark.slow
@pytest.mark.parametrize("markup", sorted(MARKUP))
def test_any_document_is_read_windowed_and_placed_cleanly(markup):
    @WITHOUT_PARSER
    @given(documents(markup))
    def check(text):
        document = one_line_error(lambda: read_document(text, markup))
        if document is not None:
            assert_windows_place_findings(document, "<fuzz>")

    check()


@pytest.mark.slow
@pytest.mark.parametrize("markup", sorted(MARKUP))
def test_any_document_lints_or_fails_cleanly(lint, markup):
    @WITH_PARSER
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
DOCX = st.tuples(st.lists(st.lists(XML_TEXT, max_size=8).map("".join), max_size=6), st.binary(max_size=8))


def docx_variants(paragraphs: list[str], noise: bytes) -> tuple[bytes, bytes]:
    """A well-formed .docx, and the same with its tail replaced by ``noise`` (truncated or garbled)."""
    data = docx_bytes(paragraphs)
    return data, data[: -len(noise) or None] + noise


@pytest.mark.slow
def test_any_docx_is_read_windowed_and_placed_cleanly():
    @WITHOUT_PARSER
    @given(DOCX)
    def check(generated):
        for data in docx_variants(*generated):
            document = one_line_error(lambda: read_bytes(data, "fuzz.docx"))  # noqa: B023 - called at once
            if document is not None:
                assert_windows_place_findings(document, "fuzz.docx")

    check()


@pytest.mark.slow
def test_any_docx_lints_or_fails_cleanly(lint):
    @WITH_PARSER
    @given(DOCX)
    def check(generated):
        for data in docx_variants(*generated):
            document = one_line_error(lambda: read_bytes(data, "fuzz.docx"))  # noqa: B023 - called at once
            for finding in lint_document(document, path="fuzz.docx", config=Config()) if document is not None else ():
                assert finding.matched == document.source[finding.start:finding.end]

    check()
