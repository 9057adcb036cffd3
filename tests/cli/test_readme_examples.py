"""The README's output examples are real: each matches a run on examples/memo.md.

Messages and suggestions may be reworded in the rule files, so the examples are
compared on what a consumer relies on -- shape, positions, codes -- and the
json examples are validated against the schema.
"""
from __future__ import annotations

import json
import re

import jsonschema
import pytest
from lsprotocol import converters
from lsprotocol import types as lsp

from lintkit.reporters import json as json_reporter

from .conftest import REPO, lintkit

pytestmark = pytest.mark.slow

MEMO = "examples/memo.md"


@pytest.fixture(scope="module")
def blocks() -> list[tuple[str, str]]:
    """(language, body) of each fenced block in the README's "Output formats" section."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Output formats\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```(\w+)\n(.*?)```", section, flags=re.S)


@pytest.fixture(scope="module")
def real():
    def run(*args: str):
        done = lintkit("check", *args, MEMO, cwd=REPO)
        assert done.code == 1, done.err
        return done.out

    return run


def _where(record: dict) -> tuple:
    return record["path"], record["line"], record["column"], record["code"]


def test_text_example(blocks, real):
    text = next(body for lang, body in blocks if lang == "text" and "|" in body)
    out = real()
    header = text.splitlines()[0]
    assert header.split(" [")[0] in out  # path:line:col: CODE
    assert text.strip().splitlines()[-1] == out.strip().splitlines()[-1]  # the summary


def test_json_and_jsonl_examples(blocks, real):
    examples = [json.loads(body) for lang, body in blocks if lang == "json"]
    document, line = examples[0], examples[1]
    jsonschema.Draft202012Validator(json_reporter.schema()).validate(document)
    findings = json.loads(real("--format", "json"))["findings"]
    by_place = {_where(f): f for f in findings}
    for record in [*document["findings"], line]:
        assert set(record) == set(findings[0])
        assert {k: v for k, v in record.items() if k not in ("message", "suggestion", "replacement")} == {
            k: v for k, v in by_place[_where(record)].items() if k not in ("message", "suggestion", "replacement")
        }


def test_sarif_example(blocks, real):
    result = json.loads([body for lang, body in blocks if lang == "json"][2])
    results = json.loads(real("--format", "sarif"))["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]
    same = [r for r in results if r["locations"][0]["physicalLocation"] == location]
    assert len(same) == 1
    assert {k: v for k, v in same[0].items() if k != "message"} == {k: v for k, v in result.items() if k != "message"}


def test_github_example(blocks, real):
    command = next(body for lang, body in blocks if lang == "text" and body.startswith("::")).strip()
    prefix = command.split("::")[1]  # the command and its properties
    assert any(line.split("::")[1] == prefix for line in real("--format", "github").splitlines())


def test_lsp_example(blocks, real):
    example = converters.get_converter().structure(json.loads([body for lang, body in blocks if lang == "json"][3]), list[lsp.PublishDiagnosticsParams])
    actual = converters.get_converter().structure(json.loads(real("--format", "lsp")), list[lsp.PublishDiagnosticsParams])
    assert example[0].uri.endswith("/" + MEMO) and actual[0].uri.endswith("/" + MEMO)
    shown = example[0].diagnostics[0]
    (same,) = [d for d in actual[0].diagnostics if d.range == shown.range]
    assert (same.code, same.severity, same.source, same.code_description) == (shown.code, shown.severity, shown.source, shown.code_description)


def test_statistics_example(blocks, real):
    table = next(body for lang, body in blocks if lang == "text" and re.match(r"\d+\s+LM", body))
    assert real("--statistics") == table
