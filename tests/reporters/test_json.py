import json
from dataclasses import replace

import jsonschema
import pytest

from lintkit.reporters import ReportContext
from lintkit.reporters import json as json_reporter

from .conftest import TOOL_VERSION


@pytest.fixture(scope="module")
def validator():
    schema = json_reporter.schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _render(findings, rules, errors=()):
    return json_reporter.render(findings, ReportContext(rules=rules, tool_version=TOOL_VERSION, errors=errors))


def test_snapshot(findings, rules, snapshot):
    snapshot("json.json", _render(findings, rules, errors=["docs/missing.md: no such file"]))


def test_output_matches_schema(findings, rules, validator):
    validator.validate(json.loads(_render(findings, rules, errors=["docs/missing.md: no such file"])))


def test_empty_run_matches_schema(rules, validator):
    document = json.loads(_render([], rules))
    validator.validate(document)
    assert document == {"version": 1, "tool": {"name": "lintkit", "version": TOOL_VERSION}, "findings": [], "errors": []}


def test_schema_documents_every_field(findings, rules):
    definition = json_reporter.schema()["$defs"]["finding"]
    record = json_reporter.finding_record(findings[0], rules)
    assert list(record) == definition["required"]
    assert set(record) == set(definition["properties"])


def test_schema_rejects_a_bad_finding(findings, rules, validator):
    document = json.loads(_render(findings, rules))
    document["findings"][0]["column"] = 0
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(document)


def test_schema_ships_next_to_the_module():
    assert json_reporter.schema()["$id"].endswith("/json-v1.json")
    assert json_reporter.schema()["properties"]["version"] == {"const": json_reporter.VERSION}


def test_unknown_rule_has_no_url(findings, rules):
    assert json_reporter.finding_record(findings[0], rules)["url"] is None
    assert json_reporter.finding_record(findings[1], rules)["url"] == rules["LM002"].url


def test_non_ascii_is_kept_readable(findings, rules):
    finding = replace(findings[1], matched="dirigeants, ou gérants 🚀")
    assert '"snippet": "dirigeants, ou gérants 🚀"' in _render([finding], rules)
