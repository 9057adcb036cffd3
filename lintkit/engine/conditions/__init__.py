"""Named conditions: the one escape hatch from pattern data into Python.

A pattern lists conditions by name; each is a small pure predicate over the
matched tokens that a Matcher pattern cannot say (is the copula negated, is the
sentence a question). Conditions several rules use live in ``shared``; the
ones a single rule needs live in that rule's module, so a rule's meaning is
found in its TOML file, its lists and one module. Their words are data, in the
``[conditions]`` tables of ``rules/lexicon.toml``.
"""
from __future__ import annotations

from typing import Callable, Sequence

from lintkit.engine.conditions import learned, lm001, lm002, lm002_backoff, lm002_clauses, lm002_contrasts, lm002_frames, lm003, lm004, shared

# Learned back-offs: the rule whose lexicon classes a claim score reads, and its weights file in ``rules/``.
LEARNED_CLAIMS = {
    "learned-innate-claim": ("LM004", "LM004-learned-claim.json"),
    "learned-interchangeable-claim": ("LM001", "LM001-learned-claim.json"),
    "learned-replacement-claim": ("LM002", "LM002-learned-claim.json"),
}

CONDITIONS: dict[str, Callable[[Sequence], bool]] = {
    **shared.CONDITIONS,
    **lm001.CONDITIONS,
    **lm002.CONDITIONS,
    **lm002_backoff.CONDITIONS,
    **lm002_clauses.CONDITIONS,
    **lm002_contrasts.CONDITIONS,
    **lm002_frames.CONDITIONS,
    **lm003.CONDITIONS,
    **lm004.CONDITIONS,
    **{name: learned.claim_condition(file, code) for name, (code, file) in LEARNED_CLAIMS.items()},
}

# What a condition saw, in words: shown as evidence beside the parse facts.
READINGS: dict[str, Callable[[Sequence], "str | None"]] = {
    **lm003.READINGS,
    **{name: learned.claim_reading(file, code) for name, (code, file) in LEARNED_CLAIMS.items()},
}
