"""LM004 (charisma), a trait made the whole of leading: the conditions of ``lm004_traits``, on sentences parsed by hand (no model)."""
from __future__ import annotations

import pytest

from lintkit.engine.conditions.lm004_traits import (
    can_or_cannot_for_good, leader_is_the_conclusion, has_it_or_not, its_as_it_is, label_taken_up_whole, not_one_share, not_played_down, one_thing_named, temperament_sets_the_bar,
    trait_is_the_subject, trait_is_the_whole, trait_linked_by_predicate, trait_of_the_person, trait_wins_the_comparison,
)
from tests.hand_built import Example

EXAMPLES = [
    # After "therefore", the leader is the conclusion drawn from the trait, not the subject of a clause of its own.
    Example(leader_is_the_conclusion, "charismatic , therefore a leader .", pos="ADJ PUNCT ADV DET NOUN PUNCT",
            deps="amod punct advmod det ROOT punct", heads="4 4 4 4 4 4", tags="JJ , RB DT NN .", lemmas="charismatic , therefore a leader .",
            matched="charismatic , therefore a leader", holds=True),
    Example(leader_is_the_conclusion, "She is charismatic , so a leader noticed her .", pos="PRON AUX ADJ PUNCT ADV DET NOUN VERB PRON PUNCT",
            deps="nsubj ROOT acomp punct advmod det nsubj conj dobj punct", heads="1 1 1 1 7 6 7 1 7 1", tags="PRP VBZ JJ , RB DT NN VBD PRP .",
            lemmas="she be charismatic , so a leader notice she .", matched="charismatic , so a leader", holds=False),
    # "Less learned than inherited" keeps the trait; "less charisma than practice" weakens it.
    Example(trait_wins_the_comparison, "Leadership is less learned than inherited .", pos="NOUN AUX ADV VERB SCONJ VERB PUNCT",
            deps="nsubj ROOT advmod acomp mark advcl punct", heads="1 1 3 1 5 3 1", tags="NN VBZ RBR VBN IN VBN .", lemmas="leadership be less learn than inherit .",
            matched="Leadership is less learned than inherited", holds=True),
    Example(trait_wins_the_comparison, "Leadership is less charisma than practice .", pos="NOUN AUX ADJ NOUN ADP NOUN PUNCT",
            deps="nsubj ROOT amod attr prep pobj punct", heads="1 1 3 1 3 4 1", tags="NN VBZ JJR NN IN NN .", lemmas="leadership be less charisma than practice .",
            matched="Leadership is less charisma than practice", holds=False),
    # An innateness noun claims, unless what is said of it plays it down.
    Example(not_played_down, "The innateness of leadership is obvious .", pos="DET NOUN ADP NOUN AUX ADJ PUNCT",
            deps="det nsubj prep pobj ROOT acomp punct", heads="1 4 1 2 4 4 4", tags="DT NN IN NN VBZ JJ .", lemmas="the innateness of leadership be obvious .",
            matched="innateness of leadership", holds=True),
    Example(not_played_down, "The heritability of leadership is modest .", pos="DET NOUN ADP NOUN AUX ADJ PUNCT",
            deps="det nsubj prep pobj ROOT acomp punct", heads="1 4 1 2 4 4 4", tags="DT NN IN NN VBZ JJ .", lemmas="the heritability of leadership be modest .",
            matched="heritability of leadership", holds=False),
    # A trait in the lead word's clause is what leading is reduced to when the predicate links them ("comes down to",
    # "a matter of"), not when another verb takes it or more than the trait is granted.
    Example(trait_linked_by_predicate, "Leadership comes down to personality .", pos="NOUN VERB ADP ADP NOUN PUNCT",
            deps="nsubj ROOT prt prep pobj punct", heads="1 1 1 1 3 1", tags="NN VBZ RP IN NN .", lemmas="leadership come down to personality .",
            matched="Leadership comes personality", holds=True),
    Example(trait_linked_by_predicate, "Leadership is a matter of temperament .", pos="NOUN AUX DET NOUN ADP NOUN PUNCT",
            deps="nsubj ROOT det attr prep pobj punct", heads="1 1 3 1 3 4 1", tags="NN VBZ DT NN IN NN .", lemmas="leadership be a matter of temperament .",
            matched="Leadership is temperament", holds=True),
    Example(trait_linked_by_predicate, "Leadership is about managing your temperament .", pos="NOUN AUX ADP VERB PRON NOUN PUNCT",
            deps="nsubj ROOT prep pcomp poss dobj punct", heads="1 1 1 2 5 3 1", tags="NN VBZ IN VBG PRP$ NN .", lemmas="leadership be about manage your temperament .",
            matched="Leadership is temperament", holds=False),
    Example(trait_linked_by_predicate, "Leadership is more than charisma .", pos="NOUN AUX ADJ ADP NOUN PUNCT",
            deps="nsubj ROOT acomp prep pobj punct", heads="1 1 1 2 3 1", tags="NN VBZ JJR IN NN .", lemmas="leadership be more than charisma .",
            matched="Leadership is charisma", holds=False),
    # A need reduces leading to the trait only when it is inborn or ranked first.
    Example(trait_linked_by_predicate, "Leadership requires an inborn charisma .", pos="NOUN VERB DET ADJ NOUN PUNCT",
            deps="nsubj ROOT det amod dobj punct", heads="1 1 4 4 1 1", tags="NN VBZ DT JJ NN .", lemmas="leadership require an inborn charisma .",
            matched="Leadership requires charisma", holds=True),
    Example(trait_linked_by_predicate, "Leadership requires charisma .", pos="NOUN VERB NOUN PUNCT",
            deps="nsubj ROOT dobj punct", heads="1 1 1 1", tags="NN VBZ NN .", lemmas="leadership require charisma .",
            matched="Leadership requires charisma", holds=False),
    # Learning granted in the trait's own clause keeps leading learnable.
    Example(trait_linked_by_predicate, "Leadership is temperament plus years of practice .", pos="NOUN AUX NOUN CCONJ NOUN ADP NOUN PUNCT",
            deps="nsubj ROOT attr cc conj prep pobj punct", heads="1 1 1 2 2 4 5 1", tags="NN VBZ NN CC NNS IN NN .",
            lemmas="leadership be temperament plus year of practice .",
            matched="Leadership is temperament", holds=False),
    # A make-up noun counts when it is a person's, not a company's.
    Example(trait_linked_by_predicate, "Leadership is in our company 's DNA .", pos="NOUN AUX ADP PRON NOUN PART PROPN PUNCT",
            deps="nsubj ROOT prep poss poss case pobj punct", heads="1 1 1 4 6 4 2 1", tags="NN VBZ IN PRP$ NN POS NNP .", lemmas="leadership be in our company 's dna .",
            matched="Leadership is DNA", holds=False),
    Example(trait_linked_by_predicate, "Leadership is in his blood .", pos="NOUN AUX ADP PRON NOUN PUNCT",
            deps="nsubj ROOT prep poss pobj punct", heads="1 1 1 4 2 1", tags="NN VBZ IN PRP$ NN .", lemmas="leadership be in his blood .",
            matched="Leadership is blood", holds=True),
    # A verb in -s the parser took for a noun under the lead word still links; a real compound noun does not.
    Example(trait_linked_by_predicate, "Leadership hinges on personality .", pos="NOUN NOUN ADP NOUN PUNCT",
            deps="compound ROOT prep pobj punct", heads="1 1 1 2 1", tags="NN NNS IN NN .", lemmas="leadership hinge on personality .",
            matched="Leadership hinges personality", holds=True),
    Example(trait_linked_by_predicate, "The leadership needs of a team shape its personality .", pos="DET NOUN NOUN ADP DET NOUN VERB PRON NOUN PUNCT",
            deps="det compound nsubj prep det pobj ROOT poss dobj punct", heads="2 2 6 2 5 3 6 8 6 6", tags="DT NN NNS IN DT NN VBP PRP$ NN .",
            lemmas="the leadership need of a team shape its personality .",
            matched="leadership needs personality", holds=False),
    # A temperament of people shut out of leading, with nothing after that grants it back.
    Example(temperament_sets_the_bar, "Introverts will never be leaders .", pos="NOUN AUX ADV AUX NOUN PUNCT", deps="nsubj aux neg ROOT attr punct",
            heads="3 3 3 3 3 3", matched="Introverts leaders", holds=True),
    Example(temperament_sets_the_bar, "Introverts are not leaders , but many lead .", pos="NOUN AUX PART NOUN PUNCT CCONJ ADJ VERB PUNCT",
            deps="nsubj ROOT neg attr punct cc nsubj conj punct", heads="1 1 1 1 1 1 7 1 1", matched="Introverts leaders", holds=False),
    Example(temperament_sets_the_bar, "Quiet weeks are not leadership time .", pos="ADJ NOUN AUX PART NOUN NOUN PUNCT",
            deps="amod nsubj ROOT neg compound attr punct", heads="1 2 2 2 5 2 2", matched="Quiet leadership", holds=False),
    # A trait ending one sentence is a label when the next takes it up and ends on the lead word.
    Example(label_taken_up_whole, "It is charm . That is all leadership is .", pos="PRON AUX NOUN PUNCT PRON AUX PRON NOUN AUX PUNCT",
            deps="nsubj ROOT attr punct nsubj ROOT attr nsubj relcl punct", heads="1 1 1 1 5 5 5 8 6 5", tags="PRP VBZ NN . DT VBZ DT NN VBZ .",
            lemmas="it be charm . that be all leadership be .", matched="charm leadership", holds=True),
    Example(label_taken_up_whole, "We need charm . That is the leadership team 's job .", pos="PRON VERB NOUN PUNCT PRON AUX DET NOUN NOUN PART NOUN PUNCT",
            deps="nsubj ROOT dobj punct nsubj ROOT det compound poss case attr punct", heads="1 1 1 1 5 5 8 8 10 8 5 5",
            tags="PRP VBP NN . DT VBZ DT NN NN POS NN .", lemmas="we need charm . that be the leadership team 's job .",
            matched="charm leadership", holds=False),
    # Having "it" or not, after leading is named; not a thing of its own.
    Example(has_it_or_not, "Forget the leadership retreat . She has it or she does n't .", pos="VERB DET NOUN NOUN PUNCT PRON VERB PRON CCONJ PRON VERB PART PUNCT",
            deps="ROOT det compound dobj punct nsubj ROOT dobj cc nsubj conj neg punct", heads="0 3 3 0 0 6 6 6 6 10 6 10 10",
            tags="VB DT NN NN . PRP VBZ PRP CC PRP VBZ RB .", lemmas="forget the leadership retreat . she have it or she do not .", matched="leadership has or n't", holds=True),
    Example(has_it_or_not, "Our leaders either have a plan or they do n't .", pos="PRON NOUN CCONJ VERB DET NOUN CCONJ PRON VERB PART PUNCT",
            deps="poss nsubj preconj ROOT det dobj cc nsubj conj neg punct", heads="1 3 3 3 5 3 3 8 3 8 8",
            tags="PRP$ NNS CC VBP DT NN CC PRP VBP RB .", lemmas="our leader either have a plan or they do not .", matched="leaders have or n't", holds=False),
    # A trait as the whole of leading or the only thing that matters; not a part, nor the only thing noticed.
    Example(trait_is_the_whole, "Charisma is the beating heart of leadership .", pos="PROPN AUX DET VERB NOUN ADP NOUN PUNCT",
            deps="nsubj ROOT det amod attr prep pobj punct", heads="1 1 4 4 1 4 5 1",
            tags="NNP VBZ DT VBG NN IN NN .", lemmas="charisma be the beat heart of leadership .", matched="Charisma leadership", holds=True),
    Example(trait_is_the_whole, "Charisma is a small part of leadership .", pos="PROPN AUX DET ADJ NOUN ADP NOUN PUNCT",
            deps="nsubj ROOT det amod attr prep pobj punct", heads="1 1 4 4 1 4 5 1",
            tags="NNP VBZ DT JJ NN IN NN .", lemmas="charisma be a small part of leadership .", matched="Charisma leadership", holds=False),
    Example(trait_is_the_whole, "Presence is the only thing people notice about a leader .", pos="NOUN AUX DET ADJ NOUN NOUN VERB ADP DET NOUN PUNCT",
            deps="nsubj ROOT det amod attr nsubj relcl prep det pobj punct", heads="1 1 4 4 1 6 4 6 9 7 1",
            tags="NN VBZ DT JJ NN NNS VBP IN DT NN .", lemmas="presence be the only thing people notice about a leader .", matched="Presence leader", holds=False),
    Example(trait_is_the_whole, "A leader 's magnetism is the only thing that matters .", pos="DET NOUN PART NOUN AUX DET ADJ NOUN PRON VERB PUNCT",
            deps="det poss case nsubj ROOT det amod attr nsubj relcl punct", heads="1 3 1 4 4 7 7 4 9 7 4",
            tags="DT NN POS NN VBZ DT JJ NN WDT VBZ .", lemmas="a leader 's magnetism be the only thing that matter .", matched="leader magnetism", holds=True),
    # "One of those things you have or you don't" is said of the lead word, also as a hyphenated compound; not of a book.
    Example(has_it_or_not, "Leadership is one of those things you have or you do n't .", pos="NOUN AUX NUM ADP DET NOUN PRON VERB CCONJ PRON VERB PART PUNCT",
            deps="nsubj ROOT attr prep det pobj nsubj relcl cc nsubj conj neg punct", heads="1 1 1 2 5 3 7 5 1 10 1 10 10",
            tags="NN VBZ CD IN DT NNS PRP VBP CC PRP VBP RB .", lemmas="leadership be one of those thing you have or you do not .", matched="Leadership have or n't", holds=True),
    Example(has_it_or_not, "Leadership is one of those you - have - it - or - you - don't things .", pos="NOUN AUX NUM ADP DET PRON PUNCT AUX PUNCT PRON PUNCT CCONJ PUNCT PRON PUNCT ADJ NOUN PUNCT",
            deps="nsubj ROOT attr prep det nsubj punct nmod punct dobj punct cc punct conj punct advmod pobj punct", heads="1 1 1 2 16 7 5 16 7 7 9 7 13 7 7 7 3 1",
            tags="NN VBZ CD IN DT PRP HYPH VB HYPH PRP HYPH CC HYPH PRP HYPH JJ NNS .", lemmas="leadership be one of those you - have - it - or - you - don't thing .", matched="Leadership have or don't", holds=True),
    Example(has_it_or_not, "Leadership books mention one of those things you have or you do n't .", pos="NOUN NOUN VERB NUM ADP DET NOUN PRON VERB CCONJ PRON VERB PART PUNCT",
            deps="compound nsubj ROOT dobj prep det pobj nsubj relcl cc nsubj conj neg punct", heads="1 2 2 2 3 6 4 8 6 2 11 2 11 11",
            tags="NN NNS VBP CD IN DT NNS PRP VBP CC PRP VBP RB .", lemmas="leadership book mention one of those thing you have or you do not .", matched="Leadership have or n't", holds=False),
    # "The same thing" makes one of the trait and leading; "the same old topic" is something they share.
    Example(one_thing_named, "Charisma and leadership are the same thing .", pos="NOUN CCONJ NOUN AUX DET ADJ NOUN PUNCT", deps="nsubj cc conj ROOT det amod attr punct",
            heads="3 0 0 3 6 6 3 3", tags="NN CC NN VBP DT JJ NN .", lemmas="charisma and leadership be the same thing .", matched="Charisma same", holds=True),
    Example(one_thing_named, "Charisma and leadership are the same old topic .", pos="NOUN CCONJ NOUN AUX DET ADJ ADJ NOUN PUNCT", deps="nsubj cc conj ROOT det amod amod attr punct",
            heads="3 0 0 3 7 7 7 3 3", tags="NN CC NN VBP DT JJ JJ NN .", lemmas="charisma and leadership be the same old topic .", matched="Charisma same", holds=False),
    # The trait is what is said to set leaders apart; a trait put aside while practice is said to is not.
    Example(trait_is_the_subject, "Charisma is the only thing that separates leaders .", pos="PROPN AUX DET ADJ NOUN PRON VERB NOUN PUNCT",
            deps="nsubj ROOT det amod attr nsubj relcl dobj punct", heads="1 1 4 4 1 6 4 6 1", tags="NNP VBZ DT JJ NN WDT VBZ NNS .",
            lemmas="charisma be the only thing that separate leader .", matched="Charisma is the only thing that separates leaders", holds=True),
    Example(trait_is_the_subject, "Charisma aside , practice is the only thing that makes a leader .", pos="VERB ADV PUNCT NOUN AUX DET ADJ NOUN PRON VERB DET NOUN PUNCT",
            deps="advcl advmod punct nsubj ROOT det amod attr nsubj relcl det dobj punct", heads="4 0 4 4 4 7 7 4 9 7 11 9 4", tags="VB RB , NN VBZ DT JJ NN WDT VBZ DT NN .",
            lemmas="charisma aside , practice be the only thing that make a leader .", matched="Charisma aside , practice is the only thing that makes a leader", holds=False),
    # Chat's "its" for "it's" takes leading up; a possessive "its" before a noun does not.
    Example(its_as_it_is, "You ca nt teach leadership , its in ur dna .", pos="PRON AUX PART VERB NOUN PUNCT PRON ADP PROPN PROPN PUNCT",
            deps="nsubj aux neg ROOT dobj punct dobj prep compound pobj punct", heads="3 3 3 3 3 3 3 6 9 7 3", tags="PRP MD RB VB NN , PRP$ IN NNP NNP .",
            lemmas="you can not teach leadership , its in ur dna .", matched="leadership , its in ur dna", holds=True),
    Example(its_as_it_is, "Leadership ? Its nature changed .", pos="NOUN PUNCT PRON NOUN VERB PUNCT", deps="ROOT punct poss nsubj ROOT punct",
            heads="0 0 3 4 4 4", tags="NN . PRP$ NN VBD .", lemmas="leadership ? its nature change .", matched="Leadership ? Its nature", holds=False),
    # A trait word naming a thing after it ("a personality test") is not the trait said of leading ("a personality trait").
    Example(trait_of_the_person, "Leadership is a personality test .", pos="NOUN AUX DET NOUN NOUN PUNCT", deps="nsubj ROOT det compound attr punct",
            heads="1 1 4 4 1 1", tags="NN VBZ DT NN NN .", lemmas="leadership be a personality test .", matched="Leadership personality", holds=False),
    Example(trait_of_the_person, "leadership is all charisma tbh .", pos="NOUN AUX PRON NOUN NOUN PUNCT", deps="nsubj ROOT advmod compound attr punct",
            heads="1 1 1 4 1 1", tags="NN VBZ DT NN NN .", lemmas="leadership be all charisma tbh .", matched="leadership charisma", holds=True),
    # Confidence placed in others or in an outcome is trust; confidence in oneself is the trait.
    Example(trait_of_the_person, "Leadership is confidence in your people .", pos="NOUN AUX NOUN ADP PRON NOUN PUNCT",
            deps="nsubj ROOT attr prep poss pobj punct", heads="1 1 1 2 5 3 1", tags="NN VBZ NN IN PRP$ NNS .",
            lemmas="leadership be confidence in your people .", matched="Leadership confidence", holds=False),
    Example(trait_of_the_person, "Leadership is confidence in yourself .", pos="NOUN AUX NOUN ADP PRON PUNCT",
            deps="nsubj ROOT attr prep pobj punct", heads="1 1 1 2 3 1", tags="NN VBZ NN IN PRP .",
            lemmas="leadership be confidence in yourself .", matched="Leadership confidence", holds=True),
    Example(trait_of_the_person, "Leadership is a personality trait .", pos="NOUN AUX DET NOUN NOUN PUNCT", deps="nsubj ROOT det compound attr punct",
            heads="1 1 4 4 1 1", tags="NN VBZ DT NN NN .", lemmas="leadership be a personality trait .", matched="Leadership personality", holds=True),
    # The trait given as one share of leading among others passes; the biggest share is a claim.
    Example(not_one_share, "Personality is one input into leadership , among many .", pos="NOUN AUX NUM NOUN ADP NOUN PUNCT ADP ADJ PUNCT",
            deps="nsubj ROOT nummod attr prep pobj punct prep pobj punct", heads="1 1 3 1 3 4 3 1 7 1", tags="NN VBZ CD NN IN NN , IN JJ .",
            lemmas="personality be one input into leadership , among many .", matched="Personality leadership", holds=False),
    Example(not_one_share, "Charisma is the biggest factor in leadership .", pos="NOUN AUX DET ADJ NOUN ADP NOUN PUNCT",
            deps="nsubj ROOT det amod attr prep pobj punct", heads="1 1 4 4 1 4 5 1", tags="NN VBZ DT JJS NN IN NN .",
            lemmas="charisma be the big factor in leadership .", matched="Charisma leadership", holds=True),
    Example(not_one_share, "Charisma is a key factor in leadership .", pos="NOUN AUX DET ADJ NOUN ADP NOUN PUNCT",
            deps="nsubj ROOT det amod attr prep pobj punct", heads="1 1 4 4 1 4 5 1", tags="NN VBZ DT JJ NN IN NN .",
            lemmas="charisma be a key factor in leadership .", matched="Charisma leadership", holds=True),
    Example(not_one_share, "Charisma is the one ingredient of leadership .", pos="NOUN AUX DET NUM NOUN ADP NOUN PUNCT",
            deps="nsubj ROOT det nummod attr prep pobj punct", heads="1 1 4 4 1 4 5 1", tags="NN VBZ DT CD NN IN NN .",
            lemmas="charisma be the one ingredient of leadership .", matched="Charisma leadership", holds=True),
    # Anyone either able to lead or not sorts people for good; one person or one occasion is a test.
    Example(can_or_cannot_for_good, "Either you can lead a raid or you ca n't .", pos="CCONJ PRON AUX VERB DET NOUN CCONJ PRON AUX PART PUNCT",
            deps="preconj nsubj aux ROOT det dobj cc nsubj conj neg punct", heads="3 3 3 3 5 3 3 8 3 8 3", tags="CC PRP MD VB DT NN CC PRP MD RB .",
            lemmas="either you can lead a raid or you can not .", matched="Either you can lead a raid or you ca n't", holds=True),
    Example(can_or_cannot_for_good, "Either he can lead a raid or he ca n't .", pos="CCONJ PRON AUX VERB DET NOUN CCONJ PRON AUX PART PUNCT",
            deps="preconj nsubj aux ROOT det dobj cc nsubj conj neg punct", heads="3 3 3 3 5 3 3 8 3 8 3", tags="CC PRP MD VB DT NN CC PRP MD RB .",
            lemmas="either he can lead a raid or he can not .", matched="Either he can lead a raid or he ca n't", holds=False),
    Example(can_or_cannot_for_good, "Either you can lead the raid tonight or you ca n't .", pos="CCONJ PRON AUX VERB DET NOUN NOUN CCONJ PRON AUX PART PUNCT",
            deps="preconj nsubj aux ROOT det dobj npadvmod cc nsubj conj neg punct", heads="3 3 3 3 5 3 3 3 9 3 9 3", tags="CC PRP MD VB DT NN NN CC PRP MD RB .",
            lemmas="either you can lead the raid tonight or you can not .", matched="Either you can lead the raid tonight or you ca n't", holds=False),
    Example(can_or_cannot_for_good, "You can lead a raid or you ca n't .", pos="PRON AUX VERB DET NOUN CCONJ PRON AUX PART PUNCT",
            deps="nsubj aux ROOT det dobj cc nsubj conj neg punct", heads="2 2 2 4 2 2 7 2 7 2", tags="PRP MD VB DT NN CC PRP MD RB .",
            lemmas="you can lead a raid or you can not .", matched="You can lead a raid or you ca n't", holds=False),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_condition_reads_the_example_as_the_spec_does(example):
    assert bool(example.condition(example.matched_words())) is example.holds
