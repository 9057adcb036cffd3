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
