"""--jobs N gives the findings, errors and order of --jobs 1 (files, and windows of one file)."""
from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from lintkit import parallel, runner
from lintkit.config import Config
from lintkit.engine import parsing
from lintkit.errors import LintkitError
from lintkit.runner import lint_paths

ROOT = Path(__file__).resolve().parent.parent


def test_chunks_are_contiguous_and_cover_everything():
    assert parallel.chunks([], 4) == []
    for sizes, parts in [([5] * 10, 3), ([1, 100, 1, 1, 100], 2), ([3], 8), (list(range(50)), 7)]:
        runs = parallel.chunks(sizes, parts)
        assert runs[0][0] == 0 and runs[-1][1] == len(sizes) and len(runs) <= parts
        assert all(a[1] == b[0] for a, b in zip(runs, runs[1:]))


class FakePool:
    """Stands for a ProcessPool of ``size`` workers: records what it is given, never answers."""

    def __init__(self, size: int):
        self.size, self.given = size, []

    @property
    def busy(self) -> int:
        return len(self.given)

    def give(self, number, task, function, ahead=False) -> bool:
        if self.busy == self.size:
            return False
        self.given.append(task)
        return True


def test_files_are_read_ahead_only_while_the_bytes_held_stay_bounded(monkeypatch):
    monkeypatch.setattr(parallel, "READ_AHEAD_BYTES", 10)
    items = [(b"x" * size, f"f{n}.md", Config()) for n, size in enumerate([4, 30, 4, 4])]
    run = parallel._Run(items, runner.file_document, runner.isolated)
    readers = FakePool(8)
    assert run._give_reads(readers) == 1
    assert [task[2] for task in readers.given] == [1]  # biggest first; a file over the bound is read alone
    run.held, readers.given = 0, []
    assert run._give_reads(readers) == 2
    assert [task[2] for task in readers.given] == [0, 2]  # 4 + 4 bytes fit in 10, a third file would not


def test_a_file_that_waited_behind_the_one_its_reader_died_on_is_read_again():
    from lintkit.process_pool import Lost

    items = [(b"x" * size, f"f{n}.md", Config()) for n, size in enumerate([5, 3])]
    run = parallel._Run(items, runner.file_document, runner.isolated)
    assert run._give_reads(FakePool(2)) == 2 and run.held == 8
    number = next(n for n, (_, i) in run.tasks.items() if i == 1)
    assert list(run._answered(run.tasks.pop(number), Lost(-9, started=False))) == []  # no error: it never started
    assert list(run.unread) == [1] and run.held == 5


def test_windows_leave_the_queue_in_chunks_of_characters_not_files():
    from lintkit.engine.windows import ParseWork

    items = [(b"", f"f{n}.md", Config()) for n in range(2)]
    run = parallel._Run(items, runner.file_document, runner.isolated)
    for i, texts in enumerate([("a" * 600, "b" * 600, "c" * 600), ("d" * 2000,)]):
        assert list(run._prepared((i, object(), ParseWork(texts, (None,) * len(texts)), None))) == []  # queued, nothing finished
    assert run.queued == 3800
    assert run._chunk(1300) == [(0, 0), (0, 1)]  # a chunk splits a file's windows
    assert run._chunk(100) == [(0, 2)]  # at least one window, whatever its length
    assert run._chunk(10_000) == [(1, 0)] and run.queued == 0


def test_a_memo_gets_no_workers_whatever_jobs_says():
    memo = len(b"# Q3 memo\n\nWe need leaders, not managers.\n")
    assert parallel.workers_for([memo]) == 1
    assert parallel.workers_for([memo], 8) == 1
    assert parallel.workers_for([]) == 1


