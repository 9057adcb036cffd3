"""lint_paths: every file gets its findings or one error line, whatever goes wrong with another file."""
from __future__ import annotations

import os
import sys

import pytest

from lintkit import lint_paths
from lintkit import parallel, runner
from lintkit.reporters import FORMATS
from tests.helpers import run_in_process

MEMO = "We need leaders, not managers.\n"
REPORT_HERE = "please report this with the file that caused it"


@pytest.fixture
def memos(tmp_path, monkeypatch):
    """Three memos; linting ``bad.md`` hits a bug (it raises IndexError)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LINTKIT_DEBUG", raising=False)
    for name in ("first.md", "bad.md", "last.md"):
        (tmp_path / name).write_text(MEMO, encoding="utf-8")
    monkeypatch.setattr(runner, "lint_bytes", _failing_on_bad_md(runner.lint_bytes))
    return ["first.md", "bad.md", "last.md"]


def _failing_on_bad_md(real):
    """``real`` (called with a file's bytes, its name and more), raising IndexError for ``bad.md``."""

    def buggy(raw, shown, *more):
        if shown.endswith("bad.md"):
            raise IndexError("list index out of range")
        return real(raw, shown, *more)

    return buggy


def test_a_bug_on_one_file_is_its_error_line_and_the_others_are_reported(memos, nlp):
    result = lint_paths(memos)
    assert sorted({f.path for f in result.findings}) == ["first.md", "last.md"]
    (error,) = result.errors
    assert error.one_line().startswith("bad.md: internal error (IndexError: list index out of range); " + REPORT_HERE)
    assert "LINTKIT_DEBUG=1" in error.one_line()


@pytest.mark.parametrize("output_format", [name for name, f in FORMATS.items() if f.counts_for is None])
def test_every_format_reports_the_other_files_and_exits_2(memos, nlp, capsys, output_format):
    run = run_in_process(capsys, "check", *memos, "--format", output_format, "--no-cache")
    assert run.code == 2
    assert "first.md" in run.out and "last.md" in run.out
    assert f"error: bad.md: internal error (IndexError: list index out of range); {REPORT_HERE}" in run.err
    assert "Traceback" not in run.err


def test_lintkit_debug_prints_the_traceback(memos, nlp, capsys, monkeypatch):
    monkeypatch.setenv("LINTKIT_DEBUG", "1")
    run = run_in_process(capsys, "check", *memos, "--no-cache")
    assert run.code == 2 and "first.md" in run.out
    assert "Traceback (most recent call last)" in run.err and 'raise IndexError("list index out of range")' in run.err


@pytest.mark.slow
def test_with_worker_processes_a_bug_on_one_file_is_its_error_line(memos, nlp, monkeypatch):
    monkeypatch.setattr(runner, "read_file_document", _failing_on_bad_md(runner.read_file_document))
    monkeypatch.setattr(parallel, "MIN_PARALLEL_BYTES", 1)  # workers even for three memos
    result = lint_paths(memos, jobs=2)  # forked workers inherit the buggy reader
    assert sorted({f.path for f in result.findings}) == ["first.md", "last.md"]
    assert [e.path for e in result.errors] == ["bad.md"] and REPORT_HERE in result.errors[0].one_line()


def test_a_bug_while_looking_a_file_up_spares_the_others(memos, nlp, monkeypatch):
    real = runner.settings_for
    monkeypatch.setattr(runner, "settings_for", lambda path, cli: real(path, cli) if path != "first.md" else 1 / 0)
    result = lint_paths(memos[::2])
    assert [f.path for f in result.findings] == ["last.md"]
    assert [e.one_line().split(";")[0] for e in result.errors] == ["first.md: internal error (ZeroDivisionError: division by zero)"]


def test_a_file_over_the_size_limit_is_an_error_not_a_read(tmp_path, nlp):
    big = tmp_path / "big.md"
    big.write_text(MEMO * 10, encoding="utf-8")
    result = lint_paths([str(big)], cli_overrides={"max_file_size": 100})
    assert [e.one_line() for e in result.errors] == [f"{big}: is larger than the limit of 100 bytes: not read (see max-file-size)"]
    assert lint_paths([str(big)]).errors == []


def test_special_files_given_to_the_api_are_errors_not_hangs(tmp_path):
    os.mkfifo(tmp_path / "pipe.md")
    result = lint_paths([str(tmp_path / "pipe.md"), "/dev/zero"])
    assert [e.problem for e in result.errors] == ["is a FIFO, not a regular file", "is a character device, not a regular file"]


def test_closed_standard_input_is_a_one_line_error(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)  # what Python makes of ``<&-``
    (error,) = lint_paths(["-"]).errors
    assert error.one_line() == "-: cannot read standard input (it is closed or unreadable)"


def test_one_path_as_a_str_or_path_is_one_path(tmp_path, nlp):
    memo = tmp_path / "memo.md"
    memo.write_text(MEMO, encoding="utf-8")
    assert [f.code for f in lint_paths(str(memo)).findings] == ["LM002"]
    assert [f.path for f in lint_paths(memo).findings] == [str(memo)]


@pytest.mark.parametrize("paths, named", [(b"memo.md", "bytes"), (3, "int"), ([b"memo.md"], "bytes"), ([None], "NoneType")])
def test_anything_but_paths_is_a_clear_type_error(paths, named):
    with pytest.raises(TypeError, match=f"lint_paths\\(\\) takes .*str or os.PathLike.*not {named}"):
        lint_paths(paths)



def test_a_huge_text_file_is_linted_in_parts_with_the_findings_of_the_whole(tmp_path, monkeypatch, nlp):
    from lintkit import api
    from lintkit.documents import text_parts

    monkeypatch.chdir(tmp_path)
    (tmp_path / "huge.txt").write_text("Intro.\n\nlintkit: disable-next-line\n\n" + MEMO + "\n" + MEMO * 3 + "\nlintkit: disable=LM002\n", encoding="utf-8")
    (tmp_path / "memo.md").write_text(MEMO, encoding="utf-8")
    whole = lint_paths(["huge.txt", "memo.md"], jobs=1)
    monkeypatch.setattr(text_parts, "IN_PARTS_FROM_BYTES", 1)
    monkeypatch.setattr(text_parts, "PART_BYTES", 10)
    read_in_parts = []
    monkeypatch.setattr(runner, "lint_in_parts", lambda raw, **kw: read_in_parts.append(kw["path"]) or api.lint_in_parts(raw, **kw))
    in_parts = lint_paths(["huge.txt", "memo.md"], jobs=1)
    assert read_in_parts == ["huge.txt"]
    assert [f.code for f in whole.findings] == ["LM002"] * 3 + ["LM100", "LM002"]  # the first memo line is suppressed
    assert in_parts.findings == whole.findings and not in_parts.errors
