"""LM002 read as two clauses set against each other: each side gets a clause of its own and the contrast swaps them."""
from __future__ import annotations

import pytest


def _replacements(lint, text):
    """(pattern id, matched words) of each LM002 finding."""
    return [(f.evidence[0].word, f.matched) for f in lint(text) if f.code == "LM002"]


@pytest.mark.parametrize("text,pattern", [
    ("Management slows teams down, while leadership lifts them up.", "held-back-then-freed"),  # verbs with particles
    ("Management is a cost. Leadership is an investment.", "held-back-then-freed"),  # what a copula says of each
    ("Managers are expendable; leaders are not.", "one-is-the-other-is-not"),  # the verdict repeated, then left out
    ("What people want is leadership; what they get is management.", "wanted-then-settled-for"),  # two clefts
    ("Employees crave leadership but all they ever get is management.", "wanted-then-settled-for"),  # an object, a cleft
    ("Managing is what's left when leadership fails.", "fallback-for-failure"),  # the other side fails
    ("Management is for those who cannot lead.", "fallback-for-failure"),  # for the people who cannot
    ("We'd rather hire one leader than three managers.", "rather-than-phrase"),  # "than" on the noun
    ("I'd much rather work under a leader than under a manager.", "rather-than-phrase"),
    ("Management? No. Leadership.", "asked-refused-answered"),
])
def test_a_contrast_of_two_clauses_is_flagged_by_its_construction(lint, text, pattern):
    assert [p for p, _ in _replacements(lint, text)] == [pattern]


@pytest.mark.parametrize("text", [
    "Poor management drains people; leadership fuels them.",  # a poor version of one side
    "Managers are replaceable; leaders are replaceable too.",  # the same verdict for both
    "What people want is leadership, and what they need is management.",  # both asked for
    "When managers fail to lead, people leave.",  # both sides in the one clause
    "If you cannot lead yourself, you cannot manage a team.",  # the side fallen back on is denied too
    "I'd rather report to a manager who listens than to a leader who doesn't.",  # two people weighed
    "Leadership roles are replacing the management consultants.",  # different things swapped
])
def test_two_clauses_that_do_not_swap_the_sides_pass(lint, text):
    assert _replacements(lint, text) == []
