"""A rule as lintkit holds it after loading its file (see rules/README.md)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lintkit.severity import Severity

DOCS_URL = "https://lintkit.dev/rules/{code}-{name}"
# A doubled bracket (a literal one) or a single one (a span's edge) in an example.
_EXAMPLE_MARK = re.compile(r"\[\[|\]\]|[\[\]]")


@dataclass(frozen=True)
class Example:
    """An example sentence; ``spans`` are the expected findings' character spans."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()

    @classmethod
    def parse(cls, marked: str) -> "Example":
        """Read ``We need [leaders, not managers].``: brackets mark expected spans.

        A literal bracket is written doubled (``[[`` or ``]]``). Only the marks
        are visited: a rule pack holds thousands of examples, parsed at every start.
        """
        pieces: list[str] = []
        spans: list[tuple[int, int]] = []
        open_at: int | None = None
        length = last = 0
        for mark in _EXAMPLE_MARK.finditer(marked):
            piece = marked[last:mark.start()] + (mark.group()[0] if len(mark.group()) == 2 else "")
            pieces.append(piece)
            length += len(piece)
            last = mark.end()
            if mark.group() == "[":
                if open_at is not None:
                    raise ValueError(f"nested '[' in example {marked!r}")
                open_at = length
            elif mark.group() == "]":
                if open_at is None:
                    raise ValueError(f"unmatched ']' in example {marked!r}")
                spans.append((open_at, length))
                open_at = None
        if open_at is not None:
            raise ValueError(f"unclosed '[' in example {marked!r}")
        return cls("".join(pieces) + marked[last:], tuple(spans))


@dataclass(frozen=True)
class Pattern:
    """One pattern of a rule: a spaCy Matcher or DependencyMatcher spec plus named conditions."""

    id: str
    kind: str  # token | dependency
    spec: list
    conditions: tuple[str, ...] = ()
    cross_sentence: bool = False
    # The claim is made by the match's last sentence ("Some say managing differs from leading. It doesn't."): its
    # context is that sentence's, not that of the earlier words it takes back.
    claim_in_last_sentence: bool = False


@dataclass(frozen=True)
class Fix:
    """A rewrite of a finding's words, written as data so each pattern gets one that reads right in place.

    ``find`` must match the whole finding; ``before`` and ``after`` (optional)
    must match the text just before and after it, so a fix can depend on the
    word in front ("to leadership" becomes "to the executive team", "the
    leadership" becomes "the executive team"). A finding that no fix of its
    rule fits gets none: no rewrite beats a wrong one. ``safe`` fixes read right
    wherever they fit; only those are preferred in editors and applied by
    ``lintkit check --fix``.
    """

    find: re.Pattern
    replace: str
    safe: bool
    examples: tuple[tuple[Example, str], ...]  # (the flagged sentence, the sentence after the fix)
    patterns: tuple[str, ...] = ()  # pattern ids it is for; empty: every pattern of the rule
    before: re.Pattern | None = None
    after: re.Pattern | None = None

    def rewrite(self, pattern_id: str, preceding: str, matched: str, following: str) -> str | None:
        """The replacement for ``matched``, or None when this fix does not fit there."""
        if self.patterns and pattern_id not in self.patterns:
            return None
        if self.before is not None and not self.before.search(preceding):
            return None
        if self.after is not None and not self.after.match(following):
            return None
        found = self.find.fullmatch(matched)
        if found is None:
            return None
        text = found.expand(self.replace)
        capital = matched[:1].isupper() and not _MID_SENTENCE.search(preceding)  # "to Leadership": a name's capital, not the sentence's
        return text[:1].upper() + text[1:] if capital else text


_MID_SENTENCE = re.compile(r"[\w,;]\s+$")


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    message: str
    summary: str
    rationale: str
    suggestion: str
    references: tuple[str, ...]
    precision: str  # SARIF-style: very-high | high | medium | low
    flag: tuple[Example, ...]
    passes: tuple[Example, ...]
    patterns: tuple[Pattern, ...] = field(default=(), compare=False, repr=False)
    fixes: tuple[Fix, ...] = field(default=(), compare=False, repr=False)
    source: str = "patterns"  # or "suppressions": LM100's findings come from the suppression check
    path: str = ""
    yields_to: tuple[str, ...] = ()  # rules whose claim takes a family word this rule also matched (matching.yielded)
    # The rule's claim is about what a sentence says of the pair, so a second match in the sentence says it again.
    one_finding_per_sentence: bool = False

    @property
    def url(self) -> str:
        return DOCS_URL.format(code=self.code, name=self.name)

    def fix_for(self, pattern_id: str, preceding: str, matched: str, following: str) -> tuple[str, bool] | None:
        """(replacement, safe) from the first fix that fits, or None."""
        for fix in self.fixes:
            text = fix.rewrite(pattern_id, preceding, matched, following)
            if text is not None:
                return text, fix.safe
        return None
