"""Worker processes: what a worker changes in its own process before it takes tasks."""
from __future__ import annotations

import gc
import multiprocessing
import os
import resource
import signal
from multiprocessing.connection import wait

import pytest

from lintkit.process_pool import YOUNG_OBJECTS_COLLECTED, Lost, ProcessPool


def _in_a_worker(function):
    pool = ProcessPool(1, multiprocessing.get_context("fork"))
    try:
        assert pool.give(0, None, function)
        answers = []
        while not answers:
            answers = list(pool.answers(wait(pool.waits())))
        return answers[0][1]
    finally:
        pool.close()


def _threshold(_) -> int:
    return gc.get_threshold()[0]


def _faults_of_a_second_big_block(_) -> int:
    """Page faults of allocating, touching and freeing 4 MB again after it was done once."""
    size = 4 << 20

    def touch() -> None:
        block = bytearray(size)
        block[::4096] = b"x" * (size // 4096)

    touch()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    touch()
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before


def test_a_worker_collects_garbage_only_after_many_new_objects():
    assert _in_a_worker(_threshold) == YOUNG_OBJECTS_COLLECTED


@pytest.mark.skipif(not hasattr(os, "confstr") or not os.confstr("CS_GNU_LIBC_VERSION"), reason="glibc only")
def test_a_worker_reuses_a_big_block_it_freed_instead_of_mapping_it_anew():
    # Mapped anew, the 4 MB block would fault in each of its 1,024 pages again.
    assert _in_a_worker(_faults_of_a_second_big_block) < 100


def _echo(value):
    return value


def _die(_):
    os.kill(os.getpid(), signal.SIGKILL)


def _all_answers(pool: ProcessPool, count: int) -> list:
    answers = []
    while len(answers) < count:
        answers += pool.answers(wait(pool.waits()))
    return answers


def test_a_small_task_given_ahead_waits_behind_the_one_its_worker_runs_and_answers_in_order():
    pool = ProcessPool(1, multiprocessing.get_context("fork"))
    try:
        assert pool.give(0, "first", _echo)
        assert not pool.give(1, "second", _echo)  # the worker is busy: only a task given ahead may wait
        assert pool.give(1, "second", _echo, ahead=True)
        assert not pool.give(2, "third", _echo, ahead=True)  # one waits at most
        assert _all_answers(pool, 2) == [(0, "first"), (1, "second")]
    finally:
        pool.close()


def test_when_a_worker_dies_the_task_it_ran_is_lost_and_the_one_waiting_never_started():
    pool = ProcessPool(1, multiprocessing.get_context("fork"))
    try:
        assert pool.give(0, None, _die) and pool.give(1, "waiting", _echo, ahead=True)
        answers = _all_answers(pool, 2)
        assert answers == [(0, Lost(-signal.SIGKILL)), (1, Lost(-signal.SIGKILL, started=False))]
        assert pool.size == 0
    finally:
        pool.close()


def test_a_task_given_ahead_to_a_worker_found_dead_is_refused_and_the_one_it_held_is_still_lost():
    pool = ProcessPool(1, multiprocessing.get_context("fork"))
    try:
        assert pool.give(0, None, _die)
        pool._workers[0].process.join()  # dead, its answer not yet read
        assert not pool.give(1, "waiting", _echo, ahead=True)
        assert _all_answers(pool, 1) == [(0, Lost(-signal.SIGKILL))]
        assert pool.size == 0
    finally:
        pool.close()
