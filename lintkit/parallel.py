"""Worker processes for ``--jobs N``: the pipeline is loaded once, in the parent, and shared with forked workers.

A run with workers goes in batches of files (a batch is bounded in bytes, so memory is too):

1. Readers forked from the parent turn each file's bytes into a document and its
   parse windows (plain data; no spaCy needed). Meanwhile the parent loads the
   spaCy pipeline on a thread, so the load (a second or more) overlaps the
   reading instead of adding to it.
2. Parsers are forked from the parent once the pipeline is loaded and share it
   copy-on-write: a worker costs milliseconds and no second copy of the model.
   The windows of the batch's files are split among them by characters to
   parse, not by file count, so one big file is spread as well as many small ones.
3. The parent places each file's findings (suppressions, policy, line and
   column).

Where processes cannot be forked (macOS and Windows spawn them), each parser
loads the pipeline itself, once. Findings, errors and their order are those of
``--jobs 1``. Nothing here is module state: a run's pools live inside ``lint_files``.
"""
from __future__ import annotations

import contextlib
import functools
import itertools
import os
import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from lintkit import api
from lintkit.config import Config
from lintkit.documents.model import Document
from lintkit.engine import parsing, windows
from lintkit.errors import LintkitError
from lintkit.findings import FileFindings, Finding
from lintkit.nlp.prefilter import family_forms
from lintkit.process_pool import Lost, ProcessPool

if TYPE_CHECKING:  # multiprocessing, threading and futures load only for a run that uses workers
    from concurrent.futures import Future

# Less than this many bytes of files is linted in the calling process: workers would not pay for themselves.
MIN_PARALLEL_BYTES = 256 * 1024
# Fewer characters of windows than this are parsed by the parent, which has the pipeline loaded anyway.
MIN_PARALLEL_CHARS = 4000
# Files are read, parsed and placed in batches of about this many bytes (a bigger file is a batch alone).
BATCH_BYTES = 32 << 20
CHUNKS_PER_WORKER = 4

Item = tuple[bytes, str, Config]  # a file's bytes, its name as display_path, its settings
Outcome = list[Finding] | LintkitError
Reader = Callable[[bytes, str], Document]
# Runs a step for one file (its name as display_path) and returns what it returns, or that file's error.
Isolate = Callable[[Callable[[], object], str], object]


