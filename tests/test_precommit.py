"""The pre-commit hook, through the real ``pre-commit`` tool, as a docs repository would meet it.

``pre-commit try-repo`` clones this repository (with any uncommitted changes to
tracked files, through a temporary commit), builds a virtualenv and
pip-installs lintkit from it -- so this also proves that the hook installs with
nothing but the package index. try-repo keeps that environment in a temporary
store of its own and deletes it afterwards, so each call builds it again; pip's
cache (left at its default place) makes the second build quick. PRE_COMMIT_HOME
points into the test's folder, so nothing lands in the user's home.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("pre_commit")

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]

# One file per markup the hook declares, each with a finding, and one it must not read.
DOCS = {
    "notes.md": ("# Notes\n\nWe need leaders, not managers.\n", "# Notes\n\nWe need more leadership as well as sound management.\n"),
    "guide.rst": ("Guide\n=====\n\nStop managing and start leading.\n", "Guide\n=====\n\nKeep managing well and start leading too.\n"),
    "todo.txt": ("Escalate blockers to leadership before Friday.\n", "Escalate blockers to the executive team before Friday.\n"),
    "page.html": ("<p>We need leaders, not managers.</p>\n", "<p>We need more leadership as well as sound management.</p>\n"),
}
NOT_PROSE = ("tool.py", "# We need leaders, not managers.\nprint('hi')\n")


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")
    env["PRE_COMMIT_COLOR"] = "never"
    env.pop("PYTHONPATH", None)  # the hook must run the lintkit pre-commit installed, not this checkout
    return env


def _git(*args: str, cwd: Path, env: dict[str, str]) -> None:
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def _try_repo(docs: Path, env: dict[str, str]) -> tuple[int, str, float]:
    """The hook run over every file of ``docs``: its exit code, its output and the seconds it took."""
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "lintkit", "--all-files", "--verbose"],
        cwd=docs,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    return run.returncode, run.stdout + run.stderr, time.monotonic() - started


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.skipif(not (REPO / ".git").exists(), reason="needs this repository's git checkout")
def test_try_repo_fails_on_a_finding_and_passes_once_fixed(tmp_path):
    env = _env(tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    _git("init", "-q", cwd=docs, env=env)
    _git("config", "user.name", "Docs Writer", cwd=docs, env=env)
    _git("config", "user.email", "writer@example.invalid", cwd=docs, env=env)
    _git("config", "commit.gpgsign", "false", cwd=docs, env=env)
    for name, (bad, _) in DOCS.items():
        (docs / name).write_text(bad, encoding="utf-8")
    (docs / NOT_PROSE[0]).write_text(NOT_PROSE[1], encoding="utf-8")
    _git("add", "-A", cwd=docs, env=env)
    _git("commit", "-q", "-m", "docs", cwd=docs, env=env)

    code, output, first = _try_repo(docs, env)
    assert code == 1, output
    assert "lintkit" in output and "Failed" in output
    assert "notes.md:3:9: LM002 [warning]" in output
    assert "guide.rst:4:1: LM002 [warning]" in output
    assert "todo.txt:1:22: LM003 [warning]" in output
    assert "page.html:1:12: LM002 [warning]" in output
    assert "tool.py" not in output  # types_or keeps the hook to prose files

    for name, (_, good) in DOCS.items():
        (docs / name).write_text(good, encoding="utf-8")
    _git("commit", "-q", "-am", "fix wording", cwd=docs, env=env)

    code, output, second = _try_repo(docs, env)
    assert code == 0, output
    assert "Passed" in output and "LM00" not in output
    print(f"pre-commit try-repo: failing run {first:.1f}s, passing run {second:.1f}s")
    assert (tmp_path / "pre-commit-home").is_dir()  # pre-commit's own store went to the test's folder
