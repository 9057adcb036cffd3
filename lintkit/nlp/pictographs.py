"""Emoji and pictographs as blanks, for the parser's eyes only.

The small English model reads a pictograph after a word as a noun the word
modifies: in "Ping leadership 🚀" the rocket becomes the object and "leadership"
its compound, so the group reading is lost. A pictograph is not a word of the
sentence; the parser gets a space in its place (as many as its code points, so
every offset still points into the original). Arrows stay: "manager → leader"
says a path.
"""
from __future__ import annotations

import re

# Emoji planes, miscellaneous symbols, dingbats without their arrows, stars and circles, and the joiners,
# variation selectors, keycaps and tags that make up emoji sequences.
PICTOGRAPH = re.compile(
    "[\U0001F000-\U0001FAFF\u2600-\u2793\u2B50-\u2B55\u200D\u20E3\uFE0E\uFE0F\U000E0020-\U000E007F]")


def blank_pictographs(text: str) -> str:
    """``text`` with every pictograph code point a space."""
    return PICTOGRAPH.sub(" ", text)
