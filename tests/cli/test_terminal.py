"""Colour and the progress bar: for a person at a terminal, never in pipes, CI logs or machine formats.

The decision is a pure function, tested on its inputs; the real runs put a
pseudo-terminal on stdout or stderr to check that a terminal does get them.
"""
from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from lintkit.progress import MIN_FILES, ProgressBar, should_show

from .conftest import Run, environment, lintkit

ANSI = "\x1b["
TTY = {"is_tty": True, "output_format": "text", "env": {}, "file_count": MIN_FILES + 1}

# -- the decision -------------------------------------------------------------


def test_shown_on_a_terminal_for_text_and_many_files():
    assert should_show(**TTY)


@pytest.mark.parametrize(
    "change",
    [
        {"is_tty": False},
        {"env": {"CI": "true"}},
        {"env": {"CI": ""}},
        {"file_count": MIN_FILES},
        {"file_count": 1},
        {"file_count": 0},
        *({"output_format": f} for f in ("json", "jsonl", "sarif", "github", "lsp")),
    ],
)
def test_not_shown(change):
    assert not should_show(**{**TTY, **change})


def test_other_environment_variables_do_not_matter():
    assert should_show(**{**TTY, "env": {"TERM": "xterm", "GITHUB_ACTIONS_NOT": "1"}})


# -- the bar ------------------------------------------------------------------


def test_bar_draws_in_place_and_erases_itself():
    stream = io.StringIO()
    with ProgressBar(3, stream, min_interval=0) as bar:
        for path in ("a.md", "b.md", "c.md"):
            bar.advance(path)
    out = stream.getvalue()
    assert "\n" not in out
    assert out.count("\r") == 5  # first draw, three advances, erase
    assert "Linting [" in out and "3/3 files" in out
    assert out.endswith("\r\x1b[K")


def test_bar_line_fits_the_terminal():
    bar = ProgressBar(40, io.StringIO())
    bar.done = 10
    assert bar.line(80) == "Linting [##########..............................] 10/40 files"
    assert len(bar.line(30)) < 30
    assert bar.line(20) == "Linting 10/40 files"
    assert len(bar.line(10)) == 9


def test_bar_throttles_redraws():
    stream = io.StringIO()
    bar = ProgressBar(1000, stream, min_interval=3600)
    with bar:
        for _ in range(999):
            bar.advance()
        assert stream.getvalue().count("\r") == 1  # only the first draw
        bar.advance()
        assert "1000/1000 files" in stream.getvalue()  # the last one always draws


# -- real runs ----------------------------------------------------------------


def run_on_terminal(*args: str, cwd: Path, terminal: str, **env: str | None) -> Run:
    """``python -m lintkit ARGS`` with a pseudo-terminal as ``terminal`` ("stdout" or "stderr")."""
    import pty

    master, slave = pty.openpty()
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, terminal: slave}
    process = subprocess.Popen(
        [sys.executable, "-m", "lintkit", *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        env=environment(**env),
        **streams,
    )
    os.close(slave)
    chunks: list[bytes] = []

    def drain():
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    out, err = process.communicate(timeout=300)
    reader.join(timeout=30)
    os.close(master)
    shown = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    piped = (out if terminal == "stderr" else err).decode("utf-8")
    return Run(process.returncode, shown, piped) if terminal == "stdout" else Run(process.returncode, piped, shown)


posix_only = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


@pytest.fixture(scope="module")
def many_files(tmp_path_factory) -> Path:
    """More files than the bar's threshold; none mentions either family, so no pipeline loads."""
    root = tmp_path_factory.mktemp("many")
    for n in range(MIN_FILES + 5):
        (root / f"note{n:02}.md").write_text(f"Note {n}: the release shipped on time.\n", encoding="utf-8")
    return root


@pytest.mark.slow
@posix_only
def test_text_is_coloured_on_a_terminal_only(workspace):
    on_terminal = run_on_terminal("check", "memo.md", cwd=workspace, terminal="stdout", TERM="xterm")
    assert on_terminal.code == 1
    assert ANSI in on_terminal.out and "LM003" in on_terminal.out
    piped = lintkit("check", "memo.md", cwd=workspace, TERM="xterm")
    assert piped.code == 1 and ANSI not in piped.out and "LM003" in piped.out
    no_color = run_on_terminal("check", "memo.md", cwd=workspace, terminal="stdout", TERM="xterm", NO_COLOR="1")
    assert ANSI not in no_color.out


@pytest.mark.slow
@posix_only
def test_progress_bar_on_a_terminal(many_files):
    run = run_on_terminal("check", ".", cwd=many_files, terminal="stderr", CI=None, TERM="xterm")
    assert run.code == 0, run.err
    assert "Linting [" in run.err and f"{MIN_FILES + 5}/{MIN_FILES + 5} files" in run.err
    assert run.err.endswith("\r\x1b[K")  # erased before the report
    assert run.out == ""


@pytest.mark.slow
@posix_only
@pytest.mark.parametrize(
    "args, env",
    [
        (("check", "."), {"CI": "true"}),
        (("check", "--format", "json", "."), {"CI": None}),
        (("check", "--format", "sarif", "."), {"CI": None}),
    ],
    ids=["under-CI", "json", "sarif"],
)
def test_no_progress_bar_under_ci_or_machine_formats(many_files, args, env):
    run = run_on_terminal(*args, cwd=many_files, terminal="stderr", TERM="xterm", **env)
    assert run.code == 0
    assert run.err == ""


@pytest.mark.slow
def test_no_progress_bar_in_a_pipe(many_files):
    run = lintkit("check", ".", cwd=many_files, CI=None)
    assert (run.code, run.out, run.err) == (0, "", "")
