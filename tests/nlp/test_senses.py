"""Word senses: only the organisational sense of a lead/manage word can fire a rule."""
from __future__ import annotations

import pytest

from lintkit.nlp.senses import tag_senses

# (text, the family word in it that must be set aside)
NEVER_ORGANISATIONAL = [
    ("The policy led to confusion.", "led"),
    ("Bad data leads to bad decisions.", "leads"),
    ("Cutting corners is leading to outages.", "leading"),
    ("She managed to finish the report.", "managed"),
    ("We replaced the lead pipes.", "lead"),
    ("Old lead paint is a hazard.", "lead"),
    ("Children were tested for lead poisoning.", "lead"),
    ("The lead levels in the water rose.", "lead"),
    ("Our lead time is six weeks.", "lead"),
    ("The sales leads came from the webinar.", "leads"),
    ("We invested in lead generation.", "lead"),
    ("The lead singer left the band.", "lead"),
    ("She plays lead guitar.", "lead"),
    ("He landed the lead role.", "lead"),
    ("The runner took the lead in the race.", "lead"),
    ("Smoking is a leading cause of cancer.", "leading"),
    ("They are a leading provider of payroll software.", "leading"),
    ("That was a leading question.", "leading"),
    ("Strip the leading zeros.", "leading"),
    ("We fixed a bug in memory management.", "management"),
    ("Install it with your package manager.", "manager"),
    ("The window manager crashed.", "manager"),
    ("Use a password manager.", "manager"),
    ("Open the task manager.", "manager"),
    ("We moved to a managed service.", "managed"),
    ("The runtime executes managed code.", "managed"),
    ("We use managed identity for the app.", "managed"),
    ("The managing director approved the deal.", "managing"),
    ("He took an anger management course.", "management"),
    ("Good time management helps.", "management"),
    ("Patients learn to manage pain.", "manage"),
    ("Engineering Manager Ana Ruiz approved it.", "Manager"),
    ("She wrote to the Office of Management and Budget.", "Management"),
    ("The Leadership Council meets monthly.", "Leadership"),
    ("Ping @cs-leadership in the channel.", "leadership"),
    ("We are the market leader in payroll.", "leader"),
    ("Our thought leadership posts do well.", "leadership"),
]


def tagged(nlp, text, word):
    """The one token ``word`` of ``text``, after the sense layer has run."""
    doc = nlp(text)
    tag_senses(doc)
    (token,) = [t for t in doc if t.text == word]
    return token


@pytest.mark.parametrize("text, word", NEVER_ORGANISATIONAL)
def test_non_organisational_senses_are_set_aside(nlp, text, word):
    token = tagged(nlp, text, word)
    assert token._.lk_family is None and token._.lk_nonorg


@pytest.mark.parametrize("text, word", NEVER_ORGANISATIONAL)
def test_non_organisational_senses_never_warn(lint, text, word):
    assert [f for f in lint(text) if f.severity.rank >= 2] == []


ORGANISATIONAL = [
    ("She led the team through the outage.", "led"),
    ("Lead, don't manage.", "Lead"),
    ("Managers plan budgets.", "Managers"),
    ("Management approved the budget.", "Management"),
    ("He manages three teams.", "manages"),
    ("Talk to your team lead.", "lead"),
    ("Leading a team is hard.", "Leading"),
    ("Stop managing and start leading people.", "leading"),
]


@pytest.mark.parametrize("text, word", ORGANISATIONAL)
def test_organisational_senses_are_kept(nlp, text, word):
    token = tagged(nlp, text, word)
    assert token._.lk_family in {"lead", "manage"}, token._.lk_nonorg


def test_accepted_terms_are_set_aside(nlp):
    doc = nlp("Our Leadership Forum decided it.")
    tag_senses(doc, accepted=[(1, 3)])
    assert doc[1]._.lk_family is None and doc[1]._.lk_nonorg == "an accepted term"
