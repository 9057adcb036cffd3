"""Rule codes a user names (flags, settings, suppression comments), checked against the rules that exist.

A typo in ``--select`` once selected nothing and a clean run said nothing: every
code or prefix a user writes must name at least one rule, and a near miss is
answered with the code that was probably meant.
"""
from __future__ import annotations

import difflib
import os
from collections.abc import Collection, Iterable


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean X?)`` for the closest of ``choices``, or ''."""
    close = difflib.get_close_matches(word, list(choices), n=5, cutoff=0.6)
    if not close:
        return ""
    best = max(close, key=lambda c: (difflib.SequenceMatcher(None, word, c).ratio(), len(os.path.commonprefix([word, c]))))
    return f" (did you mean {best}?)"


def names_a_rule(code: str, known: Collection[str]) -> bool:
    """A code, or a prefix of one ("LM", "LM00")."""
    return any(rule.startswith(code) for rule in known)


def unknown_code_problem(code: str, known: Collection[str]) -> str | None:
    """The one-line problem for a code or prefix that names no rule, or None."""
    if names_a_rule(code, known):
        return None
    hint = did_you_mean(code, known) or f" (known: {', '.join(sorted(known))})"
    return f"unknown rule code or prefix {code!r}{hint}"
