"""File names no output can carry as they are: undecodable bytes, newlines, tabs, escapes."""
from __future__ import annotations

import json
import os
from dataclasses import replace

import pytest

from lintkit.findings import Finding, LineIndex, locate
from lintkit.reporters import FORMATS, ReportContext, render
from lintkit.file_names import c_quoted, printable
from lintkit.severity import Severity

NOT_UTF8 = os.fsdecode(b"caf\xe9.md")  # how Python names a file whose name is not UTF-8
SOURCE = "We need leaders, not managers.\n"


def _finding(path: str) -> Finding:
    bare = Finding(path, "LM002", "replacement", Severity.WARNING, "msg", 8, 29)
    return locate(bare, LineIndex(SOURCE))


@pytest.mark.parametrize("format", FORMATS)
@pytest.mark.parametrize("path", [NOT_UTF8, "a\nb.md", "a\tb\x1b[31m.md"])
def test_every_format_renders_encodable_text(format, path):
    out = render(format, [_finding(path)], ReportContext(tool_version="0"))
    out.encode("utf-8")


@pytest.mark.parametrize("format", ["json", "jsonl"])
def test_json_keeps_the_name_it_was_given(format):
    out = render(format, [_finding(NOT_UTF8)], ReportContext(tool_version="0"))
    assert os.fsencode(NOT_UTF8) == b"caf\xe9.md" and '"caf\\udce9.md"' in out
    record = json.loads(out.splitlines()[0]) if format == "jsonl" else json.loads(out)["findings"][0]
    assert record["path"] == NOT_UTF8


def test_sarif_uri_percent_encodes_the_original_bytes():
    log = json.loads(render("sarif", [_finding(NOT_UTF8)], ReportContext(tool_version="0")))
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == "caf%E9.md"


@pytest.mark.parametrize("format", ["text", "github"])
@pytest.mark.parametrize("path, shown", [("a\nb.md", "a\\nb.md"), ("a\tb\x1b[31m.md", "a\\tb\\x1b[31m.md"), (NOT_UTF8, "caf\\xe9.md")])
def test_line_formats_keep_one_line_per_finding(format, path, shown):
    out = render(format, [replace(_finding(path), suggestion=None)], ReportContext(tool_version="0"))
    first = out.splitlines()[0]
    assert first.startswith(f"{shown}:1:9:") or first.startswith(f"::warning file={shown},line=1,")


def test_printable_leaves_ordinary_names_alone():
    assert printable("docs/naïve 日本 file.md") == "docs/naïve 日本 file.md"


@pytest.mark.parametrize(("name", "header"), [
    ("a/memo.md", "a/memo.md"),
    ("a/ünïcode.md", "a/ünïcode.md"),
    ("a/odd\n\x1bname.md", '"a/odd\\n\\033name.md"'),
    ("a/caf\udce9.md", '"a/caf\\351.md"'),
    ('a/say "hi"\\.md', '"a/say \\"hi\\"\\\\.md"'),
])
def test_a_diff_header_quotes_a_name_as_git_does(name, header):
    assert c_quoted(name) == header
