"""Inline suppression comments applied to findings, and the ones that did nothing.

A ``disable`` comment opens a region that runs to the matching ``enable`` (or to
the end of the file); ``disable-next-line`` covers the next line that holds
text; ``disable-line`` covers the line it sits on, so in Markdown it can end
the flagged line without splitting the paragraph. A comment that suppresses
nothing is reported (like ruff's RUF100), so stale comments do not pile up.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from lintkit.codes import did_you_mean
from lintkit.documents.model import Document, Suppression
from lintkit.engine.rule import Rule
from lintkit.findings import Finding, LineIndex

UNUSED_SUPPRESSION = "LM100"  # the rule (rules/LM100-unused-suppression.toml) whose findings this module makes


@dataclass(frozen=True)
class Region:
    suppression: Suppression
    first_line: int
    last_line: int  # inclusive; 0-based

    def covers(self, code: str, line: int) -> bool:
        codes = self.suppression.codes
        return (not codes or code in codes) and self.first_line <= line <= self.last_line


def _next_text_line(index: LineIndex, after: int) -> int:
    line = after + 1
    while line < len(index.starts) and not index.line_text(line).strip():
        line += 1
    return line


def regions(document: Document, index: LineIndex) -> list[Region]:
    found: list[Region] = []
    open_regions: list[Suppression] = []
    last_line = len(index.starts) - 1
    for s in sorted(document.suppressions, key=lambda s: s.start):
        if s.action == "disable-next-line":
            target = _next_text_line(index, s.last_line)
            found.append(Region(s, target, target))
        elif s.action == "disable-line":
            found.append(Region(s, s.line, s.last_line))
        elif s.action == "disable":
            open_regions.append(s)
        elif s.action == "enable":
            for opened in [o for o in open_regions if not s.codes or not o.codes or o.codes & s.codes]:
                open_regions.remove(opened)
                found.append(Region(opened, opened.line, s.line))
    found.extend(Region(o, o.line, last_line) for o in open_regions)
    return found


def apply_suppressions(
    findings: list[Finding], document: Document, index: LineIndex, path: str, is_active, rule: Rule, known: Collection[str]
) -> list[Finding]:
    """Drop suppressed findings; add one ``rule`` (LM100) finding per comment that did nothing or names a code not in ``known``."""
    spans = regions(document, index)
    used: set[int] = set()
    kept = []
    for finding in findings:
        line = index.line_of(finding.start)
        covering = [r for r in spans if r.covers(finding.code, line)]
        used.update(id(r.suppression) for r in covering)
        if not covering:
            kept.append(finding)
    for s in document.suppressions:
        if s.action == "invalid":
            kept.append(_meta_finding(s, path, rule, "This lintkit comment cannot be read (use disable, enable, disable-next-line or disable-line, with =CODE,CODE)."))
        elif unknown := sorted(s.codes - set(known)):
            kept.append(_meta_finding(s, path, rule, _unknown_code_message(unknown, known)))
        elif s.action != "enable" and id(s) not in used and all(is_active(c) for c in s.codes):
            kept.append(_meta_finding(s, path, rule, rule.message))
    return kept


def _unknown_code_message(codes: list[str], known: Collection[str]) -> str:
    """A typo in a comment would otherwise disable nothing, silently; one finding names them all, so one comment is
    reported once."""
    if len(codes) == 1:
        return f"This lintkit comment names {codes[0]}, which is not a rule{did_you_mean(codes[0], known)}."
    named = [f"{code}{did_you_mean(code, known)}" for code in codes]
    return f"This lintkit comment names {', '.join(named[:-1])} and {named[-1]}, which are not rules."


def _meta_finding(s: Suppression, path: str, rule: Rule, message: str) -> Finding:
    return Finding(path=path, code=rule.code, name=rule.name, severity=rule.severity, message=message, start=s.start, end=s.end, suggestion=rule.suggestion)
