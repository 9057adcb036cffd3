"""Lints files: reading, decoding and per-file errors, for the CLI and the API.

A bad file (missing, unreadable, binary, invalid UTF-8, not a regular file,
bigger than ``max-file-size``) becomes one error line and never stops the other
files from being linted; so does a bug lintkit hits on one file (an "internal
error" line asking for a report, with the traceback under ``LINTKIT_DEBUG=1``).
"""
from __future__ import annotations

import os
import sys
import traceback
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator, TypeVar, Union

from lintkit.api import lint_document, lint_in_parts
from lintkit.cache import Cache, key_for
from lintkit.config import Config
from lintkit.config_files import config_for
from lintkit.documents import Document, decode, markup_for_path, plaintext, read_bytes
from lintkit.documents.text_parts import read_in_parts
from lintkit.errors import LintkitError
from lintkit.findings import FileFindings, Finding
from lintkit.nlp.prefilter import candidate_starts
from lintkit.parallel import lint_files, workers_for
from lintkit.regular_files import NotRegularFile, TooLarge, read_regular

T = TypeVar("T")


@dataclass
class RunResult:
    findings: list[Finding] = field(default_factory=list)
    errors: list[LintkitError] = field(default_factory=list)
    files: int = 0
    unread_blocks: int = 0  # blocks the readers could not place (documents/unread.py)


def settings_for(path: str, cli_overrides: dict) -> Config:
    """The file's own settings, its overrides, then the command line's flags on top."""
    config = config_for(path).for_file(None if path == "-" else path)
    if not cli_overrides:
        return config
    changes = dict(cli_overrides)
    if "severity" in changes:
        changes["severity"] = tuple({**dict(config.severity), **dict(changes["severity"])}.items())
    return replace(config, **changes)


def read_source(path: str, max_size: int) -> bytes:
    """A file's bytes ("-" is standard input); a FIFO, a device or a file over ``max_size`` bytes is an error, never a hang."""
    if path == "-":
        return _read_stdin(max_size)
    try:
        return read_regular(path, max_size)
    except TooLarge as exc:
        raise LintkitError(f"{exc}: not read (see max-file-size)", path=path) from None
    except NotRegularFile as exc:
        raise LintkitError(str(exc), path=path) from None
    except OSError as exc:
        raise LintkitError(f"cannot read file ({exc.strerror or exc})", path=path) from None


def _read_stdin(max_size: int) -> bytes:
    try:
        data = sys.stdin.buffer.read(max_size + 1)
    except (AttributeError, OSError, ValueError):  # closed (``<&-`` leaves sys.stdin None) or unreadable
        raise LintkitError("cannot read standard input (it is closed or unreadable)", path="-") from None
    if len(data) > max_size:
        raise LintkitError(f"{TooLarge(max_size)}: not read (see max-file-size)", path="-")
    return data


def debugging() -> bool:
    return bool(os.environ.get("LINTKIT_DEBUG"))


def internal_error(exc: BaseException, path: str | None = None) -> LintkitError:
    """A bug in lintkit as one line: what broke, and where to report it."""
    what = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
    advice = "please report this with the file that caused it" + ("" if debugging() else "; LINTKIT_DEBUG=1 shows the traceback")
    return LintkitError(f"internal error ({what}); {advice}", path=path)


def isolated(step: Callable[[], T], display_path: str) -> T | LintkitError:
    """What ``step`` returns for the file ``display_path``, or that file's one error line: nothing that goes wrong with one file stops the others."""
    try:
        return step()
    except LintkitError as error:
        return with_path(error, display_path)
    except Exception as exc:  # noqa: BLE001 - a bug on one file is that file's error line
        if debugging():
            traceback.print_exc()
        return internal_error(exc, display_path)


def lint_isolated(raw: bytes, display_path: str, config: Config) -> list[Finding] | LintkitError:
    return isolated(lambda: lint_bytes(raw, display_path, config), display_path)


def _look_up(path: str, display_path: str, settings: Callable[[str, str], Config], cache: Cache | None, read: bool) -> tuple:
    """A file's settings, bytes (None unless ``read``), cache key and cached findings (None on a miss)."""
    config = settings(path, display_path)
    if not read:
        return config, None, None, None
    raw = read_source(path, config.max_file_size)
    key = key_for(raw, display_path, config) if cache is not None and path != "-" else None
    return config, raw, key, cache.get(key) if key is not None else None


def path_list(paths) -> list[str]:
    """The paths ``lint_paths`` was given: one path (a str or os.PathLike) or an iterable of them."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    if isinstance(paths, (bytes, bytearray)) or not isinstance(paths, Iterable):
        raise TypeError(f"lint_paths() takes a path or an iterable of paths (str or os.PathLike), not {type(paths).__name__}")
    listed = list(paths)
    for path in listed:
        if not isinstance(path, (str, os.PathLike)) or isinstance(os.fspath(path), bytes):
            raise TypeError(f"lint_paths() takes paths as str or os.PathLike, not {type(path).__name__}: {path!r}")
    return [os.fspath(path) for path in listed]


def read_file_document(raw: bytes, display_path: str, markup: str) -> Document:
    """The document of a file's bytes; a huge plain-text file is read sparsely (only the blocks with a family word or a comment)."""
    if markup != "text" or len(raw) < plaintext.SPARSE_TEXT_BYTES:
        return read_bytes(raw, display_path, markup)
    try:
        return plaintext.read_sparse(decode(raw, display_path), candidate_starts)
    except LintkitError as error:
        if error.path is not None:
            raise
        raise LintkitError(error.problem, path=display_path) from None


