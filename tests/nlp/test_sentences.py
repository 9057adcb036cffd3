"""A token's remembered sentence is the one spaCy would find."""
from __future__ import annotations

from lintkit.nlp.sentences import remember_sentences

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
