"""Every fix in the rule files, applied to its own examples: the corrected sentence is asserted, not just that a fix exists."""
from __future__ import annotations

import pytest

from lintkit.engine.loader import load_rules

RULES = load_rules()
EXAMPLES = [
    (rule.code, fix, flag, fixed)
    for rule in RULES.values()
    for fix in rule.fixes
    for flag, fixed in fix.examples
]


def _applied(text: str, finding) -> str:
    return text[:finding.start] + finding.replacement + text[finding.end:]


@pytest.mark.parametrize("code,fix,flag,fixed", EXAMPLES, ids=[f"{c}:{f.text[:40]}" for c, _, f, _ in EXAMPLES])
def test_fix_example_reads_as_written(lint, code, fix, flag, fixed):
    (finding,) = [f for f in lint(flag.text) if f.code == code]
    assert (finding.start, finding.end) == flag.spans[0]
    assert finding.fix_safe is fix.safe
    assert _applied(flag.text, finding) == fixed


@pytest.mark.parametrize(
    "code,text",
    [
        ("LM002", "We must replace management with leadership."),
        ("LM002", "Stop managing and start leading."),
        ("LM002", "Lead, don't manage."),
        ("LM002", "We need leaders, not managers."),
        ("LM003", "Escalate to leadership."),
    ],
)
def test_one_pattern_one_rewrite_not_one_string_for_the_rule(lint, code, text):
    """The LM002 rewrite used to be one fixed string for every pattern ("we must more leadership ...")."""
    (finding,) = [f for f in lint(text) if f.code == code]
    fixed = _applied(text, finding)
    assert "more leadership as well as good management" not in fixed
    assert finding.fix_safe and fixed != text


@pytest.mark.parametrize(
    "code,text",
    [
        ("LM002", "Less management, more leadership."),  # no rewrite of these words reads right
        ("LM002", "The goal of this program is to turn managers into leaders."),
        ("LM002", "In a crisis, you need managers, not leaders, at the helm."),  # the comma after would dangle
        ("LM003", "The proposal goes to leadership review next week."),  # "the executive team review"
        ("LM003", "After the leadership shake-up in March, three of the five VPs are new."),
    ],
)
def test_no_fix_where_none_reads_right(lint, code, text):
    findings = [f for f in lint(text) if f.code == code]
    assert findings and all(f.replacement is None and not f.fix_safe for f in findings)


def test_a_fix_fits_only_where_the_words_after_it_still_agree(lint):
    """"Senior executives wants the report" would not read right: no fix there, the fix after a preposition."""
    (wants,) = [f for f in lint("Senior leadership wants the report by Friday.") if f.code == "LM003"]
    (to,) = [f for f in lint("Send the summary to senior leadership.") if f.code == "LM003"]
    assert wants.replacement is None and (to.replacement, to.fix_safe) == ("senior executives", True)


def test_a_fix_is_withheld_where_the_source_is_not_the_words_it_was_made_for(lint):
    """Markup inside the span would be lost by the edit."""
    (finding,) = [f for f in lint("We need **leaders**, not managers.\n", path="memo.md") if f.code == "LM002"]
    assert finding.replacement is None
