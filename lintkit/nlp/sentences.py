"""Sentence boundaries: one the model misses, set before it parses; each token's sentence, looked up after.

spaCy finds ``token.sent`` by walking from the token to both of its sentence's
boundaries, every time it is asked: conditions and the sense layer ask tens of
thousands of times on a big file, often for the same few sentences. Once a doc
is parsed its sentences do not change, so they are listed once and a token's
sentence is found by bisection, through spaCy's public ``user_token_hooks``.
"""
from __future__ import annotations

from bisect import bisect_right

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
