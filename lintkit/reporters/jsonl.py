"""One finding per line, for streaming into ``jq``, log pipelines and databases.

A consumer can process each line on its own without holding the whole run in
memory. Each line is the same object as an element of the ``json`` format's
``findings`` (see ``json-schema-v1.json``, ``$defs/finding``); there is no
envelope, so errors are left to stderr.
"""
from __future__ import annotations

from collections.abc import Sequence

from lintkit.findings import Finding
from lintkit.reporters.context import ReportContext
from lintkit.reporters.json import dumps, finding_record


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    return "".join(dumps(finding_record(f, context.rules)) + "\n" for f in findings)
