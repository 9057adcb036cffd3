"""Emoji and pictographs as blanks, for the parser's eyes only.

The small English model reads a pictograph after a word as a noun the word
modifies: in "Ping leadership 🚀" the rocket becomes the object and "leadership"
its compound, so the group reading is lost; in "Big news from leadership 🎉 we
are hiring" the party popper takes the preposition. A pictograph is seldom a
word of the sentence, so the parser gets a space in its place (as many as its
code points, so every offset still points into the original). Two kinds stay:
arrows ("manager → leader" says a path) and the verdicts the rules read as
words (the lexicon's ``verdict_yes`` and ``verdict_no``: "Managers 👎 Leaders 👍").
"""
from __future__ import annotations

import functools
import re

from lintkit.resources import lexicon

# Emoji planes, miscellaneous symbols, dingbats without their arrows, stars and circles, and the joiners,
# variation selectors, keycaps and tags that make up emoji sequences.
PICTOGRAPH = re.compile(
    "[\U0001F000-\U0001FAFF\u2600-\u2793\u2B50-\u2B55\u200D\u20E3\uFE0E\uFE0F\U000E0020-\U000E007F]")
VARIATION_SELECTORS = "\uFE0E\uFE0F"


@functools.lru_cache(maxsize=1)
def _blanks() -> re.Pattern:
    """A verdict with its variation selector (kept: "✔️" is one word to the rules), else one pictograph code point (blanked)."""
    lists = lexicon()["lists"]
    words = {w.strip(VARIATION_SELECTORS) for w in (*lists["verdict_yes"], *lists["verdict_no"])}
    verdicts = "".join(sorted(w for w in words if len(w) == 1 and PICTOGRAPH.match(w)))
    return re.compile(f"(?P<verdict>[{verdicts}][{VARIATION_SELECTORS}]?)|{PICTOGRAPH.pattern}")


def blank_pictographs(text: str) -> str:
    """``text`` with every pictograph code point a space, but for the verdicts."""
    if not PICTOGRAPH.search(text):
        return text
    return _blanks().sub(lambda m: m.group() if m.group("verdict") else " " * len(m.group()), text)
