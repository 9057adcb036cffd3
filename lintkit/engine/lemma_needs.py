"""The word forms a lemma test needs in the text, so a pattern that tests lemmas skips the sentences without them.

A pattern token ``LEMMA = "teach"`` matches "teaches", "taught" and "teaching": no
one word, so the window requirements (``engine.requirements``) used to read nothing
from it, and every sentence holding the pattern's other words ("can" and a lead
word, for LM004's denied teaching) was parsed. ``rules/lemma-forms.toml`` lists,
for each lemma the shipped patterns test, strings one of which every word the
pipeline gives that lemma contains ("teach" and "taught"). A lemma it does not
list (a rule pack's) requires nothing, as before.

The table is model data, built from the pipeline's own lemmatizer and
attribute-ruler tables by ``python -m lintkit.engine.lemma_table``; the tests
check it against them, so a form the model could give is never missing.
"""
from __future__ import annotations

import functools
from typing import Iterable

from lintkit.resources import read_toml, rules_dir

TABLE_FILE = "lemma-forms.toml"
SHORTEST_FORM = 3


@functools.lru_cache(maxsize=1)
def lemma_forms() -> dict[str, tuple[str, ...]]:
    path = rules_dir() / TABLE_FILE
    if not path.is_file():
        return {}
    return {lemma: tuple(forms) for lemma, forms in read_toml(path, "lemma forms").items()}


def forms_needed(lemmas: Iterable[str]) -> tuple[str, ...] | None:
    """The strings one of which a word with one of ``lemmas`` contains, or None when some lemma is not in the table."""
    table = lemma_forms()
    lemmas = list(lemmas)
    if not lemmas or not all(isinstance(lemma, str) and lemma in table for lemma in lemmas):
        return None
    forms = {form for lemma in lemmas for form in table[lemma]}
    if any(len(form) < SHORTEST_FORM for form in forms):
        return None  # "b" (being), "'s": in nearly every sentence, so not worth a test
    return tuple(sorted(forms))
