"""Batches for a cluster hold about the same number of words, whatever the number of files."""
from __future__ import annotations

from lintkit.batching import BYTES_PER_WORD, batches, estimated_words, is_oversized


def _by_size(sizes: list[int], limit: int) -> list[list[int]]:
    return list(batches(sizes, lambda size: size, limit))


def test_many_small_files_share_a_batch_and_a_long_one_has_its_own():
    assert _by_size([10, 10, 10, 500, 10, 10], limit=100) == [[10, 10, 10], [500], [10, 10]]


def test_a_batch_stops_before_the_file_that_would_overflow_it():
    assert _by_size([60, 30, 20, 90, 5], limit=100) == [[60, 30], [20], [90, 5]]


def test_batches_keep_every_file_once_and_in_order():
    sizes = [(n * 37) % 101 + 1 for n in range(300)]
    runs = _by_size(sizes, limit=250)
    assert [size for run in runs for size in run] == sizes
    assert all(sum(run) <= 250 for run in runs)
    assert all(sum(a) + b[0] > 250 for a, b in zip(runs, runs[1:]))  # no batch could have taken the next file


def test_the_batch_count_follows_words_not_files():
    words = lambda item: item[1]  # noqa: E731
    thousand_notes = [(f"note{n}.md", 20) for n in range(1000)]
    three_reports = [(f"report{n}.md", 20_000) for n in range(3)]
    assert len(list(batches(thousand_notes, words, 20_000))) == 1
    assert len(list(batches(three_reports, words, 20_000))) == 3


def test_batches_are_cut_lazily():
    def endless():
        n = 0
        while True:
            yield n
            n += 1

    first = next(batches(endless(), lambda _: 1, limit=3))
    assert first == [0, 1, 2]


def test_no_files_no_batches():
    assert _by_size([], limit=10) == []


def test_words_are_estimated_from_bytes():
    assert estimated_words(0) == 1
    assert estimated_words(BYTES_PER_WORD) == 1
    assert estimated_words(BYTES_PER_WORD * 1000 + 1) == 1001
    assert estimated_words(8_105_852) > 1_000_000  # the bulk corpus: 1,004,694 words


def test_only_a_file_past_the_split_size_is_oversized():
    assert not is_oversized(BYTES_PER_WORD * 100, limit=100)
    assert is_oversized(BYTES_PER_WORD * 101, limit=100)
