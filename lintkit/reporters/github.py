"""GitHub Actions workflow commands, so findings appear as annotations on the pull request.

The runner parses each stdout line as ``::level key=value,...::message``, so
values must be escaped by its rules or a comma in a file name or a newline in a
suggestion would cut the annotation short. GitHub places a column range only
within one line, so multi-line findings give lines alone.
"""
from __future__ import annotations

from collections.abc import Sequence

from lintkit.documents.markups import STDIN
from lintkit.findings import Finding
from lintkit.reporters.context import ReportContext
from lintkit.file_names import printable
from lintkit.severity import three_levels

COMMAND = three_levels("notice")


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    lines = [annotation(f) for f in findings]
    lines += [workflow_command("error", {"title": "lintkit"}, e) for e in context.errors]
    return "".join(line + "\n" for line in lines)


def annotation(finding: Finding) -> str:
    one_line = finding.end_line == finding.line
    properties = {
        "file": printable(finding.path) if finding.path != STDIN else None,
        "line": finding.line,
        "col": finding.column if one_line else None,
        "endLine": finding.end_line,
        "endColumn": finding.end_column if one_line else None,
        "title": f"{finding.code} {finding.name}",
    }
    message = finding.message
    if finding.suggestion:
        message += f"\nSuggestion: {finding.suggestion}"
    return workflow_command(
        COMMAND[finding.severity],
        {key: value for key, value in properties.items() if value is not None},
        message,
    )


def workflow_command(command: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{command} {props}::{escape_data(message)}" if props else f"::{command}::{escape_data(message)}"


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")
