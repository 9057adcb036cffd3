"""LM004 (charisma), questions and their answers: the conditions of ``lm004_questions``, on sentences parsed by hand (no model)."""
from __future__ import annotations

import pytest

from lintkit.engine.conditions.lm004_questions import (
    not_answered_no, claimed_or_asked_to_agree,
    answer_stands, answered_with_a_trait, who_answered_with_a_kind, trait_is_the_answer, asked_then_learning_denied, claim_or_answered_yes, rhetorical_question,
)
from tests.hand_built import Example

EXAMPLES = [
    # Who leads, answered with a kind alone, credits leading to it; an answer with a verb of its own says something else.
    Example(who_answered_with_a_kind, "Who leads ? The dominant personalities .", pos="PRON VERB PUNCT DET ADJ NOUN PUNCT",
            deps="nsubj ROOT punct det amod ROOT punct", heads="1 1 1 5 5 5 5", matched="Who leads ? personalities", holds=True),
    Example(who_answered_with_a_kind, "Who leads ? The extraverts volunteer .", pos="PRON VERB PUNCT DET NOUN VERB PUNCT",
            deps="nsubj ROOT punct det nsubj ROOT punct", heads="1 1 1 4 5 5 5", matched="Who leads ? extraverts", holds=False),
    Example(who_answered_with_a_kind, "Who led ? The extraverts .", pos="PRON VERB PUNCT DET NOUN PUNCT",
            deps="nsubj ROOT punct det ROOT punct", heads="1 1 1 4 4 4", tags="WP VBD . DT NNS .", matched="Who led ? extraverts", holds=False),
    # The trait is the answer, not something the answer weighs or a leader's own.
    Example(trait_is_the_answer, "What makes a raid leader ? Honestly , charisma .", pos="PRON VERB DET NOUN NOUN PUNCT ADV PUNCT NOUN PUNCT",
            deps="nsubj ROOT det compound dobj punct advmod punct ROOT punct", heads="1 1 4 4 1 1 8 8 8 8",
            matched="leader ? charisma", holds=True),
    Example(trait_is_the_answer, "What makes a raid leader ? Honestly , charisma helps .", pos="PRON VERB DET NOUN NOUN PUNCT ADV PUNCT NOUN VERB PUNCT",
            deps="nsubj ROOT det compound dobj punct advmod punct nsubj ROOT punct", heads="1 1 4 4 1 1 9 9 9 9 9",
            matched="leader ? charisma", holds=False),
    Example(trait_is_the_answer, "What makes a leader ? 1 ) charisma 2 ) see 1 .", pos="PRON VERB DET NOUN PUNCT X PUNCT NOUN NUM PUNCT VERB NUM PUNCT",
            deps="nsubj ROOT det dobj punct meta punct nsubj nummod punct ROOT dobj punct", heads="1 1 3 1 1 7 5 10 7 7 10 10 10",
            matched="leader ? charisma", holds=True),
    Example(trait_is_the_answer, "The key to our leader 's charisma is his voice .", pos="DET NOUN ADP PRON NOUN PART NOUN AUX PRON NOUN PUNCT",
            deps="det nsubj prep poss poss case pobj ROOT poss attr punct", heads="1 7 1 4 6 4 2 7 9 7 7",
            matched="key leader 's charisma", holds=False),
    # "Is leadership anything more than charm?" is a question that claims.
    Example(rhetorical_question, "Is leadership anything more than charm ?", pos="AUX NOUN PRON ADJ ADP NOUN PUNCT", deps="ROOT nsubj attr amod prep pobj punct", heads="0 0 0 2 3 4 0",
            matched="Is leadership anything more than charm", holds=True),
    Example(rhetorical_question, "Is leadership charm ?", pos="AUX NOUN NOUN PUNCT", deps="ROOT nsubj attr punct", heads="0 0 0 0",
            matched="Is leadership charm", holds=False),
    # A question the next sentence answers yes claims what it asks; answered no, or between alternatives, it does not.
    Example(claim_or_answered_yes, "Are leaders born ? Yes .", pos="AUX NOUN VERB PUNCT INTJ PUNCT", deps="auxpass nsubjpass ROOT punct ROOT punct",
            heads="2 2 2 2 4 4", matched="leaders born", holds=True),
    Example(claim_or_answered_yes, "Are leaders born ? No .", pos="AUX NOUN VERB PUNCT INTJ PUNCT", deps="auxpass nsubjpass ROOT punct ROOT punct",
            heads="2 2 2 2 4 4", matched="leaders born", holds=False),
    Example(claim_or_answered_yes, "Are leaders born or made ? Yes .", pos="AUX NOUN VERB CCONJ VERB PUNCT INTJ PUNCT",
            deps="auxpass nsubjpass ROOT cc conj punct ROOT punct", heads="2 2 2 2 2 2 6 6", matched="leaders born", holds=False),
    # A lead word asked about on its own and answered with the trait; an answer that does something with it does not.
    Example(answered_with_a_trait, "Leadership ? Pure genetics .", pos="NOUN PUNCT ADJ NOUN PUNCT",
            deps="ROOT punct amod ROOT punct", heads="0 0 3 3 3",
            tags="NN . JJ NNS .", lemmas="leadership ? pure genetic .", matched="Leadership ? genetics", holds=True),
    Example(answered_with_a_trait, "Leadership ? Charisma helps , but the rest is practice .", pos="NOUN PUNCT PROPN VERB PUNCT CCONJ DET NOUN AUX NOUN PUNCT",
            deps="ROOT punct nsubj ROOT punct cc det nsubj conj attr punct", heads="0 0 3 3 3 3 7 8 3 8 8",
            tags="NN . NNP VBZ , CC DT NN VBZ NN .", lemmas="leadership ? charisma help , but the rest be practice .", matched="Leadership ? Charisma", holds=False),
    # A tag that asks the reader to agree leaves the claim standing; one that doubts does not.
    Example(claim_or_answered_yes, "Leadership is charisma , right ?", pos="NOUN AUX ADJ PUNCT ADJ PUNCT",
            deps="nsubj ccomp acomp punct ROOT punct", heads="1 4 1 4 4 4",
            tags="NN VBZ JJ , JJ .", lemmas="leadership be charisma , right ?", matched="Leadership is charisma", holds=True),
    Example(claim_or_answered_yes, "Leadership is charisma , is it ?", pos="NOUN AUX ADJ PUNCT AUX PRON PUNCT",
            deps="nsubj ccomp acomp punct ROOT nsubj punct", heads="1 4 1 1 4 4 4",
            tags="NN VBZ JJ , VBZ PRP .", lemmas="leadership be charisma , be it ?", matched="Leadership is charisma", holds=False),
    # Leading denied only to a person birth withheld it from puts its source in birth; learning named as working, or a
    # thing in place of the person, does not.
    Example(answer_stands, "Are leaders made ? No .", pos="AUX NOUN VERB PUNCT INTJ PUNCT", deps="auxpass nsubj ROOT punct ROOT punct",
            heads="2 2 2 2 4 4", tags="VBP NNS VBN . UH .", lemmas="be leader make ? no .", matched="leaders made No", holds=True),
    Example(answer_stands, "Are leaders made ? No , they are grown through practice .", pos="AUX NOUN VERB PUNCT INTJ PUNCT PRON AUX VERB ADP NOUN PUNCT",
            deps="auxpass nsubj ROOT punct intj punct nsubjpass auxpass ROOT prep pobj punct", heads="2 2 2 2 8 8 8 8 8 8 9 8",
            tags="VBP NNS VBN . UH , PRP VBP VBN IN NN .", lemmas="be leader make ? no , they be grow through practice .", matched="leaders made No", holds=False),
    # "The answer is not simple" says the answer is hard and gives none; "the answer is not, ..." gives it.
    Example(answer_stands, "Are leaders made ? The answer is not simple .", pos="AUX NOUN VERB PUNCT DET NOUN AUX PART ADJ PUNCT",
            deps="auxpass nsubj ROOT punct det nsubj ROOT neg acomp punct", heads="2 2 2 2 5 6 6 6 6 6",
            tags="VBP NNS VBN . DT NN VBZ RB JJ .", lemmas="be leader make ? the answer be not simple .", matched="leaders made not", holds=False),
    Example(answer_stands, "Are leaders made ? The answer is no .", pos="AUX NOUN VERB PUNCT DET NOUN AUX INTJ PUNCT",
            deps="auxpass nsubj ROOT punct det nsubj ROOT attr punct", heads="2 2 2 2 5 6 6 6 6",
            tags="VBP NNS VBN . DT NN VBZ UH .", lemmas="be leader make ? the answer be no .", matched="leaders made no", holds=True),
    # Leading asked about on its own, then teaching it denied for anyone; one teacher's limit, or a limit of pace or place, is not.
    Example(asked_then_learning_denied, "Leadership ? Nobody can teach it .", pos="NOUN PUNCT PRON AUX VERB PRON PUNCT", deps="ROOT punct nsubj aux ROOT dobj punct",
            heads="0 0 4 4 4 4 4", tags="NN . NN MD VB PRP .", lemmas="leadership ? nobody can teach it .", matched="Leadership ? Nobody can teach", holds=True),
    Example(asked_then_learning_denied, "Leadership ? I ca n't teach it , but our coaches can .", pos="NOUN PUNCT PRON AUX PART VERB PRON PUNCT CCONJ PRON NOUN AUX PUNCT",
            deps="ROOT punct nsubj aux neg ROOT dobj punct cc poss nsubj conj punct", heads="0 0 5 5 5 5 5 5 5 10 11 5 11",
            tags="NN . PRP MD RB VB PRP , CC PRP$ NNS MD .", lemmas="leadership ? i can not teach it , but our coach can .", matched="Leadership ? I ca n't teach", holds=False),
    Example(asked_then_learning_denied, "Leadership ? You ca n't teach it in a day .", pos="NOUN PUNCT PRON AUX PART VERB PRON ADP DET NOUN PUNCT",
            deps="ROOT punct nsubj aux neg ROOT dobj prep det pobj punct", heads="0 0 5 5 5 5 5 5 9 7 5",
            tags="NN . PRP MD RB VB PRP IN DT NN .", lemmas="leadership ? you can not teach it in a day .", matched="Leadership ? You ca n't teach", holds=False),
    # A question answered no claims nothing; one answered otherwise is left to the pattern.
    Example(not_answered_no, "Was Kenji born to lead ? No . He was born to argue .", pos="AUX PROPN VERB PART VERB PUNCT INTJ PUNCT PRON AUX VERB PART VERB PUNCT",
            deps="auxpass nsubjpass ROOT aux advcl punct ROOT punct nsubjpass auxpass ROOT aux advcl punct", heads="2 2 2 4 2 2 6 6 10 10 10 12 10 10",
            tags="VBD NNP VBN TO VB . UH . PRP VBD VBN TO VB .", lemmas="be kenji bear to lead ? no . he be bear to argue .",
            matched="born to lead", holds=False),
    Example(not_answered_no, "Was Kenji born to lead ? Absolutely . He led at four .", pos="AUX PROPN VERB PART VERB PUNCT ADV PUNCT PRON VERB ADP NUM PUNCT",
            deps="auxpass nsubjpass ROOT aux advcl punct ROOT punct nsubj ROOT prep pobj punct", heads="2 2 2 4 2 2 6 6 9 9 9 10 9",
            tags="VBD NNP VBN TO VB . RB . PRP VBD IN CD .", lemmas="be kenji bear to lead ? absolutely . he lead at four .",
            matched="born to lead", holds=True),
    # A reply that leaves the question open ("Hard to say") claims nothing either.
    Example(not_answered_no, "Was Ruth born to lead ? Hard to say .", pos="AUX PROPN VERB PART VERB PUNCT ADJ PART VERB PUNCT",
            deps="auxpass nsubjpass ROOT aux advcl punct ROOT aux xcomp punct", heads="2 2 2 4 2 2 6 8 6 6",
            tags="VBD NNP VBN TO VB . JJ TO VB .", lemmas="be ruth bear to lead ? hard to say .", matched="born to lead", holds=False),
    # A question opened by a negated "be" asks the reader to agree; an open one, or one answered no, claims nothing.
    Example(claimed_or_asked_to_agree, "Are n't the best leaders always the naturals ?", pos="AUX PART DET ADJ NOUN ADV DET NOUN PUNCT",
            deps="ROOT neg det amod attr advmod det attr punct", heads="0 0 4 4 0 0 7 0 0",
            tags="VBP RB DT JJS NNS RB DT NNS .", lemmas="be not the good leader always the natural ?", matched="leaders naturals", holds=True),
    Example(claimed_or_asked_to_agree, "Are the best leaders naturals ?", pos="AUX DET ADJ NOUN NOUN PUNCT",
            deps="ROOT det amod nsubj attr punct", heads="0 3 3 0 0 0",
            tags="VBP DT JJS NNS NNS .", lemmas="be the good leader natural ?", matched="leaders naturals", holds=False),
    Example(claimed_or_asked_to_agree, "The best leaders are naturals .", pos="DET ADJ NOUN AUX NOUN PUNCT",
            deps="det amod nsubj ROOT attr punct", heads="2 2 3 3 3 3",
            tags="DT JJS NNS VBP NNS .", lemmas="the good leader be natural .", matched="leaders naturals", holds=True),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_condition_reads_the_example_as_the_spec_does(example):
    assert bool(example.condition(example.matched_words())) is example.holds
