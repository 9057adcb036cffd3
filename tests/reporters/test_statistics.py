from lintkit.reporters.statistics import render_statistics, statistics


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
    import json

    assert json.loads(render_statistics(findings, "json")) == {
        "version": 1,
        "total": 5,
        "rules": [
            {"code": "LM003", "name": "management-is-leadership", "count": 2},
            {"code": "LM001", "name": "managers-as-leaders", "count": 1},
            {"code": "LM002", "name": "leadership-management-synonyms", "count": 1},
            {"code": "LM004", "name": "leader-for-boss", "count": 1},
        ],
    }
    assert json.loads(render_statistics([], "json")) == {"version": 1, "total": 0, "rules": []}


def test_jsonl_statistics_are_one_rule_per_line(findings):
    import json

    lines = render_statistics(findings, "jsonl").splitlines()
    assert [json.loads(line) for line in lines][0] == {"code": "LM003", "name": "management-is-leadership", "count": 2}
    assert len(lines) == 4 and render_statistics([], "jsonl") == ""