def workers_for(sizes: Sequence[int], jobs: int | None = None) -> int:
    """How many workers files of these sizes (bytes) are worth: at most ``jobs`` (default: one per CPU)."""
    most = (os.cpu_count() or 1) if jobs is None else jobs
    total = sum(sizes)
    if most <= 1 or total < MIN_PARALLEL_BYTES:
        return 1
    return max(1, min(most, total // MIN_PARALLEL_BYTES))


def chunks(sizes: Sequence[int], parts: int) -> list[tuple[int, int]]:
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


def batches(sizes: Sequence[int], limit: int) -> list[range]:
    """Consecutive files in runs of at most ``limit`` bytes (a file bigger than that is a run alone)."""
    runs: list[range] = []
    start, acc = 0, 0
    for i, size in enumerate(sizes):
        if i > start and acc + size > limit:
            runs.append(range(start, i))
            start, acc = i, 0
        acc += size
    if start < len(sizes):
        runs.append(range(start, len(sizes)))
    return runs


def _can_fork() -> bool:
    return sys.platform.startswith("linux")


@contextlib.contextmanager
def _pool(workers: int):
    """A pool forked from this process as it is now (copy-on-write), or spawned where fork is unsafe.

    A worker that is killed (out of memory, say) costs the files it held an error line each, not a hung run.
    """
    import multiprocessing

    pool = ProcessPool(workers, multiprocessing.get_context("fork" if _can_fork() else "spawn"))
    try:
        yield pool
    finally:
        pool.close()


def _lost(lost: Lost, display_path: str) -> tuple:
    """The error of a file whose worker died, as plain data."""
    return LintkitError(f"{lost.reason()} while linting this file", path=display_path).as_data()


def _in_background(load: Callable, *args) -> Future:
    """``load(*args)`` on a daemon thread (a run that turns out to need no pipeline does not wait for it)."""
    import threading
    from concurrent.futures import Future

    future: Future = Future()

    def run() -> None:
        try:
            future.set_result(load(*args))
        except BaseException as error:  # noqa: BLE001 - handed to whoever needs the result
            future.set_exception(error)

    threading.Thread(target=run, name="lintkit-pipeline-load", daemon=True).start()
    return future


def _read_and_cut(read: Reader, raw: bytes, display_path: str, config: Config) -> tuple[Document, windows.ParseWork]:
    """The document the parent finishes with, and its windows.

    The parent needs the source only to place findings and suppression comments:
    a file with neither windows nor comments (most files, or a big file with no
    family word) is sent back without it, not pickled whole for nothing.
    """
    document = read(raw, display_path)
    work = windows.parse_work(document, config, path=display_path)
    source = document.source if work.texts or document.suppressions else ""
    return replace(document, source=source, segments=()), work


def _finish(document: Document, found: list, *, path: str, config: Config) -> FileFindings:
    """``api.finish``, keeping the count of the blocks the reader left out."""
    return FileFindings(api.finish(document, found, path=path, config=config), document.unread_blocks)


def _prepare(read: Reader, isolate: Isolate, index: int, raw: bytes, display_path: str, config: Config) -> tuple:
    """A reader's job: a file's document (less its segments, which the windows carry) and windows, or its error."""
    outcome = isolate(lambda: _read_and_cut(read, raw, display_path, config), display_path)
    if isinstance(outcome, LintkitError):
        return index, None, None, outcome.as_data()
    return index, *outcome, None


def _prepare_star(task: tuple) -> tuple:
    return _prepare(*task)


def _parse_pieces(isolate: Isolate, pieces: list[tuple]) -> list:
    """A parser's job: window-relative findings of each (texts, contexts, config, path) piece, or its file's error.

    Pieces that share a pipeline are parsed in one go: the pipeline is faster on
    many texts at once than on each file's few windows apart.
    """
    groups = itertools.groupby(pieces, key=lambda piece: parsing.engine_key(piece[2]))
    return [found for _, group in groups for found in _parse_group(list(group), isolate)]


def _parse_group(group: list[tuple], isolate: Isolate) -> list:
    texts, contexts = [t for p in group for t in p[0]], [c for p in group for c in p[1]]
    parsed = isolate(lambda: parsing.parse_texts(texts, contexts, group[0][2], ""), group[0][3])
    if isinstance(parsed, LintkitError):
        if len(group) > 1:  # each file alone, so that only the one that fails gets the error
            return [found for piece in group for found in _parse_group([piece], isolate)]
        return [parsed.as_data()]
    windows = iter(parsed)
    return [[[replace(f, path=path) for f in next(windows)] for _ in piece_texts] for piece_texts, _, _, path in group]


@functools.lru_cache(maxsize=1)
def _family_cores() -> tuple[bytes, ...]:
    """The family word forms that contain no other form ("lead", "led", "manage", ...): a file holding none of them holds no family word."""
    words = sorted({word.lower().encode() for word in family_forms()}, key=len)
    return tuple(w for n, w in enumerate(words) if not any(shorter in w for shorter in words[:n]))


def may_need_pipeline(raw: bytes) -> bool:
    """Whether a file's bytes may hold a family word: if one does, the parent starts loading the pipeline at once."""
    lowered = raw.lower()
    return any(core in lowered for core in _family_cores())


def _pieces(windows: list[tuple[int, int]], works: dict[int, tuple], items: Sequence[Item]) -> list[tuple[int, tuple]]:
    """Consecutive windows (file, window) grouped by file: (file, (texts, contexts, config, path)) per file."""
    out = []
    for i, group in itertools.groupby(windows, key=lambda window: window[0]):
        numbers = [w for _, w in group]
        work, (_, display_path, config) = works[i][1], items[i]
        span = slice(numbers[0], numbers[-1] + 1)
        out.append((i, (work.texts[span], work.contexts[span], config, display_path)))
    return out


def _parse_all(works: dict[int, tuple], items: Sequence[Item], workers: int, isolate: Isolate) -> dict[int, list]:
    """Window-relative findings of every window of ``works`` (or the file's error), split among parsers by characters."""
    windows = [(i, w) for i in sorted(works) for w in range(len(works[i][1].texts))]
    sizes = [len(works[i][1].texts[w]) for i, w in windows]
    runs = [(0, len(windows))] if sum(sizes) < MIN_PARALLEL_CHARS else chunks(sizes, workers * CHUNKS_PER_WORKER)
    tasks = [_pieces(windows[a:b], works, items) for a, b in runs]
    jobs = [[piece for _, piece in task] for task in tasks]
    if len(jobs) == 1:
        parsed = [_parse_pieces(isolate, jobs[0])]
    else:
        parsed = [[] for _ in jobs]
        with _pool(min(workers, len(jobs))) as parsers:
            for n, found in parsers.results(functools.partial(_parse_pieces, isolate), jobs):
                parsed[n] = [_lost(found, piece[3]) for piece in jobs[n]] if isinstance(found, Lost) else found
    results: dict[int, list] = {i: [] for i in works}
    for task, found in zip(tasks, parsed):
        for (i, _), per_window in zip(task, found):
            if isinstance(per_window, tuple):
                results[i] = per_window  # the file's error
            elif isinstance(results[i], list):
                results[i].extend(per_window)
    return results


def lint_files(items: Sequence[Item], workers: int, read: Reader, isolate: Isolate) -> Iterator[tuple[int, Outcome]]:
    """Each file's findings (or its error) as ``(index, outcome)``, in the order the files finish.

    ``read`` turns a file's bytes and display path into its document; ``isolate``
    runs each step of one file, so that whatever goes wrong with it is its error.
    """
    loading: dict[tuple, Future] = {}
    early = _can_fork() and any(may_need_pipeline(raw) for raw, _, _ in items)
    for batch in batches([len(raw) for raw, _, _ in items], BATCH_BYTES):
        yield from _lint_batch(items, batch, workers, (read, isolate), loading, early=early)


def _lint_batch(items: Sequence[Item], batch: range, workers: int, steps: tuple[Reader, Isolate], loading: dict[tuple, Future], *, early: bool) -> Iterator[tuple[int, Outcome]]:
    isolate = steps[1]
    tasks = sorted(((*steps, i, *items[i]) for i in batch), key=lambda task: -len(task[3]))  # biggest first: readers end together
    prepared: dict[int, tuple] = {}
    with _pool(min(workers, len(tasks))) as readers:
        key = parsing.engine_key(items[batch[0]][2])
        if early and key not in loading:  # only once the readers are forked: a fork must not catch a thread mid-import
            loading[key] = _in_background(parsing.engine_for, *key)
        for n, read_and_cut in readers.results(_prepare_star, tasks):
            lost = isinstance(read_and_cut, Lost)
            i, document, work, error = (tasks[n][2], None, None, _lost(read_and_cut, tasks[n][4])) if lost else read_and_cut
            if error is not None:
                yield i, LintkitError.from_data(error)
            elif not work.texts:
                yield i, isolate(functools.partial(_finish, document, [], path=items[i][1], config=items[i][2]), items[i][1])
            else:
                prepared[i] = document, work
    if not prepared:
        return
    if _can_fork():
        _load_engines({parsing.engine_key(items[i][2]) for i in prepared}, loading)  # before the parsers fork
    results = _parse_all(prepared, items, workers, isolate)
    for i in sorted(prepared):
        document, work = prepared[i]
        _, display_path, config = items[i]
        found = results[i]
        if isinstance(found, tuple):
            yield i, LintkitError.from_data(found)
        else:
            yield i, isolate(lambda: _finish(document, windows.placed(work, found, document.source), path=display_path, config=config), display_path)  # noqa: B023


def _load_engines(keys: set[tuple], loading: dict[tuple, Future]) -> None:
    """Load each pipeline the parsers need into this process; one that fails is reported by the parsers, per file."""
    for key in keys:
        with contextlib.suppress(LintkitError):
            loading[key].result() if key in loading else parsing.engine_for(*key)
