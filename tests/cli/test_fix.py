"""``lintkit check --fix`` and ``--diff`` on the example memo, as the README shows them."""
from __future__ import annotations

import os
import shutil
import stat
import subprocess

import pytest

from tests.helpers import REPO, run_in_process

MEMO_FIXED_LINES = {
    7: "We need leaders as well as managers. Keep managing and start leading.\n",
    9: "Escalate blockers to the executive team before Friday. Run `lead --dry-run` first;\n",
}


@pytest.fixture
def memo(tmp_path):
    path = tmp_path / "memo.md"
    shutil.copy(REPO / "examples" / "memo.md", path)
    os.chmod(path, 0o640)
    return path


def test_diff_prints_the_safe_fixes_and_changes_nothing(capsys, nlp, memo):
    before = (memo.read_bytes(), memo.stat().st_mtime_ns)
    run = run_in_process(capsys, "check", "--diff", "--no-cache", str(memo))
    assert run.code == 1
    assert f"--- a/{memo}\n+++ b/{memo}\n" in run.out
    assert "-We need leaders, not managers. Stop managing and start leading.\n+" + MEMO_FIXED_LINES[7] in run.out
    assert "replace management with" not in run.out.split("+++", 1)[1]  # attributed: reported, never rewritten
    assert (memo.read_bytes(), memo.stat().st_mtime_ns) == before


def test_fix_writes_the_safe_fixes_and_reports_what_remains(capsys, nlp, memo):
    original = memo.read_text(encoding="utf-8").splitlines(keepends=True)
    run = run_in_process(capsys, "check", "--fix", "--no-cache", "--format", "jsonl", str(memo))
    fixed = memo.read_text(encoding="utf-8").splitlines(keepends=True)
    assert {n + 1: line for n, line in enumerate(fixed) if line != original[n]} == MEMO_FIXED_LINES
    assert "Fixed 3 findings in 1 file." in run.err
    assert run.out.count('"code"') == 2 and '"context": "quoted"' in run.out and '"context": "attributed"' in run.out
    assert run.code == 0  # only info findings remain
    assert stat.S_IMODE(memo.stat().st_mode) == 0o640
    assert [p.name for p in memo.parent.iterdir()] == ["memo.md"]  # no temporary file left behind


def test_a_second_fix_run_changes_nothing(capsys, nlp, memo):
    run_in_process(capsys, "check", "--fix", "--no-cache", str(memo))
    once = (memo.read_bytes(), memo.stat().st_mtime_ns)
    run = run_in_process(capsys, "check", "--fix", "--no-cache", str(memo))
    assert (memo.read_bytes(), memo.stat().st_mtime_ns) == once
    assert "Fixed" not in run.err
    assert run_in_process(capsys, "check", "--diff", "--no-cache", str(memo)) == type(run)(0, "", "")


def test_a_byte_order_mark_and_crlf_line_ends_survive(capsys, nlp, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"\xef\xbb\xbfIntro.\r\nWe need leaders, not managers.\r\n")
    run_in_process(capsys, "check", "--fix", "--no-cache", str(path))
    assert path.read_bytes() == b"\xef\xbb\xbfIntro.\r\nWe need leaders as well as managers.\r\n"


def test_fix_and_diff_need_files(capsys):
    run = run_in_process(capsys, "check", "--fix", "-")
    assert run.code == 2 and run.err.startswith("error: ") and "standard input" in run.err and run.err.count("\n") == 1


def test_a_diff_for_an_odd_file_name_applies_with_git(capsys, nlp, tmp_path, monkeypatch):
    """A newline, an escape and an undecodable byte in the name: the headers stay one line each and git reads them."""
    monkeypatch.chdir(tmp_path)
    name = os.fsdecode(b"odd\n\x1bname\xe9.md")
    with open(name, "w", encoding="utf-8") as memo:
        memo.write("Intro.\nWe need leaders, not managers.\n")
    run = run_in_process(capsys, "check", "--diff", "--no-cache", name)
    assert run.code == 1
    assert run.out.splitlines()[:2] == ['--- "a/odd\\n\\033name\\351.md"', '+++ "b/odd\\n\\033name\\351.md"']
    subprocess.run(["git", "apply", "--unsafe-paths", "-p1"], input=run.out.encode("utf-8"), check=True, capture_output=True)
    with open(name, encoding="utf-8") as memo:
        assert memo.read() == "Intro.\nWe need leaders as well as managers.\n"
