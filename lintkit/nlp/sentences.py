"""Each token's sentence, looked up rather than searched for.

spaCy finds ``token.sent`` by walking from the token to both of its sentence's
boundaries, every time it is asked: conditions and the sense layer ask tens of
thousands of times on a big file, often for the same few sentences. Once a doc
is parsed its sentences do not change, so they are listed once and a token's
sentence is found by bisection, through spaCy's public ``user_token_hooks``.
"""
from __future__ import annotations

from bisect import bisect_right


def remember_sentences(doc) -> None:
    """Make ``token.sent`` a lookup in ``doc``'s sentences (the same spans spaCy would give)."""
    sentences = list(doc.sents)
    starts = [sentence.start for sentence in sentences]

    def sentence_of(token):
        return sentences[bisect_right(starts, token.i) - 1]

    doc.user_token_hooks["sent"] = sentence_of
