"""Re-linting after an edit gives the findings of a fresh full lint, parsing only the windows that changed."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lintkit.api import lint_text
from lintkit.config import Config
from lintkit.lsp.incremental import DocumentWindows, Superseded
from tests.edits import edits

PARAGRAPHS = [
    "We need leaders, not managers, if we want this organisation to grow.",
    "Sam manages the release calendar and keeps the dependencies between teams visible.",
    "Management is leadership; the two words mean the same thing in our company.",
    "The onboarding guide explains how to request access and where the runbooks live.",
    "Stop managing and start leading: that is the message of this year's offsite.",
    "Leadership? Essential. Management? Outdated.",
]
# Pieces an edit may insert: words that make or break a match, sentence and paragraph
# breaks, quotation marks, markup, and a suppression comment.
PIECES = [
    "leaders", "managers", "not ", "Management", "leadership", " lead the team", "manage",
    ". ", "? ", "\n\n", "\n", "\"", "“", "”", "> ", "# ", "- ", "**", "`",
    "<!-- lintkit: disable=LM001 -->", "lintkit: disable-next-line", "Indeed, ", "The weather was fine. ",
    "| leaders | managers |\n|---|---|\n", "[leaders]", "\n[leaders]: https://example.org\n",
]
SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _document(count: int = 6) -> str:
    return "# Handbook\n\n" + "\n\n".join(PARAGRAPHS[i % len(PARAGRAPHS)] for i in range(count)) + "\n"


def _same_as_a_full_lint(markup: str, steps) -> None:
    text = _document()
    windows = DocumentWindows()
    config = Config()
    assert windows.lint(text, path=None, config=config, markup=markup) == lint_text(text, config=config, markup=markup)
    for start, end, inserted in steps:
        text = text[:start] + inserted + text[end:]
        assert windows.lint(text, path=None, config=config, markup=markup) == lint_text(text, config=config, markup=markup), text


@SETTINGS
@given(data=st.data(), markup=st.sampled_from(["markdown", "text"]))
def test_random_edits_give_the_findings_of_a_full_lint(nlp, data, markup):
    _same_as_a_full_lint(markup, data.draw(edits(_document(), PIECES)))


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data(), markup=st.sampled_from(["markdown", "text", "rst", "html"]))
def test_many_random_edits_give_the_findings_of_a_full_lint(nlp, data, markup):
    _same_as_a_full_lint(markup, data.draw(edits(_document(), PIECES)))


def test_an_edit_in_one_paragraph_parses_only_its_window(nlp):
    text = _document(12)
    windows = DocumentWindows()
    windows.lint(text, path=None, config=Config(), markup="markdown")
    assert windows.parsed == 4  # the paragraphs that can fire a rule, each text once
    windows.lint(text, path=None, config=Config(), markup="markdown")
    assert windows.parsed == 0
    edited = text.replace("We need leaders", "We really need leaders", 1)
    assert windows.lint(edited, path=None, config=Config(), markup="markdown") == lint_text(edited, markup="markdown")
    assert windows.parsed == 1


def test_other_settings_parse_everything_again(nlp):
    text = _document()
    windows = DocumentWindows()
    windows.lint(text, path=None, config=Config(), markup="markdown")
    everything = windows.parsed
    accepting = Config(accepted_terms=("line manager",))
    assert windows.lint(text, path=None, config=accepting, markup="markdown") == lint_text(text, config=accepting, markup="markdown")
    assert windows.parsed == everything


def test_a_lint_overtaken_by_a_newer_text_stops_and_keeps_what_it_parsed(nlp, monkeypatch):
    from lintkit.lsp import incremental

    monkeypatch.setattr(incremental, "BATCH", 2)
    text = _document(6)
    windows = DocumentWindows()
    calls = iter([False, True])
    with pytest.raises(Superseded):
        windows.lint(text, path=None, config=Config(), markup="markdown", superseded=lambda: next(calls))
    assert windows.lint(text, path=None, config=Config(), markup="markdown") == lint_text(text, markup="markdown")
    assert windows.parsed == 2 and len(windows.found) == 4  # the first batch was kept
