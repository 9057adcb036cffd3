"""Block quotes that are the writer's own asides, not quotations.

Docs use ``>`` for call-outs as often as for quotes: GitHub alerts (``> [!WARNING]``),
labels ("> Note: ...", "> **Anti-pattern: ...**"). What such a block says is the
writer's claim, so none of its paragraphs is marked quoted.
"""
from __future__ import annotations

import functools
import re

from lintkit.resources import lexicon

_ALERT = re.compile(r"\s*\[!\w+\]")
_BOLD_LABEL = re.compile(r"\s*(\*\*|__)[^*_\n]{1,80}\1")


@functools.lru_cache(maxsize=1)
def _callout_words() -> frozenset[str]:
    return frozenset(lexicon()["context"]["callout_words"])


def is_callout(text: str) -> bool:
    """A block quote opening with an alert, a bold label or a word like "Note:" is an aside."""
    if _ALERT.match(text) or _BOLD_LABEL.match(text):
        return True
    first = text.lstrip(" >*_[!").split(maxsplit=1)
    return bool(first) and first[0].rstrip(":]*_").lower() in _callout_words()
