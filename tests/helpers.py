"""Running the real CLI, in-process (warm pipeline) or through its installed entry point."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from lintkit.cli import main

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_in_process(capsys, *args: str) -> Run:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    captured = capsys.readouterr()
    return Run(int(exit_info.value.code or 0), captured.out, captured.err)


def entry_point() -> list[str]:
    """The installed ``lintkit`` script beside this interpreter, else ``python -m lintkit.cli``."""
    script = Path(sys.executable).with_name("lintkit")
    if script.exists():
        return [str(script)]
    found = shutil.which("lintkit")
    return [found] if found else [sys.executable, "-m", "lintkit.cli"]


def run_entry_point(*args: str, cwd=None, stdin: bytes | None = None, env=None) -> Run:
    environment = {**os.environ, **(env or {})}
    environment["PYTHONPATH"] = str(REPO) + os.pathsep + environment.get("PYTHONPATH", "")
    done = subprocess.run([*entry_point(), *args], cwd=cwd, input=stdin, capture_output=True, env=environment, timeout=300)
    return Run(done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))


def flagged_sentences() -> list[str]:
    """The rules' flag examples that are whole sentences (they end with . ! or ?, maybe inside a quote)."""
    from lintkit.engine.loader import rules_for

    examples = [ex.text for rule in rules_for().values() if rule.patterns for ex in rule.flag]
    return [text for text in examples if text.rstrip("\"'”’)").endswith((".", "!", "?"))]
