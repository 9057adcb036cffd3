"""LM004 (charisma), a claim named only to be rejected: the conditions of ``lm004_denials``, on sentences parsed by hand (no model)."""
from __future__ import annotations

import pytest

from lintkit.engine.conditions.lm004_denials import learning_denied_or_not_denied, not_denied, not_supposed_against_fact, not_universal
from tests.hand_built import Example

EXAMPLES = [
    # "No" on the first item of a list denies the innate word in a later item; "a" denies nothing.
    *(Example(learning_denied_or_not_denied, f"We found {det} gene or birth order that predicts who will lead .",
              pos="PRON VERB DET NOUN CCONJ NOUN NOUN PRON VERB PRON AUX VERB PUNCT",
              deps="nsubj ROOT det dobj cc compound conj nsubj relcl nsubj aux ccomp punct", heads="1 1 3 1 3 6 3 8 6 11 11 8 1",
              tags="PRP VBD DT NN CC NN NN WDT VBZ WP MD VB .", lemmas=f"we find {det} gene or birth order that predict who will lead .",
              matched="birth lead", holds=holds)
      for det, holds in [("no", False), ("a", True)]),
    # A relative clause on the phrase that denies the thing exists rejects it; one that only says more of it does not.
    Example(not_denied, "We hire born leaders , who do n't exist .", pos="PRON VERB VERB NOUN PUNCT PRON AUX PART VERB PUNCT",
            deps="nsubj ROOT amod dobj punct nsubj aux neg relcl punct", heads="1 1 3 1 3 8 8 8 3 1",
            tags="PRP VBP VBN NNS , WP VBP RB VB .", lemmas="we hire bear leader , who do not exist .", matched="born leaders", holds=False),
    Example(not_denied, "We hire born leaders , who exist .", pos="PRON VERB VERB NOUN PUNCT PRON VERB PUNCT",
            deps="nsubj ROOT amod dobj punct nsubj relcl punct", heads="1 1 3 1 3 6 3 1",
            tags="PRP VBP VBN NNS , WP VBP .", lemmas="we hire bear leader , who exist .", matched="born leaders", holds=True),
    # A negation in a clause aside, which neither end of the claim heads or hangs under, leaves the claim standing; a
    # negation on what says the claim denies it.
    Example(not_denied, "You lead because you ca n't help it ; it 's the way you were made .",
            pos="PRON VERB SCONJ PRON AUX PART VERB PRON PUNCT PRON AUX DET NOUN PRON AUX VERB PUNCT",
            deps="nsubj ccomp mark nsubj aux neg advcl dobj punct nsubj ROOT det attr nsubjpass auxpass relcl punct", heads="1 10 6 6 6 6 1 6 10 10 10 12 10 15 15 12 10",
            tags="PRP VBP IN PRP MD RB VB PRP : PRP VBZ DT NN PRP VBD VBN .", lemmas="you lead because you can not help it ; it be the way you be make .",
            matched="lead made", holds=True),
    Example(not_denied, "I do n't think leadership is a gift .", pos="PRON AUX PART VERB NOUN AUX DET NOUN PUNCT",
            deps="nsubj aux neg ROOT nsubj ccomp det attr punct", heads="3 3 3 3 5 3 7 5 3",
            tags="PRP VBP RB VB NN VBZ DT NN .", lemmas="i do not think leadership be a gift .", matched="leadership is a gift", holds=False),
    # A denial by a place of learning is the first half of the innate claim; a label the line opens with is no such
    # subject, so "don't" there denies the pair.
    Example(learning_denied_or_not_denied, "Training slide : do n't rate leadership on presence .", pos="NOUN NOUN PUNCT AUX PART VERB NOUN ADP NOUN PUNCT",
            deps="compound nsubj punct aux neg ROOT dobj prep pobj punct", heads="1 5 1 5 5 5 5 5 7 5", tags="NN NN : VBP RB VB NN IN NN .",
            lemmas="training slide : do not rate leadership on presence .", matched="leadership on presence", holds=False),
    Example(learning_denied_or_not_denied, "Training slides do n't give leadership presence .", pos="NOUN NOUN AUX PART VERB NOUN NOUN PUNCT",
            deps="compound nsubj aux neg ROOT compound dobj punct", heads="1 4 4 4 4 6 4 4", tags="NN NNS VBP RB VB NN NN .",
            lemmas="training slide do not give leadership presence .", matched="leadership presence", holds=True),
    # A negated claim under a negated verb of saying is held (a double negative); a doubting verb rejects its clause.
    Example(not_denied, "I would n't say leaders are n't born .", pos="PRON AUX PART VERB NOUN AUX PART VERB PUNCT",
            deps="nsubj aux neg ROOT nsubjpass auxpass neg ccomp punct", heads="3 3 3 3 7 7 7 3 3",
            tags="PRP MD RB VB NNS VBP RB VBN .", lemmas="i would not say leader be not bear .", matched="leaders are born", holds=True),
    Example(not_denied, "I doubt leaders are born .", pos="PRON VERB NOUN AUX VERB PUNCT",
            deps="nsubj ROOT nsubjpass auxpass ccomp punct", heads="1 1 4 4 1 1",
            tags="PRP VBP NNS VBP VBN .", lemmas="i doubt leader be bear .", matched="leaders are born", holds=False),
    Example(not_denied, "No one can deny leaders are born .", pos="DET NOUN AUX VERB NOUN AUX VERB PUNCT",
            deps="det nsubj aux ROOT nsubjpass auxpass ccomp punct", heads="1 3 3 3 6 6 3 3",
            tags="DT NN MD VB NNS VBP VBN .", lemmas="no one can deny leader be bear .", matched="leaders are born", holds=True),
    Example(not_denied, "Critics say leadership is nothing but charisma .", pos="NOUN VERB NOUN AUX PRON ADP NOUN PUNCT",
            deps="nsubj ROOT nsubj ccomp attr prep pobj punct", heads="1 1 3 1 3 4 5 1",
            tags="NNS VBP NN VBZ NN IN NN .", lemmas="critic say leadership be nothing but charisma .", matched="leadership is nothing but charisma", holds=True),
    # A trait supposed against the facts, with what "would" follow, is held false; a plain supposition is not.
    Example(not_supposed_against_fact, "If leadership were innate , training would fail .", pos="SCONJ NOUN AUX ADJ PUNCT NOUN AUX VERB PUNCT",
            deps="mark nsubj advcl acomp punct nsubj aux ROOT punct", heads="2 2 7 2 7 7 7 7 7",
            tags="IN NN VBD JJ , NN MD VB .", lemmas="if leadership be innate , training would fail .", matched="leadership innate", holds=False),
    Example(not_supposed_against_fact, "If leadership is innate , hire for it .", pos="SCONJ NOUN AUX ADJ PUNCT VERB ADP PRON PUNCT",
            deps="mark nsubj advcl acomp punct ROOT prep pobj punct", heads="2 2 5 2 5 5 5 6 5",
            tags="IN NN VBZ JJ , VB IN PRP .", lemmas="if leadership be innate , hire for it .", matched="leadership innate", holds=True),
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
    # "Some" who just are not born leaders leaves the gift to the others; a plain denial, or learning named, denies.
    Example(not_denied, "Some people are just not born leaders .", pos="DET NOUN AUX ADV PART VERB NOUN PUNCT",
            deps="det nsubj ROOT advmod neg amod attr punct", heads="1 2 2 5 5 6 2 2", tags="DT NNS VBP RB RB VBN NNS .",
            lemmas="some people be just not bear leader .", matched="born leaders", holds=True),
    Example(not_denied, "Some people are not born leaders .", pos="DET NOUN AUX PART VERB NOUN PUNCT",
            deps="det nsubj ROOT neg amod attr punct", heads="1 2 2 4 5 2 2", tags="DT NNS VBP RB VBN NNS .",
            lemmas="some people be not bear leader .", matched="born leaders", holds=False),
    Example(not_denied, "Some people are just not born leaders ; they learn it .", pos="DET NOUN AUX ADV PART VERB NOUN PUNCT PRON VERB PRON PUNCT",
            deps="det nsubj ROOT advmod neg amod attr punct nsubj parataxis dobj punct", heads="1 2 2 5 5 6 2 2 9 2 9 2", tags="DT NNS VBP RB RB VBN NNS : PRP VBP PRP .",
            lemmas="some people be just not bear leader ; they learn it .", matched="born leaders", holds=False),
    # A copy of the trait refused says the trait is real; failing to find it doubts it.
    Example(not_denied, "You ca n't fake the leader gene .", pos="PRON AUX PART VERB DET NOUN NOUN PUNCT",
            deps="nsubj aux neg ROOT det compound dobj punct", heads="3 3 3 3 6 6 3 3", tags="PRP MD RB VB DT NN NN .",
            lemmas="you can not fake the leader gene .", matched="leader gene", holds=True),
    Example(not_denied, "You ca n't find the leader gene .", pos="PRON AUX PART VERB DET NOUN NOUN PUNCT",
            deps="nsubj aux neg ROOT det compound dobj punct", heads="3 3 3 3 6 6 3 3", tags="PRP MD RB VB DT NN NN .",
            lemmas="you can not find the leader gene .", matched="leader gene", holds=False),
    # "Everyone is born to lead" says all can lead.
    Example(not_universal, "Everyone is born to lead .", pos="PRON AUX VERB PART VERB PUNCT", deps="nsubjpass auxpass ROOT aux xcomp punct", heads="2 2 2 4 2 2",
            matched="born to lead", holds=False),
    Example(not_universal, "Some are born to lead .", pos="PRON AUX VERB PART VERB PUNCT", deps="nsubjpass auxpass ROOT aux xcomp punct", heads="2 2 2 4 2 2",
            matched="born to lead", holds=True),
    # A universal subject shares the gift out only when the verb says what it is: "we want a born leader" does not.
    Example(not_universal, "We want a born leader .", pos="PRON VERB DET VERB NOUN PUNCT",
            deps="nsubj ROOT det amod dobj punct", heads="1 1 4 4 1 1", tags="PRP VBP DT VBN NN .", lemmas="we want a bear leader .",
            matched="born leader", holds=True),
    # A universal word over a group named before it is some people; "each of us" is still all of us.
    Example(not_universal, "Our prefects , each of whom was born to lead .", pos="PRON NOUN PUNCT PRON ADP PRON AUX VERB PART VERB PUNCT",
            deps="poss ROOT punct nsubjpass prep pobj auxpass relcl aux xcomp punct", heads="1 1 1 7 3 4 7 1 9 7 1",
            tags="PRP$ NNS , DT IN WP VBD VBN TO VB .", lemmas="our prefect , each of whom be bear to lead .", matched="born to lead", holds=True),
    Example(not_universal, "Each of us is born to lead .", pos="PRON ADP PRON AUX VERB PART VERB PUNCT",
            deps="nsubjpass prep pobj auxpass ROOT aux xcomp punct", heads="4 0 1 4 4 6 4 4",
            tags="DT IN PRP VBZ VBN TO VB .", lemmas="each of we be bear to lead .", matched="born to lead", holds=False),
    # The back-off's guard: denied learning is half the innate claim, any other denial vetoes.
    Example(learning_denied_or_not_denied, "Leadership is n't taught .", pos="NOUN AUX PART VERB PUNCT", deps="nsubjpass auxpass neg ROOT punct",
            heads="3 3 3 3 3", tags="NN VBZ RB VBN .", lemmas="leadership be not teach .", matched="Leadership taught", holds=True),
    # A trait denied to suffice denies that it is the whole, though the "not" comes after the pair.
    Example(learning_denied_or_not_denied, "For leaders , extroversion is not enough .", pos="ADP NOUN PUNCT NOUN AUX PART ADJ PUNCT",
            deps="prep pobj punct nsubj ROOT neg acomp punct", heads="4 0 4 4 4 4 4 4", matched="leaders , extroversion", holds=False),
    Example(learning_denied_or_not_denied, "For leaders , extroversion is everything .", pos="ADP NOUN PUNCT NOUN AUX PRON PUNCT",
            deps="prep pobj punct nsubj ROOT attr punct", heads="4 0 4 4 4 4 4", matched="leaders , extroversion", holds=True),
    # "pick out" picks people; "pick up" learns.
    Example(learning_denied_or_not_denied, "Leadership is not charisma .", pos="NOUN AUX PART NOUN PUNCT", deps="nsubj ROOT neg attr punct",
            heads="1 1 1 1 1", matched="Leadership charisma", holds=False),
    # Every innate word in a phrase a "not" rejects: the correction after the comma denies the trait, whichever cue the pair holds.
    Example(learning_denied_or_not_denied, "Leadership is a learnable skill , not an innate trait .", pos="NOUN AUX DET ADJ NOUN PUNCT PART DET ADJ NOUN PUNCT",
            deps="nsubj ROOT det amod attr punct neg det amod appos punct", heads="1 1 4 4 1 4 4 9 9 4 1",
            lemmas="leadership be a learnable skill , not an innate trait .", matched="Leadership innate", holds=False),
    Example(learning_denied_or_not_denied, "Leadership is an innate trait , not a learnable skill .", pos="NOUN AUX DET ADJ NOUN PUNCT PART DET ADJ NOUN PUNCT",
            deps="nsubj ROOT det amod attr punct neg det amod appos punct", heads="1 1 4 4 1 4 4 9 9 4 1",
            lemmas="leadership be an innate trait , not a learnable skill .", matched="Leadership innate", holds=True),
    # What is said of the trait's holders denied with a hedge: the trait guarantees nothing.
    Example(learning_denied_or_not_denied, "Charismatic leaders are not always effective .", pos="ADJ NOUN AUX PART ADV ADJ PUNCT",
            deps="amod nsubj ROOT neg advmod acomp punct", heads="1 2 2 2 2 2 2", lemmas="charismatic leader be not always effective .",
            matched="Charismatic leaders", holds=False),
    # One teacher who cannot teach it says nothing of where leading comes from; nobody at all leaves it inborn.
    Example(learning_denied_or_not_denied, "A traditionally trained director can not train someone to be a leader .", pos="DET ADV VERB NOUN AUX PART VERB PRON PART AUX DET NOUN PUNCT",
            deps="det advmod amod nsubj aux neg ROOT dobj aux relcl det attr punct", heads="3 2 3 6 6 6 6 6 9 7 11 9 6", tags="DT RB VBN NN MD RB VB NN TO VB DT NN .",
            lemmas="a traditionally train director can not train someone to be a leader .", matched="train leader", holds=False),
    Example(learning_denied_or_not_denied, "Nobody can train someone to be a leader .", pos="PRON AUX VERB PRON PART AUX DET NOUN PUNCT",
            deps="nsubj aux ROOT dobj aux relcl det attr punct", heads="2 2 2 2 5 3 7 5 2", tags="NN MD VB NN TO VB DT NN .",
            lemmas="nobody can train someone to be a leader .", matched="train leader", holds=True),
    # The back-off's guard lets a denial through when it is aimed at learning, wherever it stands; not one aimed at the innate view.
    Example(learning_denied_or_not_denied, "It is charisma , not coaching , that makes a leader .", pos="PRON AUX NOUN PUNCT PART VERB PUNCT PRON VERB DET NOUN PUNCT",
            deps="nsubj ROOT attr punct neg xcomp punct nsubj ccomp det dobj punct", heads="1 1 1 2 5 1 1 8 1 10 8 1",
            tags="PRP VBZ NN , RB VBG , WDT VBZ DT NN .", lemmas="it be charisma , not coach , that make a leader .", matched="charisma leader", holds=True),
    Example(learning_denied_or_not_denied, "Leaders learn from their mistakes , not from their genes .", pos="NOUN VERB ADP PRON NOUN PUNCT PART ADP PRON NOUN PUNCT",
            deps="nsubj ROOT prep poss pobj punct neg prep poss pobj punct", heads="1 1 1 4 2 2 7 1 9 7 1",
            tags="NNS VBP IN PRP$ NNS , RB IN PRP$ NNS .", lemmas="leader learn from their mistake , not from their gene .", matched="Leaders genes", holds=False),
    # A person who lacks the trait, in a sentence that denies any remedy, is not a denial; learning named as working is.
    Example(not_denied, "Sadly she is not a natural leader , and I do n't think any programme changes that .", pos="ADV PRON AUX PART DET ADJ NOUN PUNCT CCONJ PRON AUX PART VERB DET NOUN VERB PRON PUNCT",
            deps="advmod nsubj ROOT neg det amod attr punct cc nsubj aux neg conj det nsubj ccomp dobj punct", heads="2 2 2 2 6 6 2 2 2 12 12 12 2 14 15 12 15 12",
            tags="RB PRP VBZ RB DT JJ NN , CC PRP VBP RB VB DT NN VBZ DT .", lemmas="sadly she be not a natural leader , and i do not think any programme change that .", matched="natural leader", holds=True),
    Example(not_denied, "I 'm not a natural leader , and no book will change that , so I practise every day .", pos="PRON AUX PART DET ADJ NOUN PUNCT CCONJ DET NOUN AUX VERB PRON PUNCT CCONJ PRON VERB DET NOUN PUNCT",
            deps="nsubj ROOT neg det amod attr punct cc det nsubj aux ccomp dobj punct advmod nsubj conj det npadvmod punct", heads="1 1 1 5 5 1 1 1 9 11 11 16 11 16 16 16 1 18 16 16",
            tags="PRP VBP RB DT JJ NN , CC DT NN MD VB DT , CC PRP VBP DT NN .", lemmas="i be not a natural leader , and no book will change that , so i practise every day .", matched="natural leader", holds=False),
    # Leading denied only to a person birth withheld it from puts its source in birth; learning named as working, or a
    # thing in place of the person, does not.
    Example(not_denied, "You ca n't put leadership into a boy who was n't born with it .", pos="PRON AUX PART VERB NOUN ADP DET NOUN PRON AUX PART VERB ADP PRON PUNCT",
            deps="nsubj aux neg ROOT dobj prep det pobj nsubjpass auxpass neg relcl prep pobj punct", heads="3 3 3 3 3 3 7 5 11 11 11 7 11 12 3",
            tags="PRP MD RB VB NN IN DT NN WP VBD RB VBN IN PRP .", lemmas="you can not put leadership into a boy who be not bear with it .", matched="leadership into a boy who was n't born with", holds=True),
    Example(not_denied, "You ca n't put leadership into a boy who was n't born with it , but you can teach him .", pos="PRON AUX PART VERB NOUN ADP DET NOUN PRON AUX PART VERB ADP PRON PUNCT CCONJ PRON AUX VERB PRON PUNCT",
            deps="nsubj aux neg ROOT dobj prep det pobj nsubjpass auxpass neg relcl prep pobj punct cc nsubj aux conj dobj punct", heads="3 3 3 3 3 3 7 5 11 11 11 7 11 12 3 3 18 18 3 18 18",
            tags="PRP MD RB VB NN IN DT NN WP VBD RB VBN IN PRP , CC PRP MD VB PRP .", lemmas="you can not put leadership into a boy who be not bear with it , but you can teach he .", matched="leadership into a boy who was n't born with", holds=False),
    Example(not_denied, "You ca n't put leadership into a report that was n't born with it .", pos="PRON AUX PART VERB NOUN ADP DET NOUN PRON AUX PART VERB ADP PRON PUNCT",
            deps="nsubj aux neg ROOT dobj prep det pobj nsubjpass auxpass neg relcl prep pobj punct", heads="3 3 3 3 3 3 7 5 11 11 11 7 11 12 3",
            tags="PRP MD RB VB NN IN DT NN WDT VBD RB VBN IN PRP .", lemmas="you can not put leadership into a report that be not bear with it .", matched="leadership into a report that was n't born with", holds=False),    # A "no" to whether leaders are made stands, unless the answer puts them in learning after all.
    # An innate word whose own clause is said of nobody is denied, in the back-off as in the patterns.
    Example(learning_denied_or_not_denied, "tbh leading is a learned thing , nobody pops out of the womb knowing how to do a 1:1", pos="NOUN VERB AUX DET VERB NOUN PUNCT PRON VERB ADP ADP DET NOUN VERB SCONJ PART VERB DET NUM",
            deps="nsubj amod ccomp det amod attr punct nsubj ROOT prep prep det pobj advcl advmod aux xcomp det dobj", heads="2 0 8 5 5 2 8 8 8 8 9 12 10 8 16 16 13 18 16",
            tags="NN VBG VBZ DT VBN NN , NN VBZ IN IN DT NN VBG WRB TO VB DT CD", lemmas="tbh lead be a learn thing , nobody pop out of the womb know how to do a 1:1", matched="leading womb", holds=False),
    # A means of learning, holding the lead word, denied its effect where birth withheld the trait puts leading in birth;
    # a third denial (of practice) leaves it a list of failings.
    Example(not_denied, "reading leadership books wo nt help if u were nt born with the instinct", pos="VERB NOUN NOUN AUX PART VERB SCONJ PRON AUX PART VERB ADP DET NOUN",
            deps="csubj compound dobj aux neg ROOT mark nsubjpass auxpass neg ccomp prep det pobj", heads="5 2 0 5 5 5 10 10 10 10 5 10 13 11",
            tags="VBG NN NNS MD RB VB IN PRP VBD RB VBN IN DT NN", lemmas="read leadership book will not help if u be not bear with the instinct", matched="leadership born", holds=True),
    Example(not_denied, "Leadership books wo n't help if you were n't born with it and do n't practise .", pos="NOUN NOUN AUX PART VERB SCONJ PRON AUX PART VERB ADP PRON CCONJ AUX PART VERB PUNCT",
            deps="compound nsubj aux neg ROOT mark nsubjpass auxpass neg ccomp prep pobj cc aux neg conj punct", heads="1 4 4 4 4 9 9 9 9 4 9 10 9 15 15 9 4",
            tags="NN NNS MD RB VB IN PRP VBD RB VBN IN PRP CC VBP RB VB .", lemmas="leadership book will not help if you be not bear with it and do not practise .", matched="Leadership born", holds=False),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_condition_reads_the_example_as_the_spec_does(example):
    assert bool(example.condition(example.matched_words())) is example.holds
