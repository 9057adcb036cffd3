import json
from dataclasses import replace

import pytest
from lsprotocol import converters
from lsprotocol import types as lsp

from lintkit.findings import Finding, LineIndex, locate
from lintkit.reporters import ReportContext
from lintkit.reporters import lsp as lsp_reporter
from lintkit.severity import Severity


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _render(findings, rules, root):
    return lsp_reporter.render(findings, ReportContext(rules=rules)).replace(root.resolve().as_uri(), "file:///ROOT")


def _one(source: str, matched: str) -> Finding:
    start = source.index(matched)
    bare = Finding("a.md", "LM001", "managers-as-leaders", Severity.WARNING, "m", start, start + len(matched))
    return locate(bare, LineIndex(source))


def test_snapshot(findings, rules, in_tmp, snapshot):
    snapshot("lsp.json", _render(findings, rules, in_tmp))


def test_output_structures_back_through_lsprotocol(findings, rules, in_tmp):
    converter = converters.get_converter()
    published = [converter.structure(obj, lsp.PublishDiagnosticsParams) for obj in json.loads(lsp_reporter.render(findings, ReportContext(rules=rules)))]
    assert [p.uri for p in published] == [
        (in_tmp / "docs" / "faq: 100%, v2.md").as_uri(),
        (in_tmp / "docs" / "guide.md").as_uri(),
        (in_tmp / "docs" / "notes.txt").as_uri(),
    ]
    assert [len(p.diagnostics) for p in published] == [1, 2, 2]
    emoji_line = published[1].diagnostics[1]
    assert emoji_line.range == lsp.Range(lsp.Position(3, 25), lsp.Position(3, 45))
    assert emoji_line.severity == lsp.DiagnosticSeverity.Warning
    assert emoji_line.code == "LM001"
    assert emoji_line.source == "lintkit"
    assert emoji_line.code_description.href == rules["LM001"].url
    assert emoji_line.data == {"suggestion": "Say 'leaders' if you mean the people who inspire.", "replacement": None, "safe": False, "name": "managers-as-leaders"}


def test_severities(findings, rules):
    assert [lsp_reporter.diagnostic_for(f, None).severity for f in findings] == [4, 2, 2, 3, 1]


def test_emoji_counts_as_two_utf16_units_but_one_code_point(findings):
    finding = findings[2]  # 'Our 🚀 launch<TAB>team needs managers who inspire.'
    assert finding.column == 25
    by_encoding = {
        enc: lsp_reporter.diagnostic_for(finding, None, enc).range.start.character
        for enc in ("utf-8", "utf-16", "utf-32")
    }
    assert by_encoding == {"utf-8": 27, "utf-16": 25, "utf-32": 24}


def test_accepts_lsprotocol_encoding_kinds(findings):
    d = lsp_reporter.diagnostic_for(findings[2], None, lsp.PositionEncodingKind.Utf16)
    assert d.range.end == lsp.Position(3, 45)


def test_unknown_encoding_is_an_error(findings):
    with pytest.raises(ValueError, match="utf-16"):
        lsp_reporter.diagnostic_for(findings[2], None, "latin-1")


def test_multi_line_range_counts_each_line_on_its_own():
    finding = _one("The 😀 managers are\n😀 leaders here.\n", "managers are\n😀 leaders")
    r = lsp_reporter.diagnostic_range(finding)
    assert r == lsp.Range(lsp.Position(0, 7), lsp.Position(1, 10))
    assert lsp_reporter.diagnostic_range(finding, "utf-32") == lsp.Range(lsp.Position(0, 6), lsp.Position(1, 9))


def test_zero_based_positions(findings):
    r = lsp_reporter.diagnostic_range(findings[1])
    assert (r.start.line, r.start.character, r.end.line, r.end.character) == (2, 8, 2, 28)


def test_no_code_description_without_a_rule_url(findings, rules):
    assert lsp_reporter.diagnostic_for(findings[0], None).code_description is None
    obj = json.loads(lsp_reporter.render(findings[:1], ReportContext(rules=rules)))
    assert "codeDescription" not in obj[0]["diagnostics"][0]


def test_relative_paths_become_absolute_file_uris(findings, rules, in_tmp):
    assert lsp_reporter.file_uri("docs/guide.md") == (in_tmp / "docs" / "guide.md").as_uri()
    assert lsp_reporter.file_uri(str(in_tmp / "x.md")) == (in_tmp / "x.md").as_uri()


def test_stdin(findings, rules):
    obj = json.loads(lsp_reporter.render([replace(findings[1], path="-")], ReportContext(rules=rules)))
    assert obj[0]["uri"] == "untitled:stdin"


def test_no_findings_is_an_empty_list(rules):
    assert json.loads(lsp_reporter.render([], ReportContext(rules=rules))) == []
