"""What a new user meets first: bare ``lintkit``, ``explain``, ``--statistics --format``, ``--show-evidence``."""
from __future__ import annotations

import json

import pytest

from lintkit.rule_docs import as_text
from lintkit.terminal_markdown import BOLD, UNDERLINE, render
from tests.helpers import REPO, run_in_process

MEMO = str(REPO / "examples" / "memo.md")


def test_bare_lintkit_prints_help_and_exits_0(capsys):
    run = run_in_process(capsys)
    assert run.code == 0 and run.out.startswith("Usage: lintkit") and "check" in run.out and run.err == ""


@pytest.mark.parametrize("name", ["replacement", "LM002", "lm002", "Replacement"])
def test_explain_takes_a_code_or_a_rule_name(capsys, name):
    run = run_in_process(capsys, "explain", name)
    assert run.code == 0 and run.out.startswith("LM002 replacement (warning)")


def test_explain_a_misspelt_name_says_what_was_meant(capsys):
    run = run_in_process(capsys, "explain", "replacment")
    assert run.code == 2 and "did you mean replacement?" in run.err and run.err.count("\n") == 1


def test_explain_piped_is_plain_text(capsys):
    run = run_in_process(capsys, "explain", "LM002")
    assert "**" not in run.out and "`" not in run.out and "\x1b[" not in run.out
    assert "What it flags. Text that treats" in run.out


def test_explain_on_a_terminal_is_bold_and_underlined():
    from lintkit.engine.loader import rules_for

    shown = as_text(rules_for()["LM002"], ansi=True)
    assert f"{BOLD}What it flags.\x1b[22m" in shown and f"{UNDERLINE}in addition to\x1b[24m" in shown
    assert "**" not in shown


def test_markdown_renderer_keeps_words_and_drops_markers():
    text = "# Title\n**Bold** and *em*, `code`, a [link](https://x.org) and 2*3*4 kept."
    assert render(text, ansi=False) == "Title\nBold and em, code, a link (https://x.org) and 2*3*4 kept."


def test_explain_honours_no_color(monkeypatch, capsys):
    import sys

    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    from lintkit.cli import _use_color

    assert not _use_color(sys.stdout)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_statistics_respect_the_format(capsys, nlp, fmt):
    run = run_in_process(capsys, "check", "--statistics", "--format", fmt, "--no-cache", MEMO)
    rows = json.loads(run.out)["rules"] if fmt == "json" else [json.loads(line) for line in run.out.splitlines()]
    assert rows == [{"code": "LM002", "name": "replacement", "count": 4}, {"code": "LM003", "name": "rank", "count": 1}]
    assert run.code == 1


def test_statistics_in_a_format_without_a_shape_for_them_is_a_usage_error(capsys):
    run = run_in_process(capsys, "check", "--statistics", "--format", "sarif", MEMO)
    assert run.code == 2 and run.err == "error: --statistics prints text, json, jsonl, not sarif\n"


def test_statistics_is_a_format_like_the_others(capsys, nlp):
    flag = run_in_process(capsys, "check", "--statistics", "--no-cache", MEMO)
    named = run_in_process(capsys, "check", "--format", "statistics", "--no-cache", MEMO)
    assert flag.out == named.out == "4  LM002  replacement\n1  LM003  rank\n" and flag.code == named.code == 1


def test_statistics_count_the_blocks_no_reader_could_place(capsys, nlp, tmp_path):
    page = tmp_path / "page.rst"
    page.write_text("We need leaders, not managers.\n\n+-----+\n| a   |\n+-----+\n", encoding="utf-8")
    run = run_in_process(capsys, "check", "--statistics", "--no-cache", str(page))
    assert run.out == "1  LM002  replacement\n1 block not read (LINTKIT_DEBUG=1 logs where)\n"
    as_json = run_in_process(capsys, "check", "--statistics", "--format", "json", "--no-cache", str(page))
    assert json.loads(as_json.out)["unread_blocks"] == 1


def test_lintkit_debug_logs_where_a_block_was_not_read(capsys, nlp, tmp_path, monkeypatch):
    page = tmp_path / "page.rst"
    page.write_text("Intro.\n\n+-----+\n| a   |\n+-----+\n", encoding="utf-8")
    monkeypatch.setenv("LINTKIT_DEBUG", "1")
    run = run_in_process(capsys, "check", "--no-cache", str(page))
    assert "debug: rst line 3: block not read (tables are not read)" in run.err


def test_show_evidence_speaks_in_words(capsys, nlp):
    run = run_in_process(capsys, "check", "--show-evidence", "--no-cache", MEMO)
    assert "evidence: leaders: object of 'need'" in run.out
    assert "evidence: managers: apposition to 'leaders'" in run.out
    assert "dobj" not in run.out and "--appos" not in run.out and "-->" not in run.out
