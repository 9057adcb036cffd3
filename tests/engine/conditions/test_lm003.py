"""LM003 (rank): the conditions of its patterns, on sentences parsed by hand (no model)."""
from __future__ import annotations

import pytest

from lintkit.engine.conditions.lm003 import leadership_not_abstract_subject, leadership_not_quality
from tests.hand_built import Example

EXAMPLES = [
    # "Leadership skills" is the activity, not the people at the top.
    Example(leadership_not_quality, "Leadership skills matter .", pos="NOUN NOUN VERB PUNCT", deps="compound nsubj ROOT punct", heads="1 2 2 2",
            matched="Leadership skills matter", holds=False),
    Example(leadership_not_quality, "Leadership decided it .", pos="NOUN VERB PRON PUNCT", deps="nsubj ROOT dobj punct", heads="1 1 1 1",
            matched="Leadership decided", holds=True),
    # A parenthesis does not hide the head noun: "leadership (i.e. management) training" is training.
    Example(leadership_not_quality, "Leadership ( i.e. management ) training helps .", pos="NOUN PUNCT X NOUN PUNCT NOUN VERB PUNCT",
            deps="compound punct advmod appos punct nsubj ROOT punct", heads="5 0 3 0 0 6 6 6",
            matched="Leadership helps", holds=False),
    # "Her leadership" describes conduct and "the leadership" names people.
    Example(leadership_not_abstract_subject, "Good leadership decided the outcome .", pos="ADJ NOUN VERB DET NOUN PUNCT", deps="amod nsubj ROOT det dobj punct", heads="1 2 2 4 2 2",
            matched="leadership decided", holds=False),
    Example(leadership_not_abstract_subject, "The leadership decided .", pos="DET NOUN VERB PUNCT", deps="det nsubj ROOT punct", heads="1 2 2 2", tags="DT NN VBD .",
            matched="leadership decided", holds=True),
    # "Management without leadership" is about the activity.
    Example(leadership_not_abstract_subject, "Management without leadership feels safe .", pos="NOUN ADP NOUN VERB ADJ PUNCT", deps="nsubj prep pobj ROOT acomp punct", heads="3 0 1 3 3 3",
            matched="leadership feels", holds=False),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_condition_reads_the_example_as_the_spec_does(example):
    assert bool(example.condition(example.matched_words())) is example.holds
