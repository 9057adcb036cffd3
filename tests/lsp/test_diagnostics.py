"""A document's diagnostics are reused across lints, and always equal those built afresh (no server, no model)."""
from __future__ import annotations

from dataclasses import replace

from lsprotocol import types as lsp
from pygls.protocol import default_converter

from lintkit.findings import Finding, LineIndex, locate
from lintkit.lsp.diagnostics import DocumentDiagnostics
from lintkit.reporters.lsp import diagnostic_for
from lintkit.severity import Severity

URLS = {"LM003": "https://example.org/LM003"}
CONVERTER = default_converter()


def _findings(source: str, word: str = "leadership") -> list[Finding]:
    """A finding on every ``word`` of ``source``, placed as the linter places them."""
    index, found, start = LineIndex(source), [], source.find(word)
    while start != -1:
        bare = Finding(path="a.md", code="LM003", name="rank", severity=Severity.WARNING, message="m", start=start, end=start + len(word), replacement="the executives")
        found.append(locate(bare, index))
        start = source.find(word, start + 1)
    return found


def _fresh(findings: list[Finding], encoding: str = "utf-16") -> tuple[list, list]:
    built = [diagnostic_for(f, URLS.get(f.code), encoding) for f in findings]
    return built, [CONVERTER.unstructure(d) for d in built]


def test_diagnostics_equal_fresh_ones_as_the_text_moves_around_them():
    diagnostics = DocumentDiagnostics()
    texts = [
        "Ask leadership.\n\nThe 🙂 leadership team met.\n\nleadership\n",
        "New line.\n\nAsk leadership.\n\nThe 🙂 leadership team met.\n\nleadership\n",  # every finding two lines down
        "Ask leadership.\n\nThe 🙂 leadership team met.\nleadership\n",  # back up, the last on another line
        "Ask  leadership.\n\nThe 🙂 leadership team met.\nleadership\n",  # one column further on its line
    ]
    for text in texts:
        findings = _findings(text)
        assert diagnostics.of(findings, URLS, "utf-16", CONVERTER) == _fresh(findings), text
    assert len(diagnostics.known) == 3  # only what the last lint needed is kept


def test_a_diagnostic_moved_to_another_line_leaves_the_one_an_earlier_result_holds_as_it_was():
    diagnostics = DocumentDiagnostics()
    before, _ = diagnostics.of(_findings("Ask leadership.\n"), URLS, "utf-16", CONVERTER)
    after, data = diagnostics.of(_findings("\n\nAsk leadership.\n"), URLS, "utf-16", CONVERTER)
    assert before[0].range.start.line == 0 and after[0].range.start.line == 2 and data[0]["range"]["start"]["line"] == 2


def test_the_encoding_and_the_finding_itself_are_part_of_what_is_reused():
    diagnostics = DocumentDiagnostics()
    findings = _findings("The 🙂 leadership team.\n")
    diagnostics.of(findings, URLS, "utf-16", CONVERTER)
    assert diagnostics.of(findings, URLS, "utf-8", CONVERTER) == _fresh(findings, "utf-8")
    safer = [replace(f, fix_safe=True) for f in findings]
    assert diagnostics.of(safer, URLS, "utf-8", CONVERTER) == _fresh(safer, "utf-8")
    assert diagnostics.of(safer, {}, lsp.PositionEncodingKind.Utf8, CONVERTER)[0][0].code_description is None
