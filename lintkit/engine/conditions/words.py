"""The word classes conditions test against, read once from ``rules/lexicon.toml``."""
from __future__ import annotations

import functools

from lintkit.resources import lexicon


@functools.lru_cache(maxsize=None)
def condition_words(table: str) -> dict[str, frozenset[str]]:
    """``[conditions]`` (shared) or ``[conditions.LM003]`` (one rule's), as frozensets."""
    data = lexicon()["conditions"]
    chosen = data if table == "shared" else data[table]
    return {key: frozenset(words) for key, words in chosen.items() if isinstance(words, list)}


@functools.lru_cache(maxsize=1)
def pattern_lists() -> dict[str, frozenset[str]]:
    """The lexicon's ``[lists]``, which patterns also name as ``@list``."""
    return {key: frozenset(words) for key, words in lexicon()["lists"].items()}


@functools.lru_cache(maxsize=None)
def family_forms(family: str, form: str) -> frozenset[str]:
    """One form of one family, e.g. ("lead", "abstract"): "leadership", "leaderships"."""
    return frozenset(lexicon()["families"][family][form])
