"""Sentences parsed by hand, so conditions, senses and context are tested without loading a model.

A test writes the parse it is about, word by word, as the spec's examples read:

    doc = parsed("Leadership is not management .",
                 pos="NOUN AUX PART NOUN PUNCT",
                 deps="nsubj ROOT neg attr punct",
                 heads="1 1 1 1 1")

Words are separated by single spaces (punctuation, closing quotes and clitics
such as "n't" join the word before them, opening quotes the word after, as in
the text); ``heads`` are word indices; lemmas
default to the lower-case word. Family words are tagged with their family and
form as the sense layer tags organisational uses (``tag_families``), unless the
test runs the sense layer itself. A condition's examples are ``Example`` rows, one
table a module, so each case reads as the sentence and what the condition says of it.
"""
from __future__ import annotations

import functools
from typing import Callable

ATTACHED = frozenset({",", ".", "?", "!", ";", ":", ")", "”", "’", "n't", "'s", "'re", "'m", "'ve", "'ll", "'d"})
OPENING = frozenset({"(", "“", "‘"})


@functools.lru_cache(maxsize=1)
def vocab():
    import spacy

    from lintkit.nlp.senses import register_extensions

    register_extensions()
    return spacy.blank("en").vocab


def parsed(text: str, *, pos: str, deps: str, heads: str, tags: str | None = None, lemmas: str | None = None, families: bool = True):
    from spacy.tokens import Doc

    words = text.split(" ")
    spaces = [i + 1 < len(words) and words[i + 1] not in ATTACHED and words[i] not in OPENING for i in range(len(words))]
    columns = {"pos": pos.split(), "deps": deps.split(), "heads": [int(h) for h in heads.split()]}
    if tags is not None:
        columns["tags"] = tags.split()
    columns["lemmas"] = lemmas.split() if lemmas is not None else [w.lower() for w in words]
    for name, values in columns.items():
        assert len(values) == len(words), f"{name}: {len(values)} values for {len(words)} words"
    doc = Doc(vocab(), words=words, spaces=spaces, **columns)
    if families:
        tag_families(doc)
    return doc


def tag_families(doc) -> None:
    """Every family word as used in its organisational sense (what ``nlp.senses`` sets when nothing sets it aside)."""
    from lintkit.nlp.prefilter import family_forms

    for token in doc:
        entry = family_forms().get(token.lower_)
        if entry is not None:
            token._.lk_family, token._.lk_form = entry


def words_of(doc, *texts: str) -> tuple:
    """The tokens of ``doc`` with these texts, in document order (each text once)."""
    wanted, found = list(texts), []
    for token in doc:
        if token.text in wanted:
            wanted.remove(token.text)
            found.append(token)
    assert len(found) == len(texts), f"not all of {texts} in {doc.text!r}"
    return tuple(found)


class Example:
    """A spec example for one condition: the sentence as parsed by hand (``parse`` is what ``parsed`` takes),
    the words its pattern matched, and whether the condition holds there, so a module's examples read as one table."""

    def __init__(self, condition: Callable, sentence: str, *, matched: str, holds: bool, **parse: str):
        self.condition, self.sentence, self.matched, self.holds, self.parse = condition, sentence, matched, holds, parse

    def matched_words(self) -> tuple:
        return words_of(parsed(self.sentence, **self.parse), *self.matched.split(" "))

    def __str__(self) -> str:
        return f"{self.sentence} => {'' if self.holds else 'not '}{self.condition.__name__}"
