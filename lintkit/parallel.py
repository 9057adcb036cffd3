"""Worker processes for ``--jobs N``: the pipeline is loaded once, in the parent, and shared with forked workers.

A run with workers is a pipeline from reading to parsing:

1. Readers forked from the parent turn each file's bytes into a document and its
   parse windows (plain data; no spaCy needed). Meanwhile the parent loads the
   spaCy pipeline on a thread, so the load (a second or more) overlaps the
   reading instead of adding to it; the load is what parsing waits for, so it
   counts as a worker (one reader fewer) rather than share a CPU with readers.
2. Parsers are forked from the parent as soon as the pipeline is loaded and
   share it copy-on-write: a worker costs milliseconds and no second copy of
   the model. They start on the windows of the files read so far while the
   reading goes on: the windows wait in a queue (bounded: the files read ahead
   hold at most ``READ_AHEAD_BYTES``) and leave it in chunks of about
   ``CHUNK_CHARS`` characters to parse, not by file, so one big file is spread
   as well as many small ones. A parser with no full chunk waiting reads a
   file itself, and the last chunks are cut smaller, so that no CPU idles
   while there is work and the parsers finish together.
3. The parent places each file's findings (suppressions, policy, line and
   column) as soon as its last window is parsed.

Where processes cannot be forked (macOS and Windows spawn them), each parser
loads the pipeline itself, once. Findings, errors and their order are those of
``--jobs 1``. Nothing here is module state: a run's pools live inside ``lint_files``.
"""
from __future__ import annotations

import collections
import contextlib
import functools
import itertools
import math
import os
import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from lintkit import api
from lintkit.config import Config
from lintkit.documents.model import Document
from lintkit.engine import parsing, windows
from lintkit.engine.requirements import requirement_index
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
# Files read but not yet placed hold at most this many bytes (a bigger file is read alone), so memory is bounded.
READ_AHEAD_BYTES = 32 << 20
# A file this small may wait in the pipe of a reader still reading another (ProcessPool.give's ``ahead``).
# Given only when a reader is idle, a reader waited for the parent between files, a few milliseconds
# each time and longer while the parent loads the pipeline: a sixth of a reader's time on 250 files.
WAITING_READ_BYTES = 64 * 1024
# A parser's task: about this many characters of windows (a fifth of a second of parsing), large against
# the cost of a task (a message each way), small enough that the parsers end together; never less than
# MIN_CHUNK_CHARS, where a task's cost would show.
CHUNK_CHARS = 8000
MIN_CHUNK_CHARS = 1000
CHUNKS_PER_WORKER = 4  # for a cluster, which cuts a long file's windows up front (distributed.py)
QUICK_TURN_SECONDS = 0.0005  # the interpreter lock's turn while the pipeline loads (see _quick_turns)

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


def _pieces(windows: Sequence[tuple[int, int]], works: dict[int, tuple], items: Sequence[Item]) -> list[tuple[int, int, tuple]]:
    """Consecutive windows (file, window) grouped by file: (file, first window, (texts, contexts, config, path)) per file."""
    out = []
    for i, group in itertools.groupby(windows, key=lambda window: window[0]):
        numbers = [w for _, w in group]
        work, (_, display_path, config) = works[i][1], items[i]
        span = slice(numbers[0], numbers[-1] + 1)
        out.append((i, numbers[0], (work.texts[span], work.contexts[span], config, display_path)))
    return out


def lint_files(items: Sequence[Item], workers: int, read: Reader, isolate: Isolate) -> Iterator[tuple[int, Outcome]]:
    """Each file's findings (or its error) as ``(index, outcome)``, in the order the files finish.

    ``read`` turns a file's bytes and display path into its document; ``isolate``
    runs each step of one file, so that whatever goes wrong with it is its error.
    """
    loads = _can_fork() and any(may_need_pipeline(raw) for raw, _, _ in items)
    if loads:  # the rules and what their patterns need, which readers and the pipeline's engine both use: loaded once, for both
        for rule_packs in {config.rule_packs for _, _, config in items}:
            with contextlib.suppress(Exception):  # a bad rule pack is each file's error, reported by its reader
                requirement_index(rule_packs)
    with contextlib.ExitStack() as pools:
        readers = pools.enter_context(_pool(min(workers - loads, len(items)) or 1))  # the load is a worker's work
        run = _Run(items, read, isolate)
        if loads:  # only once the readers are forked: a fork must not catch a thread mid-import
            pools.enter_context(_quick_turns())
            run.loading = _in_background(parsing.engine_for, *parsing.engine_key(items[0][2]))
        yield from run.flow(readers, lambda: pools.enter_context(_pool(workers)))


