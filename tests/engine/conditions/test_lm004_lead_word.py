"""LM004 (charisma), where the lead word stands: the conditions of ``lm004_lead_word``, on sentences parsed by hand (no model)."""
from __future__ import annotations

import pytest

from lintkit.engine.conditions.lm004_lead_word import (
    gerund_as_subject,
    generic_lead,
    inherited_ability_to_lead, subject_is_an_ability_to_lead,
    no_effort_beside,
    it_takes_up_the_lead, lead_heads_its_phrase, lead_not_a_manner, lead_not_in_phrase, leading_is_what_is_said, phrase_names_a_kind,
    subject_past_the_aside,
)
from tests.hand_built import Example

EXAMPLES = [
    # After an aside the lead word is the subject, also where the parser hung it on "since" as a preposition; an item
    # of a list after a preposition is not.
    Example(subject_past_the_aside, "since leadership , in the end , is charisma .", pos="SCONJ NOUN PUNCT ADP DET NOUN PUNCT AUX NOUN PUNCT",
            deps="prep pobj punct prep det pobj punct ROOT attr punct", heads="7 0 7 7 5 3 7 7 7 7", tags="IN NN , IN DT NN , VBZ NN .",
            lemmas="since leadership , in the end , be charisma .", matched="leadership , in the end , is charisma", holds=True),
    Example(subject_past_the_aside, "With leadership , in the end , comes charisma .", pos="ADP NOUN PUNCT ADP DET NOUN PUNCT VERB NOUN PUNCT",
            deps="prep pobj punct prep det pobj punct ROOT nsubj punct", heads="7 0 7 7 5 3 7 7 7 7", tags="IN NN , IN DT NN , VBZ NN .",
            lemmas="with leadership , in the end , come charisma .", matched="leadership , in the end , comes charisma", holds=False),
    # A gift to some is a claim; effort or learning named beside it makes it the spec's "some find it easier than others".
    Example(no_effort_beside, "Leading comes naturally to some .", pos="VERB VERB ADV ADP PRON PUNCT",
            deps="nsubj ROOT advmod prep pobj punct", heads="1 1 1 1 3 1", tags="VBG VBZ RB IN DT .",
            lemmas="lead come naturally to some .", matched="Leading comes naturally", holds=True),
    Example(no_effort_beside, "Leading comes naturally to some , others work at it .", pos="VERB VERB ADV ADP PRON PUNCT NOUN VERB ADP PRON PUNCT",
            deps="nsubj ROOT advmod prep pobj punct nsubj conj prep pobj punct", heads="1 1 1 1 3 1 7 1 7 8 1", tags="VBG VBZ RB IN DT , NNS VBP IN PRP .",
            lemmas="lead come naturally to some , other work at it .", matched="Leading comes naturally", holds=False),
    # Learning said not to happen is no effort beside the gift.
    *(Example(no_effort_beside, f"A natural gift for leadership {aux} learned .", pos=f"DET ADJ NOUN ADP NOUN {pos} VERB PUNCT",
              deps=f"det amod nsubjpass prep pobj {deps} ROOT punct", heads=heads, lemmas=f"a natural gift for leadership {lemma} learn .",
              matched="natural gift for leadership", holds=holds)
      for aux, pos, deps, heads, lemma, holds in [
          ("is", "AUX", "auxpass", "2 2 6 2 3 6 6 6", "be", False),
          ("is never", "AUX ADV", "auxpass neg", "2 2 7 2 3 7 7 7 7", "be never", True)]),
    # Whose leading, after "for", keeps the word a quality; what is run ("for the club") does not.
    Example(phrase_names_a_kind, "Leadership for me is presence .", pos="NOUN ADP PRON AUX NOUN PUNCT",
            deps="nsubj prep pobj ROOT attr punct", heads="3 0 1 3 3 3", tags="NN IN PRP VBZ NN .",
            lemmas="leadership for I be presence .", matched="Leadership for me is presence", holds=True),
    Example(phrase_names_a_kind, "Leadership for the club is charisma .", pos="NOUN ADP DET NOUN AUX NOUN PUNCT",
            deps="nsubj prep det pobj ROOT attr punct", heads="4 0 3 1 4 4 4", tags="NN IN DT NN VBZ NN .",
            lemmas="leadership for the club be charisma .", matched="Leadership for the club is charisma", holds=False),
    # A bare lead word with the place it is practised in keeps the quality; with "the" it can be the people there.
    Example(phrase_names_a_kind, "Leadership in a raid is aura .", pos="NOUN ADP DET NOUN AUX NOUN PUNCT",
            deps="nsubj prep det pobj ROOT attr punct", heads="4 0 3 1 4 4 4", tags="NN IN DT NN VBZ NN .",
            lemmas="leadership in a raid be aura .", matched="Leadership in a raid is aura", holds=True),
    Example(phrase_names_a_kind, "The leadership in the club is charisma .", pos="DET NOUN ADP DET NOUN AUX NOUN PUNCT",
            deps="det nsubj prep det pobj ROOT attr punct", heads="1 5 1 4 2 5 5 5", tags="DT NN IN DT NN VBZ NN .",
            lemmas="the leadership in the club be charisma .", matched="leadership in the club is charisma", holds=False),
    # The pronoun stands for the lead word only with no other noun between them.
    Example(it_takes_up_the_lead, "We do n't coach leadership , because it ca n't be coached .", pos="PRON AUX PART VERB NOUN PUNCT SCONJ PRON AUX PART AUX VERB PUNCT",
            deps="nsubj aux neg ROOT dobj punct mark nsubjpass aux neg auxpass advcl punct", heads="3 3 3 3 3 3 11 11 11 11 11 3 3",
            tags="PRP VBP RB VB NN , IN PRP MD RB VB VBN .", lemmas="we do not coach leadership , because it can not be coach .",
            matched="leadership it coached", holds=True),
    Example(it_takes_up_the_lead, "Leaders asked for a plan , because it ca n't be made .", pos="NOUN VERB ADP DET NOUN PUNCT SCONJ PRON AUX PART AUX VERB PUNCT",
            deps="nsubj ROOT prep det pobj punct mark nsubjpass aux neg auxpass advcl punct", heads="1 1 1 4 2 1 11 11 11 11 11 1 1",
            tags="NNS VBD IN DT NN , IN PRP MD RB VB VBN .", lemmas="leader ask for a plan , because it can not be make .",
            matched="Leaders it made", holds=False),
    # Before "it's who she is", someone leads or is a leader; a leader doing something else is not the point.
    Example(leading_is_what_is_said, "I was a leader ; it is who I am .", pos="PRON AUX DET NOUN PUNCT PRON AUX PRON PRON AUX PUNCT",
            deps="nsubj ROOT det attr punct nsubj ROOT attr nsubj ccomp punct", heads="1 1 3 1 1 6 6 9 9 6 6",
            tags="PRP VBD DT NN : PRP VBZ WP PRP VBP .", lemmas="I be a leader ; it be who I be .", matched="leader am", holds=True),
    Example(leading_is_what_is_said, "Our leader left , that is who Sam is .", pos="PRON NOUN VERB PUNCT PRON AUX PRON PROPN AUX PUNCT",
            deps="poss nsubj ROOT punct nsubj ccomp attr nsubj ccomp punct", heads="1 2 2 2 5 2 8 8 5 2",
            tags="PRP$ NN VBD , DT VBZ WP NNP VBZ .", lemmas="our leader leave , that be who Sam be .", matched="leader is", holds=False),
    # A kind of leading named after the word keeps the quality; what is led makes it the people or the running of a thing.
    Example(phrase_names_a_kind, "Leadership of that order is born .", pos="NOUN ADP DET NOUN AUX VERB PUNCT",
            deps="nsubjpass prep det pobj auxpass ROOT punct", heads="5 0 3 1 5 5 5",
            tags="NN IN DT NN VBZ VBN .", lemmas="leadership of that order be bear .", matched="Leadership of order is born", holds=True),
    Example(phrase_names_a_kind, "The leadership of the club is charismatic .", pos="DET NOUN ADP DET NOUN AUX ADJ PUNCT",
            deps="det nsubj prep det pobj ROOT acomp punct", heads="1 5 1 4 2 5 5 5",
            tags="DT NN IN DT NN VBZ JJ .", lemmas="the leadership of the club be charismatic .", matched="leadership of club is charismatic", holds=False),
    # What is left of leading is still leading; a course in it is something else.
    Example(lead_not_in_phrase, "What 's left of leadership is presence .", pos="PRON AUX VERB ADP NOUN AUX NOUN PUNCT",
            deps="nsubjpass auxpass csubj prep pobj ROOT attr punct", heads="2 2 5 2 3 5 5 5",
            tags="WP VBZ VBN IN NN VBZ NN .", lemmas="what be leave of leadership be presence .", matched="leadership is presence", holds=True),
    Example(lead_not_in_phrase, "A course in leadership is charisma .", pos="DET NOUN ADP NOUN AUX NOUN PUNCT",
            deps="det nsubj prep pobj ROOT attr punct", heads="1 4 1 2 4 4 4",
            tags="DT NN IN NN VBZ NN .", lemmas="a course in leadership be charisma .", matched="leadership is charisma", holds=False),
    # A style of leading may follow temperament; the potential to lead is the ability itself.
    Example(lead_not_a_manner, "Your leadership style reflects your temperament .", pos="PRON NOUN NOUN VERB PRON NOUN PUNCT", deps="poss compound nsubj ROOT poss dobj punct",
            heads="2 2 3 3 5 3 3", tags="PRP$ NN NN VBZ PRP$ NN .", lemmas="your leadership style reflect your temperament .", matched="leadership temperament", holds=False),
    Example(lead_not_a_manner, "Leadership potential is genetic .", pos="NOUN NOUN AUX ADJ PUNCT", deps="compound nsubj ROOT acomp punct",
            heads="1 2 2 2 2", tags="NN NN VBZ JJ .", lemmas="leadership potential be genetic .", matched="Leadership genetic", holds=True),
    # A lead word modifying another noun: an ability keeps the claim on leading, a programme does not.
    Example(lead_heads_its_phrase, "Leadership development is the vibe .", pos="NOUN NOUN AUX DET NOUN PUNCT", deps="compound nsubj ROOT det attr punct",
            heads="1 2 2 4 2 2", tags="NN NN VBZ DT NN .", lemmas="leadership development be the vibe .", matched="Leadership vibe", holds=False),
    Example(lead_heads_its_phrase, "Leadership potential is genetic .", pos="NOUN NOUN AUX ADJ PUNCT", deps="compound nsubj ROOT acomp punct",
            heads="1 2 2 2 2", tags="NN NN VBZ JJ .", lemmas="leadership potential be genetic .", matched="Leadership genetic", holds=True),
    # An "=" written between them is an equation's copula, even where the parse hangs the lead word on it or past it.
    Example(lead_heads_its_phrase, "Leadership = presence + drive", pos="NOUN PART NOUN CCONJ VERB", deps="compound nsubj nsubj punct ROOT",
            heads="1 4 1 1 4", tags="NN SYM NN CC VB", lemmas="leadership = presence + drive", matched="Leadership = presence", holds=True),
    Example(lead_heads_its_phrase, "Leadership = dominance score", pos="NOUN PUNCT NOUN NOUN", deps="nmod punct compound ROOT",
            heads="3 3 3 3", tags="NN SYM NN NN", lemmas="leadership = dominance score", matched="Leadership = dominance", holds=True),
    Example(lead_heads_its_phrase, "Leadership score is a personality .", pos="NOUN NOUN AUX DET NOUN PUNCT", deps="compound nsubj ROOT det attr punct",
            heads="1 2 2 4 2 2", tags="NN NN VBZ DT NN .", lemmas="leadership score be a personality .", matched="Leadership is a personality", holds=False),
    # An inherited or descending ability is one to lead, not the ability of leaders.
    Example(inherited_ability_to_lead, "Ines inherited her grandmother 's instinct for leading .", pos="NOUN VERB PRON NOUN PART NOUN ADP VERB PUNCT",
            deps="nsubj ROOT poss poss case dobj prep pcomp punct", heads="1 1 3 5 3 1 5 6 1",
            tags="NNS VBD PRP$ NN POS NN IN VBG .", lemmas="ine inherit her grandmother 's instinct for lead .",
            matched="inherited instinct leading", holds=True),
    Example(inherited_ability_to_lead, "He inherited the instincts of the leaders he served .", pos="PRON VERB DET NOUN ADP DET NOUN PRON VERB PUNCT",
            deps="nsubj ROOT det dobj prep det pobj nsubj relcl punct", heads="1 1 3 1 3 6 4 8 6 1",
            tags="PRP VBD DT NNS IN DT NNS PRP VBD .", lemmas="he inherit the instinct of the leader he serve .",
            matched="inherited instincts leaders", holds=False),
    Example(subject_is_an_ability_to_lead, "The knack for leadership passed down the maternal line .", pos="DET NOUN ADP NOUN VERB ADP DET ADJ NOUN PUNCT",
            deps="det nsubj prep pobj ROOT prt det amod dobj punct", heads="1 4 1 2 4 4 8 8 4 4",
            tags="DT NN IN NN VBD RP DT JJ NN .", lemmas="the knack for leadership pass down the maternal line .",
            matched="knack leadership passed line", holds=True),
    Example(subject_is_an_ability_to_lead, "The talent of the leaders passed down the line .", pos="DET NOUN ADP DET NOUN VERB ADP DET NOUN PUNCT",
            deps="det nsubj prep det pobj ROOT prt det dobj punct", heads="1 5 1 4 2 5 5 8 5 5",
            tags="DT NN IN DT NNS VBD RP DT NN .", lemmas="the talent of the leader pass down the line .",
            matched="talent leaders passed line", holds=False),
    # One person's quality said to be inborn is the claim; one particular leader is a person with a life of their own.
    Example(generic_lead, "Her leadership was bred in the bone .", pos="PRON NOUN AUX VERB ADP DET NOUN PUNCT",
            deps="poss nsubjpass auxpass ROOT prep det pobj punct", heads="1 3 3 3 3 6 4 3",
            tags="PRP$ NN VBD VBN IN DT NN .", lemmas="her leadership be breed in the bone .",
            matched="leadership was bred in the bone", holds=True),
    Example(generic_lead, "Our leader was born with it .", pos="PRON NOUN AUX VERB ADP PRON PUNCT",
            deps="poss nsubjpass auxpass ROOT prep pobj punct", heads="1 3 3 3 3 4 3",
            tags="PRP$ NN VBD VBN IN PRP .", lemmas="our leader be bear with it .",
            matched="leader was born with", holds=False),
    # A lead gerund opening the sentence is its subject, however the parser hangs it; one with a mark is a clause aside.
    Example(gerund_as_subject, "Leading a team well is baked into your character .", pos="VERB DET NOUN ADV AUX VERB ADP PRON NOUN PUNCT",
            deps="advcl det dobj advmod auxpass ROOT prep poss pobj punct", heads="5 2 0 5 5 5 5 8 6 5",
            tags="VBG DT NN RB VBZ VBN IN PRP$ NN .", lemmas="lead a team well be bake into your character .", matched="Leading baked into character", holds=True),
    Example(gerund_as_subject, "While leading the crew , respect got baked into her character .", pos="SCONJ VERB DET NOUN PUNCT NOUN AUX VERB ADP PRON NOUN PUNCT",
            deps="mark advcl det dobj punct nsubjpass auxpass ROOT prep poss pobj punct", heads="1 7 3 1 7 7 7 7 7 10 8 7",
            tags="IN VBG DT NN , NN VBD VBN IN PRP$ NN .", lemmas="while lead the crew , respect get bake into her character .", matched="leading baked into character", holds=False),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_condition_reads_the_example_as_the_spec_does(example):
    assert bool(example.condition(example.matched_words())) is example.holds
