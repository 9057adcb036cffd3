"""SARIF 2.1.0, so code-scanning services can show, track and dismiss prose findings.

Those services keep an alert open across pushes by matching fingerprints, so a
fingerprint here must survive edits elsewhere in the file: it hashes the rule,
the path, the matched words (whitespace collapsed, so re-wrapping a paragraph
keeps it) and which occurrence of those words this is -- never line numbers. Columns are Unicode code points, which SARIF allows only
when the run says so (its default is UTF-16), hence ``columnKind``. Paths become
URIs relative to ``%SRCROOT%`` (the directory lintkit ran in) so results read
the same on every machine; a file outside that directory gets an absolute
``file://`` URI, since a relative one would have to climb out of the root.
"""
from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import Any

from lintkit import rule_docs
from lintkit.documents.markups import STDIN
from lintkit.engine.rule import Rule
from lintkit.findings import Finding
from lintkit.reporters.context import ReportContext
from lintkit.reporters.json import dumps
from lintkit.file_names import uri_path
from lintkit.severity import three_levels

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://lintkit.dev"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "lintkitMatch/v1"
TAGS = ("prose", "terminology")

LEVEL = three_levels("note")


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    return dumps(log(findings, context), indent=2) + "\n"


def log(findings: Sequence[Finding], context: ReportContext) -> dict[str, Any]:
    """The SARIF log as a dict. ``context.root`` (default: the working directory) anchors absolute paths."""
    ordered = sorted(context.rules.values(), key=lambda r: r.code)
    root = context.root
    index = {rule.code: i for i, rule in enumerate(ordered)}
    fingerprints = fingerprints_for(findings)
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "lintkit",
                        "version": context.tool_version,
                        "informationUri": INFORMATION_URI,
                        "rules": [rule_descriptor(r) for r in ordered],
                    }
                },
                "invocations": [invocation(context.errors)],
                "columnKind": "unicodeCodePoints",
                "results": [
                    result(f, index.get(f.code), fp, root) for f, fp in zip(findings, fingerprints)
                ],
            }
        ],
    }


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.rationale},
        "help": {"text": rule_docs.as_text(rule), "markdown": rule_docs.as_markdown(rule)},
        "helpUri": rule.url,
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"precision": rule.precision, "tags": list(TAGS)},
    }


def invocation(errors: Sequence[str]) -> dict[str, Any]:
    record: dict[str, Any] = {"executionSuccessful": not errors}
    if errors:
        record["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": e}} for e in errors
        ]
    return record


def result(finding: Finding, rule_index: int | None, fingerprint: str, root: Path | None) -> dict[str, Any]:
    record: dict[str, Any] = {"ruleId": finding.code}
    if rule_index is not None:
        record["ruleIndex"] = rule_index
    record |= {
        "level": LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": physical_location(finding, root)}],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
    }
    if finding.context:
        record["properties"] = {"context": finding.context}
    return record


def physical_location(finding: Finding, root: Path | None) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
    }
    if finding.matched:
        region["snippet"] = {"text": finding.matched}
    return {"artifactLocation": artifact_location(finding.path, root), "region": region}


def artifact_location(path: str, root: Path | None = None) -> dict[str, Any]:
    """A URI for ``path``: relative to %SRCROOT% where possible, absolute otherwise."""
    if path == STDIN:
        return {"uri": "stdin", "description": {"text": "standard input"}}
    base = Path(os.path.abspath(root if root is not None else Path.cwd()))
    target = Path(os.path.normpath(base / path))  # an absolute ``path`` replaces ``base``
    relative = _relative_to(target, base)
    if relative is None:  # outside the root (e.g. "../other/x.md"): no relative URI can name it
        return {"uri": target.as_uri()}
    return {"uri": uri_path(relative.as_posix()), "uriBaseId": SRCROOT}


def _relative_to(target: Path, base: Path) -> PurePath | None:
    """``target`` relative to ``base`` as written, else with symlinks resolved, else None."""
    for t, b in ((target, base), (target.resolve(), base.resolve())):
        try:
            return t.relative_to(b)
        except ValueError:
            continue
    return None


def fingerprints_for(findings: Sequence[Finding]) -> list[str]:
    """A hash per finding of (code, path, matched words, occurrence), stable when lines move."""
    seen: Counter[tuple[str, str, str]] = Counter()
    prints = []
    for finding in findings:
        key = (finding.code, PurePath(finding.path).as_posix(), finding.matched)
        prints.append(fingerprint(*key, occurrence=seen[key]))
        seen[key] += 1
    return prints


def fingerprint(code: str, path: str, matched: str, *, occurrence: int) -> str:
    text = "\0".join([code, path, " ".join(matched.split()), str(occurrence)])
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:32]
