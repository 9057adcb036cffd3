"""A stop before a run of blanks, or an opener that drops its subject, ends a sentence; a token's remembered sentence is the one spaCy would find."""
from __future__ import annotations

from lintkit.nlp.sentences import mark_blank_after_stop, mark_subjectless_opener_ends, remember_sentences

TEXT = ("Leadership signed off. Managers were told on Friday; nobody asked why!\n\n"
        "Q: Manager or leader? A: Doesn't matter. \u201cLead,\u201d she said. One more")


def test_every_token_keeps_its_sentence(nlp):
    found = nlp(TEXT)
    expected = [(t.sent.start, t.sent.end) for t in found]
    remember_sentences(found)
    assert [(t.sent.start, t.sent.end) for t in found] == expected
    assert all(t.sent == t.doc[t.i:t.i + 1].sent for t in found)


def test_one_sentence_and_no_sentence(nlp):
    for text in ("Lead.", ""):
        found = nlp(text)
        remember_sentences(found)
        assert [t.sent.text for t in found] == [found.text] * len(found)


def test_a_stop_before_a_run_of_blanks_ends_its_sentence(nlp):
    made = nlp.make_doc("A true leader never manages.    café and more")  # a pictograph blanked for the parser
    mark_blank_after_stop(made)
    assert [t.text for t in made[1:] if t.is_sent_start] == ["café"]
    parsed = nlp(made)
    assert [s.text.strip() for s in parsed.sents] == ["A true leader never manages.", "café and more"]


def test_one_space_after_a_stop_is_left_to_the_parser(nlp):
    made = nlp.make_doc("Teams need leaders, e.g. people who coach. Fine.")
    mark_blank_after_stop(made)
    assert not any(t.is_sent_start for t in made[1:])


def test_an_opener_that_drops_its_subject_is_cut_off_from_the_claim(nlp):
    made = nlp.make_doc("Turns out leadership really is hereditary. Fine.")
    mark_subjectless_opener_ends(made)
    parsed = nlp(made)
    assert [s.text.strip() for s in parsed.sents] == ["Turns out", "leadership really is hereditary.", "Fine."]
    assert parsed[2].dep_ == "nsubj"


def test_an_opener_with_its_comma_or_that_is_left_to_the_parser(nlp):
    for text in ("Turns out, leadership is hereditary.", "Turns out that leadership is hereditary.", "It turns out leadership is hereditary."):
        made = nlp.make_doc(text)
        mark_subjectless_opener_ends(made)
        assert not any(t.is_sent_start for t in made[1:])
