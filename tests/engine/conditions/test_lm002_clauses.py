"""LM002 read across two clauses: the parse joins the two sides, whatever words stand between them."""
from __future__ import annotations

import pytest


def _replacements(lint, text):
    """(pattern id, matched words) of each LM002 finding."""
    return [(f.evidence[0].word, f.matched) for f in lint(text) if f.code == "LM002"]


@pytest.mark.parametrize("text,pattern", [
    ("Stop thinking of yourself as their manager and start thinking of yourself as their leader.", "let-go-take-up"),
    ("Our shift from a culture of management to a culture of leadership took three years.", "path-from-to"),
    ("Management belongs to the industrial age; leadership belongs to ours.", "past-and-future-owners"),
    ("Forget what you learned about management, because the future belongs to leaders.", "past-and-future-owners"),
    ("The teams that thrive are the ones where management has stepped aside and leadership has taken over.", "steps-aside-takes-over"),
    ("If your team feels stuck, it probably doesn't need more management; it needs someone willing to lead.", "denied-then-asked-for"),
])
def test_two_clause_replacement_is_flagged_by_its_construction(lint, text, pattern):
    assert [p for p, _ in _replacements(lint, text)] == [pattern]


@pytest.mark.parametrize("text", [
    "The manager left in May, and a new team leader started in June.",  # people coming and going
    "The managers didn't want the reorg; the leaders of the union needed it.",  # who wanted what
    "The manager stepped aside and a new leader took over the team.",  # one person succeeding another
    "Stop hiring managers and start training the ones you have to lead.",  # a different act on each side
    "We don't need more managers; we need managers who lead.",  # the first side asked for again
    "If you don't need a manager, you probably need someone to lead.",  # a supposition
    "She went from managing a team of four to leading a division of two hundred.",  # split by object
    "She moved from a management role at a bank to a leadership role at a charity.",  # roles, not functions
    "Management got us through the audit; leadership got us through the layoffs.",  # two past acts, no hand-over
    "The launch wasn't managed by the programme office; it was led by the product team.",  # a report of who did it
])
def test_two_clauses_that_swap_nothing_pass(lint, text):
    assert _replacements(lint, text) == []
