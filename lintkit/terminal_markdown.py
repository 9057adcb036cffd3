"""The little Markdown of rule texts (rationales), rendered for a terminal.

Rule files write their rationale in Markdown for the documentation site and
editor hovers; printed as is, a terminal shows raw ``**`` and backticks. On a
terminal the emphasis becomes bold or underlined text (ANSI); anywhere else
(a pipe, a file, ``NO_COLOR``, a plain-text hover) it is plain words.
"""
from __future__ import annotations

import re

BOLD, UNDERLINE, RESET_BOLD, RESET_UNDERLINE = "\x1b[1m", "\x1b[4m", "\x1b[22m", "\x1b[24m"

_INLINE = re.compile(
    r"\*\*(?P<strong>.+?)\*\*"  # **strong**
    r"|(?<![\w*])\*(?P<em>[^*\s][^*]*?)\*(?![\w*])"  # *emphasis*
    r"|`(?P<code>[^`]+)`"  # `code`
    r"|\[(?P<label>[^\]]+)\]\((?P<url>[^)\s]+)\)",  # [label](url)
    re.S,
)
_HEADING = re.compile(r"^#{1,6}\s+(?P<title>.+?)\s*#*\s*$", re.M)


def render(text: str, *, ansi: bool) -> str:
    """``text`` without Markdown markers; with ``ansi``, strong text bold and emphasis underlined."""

    def inline(match: re.Match) -> str:
        if match["strong"] is not None:
            return _styled(match["strong"], BOLD, RESET_BOLD, ansi)
        if match["em"] is not None:
            return _styled(match["em"], UNDERLINE, RESET_UNDERLINE, ansi)
        if match["code"] is not None:
            return match["code"]
        return f"{match['label']} ({match['url']})"

    text = _HEADING.sub(lambda m: _styled(m["title"], BOLD, RESET_BOLD, ansi), text)
    return _INLINE.sub(inline, text)


def _styled(words: str, start: str, end: str, ansi: bool) -> str:
    return f"{start}{words}{end}" if ansi else words
