"""Conditions several rules share, on sentences parsed by hand (no model)."""
from __future__ import annotations

from lintkit.engine.conditions.shared import first_is_subject, is_negated, not_hypothetical, not_negated, not_question, parallel_forms
from tests.hand_built import parsed, words_of


def test_management_is_not_leadership_is_negated():
    doc = parsed("Management is not leadership .", pos="NOUN AUX PART NOUN PUNCT", deps="nsubj ROOT neg attr punct", heads="1 1 1 1 1")
    assert is_negated(tuple(doc[0:4])) and not not_negated(tuple(doc[0:4]))


def test_management_is_leadership_is_not_negated():
    doc = parsed("Management is leadership .", pos="NOUN AUX NOUN PUNCT", deps="nsubj ROOT attr punct", heads="1 1 1 1")
    assert not_negated(tuple(doc[0:3]))


def test_nobody_as_the_subject_negates_the_claim():
    """"Nobody is a born leader": the negation is the subject, outside the matched words."""
    doc = parsed("Nobody is a born leader .", pos="PRON AUX DET VERB NOUN PUNCT", deps="nsubj ROOT det amod attr punct", heads="1 1 4 4 1 1")
    assert is_negated(words_of(doc, "born", "leader"))


def test_a_negation_before_a_comma_stays_in_its_own_clause():
    doc = parsed("No doubt , leaders manage .", pos="DET NOUN PUNCT NOUN VERB PUNCT", deps="det npadvmod punct nsubj ROOT punct", heads="1 4 4 4 4 4")
    assert not_negated(words_of(doc, "leaders", "manage"))


def test_a_question_asks_and_does_not_claim():
    doc = parsed("Is leadership management ?", pos="AUX NOUN NOUN PUNCT", deps="ROOT nsubj attr punct", heads="0 0 0 0")
    assert not not_question(tuple(doc[1:3]))


def test_a_claim_carried_on_past_a_question_mark_is_still_a_claim():
    """The claim goes on after a dash: "Managing is leading — what else would it be?" still claims."""
    doc = parsed(
        "Managing is leading — what else would it be ?",
        pos="VERB AUX VERB PUNCT PRON ADV AUX PRON AUX PUNCT",
        deps="csubj ROOT xcomp punct attr advmod aux nsubj parataxis punct",
        heads="1 1 1 1 8 4 8 8 1 1",
    )
    assert not_question(tuple(doc[0:3]))


def test_a_supposition_is_not_a_claim():
    doc = parsed("If leadership is management , we fail .", pos="SCONJ NOUN AUX NOUN PUNCT PRON VERB PUNCT", deps="mark nsubj advcl attr punct nsubj ROOT punct", heads="2 2 6 2 6 6 6 6")
    assert not not_hypothetical(tuple(doc[1:4]))
    claim = parsed("Leadership is management .", pos="NOUN AUX NOUN PUNCT", deps="nsubj ROOT attr punct", heads="1 1 1 1")
    assert not_hypothetical(tuple(claim[0:3]))


def test_the_first_family_word_must_be_what_the_sentence_is_about():
    about = parsed("Leaders are managers .", pos="NOUN AUX NOUN PUNCT", deps="nsubj ROOT attr punct", heads="1 1 1 1")
    assert first_is_subject(tuple(about[0:3]))
    inside = parsed(
        "We talked with leaders about managers .",
        pos="PRON VERB ADP NOUN ADP NOUN PUNCT",
        deps="nsubj ROOT prep pobj prep pobj punct",
        heads="1 1 1 2 1 4 1",
    )
    assert not first_is_subject(tuple(inside[3:6]))


def test_a_contrast_sets_like_against_like():
    nouns = parsed("leaders , not managers", pos="NOUN PUNCT PART NOUN", deps="ROOT punct neg appos", heads="0 0 3 0")
    assert parallel_forms(tuple(nouns))
    abstract_and_agent = parsed("leadership , not managers", pos="NOUN PUNCT PART NOUN", deps="ROOT punct neg appos", heads="0 0 3 0")
    assert parallel_forms(tuple(abstract_and_agent))
    verb_and_noun = parsed("lead , not managers", pos="VERB PUNCT PART NOUN", deps="ROOT punct neg dobj", heads="0 0 3 0")
    assert not parallel_forms(tuple(verb_and_noun))
