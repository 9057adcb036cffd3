"""LM003 (rank): the conditions of its patterns, on sentences parsed by hand (no model)."""
from __future__ import annotations

from lintkit.engine.conditions.lm003 import leadership_not_abstract_subject, leadership_not_quality
from tests.hand_built import parsed


def test_leadership_skills_is_the_activity_not_the_people_at_the_top():
    quality = parsed("Leadership skills matter .", pos="NOUN NOUN VERB PUNCT", deps="compound nsubj ROOT punct", heads="1 2 2 2")
    assert not leadership_not_quality(tuple(quality[0:3]))
    people = parsed("Leadership decided it .", pos="NOUN VERB PRON PUNCT", deps="nsubj ROOT dobj punct", heads="1 1 1 1")
    assert leadership_not_quality(tuple(people[0:2]))


def test_a_parenthesis_does_not_hide_the_head_noun():
    """"leadership (i.e. management) training" is training."""
    doc = parsed(
        "Leadership ( i.e. management ) training helps .",
        pos="NOUN PUNCT X NOUN PUNCT NOUN VERB PUNCT",
        deps="compound punct advmod appos punct nsubj ROOT punct",
        heads="5 0 3 0 0 6 6 6",
    )
    assert not leadership_not_quality((doc[0], doc[6]))


def test_her_leadership_describes_conduct_and_the_leadership_names_people():
    conduct = parsed("Good leadership decided the outcome .", pos="ADJ NOUN VERB DET NOUN PUNCT", deps="amod nsubj ROOT det dobj punct", heads="1 2 2 4 2 2")
    assert not leadership_not_abstract_subject(tuple(conduct[1:3]))
    people = parsed("The leadership decided .", pos="DET NOUN VERB PUNCT", deps="det nsubj ROOT punct", heads="1 2 2 2", tags="DT NN VBD .")
    assert leadership_not_abstract_subject(tuple(people[1:3]))


def test_management_without_leadership_is_about_the_activity():
    doc = parsed("Management without leadership feels safe .", pos="NOUN ADP NOUN VERB ADJ PUNCT", deps="nsubj prep pobj ROOT acomp punct", heads="3 0 1 3 3 3")
    assert not leadership_not_abstract_subject(tuple(doc[2:4]))
