from lintkit.nlp.relations import gloss


def test_relations_read_as_words():
    assert gloss("leaders", "dobj", "need") == "leaders: object of 'need'"
    assert gloss("manager", "nsubj", "wants") == "manager: subject of 'wants'"
    assert gloss("managers", "appos", "leaders") == "managers: apposition to 'leaders'"
    assert gloss("not-contrast", "pattern", "") == "pattern not-contrast"
    assert gloss("manage", "ROOT", "ROOT") == "manage: the sentence's main word"
    assert gloss("x", "meta", "y") == "x: 'meta' relation to 'y'"  # a label without a gloss is still shown
