"""Worker processes for ``--jobs N``: whole files, or the windows of one big file.

Each worker loads the spaCy pipeline once (lazily, or at start when the pool is
made for a file that needs parsing, so the load overlaps with the reading of the
file in the parent). Work is cut into contiguous chunks and results come back in
submission order, so findings and their order are the same as with ``--jobs 1``.
"""
from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys

# Fewer windows than this are parsed in the calling process: shipping them costs more.
MIN_PARALLEL_WINDOWS = 64
CHUNKS_PER_WORKER = 4

_pool = None
_jobs = 1


def default_jobs(file_count: int) -> int:
    """The number of CPUs when there are many files, else 1."""
    return (os.cpu_count() or 1) if file_count > 8 else 1


def _context():
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")  # workers start in milliseconds
    return multiprocessing.get_context("spawn")


def warm(model: str | None, rule_packs: tuple[str, ...], accepted_terms: tuple[str, ...]) -> None:
    """Load the pipeline now (a pool initializer, a cluster worker's start); a failure shows up again, as one line, on first use."""
    if model is None:
        return
    try:
        from lintkit.api import engine_for

        engine_for(model, rule_packs, accepted_terms)
    except BaseException:  # noqa: BLE001 - never let a worker die in its initializer (the pool would respawn it forever)
        pass


@contextlib.contextmanager
def worker_pool(jobs: int, config=None):
    """A pool of ``jobs`` workers for this block; with ``config`` they load its pipeline at once."""
    if jobs <= 1:
        yield None
        return
    args = (config.model, config.rule_packs, config.accepted_terms) if config is not None else (None, (), ())
    pool = _context().Pool(jobs, initializer=warm, initargs=args)
    try:
        with windows_on(pool, jobs):
            yield pool
    finally:
        pool.terminate()
        pool.join()


@contextlib.contextmanager
def windows_on(pool, jobs: int):
    """Spread the windows of a big file over ``pool`` in this block (anything with ``Pool.starmap``, e.g. a cluster)."""
    global _pool, _jobs
    previous = _pool, _jobs
    _pool, _jobs = pool, jobs
    try:
        yield pool
    finally:
        _pool, _jobs = previous


def chunks(sizes: list[int], parts: int) -> list[tuple[int, int]]:
    """Split ``range(len(sizes))`` into at most ``parts`` contiguous runs of about equal total size."""
    if not sizes:
        return []
    parts = max(1, min(parts, len(sizes)))
    target = sum(sizes) / parts
    runs, start, acc = [], 0, 0
    for i, size in enumerate(sizes):
        acc += size
        if acc >= target * (len(runs) + 1) and len(runs) < parts - 1:
            runs.append((start, i + 1))
            start = i + 1
    if start < len(sizes):
        runs.append((start, len(sizes)))
    return runs


def parse_texts(texts: list[str], contexts: list, config, path: str) -> list[list]:
    """Window-relative findings per text, in the calling process or spread over the pool."""
    from lintkit import api

    if _pool is None or len(texts) < MIN_PARALLEL_WINDOWS:
        return api.parse_texts(texts, contexts, config, path)
    runs = chunks([len(t) for t in texts], _jobs * CHUNKS_PER_WORKER)
    parts = _pool.starmap(api.parse_texts, [(texts[a:b], contexts[a:b], config, path) for a, b in runs], chunksize=1)
    return [found for part in parts for found in part]
