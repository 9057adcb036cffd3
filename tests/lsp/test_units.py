"""The server's pure parts: editor settings and the edits behind code actions (no server, no model)."""
from __future__ import annotations

import pytest
from lsprotocol import types as lsp

from lintkit.config import Config
from lintkit.errors import LintkitError
from lintkit.lsp import actions, settings
from lintkit.severity import Severity


def test_editor_settings_accept_any_key_case_and_override_only_what_they_set():
    overrides = settings.overrides_from({"lintkit": {"acceptedTerms": ["line manager"], "severity": {"lm003": "info"}, "context": "ignore"}})
    assert overrides == {"accepted_terms": ("line manager",), "severity": (("LM003", Severity.INFO),), "context": "ignore"}
    config = settings.apply(Config(select=("LM0",)), overrides)
    assert config.select == ("LM0",) and config.context == "ignore"
    assert settings.overrides_from(None) == {} and settings.overrides_from({}) == {}


def test_bad_editor_settings_name_the_key():
    with pytest.raises(LintkitError, match="select: must be a list of strings"):
        settings.overrides_from({"select": "LM001"})
    with pytest.raises(LintkitError, match="unknown key"):
        settings.overrides_from({"selct": ["LM001"]})


def test_unused_suppression_quick_fix_removes_the_whole_comment_line():
    lines = ["Intro.\n", "  <!-- lintkit: disable-next-line=LM002 -->\n", "Text.\n"]
    diagnostic = lsp.Diagnostic(range=lsp.Range(lsp.Position(1, 2), lsp.Position(1, 43)), message="unused", code="LM100", source="lintkit")
    (action,) = actions.code_actions([diagnostic], uri="file:///a.md", version=3, lines=lines, markup="markdown")
    assert action.title == "Remove the unused lintkit comment"
    assert action.edit.changes == {"file:///a.md": [lsp.TextEdit(range=lsp.Range(lsp.Position(1, 0), lsp.Position(2, 0)), new_text="")]}


def test_one_disable_action_per_rule_and_line():
    lines = ["leaders not managers, leaders not managers\n"]
    make = lambda start: lsp.Diagnostic(range=lsp.Range(lsp.Position(0, start), lsp.Position(0, start + 5)), message="m", code="LM001", source="lintkit")
    titles = [a.title for a in actions.code_actions([make(0), make(22)], uri="u", version=1, lines=lines, markup="text")]
    assert titles == ["Disable LM001 on this line"]
