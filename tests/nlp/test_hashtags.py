"""Hashtags are read as the words they join, and findings land on the hashtag's own characters."""
from __future__ import annotations

from hypothesis import given, strategies as st

from lintkit.nlp.hashtags import hashtag_parts, hidden_words
from lintkit.nlp.prefilter import candidate_starts, words_of


def _words(text: str) -> list[list[str]]:
    return [[text[s:e] for s, e in parts] for parts in hashtag_parts(text)]


def test_a_camelcase_hashtag_is_cut_at_its_capitals():
    assert _words("Some are just #BornToLead.") == [["Born", "To", "Lead"]]
    assert _words("#LeadersNotManagers and #BuildTheTEAM") == [["Leaders", "Not", "Managers"], ["Build", "The", "TEAM"]]


def test_link_fragments_code_and_one_word_tags_are_not_cut():
    assert _words("see example.com/page#LeadersNotManagers") == []
    assert _words("x#LeadersNotManagers") == []
    assert _words("join #leadership on Slack, #leadershipmatters") == []


def test_the_scans_find_the_family_words_a_hashtag_holds():
    text = "Stop managing people. #LeadersNotManagers"
    assert text.index("Leaders") in candidate_starts(text) and text.index("Managers") in candidate_starts(text)
    assert {"born", "to", "lead"} <= words_of("some are just #borntolead.")
    assert "leadership" in hidden_words("#leadershipmatters")


@given(st.text(alphabet="#aAbB Lead"))
def test_the_parts_are_the_hashtag_body_exactly(text):
    for parts in hashtag_parts(text):
        assert text[parts[0][0] - 1] == "#"
        assert all(end == start for (_, end), (start, _) in zip(parts, parts[1:]))


def test_findings_land_on_the_hashtag(lint):
    text = "Stop managing people. #LeadersNotManagers"
    findings = lint(text)
    assert [(f.code, text[f.start:f.end]) for f in findings] == [("LM002", "LeadersNotManagers")]
    text = "Some people are just #BornToLead."
    assert [(f.code, text[f.start:f.end]) for f in lint(text)] == [("LM004", "BornToLead")]


def test_a_link_fragment_or_channel_stays_untouched(lint):
    assert lint("See example.com/why#LeadersNotManagers") == []
    assert lint("Post it in #leadership-vs-management") == []


def test_a_cut_hashtag_parses_into_a_tree_with_one_labelled_root_per_sentence(nlp):
    """"#BornToLead not gonna apologise..." once left "Born" its own head without a label, and a descendant
    search over that tree never ended: the cut is made on a new Doc, before the parser gives any head."""
    from lintkit.engine.parsing import _tokens_for_parsing

    doc = nlp(_tokens_for_parsing(nlp, "#BornToLead not gonna apologise for being born to lead"))
    assert [t.text for t in doc][:4] == ["#", "Born", "to", "lead"]  # the parser's copy, in sentence case
    for sentence in doc.sents:
        assert [t.dep_ for t in sentence if t.head.i == t.i] == ["ROOT"]


def test_a_hashtag_beside_a_claim_later_in_the_sentence_lints(lint):
    assert [(f.code, f.matched) for f in lint("#BornToLead not gonna apologise for being born to lead")] == [
        ("LM004", "born to lead")]
