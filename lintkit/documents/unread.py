"""Blocks a reader could not place are said, never dropped in silence.

A reader that cannot map a block's text back to exact source offsets leaves the
block out rather than report findings at guessed positions; a skipped block is
then prose lintkit never checked. Each one is a debug log line naming where it
is and why, and the readers count them on the ``Document`` (``unread_blocks``),
which ``--statistics`` reports.
"""
from __future__ import annotations

import logging

log = logging.getLogger("lintkit.documents")


def not_read(markup: str, line: int, why: str) -> int:
    """Log one unread block (``line`` 0-based); 1, to add to the reader's count."""
    log.debug("%s line %d: block not read (%s)", markup, line + 1, why)
    return 1
