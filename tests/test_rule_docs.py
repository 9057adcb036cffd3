"""One rendering of a rule's documentation: ``explain``, the editor hover and SARIF's help say the same."""
import pytest
from markdown_it import MarkdownIt

from lintkit import rule_docs
from lintkit.engine.loader import rules_for
from lintkit.reporters import sarif
from lintkit.terminal_markdown import render as terminal_text

RULES = rules_for()


def _headings(text: str) -> list[str]:
    wanted = (rule_docs.USE_INSTEAD, rule_docs.REFERENCES, rule_docs.FLAGGED, rule_docs.NOT_FLAGGED, rule_docs.FULL_DOCUMENTATION)
    return [heading for line in text.splitlines() for heading in wanted if line.lstrip("*[").startswith(heading)]


@pytest.mark.parametrize("code", sorted(RULES))
def test_text_and_markdown_show_the_same_sections_in_the_same_order(code):
    rule = RULES[code]
    text, markdown = rule_docs.as_text(rule), rule_docs.as_markdown(rule)
    assert _headings(text) == _headings(markdown) and _headings(text)[0] == rule_docs.USE_INSTEAD
    assert text.startswith(f"{rule.code} {rule.name} ({rule.severity.value})")
    assert markdown.startswith(f"**{rule.code} {rule.name}** ({rule.severity.value})")
    assert all(rule_docs.marked(example) in text and rule_docs.marked(example) in markdown for example in rule.flag)


@pytest.mark.parametrize("code", sorted(RULES))
def test_sarif_help_is_the_same_documentation(code):
    rule = RULES[code]
    assert sarif.rule_descriptor(rule)["help"] == {"text": rule_docs.as_text(rule), "markdown": rule_docs.as_markdown(rule)}


def test_examples_and_references_are_markdown_lists():
    html = MarkdownIt("commonmark").render(rule_docs.as_markdown(RULES["LM002"]))
    assert html.count("<li>") == len(RULES["LM002"].references) + len(RULES["LM002"].flag) + len(RULES["LM002"].passes)


def test_the_rationale_is_plain_words_in_text():
    text = rule_docs.as_text(RULES["LM002"])
    assert terminal_text(RULES["LM002"].rationale.strip(), ansi=False) in text and "**" not in text

