import json
import os
import subprocess
import sys
import textwrap

import pytest

from lintkit import reporters
from lintkit.reporters import ReportContext, github, jsonl, text

from .conftest import TOOL_VERSION


@pytest.mark.parametrize("format", reporters.FORMATS)
def test_every_format_renders(format, findings, rules):
    out = reporters.render(format, findings, ReportContext(rules=rules, tool_version=TOOL_VERSION, errors=["x.md: unreadable"]))
    assert isinstance(out, str) and out.endswith("\n")
    if format in ("json", "sarif", "lsp", "statistics-json"):
        json.loads(out)


def test_dispatch_passes_the_context_through(findings, rules):
    context = ReportContext(rules=rules, tool_version=TOOL_VERSION, color=True, show_evidence=True, errors=["e"])
    assert reporters.render("text", findings, context) == text.render(findings, context)
    assert reporters.render("jsonl", findings, context) == jsonl.render(findings, context)
    assert reporters.render("github", [], context) == github.render([], context)


def test_every_format_is_a_render_function_of_findings_and_context():
    import importlib
    import inspect

    for entry in reporters.FORMATS.values():
        function = getattr(importlib.import_module(f"lintkit.reporters.{entry.module}"), entry.function)
        assert list(inspect.signature(function).parameters) == ["findings", "context"]


def test_default_format_is_text():
    assert reporters.DEFAULT_FORMAT == "text" and reporters.DEFAULT_FORMAT in reporters.FORMATS


def test_unknown_format(findings, rules):
    with pytest.raises(ValueError, match="allowed: text, json, jsonl, sarif, github, lsp, statistics"):
        reporters.render("xml", findings, ReportContext(rules=rules))


def test_text_output_does_not_import_lsprotocol():
    code = textwrap.dedent("""
        import sys
        from lintkit.reporters import render
        render("text", [])
        render("json", [])
        render("statistics", [])
        assert "lsprotocol" not in sys.modules
    """)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
