"""LM004 (charisma): the conditions of its patterns, on sentences parsed by hand (no model)."""
from __future__ import annotations

import pytest

from lintkit.engine.conditions.lm004 import (
    birth_in_the_predicate, cannot_learn_at_all, claim_or_answered_yes, cue_in_its_sense, fitted_at_the_factory, held_by_a_person, innate_ability, lead_is_what_is_taught, learning_denied_or_not_denied, learning_denied_then_trait,
    not_denied, not_played_down, not_universal, rhetorical_question, runs_in_the_family, source_of_the_lead, temperament_sets_the_bar, trait_linked_by_predicate,
    trait_wins_the_comparison,
)
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
    # Leading put in a person's make-up is innate; a company's DNA is its culture.
    Example(held_by_a_person, "Leadership ran in his blood .", pos="NOUN VERB ADP PRON NOUN PUNCT",
            deps="nsubj ROOT prep poss pobj punct", heads="1 1 1 4 2 1", tags="NN VBD IN PRP$ NN .", lemmas="leadership run in his blood .",
            matched="Leadership ran in blood", holds=True),
    Example(held_by_a_person, "Leadership is in our company 's DNA .", pos="NOUN AUX ADP PRON NOUN PART PROPN PUNCT",
            deps="nsubj ROOT prep poss poss case pobj punct", heads="1 1 1 4 6 4 2 1", tags="NN VBZ IN PRP$ NN POS NNP .", lemmas="leadership be in our company 's dna .",
            matched="Leadership is in DNA", holds=False),
    # The lead word is what cannot be taught, not a word in another phrase of the sentence.
    Example(lead_is_what_is_taught, "You ca n't teach that kind of leadership .", pos="PRON AUX PART VERB DET NOUN ADP NOUN PUNCT",
            deps="nsubj aux neg ROOT det dobj prep pobj punct", heads="3 3 3 3 5 3 5 6 3", tags="PRP MD RB VB DT NN IN NN .", lemmas="you can not teach that kind of leadership .",
            matched="ca teach leadership", holds=True),
    Example(lead_is_what_is_taught, "You ca n't learn it from the leaders you admire .", pos="PRON AUX PART VERB PRON ADP DET NOUN PRON VERB PUNCT",
            deps="nsubj aux neg ROOT dobj prep det pobj nsubj relcl punct", heads="3 3 3 3 3 3 7 5 9 7 3", tags="PRP MD RB VB PRP IN DT NNS PRP VBP .", lemmas="you can not learn it from the leader you admire .",
            matched="ca learn leaders", holds=False),
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
    # Leading needs an innate trait, not just a trait.
    Example(innate_ability, "Leadership requires innate charisma .", pos="NOUN VERB ADJ NOUN PUNCT",
            deps="nsubj ROOT xcomp dobj punct", heads="1 1 1 2 1", tags="NN VBZ JJ NN .", lemmas="leadership require innate charisma .",
            matched="requires Leadership charisma", holds=True),
    Example(innate_ability, "Leadership requires charisma .", pos="NOUN VERB NOUN PUNCT",
            deps="nsubj ROOT dobj punct", heads="1 1 1 1", tags="NN VBZ NN .", lemmas="leadership require charisma .",
            matched="requires Leadership charisma", holds=False),
    # The source phrase is the leading's, not that of a clause under it.
    Example(source_of_the_lead, "Some people lead by instinct .", pos="DET NOUN VERB ADP NOUN PUNCT",
            deps="det nsubj ROOT prep pobj punct", heads="1 2 2 2 3 2", tags="DT NNS VBP IN NN .",
            matched="lead by instinct", holds=True),
    Example(source_of_the_lead, "The dog led the children home , tracking by instinct .", pos="DET NOUN VERB DET NOUN ADV PUNCT VERB ADP NOUN PUNCT",
            deps="det nsubj ROOT det dobj advmod punct advcl prep pobj punct", heads="1 2 2 4 2 2 2 2 7 8 2", tags="DT NN VBD DT NNS RB , VBG IN NN .", lemmas="the dog lead the child home , track by instinct .",
            matched="led the children home , tracking by instinct", holds=False),
    # A universal subject shares the gift out only when the verb says what it is: "we want a born leader" does not.
    Example(not_universal, "We want a born leader .", pos="PRON VERB DET VERB NOUN PUNCT",
            deps="nsubj ROOT det amod dobj punct", heads="1 1 4 4 1 1", tags="PRP VBP DT VBN NN .", lemmas="we want a bear leader .",
            matched="born leader", holds=True),
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
    # The back-off reads a word of the innate view only in that sense: "natural" before a thing is not make-up,
    # "natural" before a gift is, and "inborn" is make-up before any noun.
    Example(cue_in_its_sense, "Leaders run on natural gas .", pos="NOUN VERB ADP ADJ NOUN PUNCT", deps="nsubj ROOT prep amod pobj punct",
            heads="1 1 1 4 2 1", matched="Leaders natural", holds=False),
    Example(cue_in_its_sense, "Leaders have a natural gift .", pos="NOUN VERB DET ADJ NOUN PUNCT", deps="nsubj ROOT det amod dobj punct",
            heads="1 1 4 4 1 1", matched="Leaders natural", holds=True),
    # Learning denied, then a trait affirmed in its own clause, is the claim; the birth word denied is not.
    Example(learning_denied_then_trait, "Leaders are n't trained ; they are hatched .", pos="NOUN AUX PART VERB PUNCT PRON AUX VERB PUNCT",
            deps="nsubjpass auxpass neg ROOT punct nsubjpass auxpass parataxis punct", heads="3 3 3 3 3 7 7 3 3",
            lemmas="leader be not train ; they be hatch .", matched="Leaders hatched", holds=True),
    Example(learning_denied_then_trait, "Leaders are n't born ; they are trained .", pos="NOUN AUX PART VERB PUNCT PRON AUX VERB PUNCT",
            deps="nsubjpass auxpass neg ROOT punct nsubjpass auxpass parataxis punct", heads="3 3 3 3 3 7 7 3 3",
            lemmas="leader be not bear ; they be train .", matched="Leaders trained", holds=False),
    # A question the next sentence answers yes claims what it asks; answered no, or between alternatives, it does not.
    Example(claim_or_answered_yes, "Are leaders born ? Yes .", pos="AUX NOUN VERB PUNCT INTJ PUNCT", deps="auxpass nsubjpass ROOT punct ROOT punct",
            heads="2 2 2 2 4 4", matched="leaders born", holds=True),
    Example(claim_or_answered_yes, "Are leaders born ? No .", pos="AUX NOUN VERB PUNCT INTJ PUNCT", deps="auxpass nsubjpass ROOT punct ROOT punct",
            heads="2 2 2 2 4 4", matched="leaders born", holds=False),
    Example(claim_or_answered_yes, "Are leaders born or made ? Yes .", pos="AUX NOUN VERB CCONJ VERB PUNCT INTJ PUNCT",
            deps="auxpass nsubjpass ROOT cc conj punct ROOT punct", heads="2 2 2 2 2 2 6 6", matched="leaders born", holds=False),
    # A temperament of people shut out of leading, with nothing after that grants it back.
    Example(temperament_sets_the_bar, "Introverts will never be leaders .", pos="NOUN AUX ADV AUX NOUN PUNCT", deps="nsubj aux neg ROOT attr punct",
            heads="3 3 3 3 3 3", matched="Introverts leaders", holds=True),
    Example(temperament_sets_the_bar, "Introverts are not leaders , but many lead .", pos="NOUN AUX PART NOUN PUNCT CCONJ ADJ VERB PUNCT",
            deps="nsubj ROOT neg attr punct cc nsubj conj punct", heads="1 1 1 1 1 1 7 1 1", matched="Introverts leaders", holds=False),
    Example(temperament_sets_the_bar, "Quiet weeks are not leadership time .", pos="ADJ NOUN AUX PART NOUN NOUN PUNCT",
            deps="amod nsubj ROOT neg compound attr punct", heads="1 2 2 2 5 2 2", matched="Quiet leadership", holds=False),
    Example(cue_in_its_sense, "Leaders carry an inborn confidence .", pos="NOUN VERB DET ADJ NOUN PUNCT", deps="nsubj ROOT det amod dobj punct",
            heads="1 1 4 4 1 1", matched="Leaders inborn", holds=True),
    # The earliest years place a trait in the person only as the time it is held from, not as what a leader did then.
    Example(birth_in_the_predicate, "Great leaders carry it from childhood .", pos="ADJ NOUN VERB PRON ADP NOUN PUNCT",
            deps="amod nsubj ROOT dobj prep pobj punct", heads="1 2 2 2 2 4 2", tags="JJ NNS VBP PRP IN NN .", matched="leaders carry childhood", holds=True),
    Example(birth_in_the_predicate, "Leaders read a lot since childhood .", pos="NOUN VERB DET NOUN ADP NOUN PUNCT",
            deps="nsubj ROOT det dobj prep pobj punct", heads="1 1 3 1 1 4 1", tags="NNS VBD DT NN IN NN .", matched="Leaders read childhood", holds=False),
    Example(birth_in_the_predicate, "Leaders have a childhood .", pos="NOUN VERB DET NOUN PUNCT", deps="nsubj ROOT det dobj punct",
            heads="1 1 3 1 1", tags="NNS VBP DT NN .", matched="Leaders have childhood", holds=False),
    # The start of a life dates a state from then: a person's life, not a project's, and the person's first steps.
    Example(birth_in_the_predicate, "Leaders have it from day one of their lives .", pos="NOUN VERB PRON ADP NOUN NUM ADP PRON NOUN PUNCT",
            deps="nsubj ROOT dobj prep pobj nummod prep poss pobj punct", heads="1 1 1 1 3 4 5 8 6 1", tags="NNS VBP PRP IN NN CD IN PRP$ NNS .",
            lemmas="leader have it from day one of their life .", matched="Leaders have lives", holds=True),
    Example(birth_in_the_predicate, "Leadership is there from the first step of the plan .", pos="NOUN AUX ADV ADP DET ADJ NOUN ADP DET NOUN PUNCT",
            deps="nsubj ROOT advmod prep det amod pobj prep det pobj punct", heads="1 1 1 1 6 6 3 6 9 7 1", tags="NN VBZ RB IN DT JJ NN IN DT NN .",
            lemmas="leadership be there from the first step of the plan .", matched="Leadership is step", holds=False),
    # A device fitted at the factory, said of leading: its clause says so of the lead word, in the device's sense.
    Example(fitted_at_the_factory, "Leadership comes pre - installed in some people .", pos="NOUN VERB ADJ VERB VERB ADP DET NOUN PUNCT",
            deps="nsubj ROOT acomp acomp acomp prep det pobj punct", heads="1 1 1 1 1 4 7 5 1", tags="NN VBZ JJ VBN VBN IN DT NNS .",
            lemmas="leadership come pre - instal in some people .", matched="Leadership comes pre - installed", holds=True),
    Example(fitted_at_the_factory, "Some folks come out of the box as leaders .", pos="DET NOUN VERB ADP ADP DET NOUN ADP NOUN PUNCT",
            deps="det nsubj ROOT prep prep det pobj prep pobj punct", heads="1 2 2 2 3 6 4 2 7 2", tags="DT NNS VBP IN IN DT NN IN NNS .",
            lemmas="some folk come out of the box as leader .", matched="box as leaders", holds=True),
    Example(fitted_at_the_factory, "Leaders are pre - selected by the board .", pos="NOUN AUX VERB VERB VERB ADP DET NOUN PUNCT",
            deps="nsubj auxpass acomp acomp ROOT agent det pobj punct", heads="1 4 1 1 4 4 7 5 4", tags="NNS VBP VBN VBN VBN IN DT NN .",
            lemmas="leader be pre - select by the board .", matched="Leaders are pre", holds=False),
    Example(fitted_at_the_factory, "Leaders think outside the box .", pos="NOUN VERB ADP DET NOUN PUNCT",
            deps="nsubj ROOT prep det pobj punct", heads="1 1 1 4 2 1", tags="NNS VBP IN DT NN .",
            lemmas="leader think outside the box .", matched="Leaders think outside the box", holds=False),
    Example(fitted_at_the_factory, "The leader ships with the team .", pos="DET NOUN VERB ADP DET NOUN PUNCT",
            deps="det nsubj ROOT prep det pobj punct", heads="1 2 2 2 5 3 2", tags="DT NN VBZ IN DT NN .",
            lemmas="the leader ship with the team .", matched="leader ships", holds=False),
    Example(fitted_at_the_factory, "Leadership comes baked in .", pos="NOUN VERB VERB ADP PUNCT",
            deps="nsubj ROOT advcl prt punct", heads="1 1 1 2 1", tags="NN VBZ VBN RP .",
            lemmas="leadership come bake in .", matched="Leadership comes baked in", holds=True),
    Example(fitted_at_the_factory, "Leadership is baked into the culture .", pos="NOUN AUX VERB ADP DET NOUN PUNCT",
            deps="nsubjpass auxpass ROOT prep det pobj punct", heads="2 2 2 2 5 3 2", tags="NN VBZ VBN IN DT NN .",
            lemmas="leadership be bake into the culture .", matched="Leadership is baked", holds=False),
    # "The family" is a lineage before "line", a business before "business".
    Example(runs_in_the_family, "Leading people is in the family line .", pos="VERB NOUN AUX ADP DET NOUN NOUN PUNCT",
            deps="amod nsubj ROOT prep det compound pobj punct", heads="1 2 2 2 6 6 3 2", tags="VBG NNS VBZ IN DT NN NN .",
            lemmas="lead people be in the family line .", matched="Leading people is in the family", holds=True),
    Example(runs_in_the_family, "Leadership is in the family business .", pos="NOUN AUX ADP DET NOUN NOUN PUNCT",
            deps="nsubj ROOT prep det compound pobj punct", heads="1 1 1 5 5 2 1", tags="NN VBZ IN DT NN NN .",
            lemmas="leadership be in the family business .", matched="Leadership is in the family", holds=False),
    # The earliest years are a trait's origin only as the time it dates from.
    Example(cue_in_its_sense, "They have shown it since they were toddlers .", pos="PRON AUX VERB PRON SCONJ PRON AUX NOUN PUNCT",
            deps="nsubj aux ROOT dobj mark nsubj advcl attr punct", heads="2 2 2 2 6 6 2 6 2", tags="PRP VBP VBN PRP IN PRP VBD NNS .",
            lemmas="they have show it since they be toddler .", matched="toddlers", holds=True),
    Example(cue_in_its_sense, "They were toddlers once .", pos="PRON AUX NOUN ADV PUNCT", deps="nsubj ROOT attr advmod punct",
            heads="1 1 1 1 1", tags="PRP VBD NNS RB .", lemmas="they be toddler once .", matched="toddlers", holds=False),
    # "Born" before a city is where a person was born, whatever the parser tags it.
    Example(cue_in_its_sense, "He is a born New Yorker who leads the board .", pos="PRON AUX DET VERB PROPN PROPN PRON VERB DET NOUN PUNCT",
            deps="nsubj ROOT det amod compound attr nsubj relcl det dobj punct", heads="1 1 5 5 5 1 7 5 9 7 1", tags="PRP VBZ DT VBN NNP NNP WP VBZ DT NN .",
            lemmas="he be a bear new yorker who lead the board .", matched="born leads", holds=False),
    # The back-off's guard: denied learning is half the innate claim, any other denial vetoes.
    Example(learning_denied_or_not_denied, "Leadership is n't taught .", pos="NOUN AUX PART VERB PUNCT", deps="nsubjpass auxpass neg ROOT punct",
            heads="3 3 3 3 3", tags="NN VBZ RB VBN .", lemmas="leadership be not teach .", matched="Leadership taught", holds=True),
    Example(learning_denied_or_not_denied, "Leadership is not charisma .", pos="NOUN AUX PART NOUN PUNCT", deps="nsubj ROOT neg attr punct",
            heads="1 1 1 1 1", matched="Leadership charisma", holds=False),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_condition_reads_the_example_as_the_spec_does(example):
    assert bool(example.condition(example.matched_words())) is example.holds
