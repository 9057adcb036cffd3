"""Inline suppression comments, and the ones that suppress nothing (LM100)."""
from __future__ import annotations


def codes(findings):
    return [(f.line, f.code) for f in findings]


def test_disable_enable_region_in_markdown(lint):
    text = (
        "<!-- lintkit: disable=LM003 -->\n"
        "Escalate to leadership.\n"
        "<!-- lintkit: enable=LM003 -->\n\n"
        "Escalate to leadership.\n"
    )
    assert codes(lint(text, path="a.md")) == [(5, "LM003")]


def test_disable_next_line_covers_only_the_next_line(lint):
    text = "<!-- lintkit: disable-next-line -->\nWe need leaders, not managers.\n\nLead, don't manage.\n"
    assert codes(lint(text, path="a.md")) == [(4, "LM002")]


def test_disable_line_at_the_end_of_a_markdown_line_covers_that_line_only(lint):
    text = (
        "We will\n"
        "escalate to leadership at once. <!-- lintkit: disable-line=LM003 -->\n"
        "And escalate to leadership again.\n"
    )
    assert codes(lint(text, path="a.md")) == [(3, "LM003")]
    assert codes(lint("Plain words. <!-- lintkit: disable-line=LM003 -->\n", path="a.md")) == [(1, "LM100")]


def test_plain_text_and_rest_comments(lint):
    assert lint("lintkit: disable-next-line=LM002\nWe need leaders, not managers.\n", path="a.txt") == []
    assert lint(".. lintkit: disable-next-line=LM002\n\nWe need leaders, not managers.\n", path="a.rst") == []


def test_a_suppression_that_suppresses_nothing_is_reported(lint):
    text = "<!-- lintkit: disable-next-line=LM001 -->\nWe need leaders, not managers.\n"
    assert codes(lint(text, path="a.md")) == [(1, "LM100"), (2, "LM002")]


def test_unused_suppression_of_an_unselected_rule_is_not_reported(lint):
    from dataclasses import replace

    from lintkit.config import Config

    config = replace(Config(), ignore=("LM001",))
    assert lint("<!-- lintkit: disable-next-line=LM001 -->\nAll good here.\n", path="a.md", config=config) == []


def test_unreadable_lintkit_comment_is_reported(lint):
    (finding,) = lint("<!-- lintkit: silence=LM001 -->\nAll good.\n", path="a.md")
    assert finding.code == "LM100" and "cannot be read" in finding.message
