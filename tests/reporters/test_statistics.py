import json

import pytest

from lintkit import reporters
from lintkit.reporters import ReportContext
from lintkit.reporters.statistics import statistics


def render_statistics(findings, format="text", unread_blocks=0):
    return reporters.render(reporters.statistics_format(format), findings, ReportContext(unread_blocks=unread_blocks))


def test_counts_per_rule_most_frequent_first(findings):
    assert render_statistics(findings) == (
        "2  LM003  management-is-leadership\n"
        "1  LM001  managers-as-leaders\n"
        "1  LM002  leadership-management-synonyms\n"
        "1  LM004  leader-for-boss\n"
    )


def test_counts_are_right_aligned(findings):
    many = findings[1:2] * 12 + findings[:1]
    assert render_statistics(many) == (
        "12  LM002  leadership-management-synonyms\n"
        " 1  LM004  leader-for-boss\n"
    )
    assert statistics(many) == [("LM002", "leadership-management-synonyms", 12), ("LM004", "leader-for-boss", 1)]


def test_no_findings_no_rows():
    assert render_statistics([]) == ""


def test_json_statistics_have_a_documented_shape(findings):
    assert json.loads(render_statistics(findings, "json")) == {
        "version": 1,
        "total": 5,
        "rules": [
            {"code": "LM003", "name": "management-is-leadership", "count": 2},
            {"code": "LM001", "name": "managers-as-leaders", "count": 1},
            {"code": "LM002", "name": "leadership-management-synonyms", "count": 1},
            {"code": "LM004", "name": "leader-for-boss", "count": 1},
        ],
        "unread_blocks": 0,
    }
    assert json.loads(render_statistics([], "json", unread_blocks=2)) == {"version": 1, "total": 0, "rules": [], "unread_blocks": 2}


def test_jsonl_statistics_are_one_rule_per_line(findings):
    lines = render_statistics(findings, "jsonl").splitlines()
    assert [json.loads(line) for line in lines][0] == {"code": "LM003", "name": "management-is-leadership", "count": 2}
    assert len(lines) == 4 and render_statistics([], "jsonl") == ""


def test_unread_blocks_are_counted_after_the_rules(findings):
    assert render_statistics(findings[:1], unread_blocks=3).endswith("1  LM004  leader-for-boss\n3 blocks not read (LINTKIT_DEBUG=1 logs where)\n")
    assert render_statistics([], unread_blocks=1) == "1 block not read (LINTKIT_DEBUG=1 logs where)\n"


@pytest.mark.parametrize("shape", ["text", "json", "jsonl"])
def test_statistics_is_a_format_for_each_shape_it_has(shape):
    assert reporters.statistics_format(shape) in reporters.FORMATS


def test_statistics_has_no_sarif_shape():
    with pytest.raises(ValueError, match="--statistics prints text, json, jsonl, not sarif"):
        reporters.statistics_format("sarif")
