"""A segment's map from prose characters to source offsets, stored as runs.

Prose is mostly copied from the source a line or a sentence at a time, so the
offsets of neighbouring characters are mostly consecutive. Storing one entry
per run of consecutive offsets, instead of 8 bytes per character, keeps the
map of a big file's prose a small fraction of its text; a look-up is a
binary search over the runs.
"""
from __future__ import annotations

import bisect
from array import array
from collections.abc import Sequence
from typing import Iterable, Iterator


class OffsetMap(Sequence):
    """``map[i]`` is the source offset of prose character ``i``; immutable once built.

    Run ``r`` covers characters ``text_starts[r]`` to the next run's start (or
    the end), at source offsets from ``source_starts[r]`` on. Two neighbouring
    runs never continue each other, so equal maps have equal runs.
    """

    __slots__ = ("_text_starts", "_source_starts", "_length")

    def __init__(self, text_starts: array, source_starts: array, length: int):
        self._text_starts = text_starts
        self._source_starts = source_starts
        self._length = length

    @classmethod
    def of(cls, offsets: Iterable[int]) -> OffsetMap:
        """The map of plain offsets (one per character)."""
        builder = OffsetMapBuilder()
        builder.extend(offsets)
        return builder.build()

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._slice(index)
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("offset map index out of range")
        run = bisect.bisect_right(self._text_starts, index) - 1
        return self._source_starts[run] + index - self._text_starts[run]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of prose characters ``start:end`` (end exclusive)."""
        return self[start], self[end - 1] + 1

    def runs(self) -> Iterator[tuple[int, int]]:
        """``(source start, length)`` of each run, in order."""
        ends = [*self._text_starts[1:], self._length]
        for text_start, source_start, end in zip(self._text_starts, self._source_starts, ends):
            yield source_start, end - text_start

    def __iter__(self) -> Iterator[int]:
        for source_start, length in self.runs():
            yield from range(source_start, source_start + length)

    def _slice(self, index: slice) -> OffsetMap:
        start, stop, step = index.indices(self._length)
        if step != 1:
            return OffsetMap.of(self[i] for i in range(start, stop, step))
        builder = OffsetMapBuilder()
        if start < stop:
            first = bisect.bisect_right(self._text_starts, start) - 1
            last = bisect.bisect_left(self._text_starts, stop)
            for run in range(first, last):
                run_start = max(start, self._text_starts[run])
                run_end = min(stop, self._text_starts[run + 1] if run + 1 < len(self._text_starts) else self._length)
                builder.add_run(self._source_starts[run] + run_start - self._text_starts[run], run_end - run_start)
        return builder.build()

    def __eq__(self, other) -> bool:
        if isinstance(other, OffsetMap):
            return (self._length, self._text_starts, self._source_starts) == (other._length, other._text_starts, other._source_starts)
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == self._length and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # like the array it replaces

    def __reduce__(self):
        return OffsetMap, (self._text_starts, self._source_starts, self._length)

    def __repr__(self) -> str:
        return f"OffsetMap(length={self._length}, runs={list(self.runs())})"


class OffsetMapBuilder:
    """Collects offsets a character or a run at a time, joining each run to the one it continues."""

    def __init__(self) -> None:
        self._text_starts = array("q")
        self._source_starts = array("q")
        self._length = 0
        self._next = -1  # the source offset that would continue the last run

    def add_run(self, source_start: int, length: int) -> None:
        """``length`` characters at consecutive source offsets from ``source_start``."""
        if length <= 0:
            return
        if source_start != self._next:
            self._text_starts.append(self._length)
            self._source_starts.append(source_start)
        self._length += length
        self._next = source_start + length

    def append(self, offset: int) -> None:
        self.add_run(offset, 1)

    def extend(self, offsets: Iterable[int]) -> None:
        if isinstance(offsets, range) and offsets.step == 1:
            self.add_run(offsets.start, len(offsets))
        elif isinstance(offsets, OffsetMap):
            for source_start, length in offsets.runs():
                self.add_run(source_start, length)
        else:  # one character at a time: inlined, as a reader may pass every character of a file this way
            text_starts, source_starts = self._text_starts, self._source_starts
            length, next_offset = self._length, self._next
            for offset in offsets:
                if offset != next_offset:
                    text_starts.append(length)
                    source_starts.append(offset)
                length += 1
                next_offset = offset + 1
            self._length, self._next = length, next_offset

    def __len__(self) -> int:
        return self._length

    def build(self) -> OffsetMap:
        """The map so far (copied: the builder may go on growing)."""
        return OffsetMap(array("q", self._text_starts), array("q", self._source_starts), self._length)
