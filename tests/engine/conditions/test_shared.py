"""Conditions several rules share, on sentences parsed by hand (no model)."""
from __future__ import annotations

import pytest
import spacy

from lintkit.engine.conditions.shared import first_is_subject, is_negated, marked_as_supposed, next_sentence_end, not_hypothetical, not_negated, not_question, parallel_forms, twice_denied, word_before
from tests.hand_built import Example, parsed

EXAMPLES = [
    # "Management is not leadership" is negated; "Management is leadership" is not.
    Example(is_negated, "Management is not leadership .", pos="NOUN AUX PART NOUN PUNCT", deps="nsubj ROOT neg attr punct", heads="1 1 1 1 1",
            matched="Management is not leadership", holds=True),
    Example(not_negated, "Management is not leadership .", pos="NOUN AUX PART NOUN PUNCT", deps="nsubj ROOT neg attr punct", heads="1 1 1 1 1",
            matched="Management is not leadership", holds=False),
    Example(not_negated, "Management is leadership .", pos="NOUN AUX NOUN PUNCT", deps="nsubj ROOT attr punct", heads="1 1 1 1",
            matched="Management is leadership", holds=True),
    # "Nobody" as the subject negates the claim: the negation is the subject, outside the matched words.
    Example(is_negated, "Nobody is a born leader .", pos="PRON AUX DET VERB NOUN PUNCT", deps="nsubj ROOT det amod attr punct", heads="1 1 4 4 1 1",
            matched="born leader", holds=True),
    # A negation before a comma stays in its own clause.
    Example(not_negated, "No doubt , leaders manage .", pos="DET NOUN PUNCT NOUN VERB PUNCT", deps="det npadvmod punct nsubj ROOT punct", heads="1 4 4 4 4 4",
            matched="leaders manage", holds=True),
    # A question asks and does not claim; a claim carried on past a dash to a question mark is still a claim.
    Example(not_question, "Is leadership management ?", pos="AUX NOUN NOUN PUNCT", deps="ROOT nsubj attr punct", heads="0 0 0 0",
            matched="leadership management", holds=False),
    Example(not_question, "Managing is leading — what else would it be ?", pos="VERB AUX VERB PUNCT PRON ADV AUX PRON AUX PUNCT",
            deps="csubj ROOT xcomp punct attr advmod aux nsubj parataxis punct", heads="1 1 1 1 8 4 8 8 1 1",
            matched="Managing is leading", holds=True),
    # A view put to the reader to share is the writer's claim, not a question.
    Example(not_question, "Anyone else think the split is made up ?", pos="PRON ADV VERB DET NOUN AUX VERB ADP PUNCT",
            deps="nsubj advmod ROOT det nsubjpass auxpass ccomp prt punct", heads="2 0 2 4 6 6 2 6 2",
            matched="the split is made up", holds=True),
    Example(not_question, "Does anyone know the split ?", pos="AUX PRON VERB DET NOUN PUNCT",
            deps="aux nsubj ROOT det dobj punct", heads="2 2 2 4 2 2",
            matched="the split", holds=False),
    # A "why" question takes the clause after "when" as true; what it asks about is still asked.
    Example(not_question, "Why pay for courses when leaders are born ?", pos="SCONJ VERB ADP NOUN SCONJ NOUN AUX VERB PUNCT",
            deps="advmod ROOT prep pobj advmod nsubjpass auxpass advcl punct", heads="1 1 1 2 7 7 7 1 1",
            matched="leaders are born", holds=True),
    Example(not_question, "Why do people say leaders are born when the data disagree ?", pos="SCONJ AUX NOUN VERB NOUN AUX VERB SCONJ DET NOUN VERB PUNCT",
            deps="advmod aux nsubj ROOT nsubjpass auxpass ccomp advmod det nsubj advcl punct", heads="3 3 3 3 6 6 3 10 9 10 3 3",
            matched="leaders are born", holds=False),
    # A question opened by a premise takes the premise as true; a premise after the question is still asked about.
    Example(not_question, "Given that leaders are born , why train anyone ?", pos="VERB SCONJ NOUN AUX VERB PUNCT ADV VERB PRON PUNCT",
            deps="prep mark nsubjpass auxpass advcl punct advmod ROOT dobj punct", heads="7 4 4 4 7 7 7 7 7 7",
            matched="leaders are born", holds=True),
    Example(not_question, "Are leaders born , given that many learn late ?", pos="AUX NOUN VERB PUNCT VERB SCONJ ADJ VERB ADV PUNCT",
            deps="auxpass nsubjpass ROOT punct prep mark nsubj pcomp advmod punct", heads="2 2 2 2 2 7 7 4 7 2",
            matched="leaders born", holds=False),
    # A supposition is not a claim.
    Example(not_hypothetical, "If leadership is management , we fail .", pos="SCONJ NOUN AUX NOUN PUNCT PRON VERB PUNCT", deps="mark nsubj advcl attr punct nsubj ROOT punct", heads="2 2 6 2 6 6 6 6",
            matched="leadership is management", holds=False),
    # "Whether A or B, C" claims C either way: naming the alternatives supposes nothing; claiming one of them does.
    Example(not_hypothetical, "Whether you are a leader or a manager , there is no difference .",
            pos="SCONJ PRON AUX DET NOUN CCONJ DET NOUN PUNCT PRON VERB DET NOUN PUNCT",
            deps="mark nsubj advcl det attr cc det conj punct expl ROOT det attr punct", heads="2 2 10 4 2 4 7 4 10 10 10 12 10 10",
            matched="leader or a manager", holds=True),
    Example(not_hypothetical, "Whether leadership is management or not , we plan .",
            pos="SCONJ NOUN AUX NOUN CCONJ PART PUNCT PRON VERB PUNCT",
            deps="mark nsubj advcl attr cc conj punct nsubj ROOT punct", heads="2 2 8 2 2 2 8 8 8 8",
            matched="leadership is management", holds=False),
    Example(not_hypothetical, "Leadership is management .", pos="NOUN AUX NOUN PUNCT", deps="nsubj ROOT attr punct", heads="1 1 1 1",
            matched="Leadership is management", holds=True),
    # A supposition ends with its sentence: a later sentence that completes the pair says it, unless it supposes too,
    # or the first supposes a denial (a precondition).
    Example(not_hypothetical, "If you manage , you stall . Hire a leader .", pos="SCONJ PRON VERB PUNCT PRON VERB PUNCT VERB DET NOUN PUNCT",
            deps="mark nsubj advcl punct nsubj ROOT punct ROOT det dobj punct", heads="2 2 5 5 5 5 5 7 9 7 7",
            matched="manage leader", holds=True),
    Example(not_hypothetical, "If you do not manage , you stall . Hire a leader .",
            pos="SCONJ PRON AUX PART VERB PUNCT PRON VERB PUNCT VERB DET NOUN PUNCT",
            deps="mark nsubj aux neg advcl punct nsubj ROOT punct ROOT det dobj punct", heads="4 4 4 4 7 7 7 7 7 9 11 9 9",
            matched="manage leader", holds=False),
    Example(not_hypothetical, "Managers stall . If you hire leaders , you win .", pos="NOUN VERB PUNCT SCONJ PRON VERB NOUN PUNCT PRON VERB PUNCT",
            deps="nsubj ROOT punct mark nsubj advcl dobj punct nsubj ROOT punct", heads="1 1 1 5 5 9 5 9 9 9 9",
            matched="Managers leaders", holds=False),
    # The first family word must be what the sentence is about.
    Example(first_is_subject, "Leaders are managers .", pos="NOUN AUX NOUN PUNCT", deps="nsubj ROOT attr punct", heads="1 1 1 1",
            matched="Leaders are managers", holds=True),
    # A word in scare quotes the parser hangs on the verb as a modifier is the verb's subject; so is the first word
    # after a fronted phrase of place and its comma, but not a word inside that phrase.
    Example(first_is_subject, "We say ' leading ' means managing .", pos="PRON VERB PUNCT VERB PUNCT VERB VERB PUNCT",
            deps="nsubj ROOT punct amod punct ccomp xcomp punct", heads="1 1 5 5 5 1 5 1", matched="leading means managing", holds=True),
    Example(first_is_subject, "At level 7 , leading means managing .", pos="ADP NOUN NUM PUNCT VERB VERB VERB PUNCT",
            deps="prep pobj nummod punct advcl ROOT xcomp punct", heads="5 0 1 5 5 5 5 5", matched="leading means managing", holds=True),
    Example(first_is_subject, "With leaders , managers agree .", pos="ADP NOUN PUNCT NOUN VERB PUNCT",
            deps="prep pobj punct nsubj ROOT punct", heads="4 0 4 4 4 4", matched="leaders managers", holds=False),
    # A quantifier of all stands in for the group it picks from; "one of" picks a person out.
    Example(first_is_subject, "Each of our managers is a leader .", pos="DET ADP PRON NOUN AUX DET NOUN PUNCT",
            deps="nsubj prep poss pobj ROOT det attr punct", heads="4 0 3 1 4 6 4 4", matched="managers is a leader", holds=True),
    Example(first_is_subject, "One of our managers is a leader .", pos="NUM ADP PRON NOUN AUX DET NOUN PUNCT",
            deps="nsubj prep poss pobj ROOT det attr punct", heads="4 0 3 1 4 6 4 4", matched="managers is a leader", holds=False),
    Example(first_is_subject, "We talked with leaders about managers .", pos="PRON VERB ADP NOUN ADP NOUN PUNCT", deps="nsubj ROOT prep pobj prep pobj punct", heads="1 1 1 2 1 4 1",
            matched="leaders about managers", holds=False),
    # A contrast sets like against like: nouns, or the abstract and its agent, but not a verb and a noun.
    Example(parallel_forms, "leaders , not managers", pos="NOUN PUNCT PART NOUN", deps="ROOT punct neg appos", heads="0 0 3 0",
            matched="leaders , not managers", holds=True),
    Example(parallel_forms, "leadership , not managers", pos="NOUN PUNCT PART NOUN", deps="ROOT punct neg appos", heads="0 0 3 0",
            matched="leadership , not managers", holds=True),
    Example(parallel_forms, "lead , not managers", pos="VERB PUNCT PART NOUN", deps="ROOT punct neg dobj", heads="0 0 3 0",
            matched="lead , not managers", holds=False),
    # A person named by what they do stands where the agent noun would; a task named by its object does not.
    Example(parallel_forms, "managers , not people who lead", pos="NOUN PUNCT PART NOUN PRON VERB", deps="ROOT punct neg appos nsubj relcl",
            heads="0 0 3 0 5 3", matched="managers , not people who lead", holds=True),
    Example(parallel_forms, "managers , not people who lead choirs", pos="NOUN PUNCT PART NOUN PRON VERB NOUN",
            deps="ROOT punct neg appos nsubj relcl dobj", heads="0 0 3 0 5 3 5", matched="managers , not people who lead", holds=False),
    # A supposition about the writer alone hedges the claim after it; one about an act of the pair supposes.
    Example(not_hypothetical, "Unless I 'm missing something , leadership is management .", pos="SCONJ PRON AUX VERB PRON PUNCT NOUN AUX NOUN PUNCT",
            deps="mark nsubj aux advcl dobj punct nsubj ROOT attr punct", heads="3 3 3 7 3 7 7 7 7 7",
            matched="leadership is management", holds=True),
    Example(not_hypothetical, "If we manage , leadership is management .", pos="SCONJ PRON VERB PUNCT NOUN AUX NOUN PUNCT",
            deps="mark nsubj advcl punct nsubj ROOT attr punct", heads="2 2 5 5 5 5 5 5",
            matched="leadership is management", holds=False),
    # A denied verdict against the clause ("wouldn't be wrong to", "nobody would deny that") asserts it.
    Example(not_negated, "It would n't be wrong to call managers leaders .", pos="PRON AUX PART AUX ADJ PART VERB NOUN NOUN PUNCT",
            deps="nsubj aux neg ROOT acomp aux xcomp compound dobj punct", heads="3 3 3 3 3 6 4 8 6 3",
            matched="call managers leaders", holds=True),
    Example(not_negated, "It would n't be fair to call managers leaders .", pos="PRON AUX PART AUX ADJ PART VERB NOUN NOUN PUNCT",
            deps="nsubj aux neg ROOT acomp aux xcomp compound dobj punct", heads="3 3 3 3 3 6 4 8 6 3",
            matched="call managers leaders", holds=False),
    Example(not_negated, "Nobody would deny that managers are leaders .", pos="PRON AUX VERB SCONJ NOUN AUX NOUN PUNCT",
            deps="nsubj aux ROOT mark nsubj ccomp attr punct", heads="2 2 2 5 5 2 5 2",
            matched="managers are leaders", holds=True),
    # A question opened by "surely" gives its own answer: a claim.
    Example(not_question, "Surely a manager is a leader ?", pos="ADV DET NOUN AUX DET NOUN PUNCT",
            deps="advmod det nsubj ROOT det attr punct", heads="3 2 3 3 5 3 3",
            matched="manager is a leader", holds=True),
    # A copula negated twice, or a denied clause inside a denied frame, asserts; one negation denies.
    Example(twice_denied, "Leadership is n't not management .", pos="NOUN AUX PART PART NOUN PUNCT", deps="nsubj ROOT neg neg attr punct",
            heads="1 1 1 1 1 1", matched="Leadership is n't not management", holds=True),
    Example(twice_denied, "Leadership is n't management .", pos="NOUN AUX PART NOUN PUNCT", deps="nsubj ROOT neg attr punct",
            heads="1 1 1 1 1", matched="Leadership is n't management", holds=False),
    Example(twice_denied, "I would n't say managers are n't leaders .", pos="PRON AUX PART VERB NOUN AUX PART NOUN PUNCT",
            deps="nsubj aux neg ROOT nsubj ccomp neg attr punct", heads="3 3 3 3 5 3 5 5 3", matched="managers leaders", holds=True),
]


