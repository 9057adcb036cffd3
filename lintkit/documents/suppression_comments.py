"""Inline ``lintkit:`` comments, in whichever comment syntax the markup has.

Readers find the comments structurally (an HTML comment token, a reST comment
block, a plain-text line) and hand their text here, so the grammar of a
directive is defined once. A comment that names lintkit but cannot be
understood is kept with action ``invalid``: the reader has no path to report
it against, the caller does.
"""
from __future__ import annotations

import re
from typing import Callable

from lintkit.documents.lines import LineIndex
from lintkit.documents.model import Suppression

ACTIONS = ("disable", "enable", "disable-next-line", "disable-line")
INVALID = "invalid"

_DIRECTIVE = re.compile(r"\s*lintkit\s*:(?P<rest>.*)\Z", re.IGNORECASE | re.DOTALL)
_ACTION = re.compile(r"\s*(?P<action>[\w-]*)\s*(?:=(?P<codes>.*))?\Z", re.DOTALL)
_CODE = re.compile(r"[A-Za-z][A-Za-z0-9_-]*\Z")
_HTML_COMMENT = re.compile(r"<!--(?P<body>.*?)-->", re.DOTALL)
_TEXT_LINE = re.compile(r"[ \t]*(?:#+|//|--|;+|%+)?[ \t]*(?P<body>lintkit\s*:.*)\Z", re.IGNORECASE)


def parse_directive(text: str) -> tuple[str, frozenset[str]] | None:
    """``(action, codes)`` for a comment's text, or None when it is not addressed to lintkit."""
    directive = _DIRECTIVE.match(text)
    if directive is None:
        return None
    parts = _ACTION.match(directive["rest"])
    action = parts["action"].lower() if parts else ""
    codes = parts["codes"] if parts else None
    if action not in ACTIONS:
        return INVALID, frozenset()
    if codes is None:
        return action, frozenset()
    names = [name.strip() for name in codes.split(",")]
    if not all(_CODE.match(name) for name in names):
        return INVALID, frozenset()
    return action, frozenset(name.upper() for name in names)


def suppression(text: str, start: int, end: int, lines: LineIndex) -> Suppression | None:
    """A ``Suppression`` for a comment whose text is ``text`` and source span ``start:end``."""
    parsed = parse_directive(text)
    if parsed is None:
        return None
    first, last = lines.line_of(start), lines.line_of(max(start, end - 1))
    return Suppression(parsed[0], parsed[1], first, start, end, last if last != first else None)


def in_html(chunk: str, where: Callable[[int], int], lines: LineIndex) -> list[Suppression]:
    """Directives in the HTML comments of ``chunk``; ``where(i)`` is the source offset of ``chunk[i]``."""
    found = []
    for comment in _HTML_COMMENT.finditer(chunk):
        start, end = where(comment.start()), where(comment.end() - 1) + 1
        directive = suppression(comment["body"], start, end, lines)
        if directive is not None:
            found.append(directive)
    return found


def text_line_body(line: str) -> str | None:
    """The directive on a plain-text line (``lintkit: ...``, maybe after ``#`` or ``//``), else None."""
    match = _TEXT_LINE.match(line)
    return match["body"] if match else None
