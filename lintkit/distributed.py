"""Linting on a Dask cluster: ``lintkit check --scheduler ADDRESS`` and ``lint_paths(paths, client)``.

Only the linting of files goes to the cluster. Listing, settings, the cache and
the order of results stay in ``runner`` and reporting in ``cli``, so a cluster run
reports what a local run does. Files go out in batches of about the same number
of words (``batching``): as paths when every worker sees them at the same place
(a shared filesystem), else as bytes this process reads. A file too long for one
task is read here and its rule windows are spread over the workers, as ``--jobs``
spreads them over processes. A worker loads the spaCy pipeline once, when it
starts (``PipelineWarmup``); results come back as batches finish, and only a few
batches per worker thread are out at a time, so memory here stays bounded. When a
worker dies, the scheduler runs its tasks again elsewhere: tasks are pure and
results are kept by file, so nothing is lost or counted twice.

Needs the ``dask`` extra (``pip install "lintkit[dask]"``); nothing else in lintkit
imports this module unless asked to.
"""
from __future__ import annotations

import contextlib
import logging
import os
import warnings
from typing import Iterable, Iterator

import dask
from distributed import Client, LocalCluster, as_completed
from distributed.diagnostics.plugin import WorkerPlugin

from lintkit import api
from lintkit.api import Parser
from lintkit.batching import BATCH_WORDS, SPLIT_WORDS, batches, estimated_words, is_oversized
from lintkit.config import Config
from lintkit.discovery import expand
from lintkit.engine import parsing
from lintkit.errors import LintkitError
from lintkit.findings import FileFindings
from lintkit.parallel import CHUNKS_PER_WORKER, chunks
from lintkit.runner import Job, Outcome, RunResult, error_from_data, file_document, lint_as_data, read_source, with_path
from lintkit.runner import lint_paths as lint_files

CONNECT_TIMEOUT = "5s"  # a scheduler that does not answer by then is reported unreachable
BATCHES_PER_THREAD = 2  # batches out at a time per worker thread: one running, one queued
PROBES = 3  # files whose presence on every worker decides whether paths or bytes are sent
# A long file with fewer windows than this is parsed by the client: shipping them would cost more.
MIN_CLUSTER_WINDOWS = 64


def lint_paths(
    paths: Iterable[str],
    client: Client,
    config: Config | None = None,
    *,
    ship: bool | None = None,
    batch_words: int = BATCH_WORDS,
    on_file=None,
) -> RunResult:
    """Lint files, folders or globs on the cluster behind ``client``: the findings and errors of a local run, in its order.

    ``config`` replaces the settings files for every file. ``ship`` sends the
    files' bytes (True) or their paths (False); by default paths when every
    worker sees the files, bytes otherwise.
    """
    files, errors, _ = expand(paths)
    result = lint_files(files, config=config, on_file=on_file, **cluster_arguments(client, files, ship, batch_words))
    result.errors[:0] = errors
    return result


def cluster_arguments(client: Client, files: list[str], ship: bool | None = None, batch_words: int = BATCH_WORDS) -> dict:
    """The ``runner.lint_paths`` arguments that lint ``files`` on the cluster behind ``client`` (``ship`` as above)."""
    ship = not workers_see(client, files) if ship is None else ship
    return {"linter": ClusterLinter(client, batch_words), "reads_files": not ship}


@contextlib.contextmanager
def connect(address: str) -> Iterator[Client]:
    """A client of the scheduler at ``address`` (``tcp://HOST:PORT``), or of a new ``LocalCluster`` for ``local:N``.

    For the command line: Dask's own log lines and warnings (a slow start on a
    busy machine, say), here and in local workers, are silenced, since errors
    reach the user as lintkit's one-line errors; an unreachable scheduler is a
    ``LintkitError``.
    """
    logging.getLogger("distributed").setLevel(logging.CRITICAL)
    workers = local_workers(address)
    with contextlib.ExitStack() as stack:
        stack.enter_context(warnings.catch_warnings())
        warnings.simplefilter("ignore")
        if workers is not None:
            stack.enter_context(dask.config.set({"distributed.nanny.pre-spawn-environ.PYTHONWARNINGS": "ignore"}))
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.CRITICAL)
            stack.enter_context(cluster)
            address = cluster.scheduler_address
        try:
            client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise LintkitError(f"cannot reach the Dask scheduler at {address} ({' '.join(str(exc).split()) or type(exc).__name__})") from None
        with client:
            yield client


def local_workers(address: str) -> int | None:
    """N for ``local:N``, None for a scheduler address; anything else is a one-line error."""
    kind, sep, count = address.partition(":")
    if kind != "local":
        if "://" not in address:
            raise LintkitError(f"--scheduler {address!r} is neither tcp://HOST:PORT nor local:N")
        return None
    if not sep or not count.isdigit() or int(count) < 1:
        raise LintkitError(f"--scheduler {address!r}: local:N needs a number of workers of at least 1")
    return int(count)


def workers_see(client: Client, files: list[str]) -> bool:
    """Whether every worker finds a few of ``files`` at the same absolute path with the same size."""
    wanted = probes(files)
    seen = client.run(sees, wanted)
    return bool(seen) and all(seen.values())


def probes(files: list[str], count: int = PROBES) -> list[tuple[str, int]]:
    """Absolute path and size of up to ``count`` of ``files`` (first, last, between) that exist here."""
    found = []
    for path in files:
        with contextlib.suppress(OSError):
            found.append((os.path.abspath(path), os.stat(path).st_size))
    if len(found) <= count:
        return found
    step = (len(found) - 1) / (count - 1)
    return [found[round(i * step)] for i in range(count)]