# A question asked in the negative with an empty "it" asks the reader to agree with the clause after it.
EXAMPLES += [
    Example(not_negated, "Is n't it time we replaced our managers with leaders ?", pos="AUX PART PRON NOUN PRON VERB PRON NOUN ADP NOUN PUNCT",
            deps="ROOT neg nsubj attr nsubj relcl poss dobj prep pobj punct", heads="0 0 0 0 5 3 7 5 5 8 0",
            tags="VBZ RB PRP NN PRP VBD PRP$ NNS IN NNS .", lemmas='be not it time we replace our manager with leader ?',
            matched='replaced our managers with leaders', holds=True),
    Example(not_negated, "It is n't time we replaced our managers with leaders .", pos="PRON AUX PART NOUN PRON VERB PRON NOUN ADP NOUN PUNCT",
            deps="nsubj ROOT neg attr nsubj ccomp poss dobj prep pobj punct", heads="1 1 1 1 5 1 7 5 5 8 1",
            tags="PRP VBZ RB NN PRP VBD PRP$ NNS IN NNS .", lemmas='it be not time we replace our manager with leader .',
            matched='replaced our managers with leaders', holds=False),
    # A negation before "but" belongs to the clause it closes; before "and" it may still reach the match.
    Example(is_negated, "The course wo n't make you charismatic but it WILL teach you how to lead .", pos="DET NOUN AUX PART VERB PRON ADJ CCONJ PRON AUX VERB PRON SCONJ PART VERB PUNCT",
            deps="det nsubj aux neg ROOT nsubj ccomp cc nsubj aux conj dobj advmod aux xcomp punct", heads="1 4 4 4 4 6 4 4 10 10 4 10 14 14 10 10",
            tags="DT NN MD RB VB PRP JJ CC PRP MD VB PRP WRB TO VB .", lemmas="the course will not make you charismatic but it will teach you how to lead .", matched="WILL lead", holds=False),
    Example(is_negated, "The course wo n't make you charismatic and it WILL teach you how to lead .", pos="DET NOUN AUX PART VERB PRON ADJ CCONJ PRON AUX VERB PRON SCONJ PART VERB PUNCT",
            deps="det nsubj aux neg ROOT nsubj ccomp cc nsubj aux conj dobj advmod aux xcomp punct", heads="1 4 4 4 4 6 4 4 10 10 4 10 14 14 10 10",
            tags="DT NN MD RB VB PRP JJ CC PRP MD VB PRP WRB TO VB .", lemmas="the course will not make you charismatic and it will teach you how to lead .", matched="WILL lead", holds=True),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_condition_reads_the_example_as_the_spec_does(example):
    assert bool(example.condition(example.matched_words())) is example.holds


def test_next_sentence_end_reaches_through_the_next_sentence_or_to_the_end(nlp):
    doc = nlp("Management had a good run. We retired it. Then we hired.")
    first, second, third = list(doc.sents)
    assert next_sentence_end(doc[0]) == second.end
    assert next_sentence_end(doc[second.start]) == third.end
    assert next_sentence_end(doc[third.start]) == len(doc)


def test_the_word_before_skips_line_breaks_and_is_none_at_the_start():
    doc = spacy.blank("en").make_doc("Item 4 deferred.\n\nLeadership to circulate the draft")
    leadership = next(t for t in doc if t.text == "Leadership")
    assert word_before(leadership).text == "."
    assert word_before(doc[0]) is None


def test_a_clause_marked_as_supposed_says_what_would_be():
    supposed = parsed("if you were n't born with it", pos="SCONJ PRON AUX PART VERB ADP PRON", deps="mark nsubjpass auxpass neg ROOT prep pobj",
                      heads="4 4 4 4 4 4 5")
    assert marked_as_supposed(supposed[4])
    stated = parsed("because you were born with it", pos="SCONJ PRON AUX VERB ADP PRON", deps="mark nsubjpass auxpass ROOT prep pobj",
                    heads="3 3 3 3 3 4")
    assert not marked_as_supposed(stated[3])
