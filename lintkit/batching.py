"""Cutting a run's files into batches of about the same number of words.

A cluster task costs a few milliseconds to schedule whatever it holds, and a
file costs time in proportion to its words, so a batch is sized by words, not
by file count: a folder of tiny notes becomes a few batches, a long report is a
batch of its own. Sizes are estimated from byte counts, which the caller gets
from ``os.stat`` or the bytes it holds, without reading or decoding anything.
"""
from __future__ import annotations

from typing import Callable, Iterable, Iterator, TypeVar

Item = TypeVar("Item")

# English prose with its markup averages 7.7 bytes a word in the shared corpora
# (8.1 in the plain-text bulk file); rounding down errs towards smaller batches.
BYTES_PER_WORD = 7
# About a tenth of a second of linting on one worker: large against a task's
# scheduling cost, small enough to spread a run over tens of workers.
BATCH_WORDS = 20_000
# A file past this many words is not one task: its rule windows are cut out
# where it is read and spread over the workers (see ``is_oversized``).
SPLIT_WORDS = 100_000


def estimated_words(size_in_bytes: int) -> int:
    """The words of a file of ``size_in_bytes`` bytes (at least one, so every file weighs something)."""
    return max(1, -(-size_in_bytes // BYTES_PER_WORD))


def batches(items: Iterable[Item], words: Callable[[Item], int], limit: int = BATCH_WORDS) -> Iterator[list[Item]]:
    """Runs of consecutive ``items`` of at most ``limit`` words each; an item over the limit is a run of its own.

    Lazy, so a caller can read each batch's files only when it is due.
    """
    batch: list[Item] = []
    total = 0
    for item in items:
        weight = words(item)
        if batch and total + weight > limit:
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += weight
    if batch:
        yield batch


def is_oversized(size_in_bytes: int, limit: int = SPLIT_WORDS) -> bool:
    """Whether a file is too long for one worker to lint alone while the others wait."""
    return estimated_words(size_in_bytes) > limit
