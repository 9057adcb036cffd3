"""A short label before a colon or dash is cut off as a sentence of its own for the parser."""
from __future__ import annotations

import pytest

from lintkit.nlp.labels import label_before, mark_label_ends


def _starts(nlp, text):
    doc = nlp.make_doc(text)
    mark_label_ends(doc)
    return [t.text for t in doc if t.is_sent_start]


@pytest.mark.parametrize("text, first", [
    ("Hot take: Leaders are born, not made.", "Leaders"),
    ("Study guide, Unit 4: Managing is leading by another name.", "Managing"),
    ("Update — Leadership signed off on the plan.", "Leadership"),
    ("Intro\nJane: Our leadership team approved it today.", "Our"),
])
def test_a_label_before_a_capitalised_sentence_is_cut_off(nlp, text, first):
    assert first in _starts(nlp, text)


@pytest.mark.parametrize("text", [
    "Owner: Leadership (see the RACI below)",            # a field and its value
    "Decision owner: leadership signs off by Friday.",   # no capital: the label's own sentence goes on
    "Leadership lesson: Managers must listen first.",    # a family word in the label is part of the claim
    "The board met on Monday and said: Leaders are made here.",  # too long for a label
])
def test_fields_and_longer_openings_are_left_to_the_parser(nlp, text):
    assert _starts(nlp, text)[1:] == []


def test_the_label_stays_readable_from_the_sentence_after_it(nlp):
    from lintkit.engine.parsing import _tokens_for_parsing

    doc = nlp(_tokens_for_parsing(nlp, "Myth: Leaders are born, not made."))
    assert [s.text for s in doc.sents] == ["Myth:", "Leaders are born, not made."]
    assert label_before(doc[2]).text == "Myth"
    assert label_before(doc[0]) is None


@pytest.mark.parametrize("text, context", [
    ("Myth: Leaders are born, not made.", "attributed"),
    ("Fact: Leaders are born, not made.", None),
    ("Hot take: Leaders are born, not made.", None),
    # a quiz prompt is put up to be judged; its key makes it the writer's claim or a rejected one
    ("True or False: Leaders are born, not made. Answer: True.", None),
    ("True or False: Leaders are born, not made. Answer: False.", "attributed"),
    ("Myth or fact: Leaders are born, not made.", "attributed"),
    # a slide's label run into a sentence in lower case, or a table's first cell, still rejects it
    ("Myth #2: leaders are born, not made.", "attributed"),
    ("Misconception | leaders are born, not made", "attributed"),
    ("Note | leaders are born, not made", None),
    # a later sentence on the line is past what the label rejects
    ("Myth: good teams need no rota. Leaders are born, not made.", None),
])
def test_a_refuting_label_attributes_what_follows(lint, text, context):
    assert [(f.code, f.context) for f in lint(text)] == [("LM004", context)]


@pytest.mark.parametrize("text, codes", [
    ("Hot take: Wherever leadership flourishes, management withers.", ["LM002"]),
    ("Hot take: Leadership hinges on a big personality, period.", ["LM004"]),
    ("Hot take: The more you lead, the less you have to manage.", []),
    ("Hot take: Born leaders are a myth; leadership is learned through practice.", []),
])
def test_a_label_neither_hides_a_claim_nor_makes_one(lint, text, codes):
    assert [f.code for f in lint(text)] == codes
