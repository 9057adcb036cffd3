"""LM004 (charisma): the conditions of its patterns, on sentences parsed by hand (no model)."""
from __future__ import annotations

import pytest

from lintkit.engine.conditions.lm004 import cannot_learn_at_all, not_denied, not_universal, rhetorical_question
from tests.hand_built import Example

EXAMPLES = [
    # "Leaders are born" is a claim and "born leaders are a myth" denies it.
    Example(not_denied, "Leaders are born .", pos="NOUN AUX VERB PUNCT", deps="nsubjpass auxpass ROOT punct", heads="2 2 2 2", tags="NNS VBP VBN .",
            matched="Leaders are born", holds=True),
    Example(not_denied, "Born leaders are a myth .", pos="VERB NOUN AUX DET NOUN PUNCT", deps="amod nsubj ROOT det attr punct", heads="1 2 2 4 2 2",
            matched="Born leaders", holds=False),
    # Refusing to apologise for a claim makes it; a claim negated under the apology is still denied.
    Example(not_denied, "I will not apologise for being born to lead .", pos="PRON AUX PART VERB ADP AUX VERB PART VERB PUNCT",
            deps="nsubj aux neg ROOT prep auxpass pcomp aux xcomp punct", heads="3 3 3 3 3 6 4 8 6 3",
            matched="born to lead", holds=True),
    Example(not_denied, "I am not sorry I was n't born to lead .", pos="PRON AUX PART ADJ PRON AUX PART VERB PART VERB PUNCT",
            deps="nsubj ROOT neg acomp nsubjpass auxpass neg ccomp aux xcomp punct", heads="1 1 1 1 7 7 7 3 9 7 1",
            matched="born to lead", holds=False),
    # "Everyone is born to lead" says all can lead.
    Example(not_universal, "Everyone is born to lead .", pos="PRON AUX VERB PART VERB PUNCT", deps="nsubjpass auxpass ROOT aux xcomp punct", heads="2 2 2 4 2 2",
            matched="born to lead", holds=False),
    Example(not_universal, "Some are born to lead .", pos="PRON AUX VERB PART VERB PUNCT", deps="nsubjpass auxpass ROOT aux xcomp punct", heads="2 2 2 4 2 2",
            matched="born to lead", holds=True),
    # "Leadership cannot be taught", unless it is learned elsewhere.
    Example(cannot_learn_at_all, "Leadership can not be taught .", pos="NOUN AUX PART AUX VERB PUNCT", deps="nsubjpass aux neg auxpass ROOT punct", heads="4 4 4 4 4 4",
            matched="Leadership can not be taught", holds=True),
    Example(cannot_learn_at_all, "Leadership can not be taught from a book .", pos="NOUN AUX PART AUX VERB ADP DET NOUN PUNCT",
            deps="nsubjpass aux neg auxpass ROOT prep det pobj punct", heads="4 4 4 4 4 4 7 5 4",
            matched="Leadership can not be taught", holds=False),
    Example(cannot_learn_at_all, "Leadership can be taught .", pos="NOUN AUX AUX VERB PUNCT", deps="nsubjpass aux auxpass ROOT punct", heads="3 3 3 3 3",
            matched="Leadership can be taught", holds=False),
    # "Is leadership anything more than charm?" is a question that claims.
    Example(rhetorical_question, "Is leadership anything more than charm ?", pos="AUX NOUN PRON ADJ ADP NOUN PUNCT", deps="ROOT nsubj attr amod prep pobj punct", heads="0 0 0 2 3 4 0",
            matched="Is leadership anything more than charm", holds=True),
    Example(rhetorical_question, "Is leadership charm ?", pos="AUX NOUN NOUN PUNCT", deps="ROOT nsubj attr punct", heads="0 0 0 0",
            matched="Is leadership charm", holds=False),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_condition_reads_the_example_as_the_spec_does(example):
    assert bool(example.condition(example.matched_words())) is example.holds
