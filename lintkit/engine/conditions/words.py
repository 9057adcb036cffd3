"""The word classes conditions test against, read once from ``rules/lexicon.toml``."""
from __future__ import annotations

import functools

from lintkit.resources import lexicon, rules_dir, shipped_rule_data


@functools.lru_cache(maxsize=None)
def condition_words(table: str) -> dict[str, frozenset[str]]:
    """``[conditions]`` (shared), or one rule's words: ``[conditions.LM003]`` and the ``[lists]`` of its rule file."""
    data = lexicon()["conditions"]
    if table == "shared":
        return {key: frozenset(words) for key, words in data.items() if isinstance(words, list)}
    own: dict = {}
    for path in sorted(rules_dir().glob(f"{table}-*.toml")):
        own.update(shipped_rule_data(path.name).get("lists", {}))
    own.update(data[table])
    return {key: frozenset(words) for key, words in own.items()}


@functools.lru_cache(maxsize=1)
def pattern_lists() -> dict[str, frozenset[str]]:
    """The lexicon's ``[lists]``, which patterns also name as ``@list``."""
    return {key: frozenset(words) for key, words in lexicon()["lists"].items()}


@functools.lru_cache(maxsize=None)
def family_word_forms(family: str, form: str) -> frozenset[str]:
    """One form of one family, e.g. ("lead", "abstract"): "leadership", "leaderships"."""
    return frozenset(lexicon()["families"][family][form])