@contextlib.contextmanager
def _quick_turns():
    """The interpreter lock changes threads every half millisecond instead of every five.

    While the pipeline loads on a thread, this thread answers the readers: at Python's
    five milliseconds it waited that long for the lock after each file read, and the
    readers, fed a file or two ahead, sometimes ran dry.
    """
    interval = sys.getswitchinterval()
    sys.setswitchinterval(QUICK_TURN_SECONDS)
    try:
        yield
    finally:
        sys.setswitchinterval(interval)


class _Run:
    """One run's files on their way: to read, read and waiting for their windows to be parsed, placed."""

    def __init__(self, items: Sequence[Item], read: Reader, isolate: Isolate):
        self.items, self.read, self.isolate = items, read, isolate
        self.unread = collections.deque(sorted(range(len(items)), key=lambda i: -len(items[i][0])))  # biggest first: readers end together
        self.held = 0  # bytes of the files read (or being read) and not yet placed
        self.loading: Future | None = None  # the parent's pipeline, loading on a thread
        self.queue: collections.deque[tuple[int, int, int]] = collections.deque()  # (file, window, characters) waiting for a parser
        self.queued = 0  # characters in the queue
        self.works: dict[int, tuple[Document, windows.ParseWork]] = {}  # files waiting for their windows
        self.found: dict[int, list] = {}  # per waiting file: each window's findings (None until parsed)
        self.left: dict[int, int] = {}  # per waiting file: windows not parsed yet
        self.tasks: dict[int, tuple[str, object]] = {}  # tasks given out: ("read", file) or ("parse", its pieces)
        self.numbers = itertools.count()

    def flow(self, readers: ProcessPool, start_parsers: Callable[[], ProcessPool]) -> Iterator[tuple[int, Outcome]]:
        from multiprocessing.connection import wait

        parsers: ProcessPool | None = None
        while self.unread or self.queue or self.tasks:
            if readers.size == 0 and (parsers is None or parsers.size == 0):  # every worker died: the rest is read here
                yield from self._read_here()
            self._give_reads(readers, ahead=_can_fork())  # a socket pair on Linux holds about 200 KB: room for a waiting file
            if parsers is None and self.queue and (self._loaded() and self.queued >= MIN_PARALLEL_CHARS or not readers.busy):
                if _can_fork():  # the parsers fork with the pipeline loaded (and so does the parent parse)
                    _load_engines({parsing.engine_key(self.items[i][2]) for i, _, _ in self.queue}, self.loading)
                if self.queued >= MIN_PARALLEL_CHARS:
                    parsers = start_parsers()
                else:  # nothing more is read before these are parsed, and they are too few for workers
                    yield from self._parsed_here(self._chunk(self.queued))
            if parsers is not None:
                yield from self._feed(parsers)
            pools = [pool for pool in (readers, parsers) if pool is not None and pool.busy]
            if not pools:
                continue
            waiting_for_load = parsers is None and self.queue and not self._loaded()
            ready = wait([w for pool in pools for w in pool.waits()], timeout=0.01 if waiting_for_load else None)
            for pool in pools:
                for n, answer in pool.answers(ready):
                    yield from self._answered(self.tasks.pop(n), answer)

    def _answered(self, task: tuple, answer) -> Iterator[tuple[int, Outcome]]:
        kind, what = task
        if isinstance(answer, Lost) and not answer.started:  # it waited behind the task its worker died on
            self._give_back(kind, what)
        elif kind == "read":
            yield from self._prepared(self._lost_read(what, answer) if isinstance(answer, Lost) else answer)
        else:
            yield from self._parsed(what, answer)

    def _feed(self, parsers: ProcessPool) -> Iterator[tuple[int, Outcome]]:
        """Work for idle parsers: a full chunk of windows, else a file to read, else what windows there are, shared out."""
        if parsers.size == 0:  # every parser died: the windows are parsed here
            while self.queue:
                yield from self._parsed_here(self._chunk(CHUNK_CHARS))
            return
        while parsers.busy < parsers.size:
            if self.queued < CHUNK_CHARS and self._give_reads(parsers, most=1):
                continue
            if not self.queue:
                return
            share = min(CHUNK_CHARS, max(MIN_CHUNK_CHARS, math.ceil(self.queued / parsers.size)))
            pieces = _pieces(self._chunk(share), self.works, self.items)
            if not pieces:
                continue
            number = next(self.numbers)
            if parsers.give(number, [piece for _, _, piece in pieces], functools.partial(_parse_pieces, self.isolate)):
                self.tasks[number] = "parse", pieces
            else:  # the parser died as it was given the task: put it back
                self._give_back("parse", pieces)

    def _give_back(self, kind: str, what) -> None:
        """A task no worker ran, back where it came from: a file to the files to read, windows to the queue."""
        if kind == "read":
            self.unread.appendleft(what)
            self.held -= len(self.items[what][0])
            return
        self.queue.extendleft(reversed([(i, first + n, len(text)) for i, first, piece in what for n, text in enumerate(piece[0])]))
        self.queued += sum(len(text) for _, _, piece in what for text in piece[0])

    # -- reading ----------------------------------------------------------------

    def _may_read(self) -> bool:
        """Whether the next file may be read now: the files held leave room for it (or nothing is held)."""
        return bool(self.unread) and (self.held == 0 or self.held + len(self.items[self.unread[0]][0]) <= READ_AHEAD_BYTES)

    def _give_reads(self, pool: ProcessPool, most: int | None = None, *, ahead: bool = False) -> int:
        """Files to idle workers of ``pool`` while the bytes held leave room (at most ``most``): how many were given.

        With ``ahead``, a small file also goes to a worker reading another, to start as soon as that one is sent.
        """
        given = 0
        while self._may_read() and (most is None or given < most):
            i, number = self.unread[0], next(self.numbers)
            small = len(self.items[i][0]) <= WAITING_READ_BYTES
            if not pool.give(number, (self.read, self.isolate, i, *self.items[i]), _prepare_star, ahead=ahead and small):
                break
            self.unread.popleft()
            self.held += len(self.items[i][0])
            self.tasks[number] = "read", i
            given += 1
        return given

    def _read_here(self) -> Iterator[tuple[int, Outcome]]:
        while self._may_read():
            i = self.unread.popleft()
            self.held += len(self.items[i][0])
            yield from self._prepared(_prepare(self.read, self.isolate, i, *self.items[i]))

    def _lost_read(self, i: int, lost: Lost) -> tuple:
        return i, None, None, _lost(lost, self.items[i][1])

    def _prepared(self, answer: tuple) -> Iterator[tuple[int, Outcome]]:
        """A file read: its error, its findings if it has nothing to parse, else its windows queued."""
        i, document, work, error = answer
        if error is not None:
            yield self._done(i, LintkitError.from_data(error))
        elif not work.texts:
            yield self._done(i, self.isolate(functools.partial(_finish, document, [], path=self.items[i][1], config=self.items[i][2]), self.items[i][1]))
        else:
            self.works[i], self.found[i], self.left[i] = (document, work), [None] * len(work.texts), len(work.texts)
            self.queue.extend((i, w, len(text)) for w, text in enumerate(work.texts))
            self.queued += sum(map(len, work.texts))

    def _done(self, i: int, outcome: Outcome) -> tuple[int, Outcome]:
        self.held -= len(self.items[i][0])
        for table in (self.works, self.found, self.left):
            table.pop(i, None)
        return i, outcome

    # -- parsing ----------------------------------------------------------------

    def _loaded(self) -> bool:
        """Whether the pipeline the parent loads on a thread (if any) is ready for the parsers to share."""
        return self.loading is None or self.loading.done()

    def _chunk(self, chars: int) -> list[tuple[int, int]]:
        """Windows (file, window) from the head of the queue, up to ``chars`` characters (at least one window)."""
        taken, size = [], 0
        while self.queue and (not taken or size + self.queue[0][2] <= chars):
            i, w, length = self.queue.popleft()
            taken.append((i, w))
            size += length
        self.queued -= size
        return [(i, w) for i, w in taken if i in self.works]  # a file that failed meanwhile is not parsed

    def _parsed_here(self, chunk: list[tuple[int, int]]) -> Iterator[tuple[int, Outcome]]:
        pieces = _pieces(chunk, self.works, self.items)
        yield from self._parsed(pieces, _parse_pieces(self.isolate, [piece for _, _, piece in pieces]))

    def _parsed(self, pieces: list[tuple[int, int, tuple]], answer) -> Iterator[tuple[int, Outcome]]:
        """A chunk parsed: its windows' findings stored; each file whose windows are all parsed is placed."""
        if isinstance(answer, Lost):
            answer = [_lost(answer, piece[3]) for _, _, piece in pieces]
        for (i, first, _), per_window in zip(pieces, answer):
            if i not in self.works:
                continue  # the file already has its error
            if isinstance(per_window, tuple):
                yield self._done(i, LintkitError.from_data(per_window))
                continue
            self.found[i][first:first + len(per_window)] = per_window
            self.left[i] -= len(per_window)
            if not self.left[i]:
                yield self._placed(i)

    def _placed(self, i: int) -> tuple[int, Outcome]:
        (document, work), found = self.works[i], self.found[i]
        _, display_path, config = self.items[i]
        placing = lambda: _finish(document, windows.placed(work, found, document.source), path=display_path, config=config)  # noqa: E731
        return self._done(i, self.isolate(placing, display_path))


def _load_engines(keys: set[tuple], loading: Future | None) -> None:
    """Load each pipeline the parsers need into this process (waiting for the one loading on a thread).

    One that fails is reported by the parsers, per file.
    """
    with contextlib.suppress(LintkitError):
        if loading is not None:
            loading.result()
        for key in keys:
            with contextlib.suppress(LintkitError):
                parsing.engine_for(*key)