def file_document(raw: bytes, display_path: str) -> Document:
    """The document of a file's bytes, in the markup its name says (plain text by default)."""
    return read_file_document(raw, display_path, markup_for_path(display_path) or "text")


def lint_bytes(raw: bytes, display_path: str, config: Config) -> list[Finding]:
    """Findings for a file's bytes (no cache)."""
    if read_in_parts(raw, display_path):
        return FileFindings(lint_in_parts(raw, path=display_path, config=config))
    document = file_document(raw, display_path)
    return FileFindings(lint_document(document, path=display_path, config=config), document.unread_blocks)


def with_path(error: LintkitError, display_path: str) -> LintkitError:
    """The error, naming ``display_path`` when it names no file."""
    return error if error.path else LintkitError(error.problem, path=display_path)


def error_from_data(data: tuple, display_path: str) -> LintkitError:
    return with_path(LintkitError.from_data(data), display_path)


def lint_as_data(item: tuple) -> tuple:
    """A worker's job: one file's findings, or its error as plain data (``LintkitError.as_data``)."""
    outcome = lint_isolated(*item)
    if isinstance(outcome, LintkitError):
        return False, outcome.as_data()
    return True, outcome


@dataclass
class Job:
    """A file due for linting: its settings and, unless the linter reads it where it runs, its bytes."""

    index: int  # its place among the paths, which is its place in the result
    path: str
    display_path: str  # the name findings and errors give it
    config: Config
    raw: bytes | None = None
    key: str | None = None  # its result-cache entry, when the cache is used


Outcome = Union[list[Finding], LintkitError]
# Lints jobs and yields each with its outcome, in any order (see ``lint_here``).
Linter = Callable[[Iterator[Job]], Iterable[tuple[Job, Outcome]]]


def lint_here(jobs: int | None) -> Linter:
    """The linter of this machine: worker processes share the parent's pipeline when the work pays for them."""

    def lint(jobs_due: Iterator[Job]) -> Iterator[tuple[Job, Outcome]]:
        pending, in_parts = [], []  # a huge text file is linted here, a part of its text at a time
        for job in jobs_due:
            (in_parts if read_in_parts(job.raw, job.display_path) else pending).append(job)
        workers = workers_for([len(job.raw) for job in pending], jobs)
        if workers > 1:
            done = lint_files([(job.raw, job.display_path, job.config) for job in pending], workers, file_document, isolated)
        else:
            done = ((i, lint_isolated(job.raw, job.display_path, job.config)) for i, job in enumerate(pending))
        for i, outcome in done:
            yield pending[i], outcome
        for job in in_parts:
            yield job, lint_isolated(job.raw, job.display_path, job.config)

    return lint


def lint_paths(
    paths: Iterable[str] | str,
    *,
    cli_overrides: dict | None = None,
    stdin_filename: str | None = None,
    on_file: Callable[[str], None] | None = None,
    jobs: int | None = None,
    use_cache: bool = False,
    cache_dir: str | None = None,
    config: Config | None = None,
    linter: Linter | None = None,
    reads_files: bool = False,
) -> RunResult:
    """Lint each path in order (``paths`` may be one path); errors are collected, never raised.

    Up to ``jobs`` worker processes (default: one per CPU) lint the files, or
    the windows of a single big file, when there is enough work to pay for
    them; the result is the same as with one. ``use_cache`` serves unchanged files from
    the result cache (``cache_dir``, ``LINTKIT_CACHE_DIR`` or ``.lintkit_cache``).
    A ``config`` replaces the settings files: every file is linted with it.
    Another ``linter`` (a cluster's) can do the linting; with ``reads_files`` it
    reads the files itself (standard input aside), so this process never holds
    their bytes and the cache, keyed by those bytes, is not used.
    """
    paths = path_list(paths)
    if linter is None:
        linter = lint_here(jobs)
    cache = Cache(cache_dir) if use_cache and not reads_files else None
    outcomes: list[Outcome | None] = [None] * len(paths)

    def finish(n: int, outcome: Outcome, key: str | None = None) -> None:
        outcomes[n] = outcome
        if key is not None and not isinstance(outcome, LintkitError):
            cache.put(key, outcome)
        if on_file is not None:
            on_file(paths[n])

    def settings(path: str, display_path: str) -> Config:
        if config is not None:
            return config.for_file(None if path == "-" else path)
        return settings_for(display_path if path == "-" else path, cli_overrides or {})

    def due() -> Iterator[Job]:
        for n, path in enumerate(paths):
            display_path = stdin_filename if path == "-" and stdin_filename else path
            read = not reads_files or path == "-"
            looked_up = isolated(lambda: _look_up(path, display_path, settings, cache, read), display_path)  # noqa: B023 - called at once
            if isinstance(looked_up, LintkitError):
                finish(n, looked_up)
                continue
            file_config, raw, key, hit = looked_up
            if hit is not None:
                finish(n, hit)
            else:
                yield Job(n, path, display_path, file_config, raw, key)

    for job, outcome in linter(due()):
        finish(job.index, outcome, job.key)
    result = RunResult()
    for outcome in outcomes:
        if isinstance(outcome, LintkitError):
            result.errors.append(outcome)
        else:
            result.findings.extend(outcome)
            result.files += 1
            result.unread_blocks += getattr(outcome, "unread_blocks", 0)
    return result
