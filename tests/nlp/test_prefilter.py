"""The cheap scans that decide what is parsed: family words, sentences, quotes.

None of these tests loads spaCy: the prefilter must work before the model exists.
"""
from __future__ import annotations

import random

from lintkit.nlp import prefilter
from lintkit.nlp.context import OPENERS, _can_close, _can_open, quote_spans
from lintkit.nlp.prefilter import (
    candidate_pattern,
    candidate_starts,
    has_candidate,
    sentence_spans,
)


def test_has_candidate_whole_words_only():
    assert has_candidate("Our Leadership team")
    assert has_candidate("she managed it")
    assert has_candidate("it leads-up to")  # "leads" is a word of its own there
    assert not has_candidate("misleading and mismanagement")


def test_candidate_starts_agree_with_the_pattern():
    text = "Leaders lead; MANAGERS managed. misleading leadership-management mismanage Led"
    assert candidate_starts(text) == [m.start() for m in candidate_pattern().finditer(text)]
    odd = "İ leaders" * 3  # lower() changes the length: the slow path must give the same offsets
    assert candidate_starts(odd) == [m.start() for m in candidate_pattern().finditer(odd)]
    for each in (text, odd, "misleading mismanagement", "İ misled", "", "lead"):
        assert has_candidate(each) == (candidate_pattern().search(each) is not None)


def test_family_sentences_agree_with_a_search_per_sentence():
    assert not any(char.isspace() for word in prefilter.family_forms() for char in word)  # what the bisection relies on
    rng = random.Random(7)
    words = ["Leaders", "MANAGED", "misleading", "İ", '"', "the", "lead-up", "x"]
    breaks = [". ", "! ", "? ", ". The ", '." ', " ", " ", " "]
    for _ in range(300):
        text = "".join(rng.choice(words) + rng.choice(breaks) for _ in range(rng.randint(0, 12)))
        spans = sentence_spans(text)
        assert prefilter.family_sentences(text, spans) == [candidate_pattern().search(text, s, e) is not None for s, e in spans]


def test_sentence_spans_cover_the_text_without_blanks():
    text = "Leaders lead.  Managers manage! Do they? yes. e.g. this one"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["Leaders lead.", "Managers manage!", "Do they? yes. e.g. this one"]


def test_sentence_spans_single_sentence():
    assert sentence_spans("no break here") == [(0, 13)]
    assert sentence_spans("") == [(0, 0)]


def reference_quote_spans(text):
    """The plain character-by-character definition the jumping scan must agree with."""
    spans, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch in OPENERS and _can_open(text, i):
            j = i + 1
            while j < len(text) and not (text[j] == OPENERS[ch] and _can_close(text, j)):
                j += 1
            if ch == "'" and j >= len(text):
                i += 1
                continue
            spans.append((i + 1, j))
            i = j + 1
            continue
        i += 1
    return spans


def test_fast_quote_spans_equal_the_reference():
    rng = random.Random(3)
    alphabet = ["a", "b", " ", " ", '"', "'", "“", "”", "‘", "’", "«", "»", "„", ".", ",", "(", "\n", "—"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert quote_spans(text) == reference_quote_spans(text), text


def test_words_of_cuts_contractions_typed_without_the_apostrophe():
    from lintkit.nlp.prefilter import words_of

    assert {"are", "nt", "do", "ca"} <= words_of("leaders arent managers, dont @ me, cant argue")
    assert "nt" not in words_of("an agent in management")
    assert {"they", "re", "that", "s"} <= words_of("theyre the same, thats it")
    assert "s" not in words_of("this is a test")

