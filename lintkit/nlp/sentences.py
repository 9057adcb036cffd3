"""Sentence boundaries: one the model misses, set before it parses; each token's sentence, looked up after.

spaCy finds ``token.sent`` by walking from the token to both of its sentence's
boundaries, every time it is asked: conditions and the sense layer ask tens of
thousands of times on a big file, often for the same few sentences. Once a doc
is parsed its sentences do not change, so they are listed once and a token's
sentence is found by bisection, through spaCy's public ``user_token_hooks``.
"""
from __future__ import annotations

import functools
from bisect import bisect_right

from lintkit.resources import lexicon

STOPS = frozenset({".", "!", "?", "…"})


def mark_blank_after_stop(doc) -> None:
    """Sets ``is_sent_start`` on the first word after a stop followed by a run of blanks (made, not yet parsed).

    Two spaces or more after a stop end a sentence, as typists mean them; a blanked pictograph leaves such a run
    ("... never manages. 🚀 café"). As a token of its own the run let the parser take the next word for an object
    of the sentence before, whose claim was then lost. One space ("e.g. leaders") says nothing and is left alone.
    """
    for token in doc[:-2]:
        if token.text in STOPS and doc[token.i + 1].is_space and not doc[token.i + 2].is_space:
            doc[token.i + 2].is_sent_start = True


@functools.lru_cache(maxsize=1)
def _subjectless_openers() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(opener.split()) for opener in lexicon()["senses"]["subjectless_openers"])


def mark_subjectless_opener_ends(doc) -> None:
    """Parses what follows an opener that drops its subject ("Turns out leadership really is hereditary") as a sentence
    of its own, up to its stop (made, not yet parsed).

    The small model took the word after "turns out" for its object and lost the claim's subject; cut there, it also
    cut again after that word, so the words up to the stop are kept together. "Turns out, ..." and "Turns out that ..."
    it parses well, and they are left alone.
    """
    for token in doc:
        if not (token.i == 0 or doc[token.i - 1].text in STOPS or "\n" in doc[token.i - 1].text_with_ws):
            continue
        for opener in _subjectless_openers():
            start = token.i + len(opener)
            if start < len(doc) and tuple(t.lower_ for t in doc[token.i:start]) == opener and doc[start].is_alpha and doc[start].lower_ != "that":
                doc[start].is_sent_start = True
                _keep_together(doc, start + 1)


def _keep_together(doc, i: int) -> None:
    """No new sentence from token ``i`` to the next stop or line break, where nothing set one already."""
    while i < len(doc) and doc[i - 1].text not in STOPS and "\n" not in doc[i - 1].text_with_ws:
        if doc[i].is_sent_start is None:
            doc[i].is_sent_start = False
        i += 1


def remember_sentences(doc) -> None:
    """Make ``token.sent`` a lookup in ``doc``'s sentences (the same spans spaCy would give).

    Only the boundaries are kept, as numbers: a hook holding the sentences (spans of
    ``doc``) would make a reference cycle, and every parsed window would wait for the
    garbage collector instead of being freed when its findings are out.
    """
    bounds = [(sentence.start, sentence.end) for sentence in doc.sents]
    starts = [start for start, _ in bounds]

    def sentence_of(token):
        start, end = bounds[bisect_right(starts, token.i) - 1]
        return token.doc[start:end]

    doc.user_token_hooks["sent"] = sentence_of
