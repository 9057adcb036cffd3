"""A rule's documentation, written once and shown in three places.

``lintkit explain``, the editor's hover and SARIF's ``help`` (its ``text`` and
``markdown`` fields) all show the same sections in the same words -- the title,
what the rule flags, why, what to write instead, references, the examples the
tests run, and the link to the full page -- so they cannot drift apart. Only the
styling differs: Markdown for hovers and code-scanning pages, plain or ANSI text
for a terminal (the rationale's Markdown rendered by ``terminal_markdown``).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lintkit.terminal_markdown import BOLD, RESET_BOLD
from lintkit.terminal_markdown import render as terminal_text

if TYPE_CHECKING:
    from lintkit.engine.rule import Example, Rule

USE_INSTEAD = "Use instead:"
REFERENCES = "References:"
FLAGGED = "Flagged (the marked words are reported):"
NOT_FLAGGED = "Not flagged:"
FULL_DOCUMENTATION = "Full documentation"


def marked(example: Example) -> str:
    """The example's text with each reported span in ``[brackets]``."""
    text = example.text
    for start, end in sorted(example.spans, reverse=True):
        text = f"{text[:start]}[{text[start:end]}]{text[end:]}"
    return text


def _sections(rule: Rule, strong: Callable[[str], str], rationale: str, bullets: tuple[str, str], link: str) -> list[str]:
    """The documentation's paragraphs; ``strong`` styles the headings, ``bullets`` start reference and example lines."""
    reference, example = bullets
    parts = [f"{strong(f'{rule.code} {rule.name}')} ({rule.severity.value})", rule.summary, rationale, f"{strong(USE_INSTEAD)} {rule.suggestion}"]
    if rule.references:
        parts.append("\n".join([strong(REFERENCES), *(f"{reference}{ref}" for ref in rule.references)]))
    if rule.flag:
        parts.append("\n".join([strong(FLAGGED), *(f"{example}✗ {marked(ex)}" for ex in rule.flag)]))
    if rule.passes:
        parts.append("\n".join([strong(NOT_FLAGGED), *(f"{example}✓ {ex.text}" for ex in rule.passes)]))
    parts.append(link)
    return parts


def as_text(rule: Rule, *, ansi: bool = False) -> str:
    """For a terminal (``ansi``: headings and strong words bold, emphasis underlined) or anywhere plain text goes."""
    strong = (lambda words: f"{BOLD}{words}{RESET_BOLD}") if ansi else (lambda words: words)
    rationale = terminal_text(rule.rationale.strip(), ansi=ansi)
    return "\n\n".join(_sections(rule, strong, rationale, ("  - ", "  "), f"{FULL_DOCUMENTATION}: {rule.url}"))


def as_markdown(rule: Rule) -> str:
    """For editor hovers and SARIF's ``help.markdown``."""
    strong = lambda words: f"**{words}**"  # noqa: E731
    return "\n\n".join(_sections(rule, strong, rule.rationale.strip(), ("- ", "- "), f"[{FULL_DOCUMENTATION}]({rule.url})"))