def sees(wanted: list[tuple[str, int]]) -> bool:
    """On a worker: are these files here, with these sizes?"""
    try:
        return all(os.stat(path).st_size == size for path, size in wanted)
    except OSError:
        return False


class PipelineWarmup(WorkerPlugin):
    """Loads a pipeline on every worker as it starts (a restarted one too), so no task waits for it and none loads it again."""

    def __init__(self, model: str, rule_packs: tuple[str, ...], accepted_terms: tuple[str, ...], plain_spacy: bool = False):
        self.settings = (model, rule_packs, accepted_terms, plain_spacy)  # the key parse_texts asks engine_for with

    def setup(self, worker) -> None:
        try:
            from lintkit.engine.parsing import engine_for

            engine_for(*self.settings)
        except BaseException:  # noqa: BLE001 - a failure shows up again, as one line, on first use; a dying plugin would not
            pass


def cluster_parser(client: Client, threads: int) -> Parser:
    """An ``api.Parser`` that spreads a long file's windows over the cluster's ``threads``."""

    def parse(texts, contexts, config: Config, path: str) -> list:
        if len(texts) < MIN_CLUSTER_WINDOWS:
            return parsing.parse_texts(texts, contexts, config, path)
        runs = chunks([len(t) for t in texts], threads * CHUNKS_PER_WORKER)
        futures = [client.submit(parsing.parse_texts, texts[a:b], contexts[a:b], config, path, pure=False) for a, b in runs]
        return [found for part in client.gather(futures) for found in part]

    return parse


def lint_batch(items: list[tuple]) -> list[tuple]:
    """A task: each item's findings or error as plain data; a path is read here, a file's bytes came with it."""
    return [_lint_item(*item) for item in items]


def _lint_item(path: str | None, raw: bytes | None, display_path: str, config: Config) -> tuple:
    if raw is None:
        try:
            raw = read_source(path, config.max_file_size)
        except LintkitError as error:  # it names the path it was read at, the worker's
            return False, LintkitError(error.problem, path=display_path, key=error.key).as_data()
    return lint_as_data((raw, display_path, config))


class ClusterLinter:
    """A ``runner.Linter`` whose work runs on the cluster behind ``client``."""

    def __init__(self, client: Client, batch_words: int = BATCH_WORDS, split_words: int = SPLIT_WORDS):
        self.client = client
        self.batch_words = batch_words
        self.split_words = split_words
        self._warmed: set[tuple] = set()

    def __call__(self, pending: Iterator[Job]) -> Iterator[tuple[Job, Outcome]]:
        running = as_completed(loop=self.client.loop)
        batch_of = {}
        threads = max(1, sum(self.client.nthreads().values()))
        for batch in batches(pending, lambda job: estimated_words(_size(job)), self.batch_words):
            for job in batch:
                self._warm(job.config)
            if len(batch) == 1 and is_oversized(_size(batch[0]), self.split_words):
                yield batch[0], self._lint_long(batch[0], threads)
                continue
            items = [(None if job.raw is not None else os.path.abspath(job.path), job.raw, job.display_path, job.config) for job in batch]
            future = self.client.submit(lint_batch, items, pure=False)
            batch_of[future.key] = batch
            running.add(future)
            while running.count() >= BATCHES_PER_THREAD * threads:
                yield from _outcomes(next(running), batch_of)
        for future in running:
            yield from _outcomes(future, batch_of)

    def _warm(self, config: Config) -> None:
        settings = parsing.engine_key(config)
        if settings not in self._warmed:
            self.client.register_plugin(PipelineWarmup(*settings), name=f"lintkit-pipeline-{len(self._warmed)}")
            self._warmed.add(settings)

    def _lint_long(self, job: Job, threads: int) -> Outcome:
        """A file too long for one task, read here; its windows are parsed on the cluster's ``threads``."""
        try:
            raw = job.raw if job.raw is not None else read_source(job.path, job.config.max_file_size)
            document = file_document(raw, job.display_path)
            found = api.lint_document(document, path=job.display_path, config=job.config, parser=cluster_parser(self.client, threads))
            return FileFindings(found, document.unread_blocks)
        except LintkitError as error:
            return with_path(error, job.display_path)
        except Exception as exc:  # noqa: BLE001 - the cluster gave up on it (e.g. its worker died too often)
            return _lost(exc, job.display_path)


def _outcomes(future, batch_of: dict) -> Iterator[tuple[Job, Outcome]]:
    """The batch's jobs with their outcomes; the future is released, so the cluster forgets its result."""
    batch = batch_of.pop(future.key)
    try:
        results = future.result()
    except Exception as exc:  # noqa: BLE001 - one line per file, as for any file that could not be linted
        results = [(False, exc)] * len(batch)
    future.release()
    for job, (ok, value) in zip(batch, results):
        if ok:
            yield job, value
        else:
            yield job, _lost(value, job.display_path) if isinstance(value, BaseException) else error_from_data(value, job.display_path)


def _lost(exc: BaseException, display_path: str) -> LintkitError:
    return LintkitError(f"not linted: the cluster failed ({type(exc).__name__}: {exc})", path=display_path)


def _size(job: Job) -> int:
    """The file's size in bytes (zero if it cannot be seen: the read where it is linted reports why)."""
    if job.raw is not None:
        return len(job.raw)
    try:
        return os.stat(job.path).st_size
    except OSError:
        return 0
