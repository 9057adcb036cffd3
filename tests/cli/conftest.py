"""Running ``python -m lintkit`` for real, in a scratch folder, the way a user or CI would."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EMOJI_LINE = "🎉🚀 We need leaders, not managers."  # two astral-plane emoji: 2 code points, 4 UTF-16 units


@dataclass
class Run:
    code: int
    out: str
    err: str


def environment(**changes: str | None) -> dict[str, str]:
    """The test's environment with this checkout importable first; ``None`` removes a variable."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop("NO_COLOR", None)
    env.pop("LINTKIT_DEBUG", None)
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def lintkit(*args: str, cwd: Path, stdin: bytes | None = None, **env: str | None) -> Run:
    """``python -m lintkit ARGS`` in ``cwd``, its output piped (so never a terminal)."""
    done = subprocess.run(
        [sys.executable, "-m", "lintkit", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        env=environment(**env),
        timeout=300,
    )
    return Run(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


@pytest.fixture(scope="session")
def workspace(tmp_path_factory) -> Path:
    """A folder of inputs: the example memo, a file with emoji before a finding, a clean file, a bad file."""
    root = tmp_path_factory.mktemp("workspace")
    shutil.copy(REPO / "examples" / "memo.md", root / "memo.md")
    (root / "docs").mkdir()
    (root / "docs" / "emoji.md").write_text(f"# Launch\n\n{EMOJI_LINE}\n", encoding="utf-8")
    (root / "docs" / "clean.txt").write_text("The team shipped the release on time.\n", encoding="utf-8")
    (root / "bad.md").write_bytes(b"caf\xe9 leaders\n")  # not UTF-8
    return root


INPUTS = ("memo.md", "docs/emoji.md", "docs/clean.txt", "bad.md")
BAD_ERROR = "bad.md: is not valid UTF-8 (byte 0xe9 at byte offset 3)"
