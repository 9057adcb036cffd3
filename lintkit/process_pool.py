"""Worker processes that give each task back, even when the worker holding it is killed.

``multiprocessing.Pool`` replaces a worker that dies (SIGKILL, the kernel's
out-of-memory killer, a crash in a C extension) but never hands back the task it
held: the caller waits for it forever. Here each worker runs its tasks one at a
time, in the order given, over its own pipe, so the pool knows which task a dead
worker was running and answers it with ``Lost``; the other tasks go on to the
workers still alive. A dead worker is
not replaced (a fork while another thread imports could deadlock the child):
when none is left (``size`` is 0), the caller runs what is left itself.

A caller gives tasks to idle workers (``give``) and waits on the ``waits`` of
all its pools at once, so that readers and parsers run side by side. A small
task may also wait in the pipe of a worker that holds one (``ahead``): the
worker starts it as soon as it has sent its answer, without waiting for the
caller. Tasks run in the order given, so when a worker dies the first task it
held is the one it died on; the others never started and are answered
``Lost(started=False)``, to be given again.
"""
from __future__ import annotations

import collections
import gc
import os
import signal
from dataclasses import dataclass, field
from typing import Callable, Iterator


@dataclass(frozen=True)
class Lost:
    """The answer for a task whose worker process died before giving its result."""

    exitcode: int | None
    started: bool = True  # false for a task that was waiting behind the one its worker died on

    def reason(self) -> str:
        if self.exitcode is not None and self.exitcode < 0:
            try:
                name = signal.Signals(-self.exitcode).name
            except ValueError:
                name = f"signal {-self.exitcode}"
            return f"a worker process was killed ({name}; out of memory?)"
        return f"a worker process exited unexpectedly (exit code {self.exitcode})"


# glibc's mallopt parameters, and the values its own adaptive thresholds reach at most.
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
MMAP_THRESHOLD, TRIM_THRESHOLD = 32 << 20, 64 << 20
# A worker's garbage collector runs after this many new objects (Python's default is 700): a worker
# allocates millions that die young, mostly freed without it, and the collections took about a tenth
# of a parser's CPU on the 18F handbook (benchmarks/README.md).
YOUNG_OBJECTS_COLLECTED = 100_000


def _keep_freed_memory() -> None:
    """Let glibc keep freed blocks of up to 32 MB for reuse instead of mapping each one anew.

    glibc maps a block of 128 KB or more on its own and unmaps it when freed,
    raising that bound only once such a block is freed. A forked worker starts
    with the bound its parent had, usually still 128 KB: the parser's arrays of
    a few hundred KB were then mapped, touched page by page and unmapped for
    every batch, about 150,000 page faults and a third of a CPU second per
    parser on a 1M-word file, where a ``--jobs 1`` run takes 75,000 in all
    (benchmarks/README.md). Only the worker's own allocator changes; a libc
    other than glibc is left as it is.
    """
    try:
        if not os.confstr("CS_GNU_LIBC_VERSION"):
            return
        import ctypes

        mallopt = ctypes.CDLL(None).mallopt
    except (ValueError, OSError, AttributeError):
        return
    mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD)


def _serve(connection) -> None:
    """A worker's loop: run each ``(number, function, task)`` received and send back what it returned (or raised)."""
    _keep_freed_memory()
    gc.set_threshold(YOUNG_OBJECTS_COLLECTED, *gc.get_threshold()[1:])
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        number, function, task = message
        try:
            answer = (number, True, function(task))
        except Exception as error:  # noqa: BLE001 - raised again in the parent, as Pool.map does
            answer = (number, False, error)
        connection.send(answer)


@dataclass
class _Worker:
    process: object  # multiprocessing.Process
    connection: object  # the parent's end of its pipe
    tasks: collections.deque = field(default_factory=collections.deque)  # the numbers of the tasks it holds, in order


class ProcessPool:
    """``workers`` processes of a multiprocessing ``context`` (forked ones share the parent's memory copy-on-write)."""

    def __init__(self, workers: int, context):
        self._workers: list[_Worker] = []
        frozen = context.get_start_method() == "fork"
        if frozen:
            gc.freeze()  # the workers' garbage collector then never touches (and so copies) the parent's objects
        try:
            for _ in range(workers):
                parent_end, child_end = context.Pipe()
                process = context.Process(target=_serve, args=(child_end,), daemon=True, name="lintkit-worker")
                process.start()
                child_end.close()  # the parent's copy, so that the pipe reads as closed when the worker dies
                self._workers.append(_Worker(process, parent_end))
        finally:
            if frozen:
                gc.unfreeze()

    @property
    def size(self) -> int:
        """The workers still alive."""
        return len(self._workers)

    @property
    def busy(self) -> int:
        """The workers holding a task."""
        return len(self._busy())

    def give(self, number: int, task, function: Callable, *, ahead: bool = False) -> bool:
        """Whether a worker took ``function(task)`` (its answer comes back as number ``number``).

        An idle worker takes it; with ``ahead``, so does one holding a single task.
        Only a small task may wait ahead: a worker does not read its pipe while it
        runs a task, and a big one would fill the pipe and block the caller.
        """
        takers = self._idle() or (self._holding_one() if ahead else [])
        return any(self._give(worker, number, task, function) for worker in takers)

    def waits(self) -> list:
        """What to ``multiprocessing.connection.wait`` on: the pipe and the process of each busy worker."""
        busy = self._busy()
        return [w.connection for w in busy] + [w.process.sentinel for w in busy]

    def answers(self, ready: list) -> Iterator[tuple[int, object]]:
        """``(number, answer)`` of each task whose worker is among ``ready`` (``Lost`` if it died)."""
        for worker in self._busy():
            if worker.connection in ready or worker.process.sentinel in ready:
                yield from self._answer(worker)

    def _idle(self) -> list[_Worker]:
        return [w for w in self._workers if not w.tasks]

    def _holding_one(self) -> list[_Worker]:
        return [w for w in self._workers if len(w.tasks) == 1]

    def _busy(self) -> list[_Worker]:
        return [w for w in self._workers if w.tasks]

    def _give(self, worker: _Worker, number: int, task, function: Callable) -> bool:
        """Whether ``worker`` took the task.

        A worker found dead leaves the pool here only if it held nothing: one that
        held a task stays until ``answers`` gives that task's ``Lost``.
        """
        try:
            worker.connection.send((number, function, task))
        except OSError:
            if not worker.tasks:
                self._bury(worker)
            return False
        worker.tasks.append(number)
        return True

    def _answer(self, worker: _Worker) -> Iterator[tuple[int, object]]:
        number = worker.tasks[0]
        try:
            if not worker.connection.poll():
                if worker.process.is_alive():
                    return  # woken by its sentinel only as it was exiting: its answer or its end comes next
                raise EOFError
            _, ok, value = worker.connection.recv()
        except (EOFError, OSError):
            waiting = list(worker.tasks)[1:]
            lost = self._bury(worker)
            yield number, lost
            for later in waiting:
                yield later, Lost(lost.exitcode, started=False)
            return
        worker.tasks.popleft()
        if not ok:
            raise value
        yield number, value

    def _bury(self, worker: _Worker) -> Lost:
        """A dead worker's ``Lost`` answer; the worker leaves the pool."""
        worker.process.join()
        worker.connection.close()
        self._workers.remove(worker)
        return Lost(worker.process.exitcode)

    def close(self) -> None:
        for worker in self._workers:
            worker.process.terminate()
        for worker in self._workers:
            worker.process.join()
            worker.connection.close()
        self._workers = []
