"""The server's pure parts: editor settings and the edits behind code actions (no server, no model)."""
from __future__ import annotations

import pytest
from lsprotocol import types as lsp

from lintkit.config import Config
from lintkit.documents.markups import TEXT_MARKUPS, comment
from lintkit.lsp import actions, settings
from lintkit.severity import Severity


def test_editor_settings_accept_any_key_case_and_override_only_what_they_set():
    overrides, problems = settings.overrides_from({"lintkit": {"acceptedTerms": ["line manager"], "severity": {"lm003": "info"}, "context": "ignore"}})
    assert overrides == {"accepted_terms": ("line manager",), "severity": (("LM003", Severity.INFO),), "context_policy": "ignore"}
    assert problems == []
    config = settings.apply(Config(select=("LM0",)), overrides)
    assert config.select == ("LM0",) and config.context_policy == "ignore"
    assert settings.overrides_from(None) == ({}, []) and settings.overrides_from({}) == ({}, []) and settings.overrides_from([]) == ({}, [])


def test_each_bad_editor_setting_is_named_and_the_valid_ones_still_apply():
    overrides, problems = settings.overrides_from({"severity": {"LM002": "hint"}, "selct": ["LM001"], "ignore": "LM004", "fail_on": "loud"})
    assert overrides == {"severity": (("LM002", Severity.HINT),)}
    assert problems == [
        "lintkit settings from the editor: selct: unknown key (did you mean 'select'?)",
        "lintkit settings from the editor: ignore: must be a list of strings",
        "lintkit settings from the editor: fail-on: invalid value 'loud' (allowed: error, warning, info, hint)",
    ]
    assert settings.overrides_from({"colour": "red"})[1] == [
        "lintkit settings from the editor: colour: unknown key (allowed: model, select, ignore, severity, fail-on, accepted-terms, include, exclude, rule-packs, context)"
    ]
    assert settings.overrides_from("LM001") == ({}, ["lintkit settings from the editor: must be a table of settings, not str"])


def test_unused_suppression_quick_fix_removes_the_whole_comment_line():
    lines = ["Intro.\n", "  <!-- lintkit: disable-next-line=LM002 -->\n", "Text.\n"]
    diagnostic = lsp.Diagnostic(range=lsp.Range(lsp.Position(1, 2), lsp.Position(1, 43)), message="unused", code="LM100", source="lintkit")
    (action,) = actions.code_actions([diagnostic], uri="file:///a.md", version=3, lines=lines, markup="markdown")
    assert action.title == "Remove the unused lintkit comment"
    assert action.edit.changes == {"file:///a.md": [lsp.TextEdit(range=lsp.Range(lsp.Position(1, 0), lsp.Position(2, 0)), new_text="")]}


@pytest.mark.parametrize("markup", TEXT_MARKUPS)
def test_an_unused_comment_alone_on_its_line_goes_with_its_line_in_every_markup(markup):
    """Which line is only a comment follows from the markup table's comment syntax, not from a list kept here."""
    written = comment(markup, "lintkit: disable-next-line=LM002")
    lines = ["Intro.\n", f"  {written}\n", f"Text. {written}\n"]

    def removal(line, start, end):
        span = lsp.Range(lsp.Position(line, start), lsp.Position(line, end))
        diagnostic = lsp.Diagnostic(range=span, message="unused", code="LM100", source="lintkit")
        (action,) = actions.code_actions([diagnostic], uri="u", version=1, lines=lines, markup=markup)
        (edit,) = action.edit.changes["u"]
        return edit.range

    alone = removal(1, 2, 2 + len(written))
    assert (alone.start, alone.end) == (lsp.Position(1, 0), lsp.Position(2, 0))
    after_words = removal(2, 6, 6 + len(written))
    assert (after_words.start, after_words.end) == (lsp.Position(2, 6), lsp.Position(2, 6 + len(written)))


def test_one_disable_action_per_rule_and_line():
    lines = ["leaders not managers, leaders not managers\n"]
    make = lambda start: lsp.Diagnostic(range=lsp.Range(lsp.Position(0, start), lsp.Position(0, start + 5)), message="m", code="LM001", source="lintkit")
    titles = [a.title for a in actions.code_actions([make(0), make(22)], uri="u", version=1, lines=lines, markup="text")]
    assert titles == ["Disable LM001 on this line"]


@pytest.mark.parametrize("safe", [True, False])
def test_a_rewrite_is_the_preferred_fix_only_when_its_rule_marks_it_safe(safe):
    """The LM002 rewrite was preferred whatever it made of the sentence; now the rule file's fix says."""
    lines = ["Send the summary to senior leadership.\n"]
    span = lsp.Range(lsp.Position(0, 20), lsp.Position(0, 37))
    data = {"suggestion": "s", "replacement": "senior executives", "safe": safe, "name": "rank"}
    diagnostic = lsp.Diagnostic(range=span, message="m", code="LM003", source="lintkit", data=data)
    rewrite = actions.code_actions([diagnostic], uri="u", version=1, lines=lines, markup="text")[0]
    assert rewrite.title == "Rewrite as “senior executives” (LM003)" and rewrite.is_preferred is safe


def test_the_pause_that_ends_a_burst_of_typing_is_the_last_lints_time_within_bounds():
    from lintkit.lsp.incremental import DEBOUNCE_SECONDS, debounce

    shortest, longest = DEBOUNCE_SECONDS
    assert debounce(None) == longest  # nothing linted yet: the longest pause
    assert debounce(0.004) == shortest  # a short memo is not kept waiting
    assert debounce((shortest + longest) / 2) == (shortest + longest) / 2
    assert debounce(3.0) == longest  # a long document is still linted soon after a pause
