"""Two fixed ends with a gap of any words between them: matched as their ends, found as spaCy finds the whole pattern."""
from __future__ import annotations

import pytest

FAMILY_GAP = [{"LOWER": {"IN": ["managers", "management"]}}, {"OP": "{0,20}"}, {"LOWER": {"IN": ["leaders", "leadership"]}}]
LONGER_ENDS = [{"LOWER": "the"}, {"LOWER": "managers"}, {"OP": "{2,12}"}, {"LOWER": "the"}, {"IS_ALPHA": True}]


def _both(nlp, spec, text):
    from spacy.matcher import Matcher

    from lintkit.engine.gaps import GapMatcher
    from lintkit.engine.matching import spacy_patterns

    doc = nlp.make_doc(text)
    whole = Matcher(nlp.vocab)
    whole.add("GAP", spacy_patterns(spec))
    ends = GapMatcher(nlp.vocab, [("GAP", spec)])
    spans = [doc, doc[1:len(doc) - 1]]
    return [[(k, s, e, list(a)) for k, s, e, a in ends(span, with_alignments=True)] for span in spans], [
        [(k, s, e, list(a)) for k, s, e, a in whole(span, with_alignments=True)] for span in spans
    ]


@pytest.mark.parametrize("spec", [FAMILY_GAP, LONGER_ENDS])
@pytest.mark.parametrize(
    "text",
    [
        "Managers leaders.",
        "Management is holding you back; leadership sets you free.",
        "The managers met. The managers left, and the leaders stayed; leaders and leadership, the managers and the end.",
        "Managers " + "and more words " * 8 + "leaders, managers, leaders.",
        "Nothing of either here.",
    ],
)
def test_a_gap_pattern_finds_what_spacy_finds_in_the_same_order(nlp, spec, text):
    ends, whole = _both(nlp, spec, text)
    assert ends == whole


def test_only_fixed_ends_around_one_gap_of_any_words_are_matched_as_ends():
    from lintkit.engine.gaps import gap_shape

    assert gap_shape(FAMILY_GAP) == (1, 0, 20)
    assert gap_shape(LONGER_ENDS) == (2, 2, 12)
    assert gap_shape([{"LOWER": "a"}, {"LOWER": {"NOT_IN": ["."]}, "OP": "{0,20}"}, {"LOWER": "b"}]) is None  # the gap tests its words
    assert gap_shape([{"LOWER": "a"}, {"OP": "{0,20}"}, {"LOWER": "b", "OP": "?"}]) is None  # an end that may be missing
    assert gap_shape([{"OP": "{0,20}"}, {"LOWER": "b"}]) is None  # no head
    assert gap_shape([{"LOWER": "a"}, {"OP": "*"}, {"LOWER": "b"}]) is None  # an open gap


def test_the_shipped_gap_patterns_are_matched_as_their_ends(nlp):
    from lintkit.engine.gaps import GapMatcher
    from lintkit.engine.loader import rules_for
    from lintkit.engine.matching import CompiledRules

    compiled = CompiledRules([rule for rule in rules_for(()).values() if rule.patterns], nlp.vocab)
    assert isinstance(compiled.matcher(("LM002", "dropped-then-taken-up"))[1], GapMatcher)
