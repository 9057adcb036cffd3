"""LM004 (charisma): the conditions of its patterns, on sentences parsed by hand (no model)."""
from __future__ import annotations

from lintkit.engine.conditions.lm004 import cannot_learn_at_all, not_denied, not_universal, rhetorical_question
from tests.hand_built import parsed


def test_leaders_are_born_is_a_claim_and_born_leaders_are_a_myth_denies_it():
    claim = parsed("Leaders are born .", pos="NOUN AUX VERB PUNCT", deps="nsubjpass auxpass ROOT punct", heads="2 2 2 2", tags="NNS VBP VBN .")
    assert not_denied(tuple(claim[0:3]))
    myth = parsed("Born leaders are a myth .", pos="VERB NOUN AUX DET NOUN PUNCT", deps="amod nsubj ROOT det attr punct", heads="1 2 2 4 2 2")
    assert not not_denied(tuple(myth[0:2]))


def test_everyone_is_born_to_lead_says_all_can_lead():
    universal = parsed("Everyone is born to lead .", pos="PRON AUX VERB PART VERB PUNCT", deps="nsubjpass auxpass ROOT aux xcomp punct", heads="2 2 2 4 2 2")
    assert not not_universal(tuple(universal[2:5]))
    few = parsed("Some are born to lead .", pos="PRON AUX VERB PART VERB PUNCT", deps="nsubjpass auxpass ROOT aux xcomp punct", heads="2 2 2 4 2 2")
    assert not_universal(tuple(few[2:5]))


def test_leadership_cannot_be_taught_unless_it_is_learned_elsewhere():
    at_all = parsed("Leadership can not be taught .", pos="NOUN AUX PART AUX VERB PUNCT", deps="nsubjpass aux neg auxpass ROOT punct", heads="4 4 4 4 4 4")
    assert cannot_learn_at_all(tuple(at_all[0:5]))
    elsewhere = parsed(
        "Leadership can not be taught from a book .",
        pos="NOUN AUX PART AUX VERB ADP DET NOUN PUNCT",
        deps="nsubjpass aux neg auxpass ROOT prep det pobj punct",
        heads="4 4 4 4 4 4 7 5 4",
    )
    assert not cannot_learn_at_all(tuple(elsewhere[0:5]))
    affirmed = parsed("Leadership can be taught .", pos="NOUN AUX AUX VERB PUNCT", deps="nsubjpass aux auxpass ROOT punct", heads="3 3 3 3 3")
    assert not cannot_learn_at_all(tuple(affirmed[0:4]))


def test_is_leadership_anything_more_than_charm_is_a_question_that_claims():
    rhetorical = parsed("Is leadership anything more than charm ?", pos="AUX NOUN PRON ADJ ADP NOUN PUNCT", deps="ROOT nsubj attr amod prep pobj punct", heads="0 0 0 2 3 4 0")
    assert rhetorical_question(tuple(rhetorical[0:6]))
    asked = parsed("Is leadership charm ?", pos="AUX NOUN NOUN PUNCT", deps="ROOT nsubj attr punct", heads="0 0 0 0")
    assert not rhetorical_question(tuple(asked[0:3]))
