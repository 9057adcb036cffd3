import json

import jsonschema

from lintkit.reporters import ReportContext
from lintkit.reporters import json as json_reporter
from lintkit.reporters import jsonl

from .conftest import TOOL_VERSION


def test_snapshot(findings, rules, snapshot):
    snapshot("jsonl.jsonl", jsonl.render(findings, ReportContext(rules=rules)))


def test_each_line_is_the_json_formats_finding(findings, rules):
    lines = jsonl.render(findings, ReportContext(rules=rules)).splitlines()
    document = json.loads(json_reporter.render(findings, ReportContext(rules=rules, tool_version=TOOL_VERSION)))
    assert [json.loads(line) for line in lines] == document["findings"]


def test_each_line_matches_the_finding_schema(findings, rules):
    schema = json_reporter.schema()
    line_schema = {**schema, "$ref": "#/$defs/finding"}
    for key in ("type", "required", "properties"):
        line_schema.pop(key)
    validator = jsonschema.Draft202012Validator(line_schema)
    for line in jsonl.render(findings, ReportContext(rules=rules)).splitlines():
        validator.validate(json.loads(line))


def test_no_findings_no_lines(rules):
    assert jsonl.render([], ReportContext(rules=rules)) == ""
