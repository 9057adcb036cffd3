"""A cheap scan that decides what is worth parsing.

Most prose never mentions either word family; such text must not pay for spaCy
(not even its import). The scan is a single regular expression over the
lexicon's word forms.
"""
from __future__ import annotations

import functools
import re

from lintkit.resources import lexicon


def family_forms() -> dict[str, tuple[str, str]]:
    """Every family word form -> (family, form), e.g. "led" -> ("lead", "verb")."""
    forms: dict[str, tuple[str, str]] = {}
    for family, groups in lexicon()["families"].items():
        for form, words in groups.items():
            for word in words:
                forms[word] = (family, form)
    return forms


@functools.lru_cache(maxsize=1)
def candidate_pattern() -> re.Pattern[str]:
    words = sorted(family_forms(), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, words)) + r")(?![\w])", re.IGNORECASE)


def has_candidate(text: str) -> bool:
    return candidate_pattern().search(text) is not None
