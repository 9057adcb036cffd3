"""LM001 (interchangeable): the conditions of its patterns, on sentences parsed by hand (no model)."""
from __future__ import annotations

import pytest

from lintkit.engine.conditions.lm001 import hyphen_or, merged_compound, not_about_people, not_one_of, not_successor, not_third_party, real_gloss_marker, same_kind
from tests.hand_built import Example

EXAMPLES = [
    # A gloss marker glosses one word with the other: "managers (i.e. leaders)" glosses; "managers or leaders" does not.
    Example(real_gloss_marker, "managers ( i.e. leaders )", pos="NOUN PUNCT X NOUN PUNCT", deps="ROOT punct advmod appos punct", heads="0 0 3 0 0",
            matched="managers ( i.e. leaders", holds=True),
    Example(real_gloss_marker, "managers or leaders", pos="NOUN CCONJ NOUN", deps="ROOT cc conj", heads="0 0 0",
            matched="managers or leaders", holds=False),
    # The writer's usage is not a third party's: "We use the words interchangeably" is the writer's; "Critics use ..." reports others'.
    Example(not_third_party, "We use leader and manager interchangeably .", pos="PRON VERB NOUN CCONJ NOUN ADV PUNCT", deps="nsubj ROOT dobj cc conj advmod punct", heads="1 1 1 2 2 1 1",
            matched="use leader and manager interchangeably", holds=True),
    Example(not_third_party, "Critics use leader and manager interchangeably .", pos="NOUN VERB NOUN CCONJ NOUN ADV PUNCT", deps="nsubj ROOT dobj cc conj advmod punct", heads="1 1 1 2 2 1 1",
            matched="use leader and manager interchangeably", holds=False),
    # "One of its functions" is a part, not an equation.
    Example(not_one_of, "Leadership is one of its functions .", pos="NOUN AUX NUM ADP PRON NOUN PUNCT", deps="nsubj ROOT attr prep poss pobj punct", heads="1 1 1 2 5 3 1",
            matched="Leadership is one", holds=False),
    Example(not_one_of, "Management and leadership are one .", pos="NOUN CCONJ NOUN AUX NUM PUNCT", deps="nsubj cc conj ROOT attr punct", heads="3 0 0 3 3 3",
            matched="Management and leadership are one", holds=True),
    # "Not different people" says one person does both.
    Example(not_about_people, "Leaders and managers are n't different people .", pos="NOUN CCONJ NOUN AUX PART ADJ NOUN PUNCT", deps="nsubj cc conj ROOT neg amod attr punct", heads="3 0 0 3 3 6 3 3",
            matched="Leaders and managers are n't different", holds=False),
    Example(not_about_people, "Leaders and managers are n't really different .", pos="NOUN CCONJ NOUN AUX PART ADV ADJ PUNCT", deps="nsubj cc conj ROOT neg advmod acomp punct", heads="3 0 0 3 3 6 3 3",
            matched="Leaders and managers are n't really different", holds=True),
    # Two lowercase family nouns in one compound merge: "our leadership management program"; "Are managers leaders?" is a question, not a compound.
    Example(merged_compound, "our leadership management program", pos="PRON NOUN NOUN NOUN", deps="poss compound compound ROOT", heads="3 2 3 3", tags="PRP$ NN NN NN",
            matched="leadership management", holds=True),
    Example(merged_compound, "Are managers leaders ?", pos="AUX NOUN NOUN PUNCT", deps="ROOT nsubj attr punct", heads="0 0 0 0", tags="VBP NNS NNS .",
            matched="managers leaders", holds=False),
    # Like is set against like.
    Example(same_kind, "leading — managing", pos="VERB PUNCT VERB", deps="ROOT punct conj", heads="0 0 0",
            matched="leading — managing", holds=True),
    Example(same_kind, "leading — managers", pos="VERB PUNCT NOUN", deps="ROOT punct dobj", heads="0 0 0",
            matched="leading — managers", holds=False),
    # A hyphenated "or" merges and a plain "or" offers a choice.
    Example(hyphen_or, "management - or - leadership", pos="NOUN PUNCT CCONJ PUNCT NOUN", deps="ROOT punct cc punct conj", heads="0 0 0 0 0",
            matched="management - or - leadership", holds=True),
    Example(hyphen_or, "management or leadership", pos="NOUN CCONJ NOUN", deps="ROOT cc conj", heads="0 0 0",
            matched="management or leadership", holds=False),
    # "the new X" names a successor, one in the other's place (LM002), not a synonym.
    Example(not_successor, "Leadership is the new management .", pos="NOUN AUX DET ADJ NOUN PUNCT", deps="nsubj ROOT det amod attr punct", heads="1 1 4 4 1 1",
            matched="Leadership is the new management", holds=False),
    Example(not_successor, "Leadership is just a new name for management .", pos="NOUN AUX ADV DET ADJ NOUN ADP NOUN PUNCT", deps="nsubj ROOT advmod det amod attr prep pobj punct", heads="1 1 1 5 5 1 5 6 1",
            matched="Leadership is just a new name for management", holds=True),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_condition_reads_the_example_as_the_spec_does(example):
    assert bool(example.condition(example.matched_words())) is example.holds
