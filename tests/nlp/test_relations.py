from lintkit.nlp.relations import denied_subject, gloss
from tests.hand_built import parsed


def test_relations_read_as_words():
    assert gloss("leaders", "dobj", "need") == "leaders: object of 'need'"
    assert gloss("manager", "nsubj", "wants") == "manager: subject of 'wants'"
    assert gloss("managers", "appos", "leaders") == "managers: apposition to 'leaders'"
    assert gloss("not-contrast", "pattern", "") == "pattern not-contrast"
    assert gloss("manage", "ROOT", "ROOT") == "manage: the sentence's main word"
    assert gloss("x", "meta", "y") == "x: 'meta' relation to 'y'"  # a label without a gloss is still shown


def test_a_denied_auxiliary_with_its_verb_left_out_names_its_subject():
    echo = parsed("It did n't .", pos="PRON AUX PART PUNCT", deps="nsubj ROOT neg punct", heads="1 1 1 1", tags="PRP VBD RB .")
    assert denied_subject(echo[1]).text == "It"
    against = parsed("and we did n't", pos="CCONJ PRON AUX PART", deps="cc nsubj ROOT neg", heads="2 2 2 2")
    assert denied_subject(against[2]).text == "we"


def test_an_auxiliary_with_a_word_of_its_own_or_no_denial_names_nothing():
    own_verb = parsed("and we did n't notice", pos="CCONJ PRON AUX PART VERB", deps="cc nsubj aux neg ROOT", heads="4 4 4 4 4")
    assert denied_subject(own_verb[4]) is None  # "notice" keeps its auxiliary
    affirmed = parsed("and we did", pos="CCONJ PRON AUX", deps="cc nsubj ROOT", heads="2 2 2")
    assert denied_subject(affirmed[2]) is None