def test_workers_follow_the_work_up_to_jobs():
    big = 100 * parallel.MIN_PARALLEL_BYTES
    assert parallel.workers_for([big], 1) == 1
    assert parallel.workers_for([big], 3) == 3
    assert parallel.workers_for([big // 4] * 4, 2) == 2  # many files or one: the bytes decide
    assert parallel.workers_for([2 * parallel.MIN_PARALLEL_BYTES], 8) == 2  # no more workers than the work pays for
    assert 1 <= parallel.workers_for([big]) <= (multiprocessing.cpu_count() or 1)


def test_which_files_start_the_pipeline_loading_early():
    assert parallel.may_need_pipeline(b"Our MANAGERS met.")
    assert parallel.may_need_pipeline(b"She led the team.")
    assert not parallel.may_need_pipeline(b"The release went out on Tuesday.")


def test_a_reader_sends_the_source_back_only_to_place_findings_or_comments():
    from lintkit.config import Config
    from lintkit.runner import file_document

    def returned_source(raw: bytes) -> str:
        document, _ = parallel._read_and_cut(file_document, raw, "memo.txt", Config())
        return document.source

    assert returned_source(b"The release went out on Tuesday.\n") == ""
    assert returned_source(b"We need leaders, not managers.\n") == "We need leaders, not managers.\n"
    assert returned_source(b"lintkit: disable=LM001\nThe release went out.\n") == "lintkit: disable=LM001\nThe release went out.\n"


def _corpus_texts() -> list[str]:
    texts = []
    for corpus in sorted((ROOT / "corpora").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def _key(result):
    return list(result.findings), [e.one_line() for e in result.errors]


@pytest.fixture
def any_work_is_parallel(monkeypatch):
    """Workers for the few kilobytes a test can afford to lint twice."""
    monkeypatch.setattr(parallel, "MIN_PARALLEL_BYTES", 1)
    monkeypatch.setattr(parallel, "MIN_PARALLEL_CHARS", 0)


def _files(tmp_path: Path, texts: list[str], count: int) -> list[str]:
    paths = []
    for n in range(count):
        path = tmp_path / f"doc{n:02}.md"
        path.write_text("\n\n".join(texts[n * 20:(n + 1) * 20]), encoding="utf-8")
        paths.append(str(path))
    (tmp_path / "quiet.md").write_text("Nothing to see here.\n", encoding="utf-8")
    (tmp_path / "suppressed.md").write_text("<!-- lintkit: disable=LM003 -->\nNothing here either.\n", encoding="utf-8")
    (tmp_path / "table.rst").write_text("A table follows.\n\n+---+\n| a |\n+---+\n", encoding="utf-8")
    (tmp_path / "bad.md").write_bytes(b"\xff\xfe\x00bad")
    paths[3:3] = [str(tmp_path / "quiet.md"), str(tmp_path / "suppressed.md"), str(tmp_path / "table.rst")]
    paths.insert(5, str(tmp_path / "bad.md"))
    paths.append(str(tmp_path / "missing.md"))
    return paths


@pytest.mark.slow
def test_many_files_same_as_one_job(tmp_path, nlp, any_work_is_parallel):
    paths = _files(tmp_path, _corpus_texts(), 12)
    one = lint_paths(paths, jobs=1)
    two = lint_paths(paths, jobs=2)
    assert one.findings and len(one.errors) == 2
    assert any(f.code == "LM100" for f in one.findings)  # the unused comment in a file with nothing to parse
    assert _key(two) == _key(one) and two.files == one.files
    assert two.unread_blocks == one.unread_blocks == 1  # the reST table, counted in the workers too


@pytest.mark.slow
def test_one_big_file_split_over_workers(tmp_path, nlp, any_work_is_parallel):
    texts = _corpus_texts()
    filler = "The release went out on Tuesday. Nobody expected the build to take that long."
    body = "\n\n".join(f"{filler} {t} {filler}" for t in texts)
    path = tmp_path / "big.txt"
    path.write_text(body, encoding="utf-8")
    one = lint_paths([str(path)], jobs=1)
    two = lint_paths([str(path)], jobs=2)
    assert len(one.findings) > 20
    assert _key(two) == _key(one)


@pytest.mark.slow
def test_a_small_read_ahead_gives_the_same_as_one(tmp_path, nlp, any_work_is_parallel, monkeypatch):
    paths = _files(tmp_path, _corpus_texts(), 6)
    one = lint_paths(paths, jobs=1)
    monkeypatch.setattr(parallel, "READ_AHEAD_BYTES", 2000)  # files read a few at a time, placed before the next are read
    assert sum(Path(p).stat().st_size for p in paths if Path(p).exists()) > 3 * 2000
    assert _key(lint_paths(paths, jobs=2)) == _key(one)


@pytest.mark.slow
def test_a_pipeline_that_will_not_load_is_an_error_for_each_file_that_needs_it(tmp_path, any_work_is_parallel):
    paths = _files(tmp_path, _corpus_texts(), 3)
    overrides = {"model": "no_such_pipeline_installed"}
    one = lint_paths(paths, jobs=1, cli_overrides=overrides)
    two = lint_paths(paths, jobs=2, cli_overrides=overrides)
    assert len(one.errors) == 2 + 3  # the unreadable files, and each file with something to parse
    assert _key(two) == _key(one)


@pytest.mark.slow
def test_workers_share_the_parents_pipeline(tmp_path, nlp, any_work_is_parallel, monkeypatch):
    """The parsers are forked once the pipeline is loaded: none of them loads it again."""
    loads = multiprocessing.get_context("fork").Value("i", 0)
    load_pipeline = parsing.engine_for.__wrapped__

    def counted(*key):
        with loads.get_lock():
            loads.value += 1
        return load_pipeline(*key)

    monkeypatch.setattr(parsing, "engine_for", __import__("functools").lru_cache(maxsize=8)(counted))
    paths = _files(tmp_path, _corpus_texts(), 12)
    lint_paths(paths, jobs=2)
    assert loads.value == 1


@pytest.mark.slow
def test_a_bug_while_parsing_one_file_is_its_error_line_as_with_one_job(tmp_path, nlp, any_work_is_parallel, monkeypatch):
    paths = _files(tmp_path, _corpus_texts(), 4)
    Path(paths[1]).write_text("Our managers must become leaders, says the memo from Sam.", encoding="utf-8")
    real = parsing.parse_texts

    def buggy(texts, contexts, config, path):
        if any("says the memo from Sam" in text for text in texts):
            raise IndexError("list index out of range")
        return real(texts, contexts, config, path)

    monkeypatch.setattr(parsing, "parse_texts", buggy)
    one = lint_paths(paths, jobs=1)
    two = lint_paths(paths, jobs=2)
    assert [e.path for e in one.errors if "internal error" in e.problem] == [paths[1]]
    assert _key(two) == _key(one) and two.files == one.files


@pytest.mark.slow
def test_spawned_workers_where_fork_is_not_available(tmp_path, nlp, any_work_is_parallel, monkeypatch):
    paths = _files(tmp_path, _corpus_texts(), 4)
    one = lint_paths(paths, jobs=1)
    monkeypatch.setattr(parallel, "_can_fork", lambda: False)
    assert _key(lint_paths(paths, jobs=2)) == _key(one)


def read_or_be_killed(raw: bytes, shown: str):
    """A reader whose process is killed on one file, as the kernel's out-of-memory killer would kill it."""
    if shown.endswith("doomed.md"):
        os.kill(os.getpid(), signal.SIGKILL)
    return runner.file_document(raw, shown)


@contextlib.contextmanager
def no_hang(seconds: int):
    """A run that hangs fails the test instead of the suite."""

    def give_up(*_):
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.slow
def test_a_killed_worker_costs_the_files_it_held_an_error_line_and_the_others_are_reported(tmp_path, nlp, any_work_is_parallel):
    names = ["a.md", "doomed.md", "b.md", "c.md"]
    items = [(b"We need leaders, not managers.\n", name, Config()) for name in names]
    with no_hang(240):
        outcomes = dict(parallel.lint_files(items, 2, read_or_be_killed, runner.isolated))
    assert sorted(outcomes) == [0, 1, 2, 3]
    assert isinstance(outcomes[1], LintkitError)
    assert outcomes[1].one_line() == "doomed.md: a worker process was killed (SIGKILL; out of memory?) while linting this file"
    assert [[(f.path, f.code) for f in outcomes[i]] for i in (0, 2, 3)] == [[(name, "LM002")] for name in ("a.md", "b.md", "c.md")]


def busy_children(pid: int, running: bool = True) -> list[int]:
    """The child processes of ``pid`` (only those running, a worker holding a task, with ``running``), from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid and (fields[0] == "R" or not running):
                found.append(int(stat.parent.name))
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the workers in /proc")
def test_a_worker_killed_mid_run_never_hangs_the_cli(tmp_path):
    from tests.helpers import REPO, entry_point

    paragraphs = 1200  # four files of 180 KB: bytes enough for two workers (parallel.MIN_PARALLEL_BYTES)
    names = ["a.md", "b.md", "c.md", "d.md"]
    for name in names:
        paragraph = "We need leaders, not managers. " + "The release shipped on time. " * 4
        (tmp_path / name).write_text(f"{paragraph}\n\n" * paragraphs, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    with open(tmp_path / "report.jsonl", "wb") as out, open(tmp_path / "errors.txt", "wb") as err:
        cli = subprocess.Popen([*entry_point(), "check", *names, "--jobs", "2", "--no-cache", "--format", "jsonl"], cwd=tmp_path, env=env, stdout=out, stderr=err)
        try:
            seen: set[int] = set()
            while cli.poll() is None:  # kill a worker seen running twice in a row: it holds a task
                busy = busy_children(cli.pid)
                doomed = [pid for pid in busy if pid in seen]
                if doomed:
                    os.kill(doomed[0], signal.SIGKILL)
                    break
                seen = set(busy)
                time.sleep(0.1)
            assert cli.wait(timeout=600) == 2
        finally:
            if cli.poll() is None:  # hung: the test fails, and leaves nothing running
                for pid in [*busy_children(cli.pid, running=False), cli.pid]:
                    os.kill(pid, signal.SIGKILL)
    errors = (tmp_path / "errors.txt").read_text(encoding="utf-8").splitlines()
    assert errors and all(line.endswith(": a worker process was killed (SIGKILL; out of memory?) while linting this file") for line in errors)
    reported = [json.loads(line)["path"] for line in (tmp_path / "report.jsonl").read_text(encoding="utf-8").splitlines()]
    for name in names:
        assert reported.count(name) == (0 if f"error: {name}: a worker process was killed (SIGKILL; out of memory?) while linting this file" in errors else paragraphs)
