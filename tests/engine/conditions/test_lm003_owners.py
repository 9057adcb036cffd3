"""LM003: whose "leadership" it is, on sentences parsed by hand (no model).

A person who shows or gives it, or a later "it" a person has, makes it the quality; the people at the
top are hired, and what one hears about or explains is a fact.
"""
from __future__ import annotations

import pytest

from lintkit.engine.conditions.lm003 import leadership_names_group
from tests.hand_built import Example


def group(text, pos, deps, heads, tags, lemmas, holds):
    return Example(leadership_names_group, text, pos=pos, deps=deps, heads=heads, tags=tags, lemmas=lemmas, matched="leadership", holds=holds)


EXAMPLES = [
    # A person shows it, as "her leadership"; a leadership that was hired is people.
    group("The leadership she showed earned her an award .", "DET NOUN PRON VERB VERB PRON DET NOUN PUNCT",
          "det nsubj nsubj relcl ROOT dative det dobj punct", "1 4 3 1 4 4 7 4 4", "DT NN PRP VBD VBD PRP DT NN .",
          "the leadership she show earn she a award .", holds=False),
    group("The leadership we hired cut two programmes .", "DET NOUN PRON VERB VERB NUM NOUN PUNCT",
          "det nsubj nsubj relcl ROOT nummod dobj punct", "1 4 3 1 4 6 4 4", "DT NN PRP VBD VBD CD NNS .",
          "the leadership we hire cut two programme .", holds=True),
    # One person given it holds the role; the leadership "we" were given may be our bosses.
    group("The leadership she was given cut two programmes .", "DET NOUN PRON AUX VERB VERB NUM NOUN PUNCT",
          "det nsubj nsubjpass auxpass relcl ROOT nummod dobj punct", "1 5 4 4 1 5 7 5 5", "DT NN PRP VBD VBN VBD CD NNS .",
          "the leadership she be give cut two programme .", holds=False),
    group("The leadership we were given cut two programmes .", "DET NOUN PRON AUX VERB VERB NUM NOUN PUNCT",
          "det nsubj nsubjpass auxpass relcl ROOT nummod dobj punct", "1 5 4 4 1 5 7 5 5", "DT NN PRP VBD VBN VBD CD NNS .",
          "the leadership we be give cut two programme .", holds=True),
    # A clause that longs for it, its "for" left at the end, wants the quality; a clause that votes for it chose people.
    group("The leadership they longed for cut two programmes .", "DET NOUN PRON VERB ADP VERB NUM NOUN PUNCT",
          "det nsubj nsubj relcl prep ROOT nummod dobj punct", "1 5 3 1 3 5 7 5 5", "DT NN PRP VBD IN VBD CD NNS .",
          "the leadership they long for cut two programme .", holds=False),
    group("The leadership they voted for cut two programmes .", "DET NOUN PRON VERB ADP VERB NUM NOUN PUNCT",
          "det nsubj nsubj relcl prep ROOT nummod dobj punct", "1 5 3 1 3 5 7 5 5", "DT NN PRP VBD IN VBD CD NNS .",
          "the leadership they vote for cut two programme .", holds=True),
    # A person wears "it": a thing, the quality.
    group("leadership arrived late , but she wore it lightly .", "NOUN VERB ADV PUNCT CCONJ PRON VERB PRON ADV PUNCT",
          "nsubj ROOT advmod punct cc nsubj conj dobj advmod punct", "1 1 1 1 1 6 1 6 6 1", "NN VBD RB , CC PRP VBD PRP RB .",
          "leadership arrive late , but she wear it lightly .", holds=False),
    # An "it" that points at something said before, with no person holding it, leaves the group.
    group("leadership will go for it .", "NOUN AUX VERB ADP PRON PUNCT", "nsubj aux ROOT prep pobj punct", "2 2 2 2 3 2",
          "NN MD VB IN PRP .", "leadership will go for it .", holds=True),
    # Wanted from people it named, it is the conduct they owe; wanted from places, the people who run them.
    group("The synod asked for leadership from the bishops .", "DET NOUN VERB ADP NOUN ADP DET NOUN PUNCT",
          "det nsubj ROOT prep pobj prep det pobj punct", "1 2 2 2 3 2 7 5 2", "DT NN VBD IN NN IN DT NNS .",
          "the synod ask for leadership from the bishop .", holds=False),
    group("The synod asked for leadership from the sites .", "DET NOUN VERB ADP NOUN ADP DET NOUN PUNCT",
          "det nsubj ROOT prep pobj prep det pobj punct", "1 2 2 2 3 2 7 5 2", "DT NN VBD IN NN IN DT NNS .",
          "the synod ask for leadership from the site .", holds=True),
    # The object of a verb of conduct whose subject is one person is that person's conduct; shown a second object, it is
    # the people shown something.
    group("He lacked the leadership to say no .", "PRON VERB DET NOUN PART VERB INTJ PUNCT",
          "nsubj ROOT det dobj aux advcl dobj punct", "1 1 3 1 5 1 5 1", "PRP VBD DT NN TO VB UH .",
          "he lack the leadership to say no .", holds=False),
    group("He showed the leadership the deck .", "PRON VERB DET NOUN DET NOUN PUNCT",
          "nsubj ROOT det dative det dobj punct", "1 1 3 1 5 1 1", "PRP VBD DT NN DT NN .",
          "he show the leadership the deck .", holds=True),
    # What a person hears about is a fact.
    group("leadership cancelled , and we heard about it .", "NOUN VERB PUNCT CCONJ PRON VERB ADP PRON PUNCT",
          "nsubj ROOT punct cc nsubj conj prep pobj punct", "1 1 1 1 5 1 5 6 1", "NN VBD , CC PRP VBD IN PRP .",
          "leadership cancel , and we hear about it .", holds=True),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_a_person_who_shows_it_or_holds_it_makes_it_the_quality(example):
    assert bool(example.condition(example.matched_words())) is example.holds
