"""LM001 (interchangeable): the conditions of its patterns, on sentences parsed by hand (no model)."""
from __future__ import annotations

from lintkit.engine.conditions.lm001 import hyphen_or, merged_compound, not_about_people, not_one_of, not_third_party, real_gloss_marker, same_kind
from tests.hand_built import parsed, words_of


def test_a_gloss_marker_glosses_one_word_with_the_other():
    """"managers (i.e. leaders)" glosses; "managers or leaders" does not."""
    gloss = parsed("managers ( i.e. leaders )", pos="NOUN PUNCT X NOUN PUNCT", deps="ROOT punct advmod appos punct", heads="0 0 3 0 0")
    assert real_gloss_marker(tuple(gloss[0:4]))
    choice = parsed("managers or leaders", pos="NOUN CCONJ NOUN", deps="ROOT cc conj", heads="0 0 0")
    assert not real_gloss_marker(tuple(choice))


def test_the_writers_usage_is_not_a_third_partys():
    """"We use the words interchangeably" is the writer's usage; "Many people use ..." reports others'."""
    ours = parsed("We use leader and manager interchangeably .", pos="PRON VERB NOUN CCONJ NOUN ADV PUNCT", deps="nsubj ROOT dobj cc conj advmod punct", heads="1 1 1 2 2 1 1")
    assert not_third_party(tuple(ours[1:6]))
    theirs = parsed("Critics use leader and manager interchangeably .", pos="NOUN VERB NOUN CCONJ NOUN ADV PUNCT", deps="nsubj ROOT dobj cc conj advmod punct", heads="1 1 1 2 2 1 1")
    assert not not_third_party(tuple(theirs[1:6]))


def test_one_of_its_functions_is_a_part_not_an_equation():
    part = parsed("Leadership is one of its functions .", pos="NOUN AUX NUM ADP PRON NOUN PUNCT", deps="nsubj ROOT attr prep poss pobj punct", heads="1 1 1 2 5 3 1")
    assert not not_one_of(tuple(part[0:3]))
    merged = parsed("Management and leadership are one .", pos="NOUN CCONJ NOUN AUX NUM PUNCT", deps="nsubj cc conj ROOT attr punct", heads="3 0 0 3 3 3")
    assert not_one_of(tuple(merged[0:5]))


def test_not_different_people_says_one_person_does_both():
    people = parsed("Leaders and managers are n't different people .", pos="NOUN CCONJ NOUN AUX PART ADJ NOUN PUNCT", deps="nsubj cc conj ROOT neg amod attr punct", heads="3 0 0 3 3 6 3 3")
    assert not not_about_people(tuple(people[0:6]))
    equated = parsed("Leaders and managers are n't really different .", pos="NOUN CCONJ NOUN AUX PART ADV ADJ PUNCT", deps="nsubj cc conj ROOT neg advmod acomp punct", heads="3 0 0 3 3 6 3 3")
    assert not_about_people(tuple(equated[0:7]))


def test_two_lowercase_family_nouns_in_one_compound_merge():
    """"our leadership management program"; "Are managers leaders?" is a question, not a compound."""
    compound = parsed("our leadership management program", pos="PRON NOUN NOUN NOUN", deps="poss compound compound ROOT", heads="3 2 3 3", tags="PRP$ NN NN NN")
    assert merged_compound(words_of(compound, "leadership", "management"))
    question = parsed("Are managers leaders ?", pos="AUX NOUN NOUN PUNCT", deps="ROOT nsubj attr punct", heads="0 0 0 0", tags="VBP NNS NNS .")
    assert not merged_compound(words_of(question, "managers", "leaders"))


def test_like_is_set_against_like():
    verbs = parsed("leading — managing", pos="VERB PUNCT VERB", deps="ROOT punct conj", heads="0 0 0")
    assert same_kind(tuple(verbs))
    mixed = parsed("leading — managers", pos="VERB PUNCT NOUN", deps="ROOT punct dobj", heads="0 0 0")
    assert not same_kind(tuple(mixed))


def test_a_hyphenated_or_merges_and_a_plain_or_offers_a_choice():
    hyphenated = parsed("management - or - leadership", pos="NOUN PUNCT CCONJ PUNCT NOUN", deps="ROOT punct cc punct conj", heads="0 0 0 0 0")
    assert hyphen_or(tuple(hyphenated))
    choice = parsed("management or leadership", pos="NOUN CCONJ NOUN", deps="ROOT cc conj", heads="0 0 0")
    assert not hyphen_or(tuple(choice))
