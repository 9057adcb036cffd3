"""Matching a diagnostic the client sends back to the server's own finding, whatever units the client counted in."""
from __future__ import annotations

from lsprotocol import types as lsp

from lintkit.findings import Finding, LineIndex, locate
from lintkit.lsp.matching import candidates, server_diagnostic, server_diagnostics
from lintkit.reporters.lsp import diagnostic_for
from lintkit.severity import Severity

LINE = "🎉🎉 Ask leadership, then ask leadership again.\n"


def finding_at(word_index: int, code: str = "LM003") -> Finding:
    start = LINE.index("leadership", word_index)
    bare = Finding(path="a.md", code=code, name="rank", severity=Severity.WARNING, message="m", start=start, end=start + len("leadership"))
    return locate(bare, LineIndex(LINE))


FIRST, SECOND = finding_at(0), finding_at(LINE.index("ask leadership"))
PUBLISHED = [diagnostic_for(f, None, "utf-16") for f in (FIRST, SECOND)]
KNOWN = candidates([FIRST, SECOND], PUBLISHED)


def sent_back(finding: Finding, encoding: str, code: str = "LM003") -> lsp.Diagnostic:
    """The diagnostic as a client echoes it, its columns counted in ``encoding``."""
    published = diagnostic_for(finding, None, encoding)
    return lsp.Diagnostic(range=published.range, message="m", code=code, source="lintkit")


def test_byte_columns_find_the_finding_they_stand_for():
    # in bytes, each emoji is four columns: the first finding's byte range starts past its UTF-16 start
    assert sent_back(FIRST, "utf-8").range != PUBLISHED[0].range
    assert server_diagnostic(sent_back(FIRST, "utf-8"), KNOWN) is PUBLISHED[0]
    assert server_diagnostic(sent_back(SECOND, "utf-8"), KNOWN) is PUBLISHED[1]


def test_utf16_and_code_point_columns_find_it_too():
    for encoding in ("utf-16", "utf-32"):
        assert server_diagnostic(sent_back(FIRST, encoding), KNOWN) is PUBLISHED[0]
        assert server_diagnostic(sent_back(SECOND, encoding), KNOWN) is PUBLISHED[1]


def test_another_code_another_line_or_a_distant_span_match_nothing():
    assert server_diagnostic(sent_back(FIRST, "utf-16", code="LM002"), KNOWN) is None
    moved = sent_back(FIRST, "utf-16")
    moved.range = lsp.Range(lsp.Position(1, moved.range.start.character), lsp.Position(1, moved.range.end.character))
    assert server_diagnostic(moved, KNOWN) is None
    far = lsp.Diagnostic(range=lsp.Range(lsp.Position(0, 0), lsp.Position(0, 3)), message="m", code="LM003", source="lintkit")
    assert server_diagnostic(far, KNOWN) is None


def test_each_server_diagnostic_once_in_the_clients_order():
    reported = [sent_back(SECOND, "utf-8"), sent_back(SECOND, "utf-16"), sent_back(FIRST, "utf-8")]
    assert server_diagnostics(reported, KNOWN) == [PUBLISHED[1], PUBLISHED[0]]
    assert [id(d) for d in server_diagnostics(reported, KNOWN)] == [id(PUBLISHED[1]), id(PUBLISHED[0])]
