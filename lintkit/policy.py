"""What the user asked to see: a short pipeline of pure filters over findings.

Rules only find; this module decides. Selection, severity overrides and the
quoted/attributed policy live here once, not inside every rule (STYLE.md habit 9).
"""
from __future__ import annotations

from dataclasses import replace

from lintkit.config import Config
from lintkit.findings import Finding
from lintkit.severity import Severity


def select(findings: list[Finding], config: Config) -> list[Finding]:
    return [f for f in findings if config.is_selected(f.code)]


def override_severity(findings: list[Finding], config: Config) -> list[Finding]:
    overridden = []
    for finding in findings:
        level = config.severity_for(finding.code)
        overridden.append(finding if level is None else replace(finding, severity=level))
    return overridden


def apply_context_policy(findings: list[Finding], config: Config) -> list[Finding]:
    """Quoted or attributed findings: shown at info (default), hidden, or kept as they are."""
    if config.context_policy == "keep":
        return findings
    result = []
    for finding in findings:
        if finding.context is None:
            result.append(finding)
        elif config.context_policy == "info":
            level = Severity.INFO if finding.severity.rank > Severity.INFO.rank else finding.severity
            result.append(replace(finding, severity=level))
    return result


def apply_policy(findings: list[Finding], config: Config) -> list[Finding]:
    for step in (select, override_severity, apply_context_policy):
        findings = step(findings, config)
    return sorted(findings, key=lambda f: f.sort_key)


def fails(findings: list[Finding], fail_on: Severity) -> bool:
    return any(f.severity.rank >= fail_on.rank for f in findings)
