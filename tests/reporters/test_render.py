import json
import os
import subprocess
import sys
import textwrap

import pytest

from lintkit import reporters
from lintkit.reporters import github, jsonl, text

from .conftest import TOOL_VERSION


@pytest.mark.parametrize("format", reporters.FORMATS)
def test_every_format_renders(format, findings, rules):
    out = reporters.render(format, findings, rules=rules, tool_version=TOOL_VERSION, errors=["x.md: unreadable"])
    assert isinstance(out, str) and out.endswith("\n")
    if format in ("json", "sarif", "lsp"):
        json.loads(out)


def test_dispatch_passes_the_options_through(findings, rules):
    assert reporters.render("text", findings, rules=rules, tool_version=TOOL_VERSION, color=True, show_evidence=True) == (
        text.render(findings, color=True, show_evidence=True)
    )
    assert reporters.render("jsonl", findings, rules=rules, tool_version=TOOL_VERSION) == jsonl.render(findings, rules=rules)
    assert reporters.render("github", [], rules=rules, tool_version=TOOL_VERSION, errors=["e"]) == github.render([], errors=["e"])


def test_default_format_is_text():
    assert reporters.DEFAULT_FORMAT == "text" and reporters.DEFAULT_FORMAT in reporters.FORMATS


def test_unknown_format(findings, rules):
    with pytest.raises(ValueError, match="allowed: text, json, jsonl, sarif, github, lsp"):
        reporters.render("xml", findings, rules=rules, tool_version=TOOL_VERSION)


def test_text_output_does_not_import_lsprotocol():
    code = textwrap.dedent("""
        import sys
        from lintkit.reporters import render
        render("text", [], rules={}, tool_version="0")
        render("json", [], rules={}, tool_version="0")
        assert "lsprotocol" not in sys.modules
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
