"""Lints files: reading, decoding and per-file errors, for the CLI and the API.

A bad file (missing, unreadable, binary, invalid UTF-8) becomes one error line
and never stops the other files from being linted.
"""
from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable

from lintkit.api import lint_document
from lintkit.cache import Cache, key_for
from lintkit.config import Config, config_for
from lintkit.documents import Document, Segment, Suppression, decode, markup_for_path, plaintext, read_bytes
from lintkit.documents.lines import LineIndex
from lintkit.errors import LintkitError
from lintkit.findings import Finding
from lintkit.nlp.prefilter import candidate_starts
from lintkit.parallel import default_jobs, worker_pool


@dataclass
class RunResult:
    findings: list[Finding] = field(default_factory=list)
    errors: list[LintkitError] = field(default_factory=list)
    files: int = 0


def settings_for(path: str, cli_overrides: dict) -> Config:
    """The file's own settings, its overrides, then the command line's flags on top."""
    config = config_for(path).for_file(None if path == "-" else path)
    if not cli_overrides:
        return config
    changes = dict(cli_overrides)
    if "severity" in changes:
        changes["severity"] = tuple({**dict(config.severity), **dict(changes["severity"])}.items())
    return replace(config, **changes)


def read_source(path: str, stdin_data: bytes | None = None) -> bytes:
    if path == "-":
        return stdin_data if stdin_data is not None else sys.stdin.buffer.read()
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except IsADirectoryError:
        raise LintkitError("is a directory, not a file", path=path) from None
    except OSError as exc:
        raise LintkitError(f"cannot read file ({exc.strerror or exc})", path=path) from None


def read_file_document(raw: bytes, shown: str, markup: str) -> Document:
    """The document of a file's bytes; a huge plain-text file is read sparsely (see below)."""
    if markup != "text" or len(raw) < SPARSE_TEXT_BYTES:
        return read_bytes(raw, shown, markup)
    try:
        return sparse_text_document(decode(raw, shown))
    except LintkitError as error:
        if error.path is not None:
            raise
        raise LintkitError(error.problem, path=shown) from None


# A plain-text paragraph ends at a blank line, so a big text file can be read one
# run of paragraphs at a time, and runs holding no family word and no ``lintkit:``
# comment are never read at all (their segments could not produce a finding).
SPARSE_TEXT_BYTES = 1 << 20
_AFTER_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")
_DIRECTIVE_WORD = re.compile(r"lintkit", re.IGNORECASE)
# The same word in lower-cased text, where a case-blind scan is no longer needed:
# "ı" stays itself under lower() though the case-blind pattern takes it for "i".
_LOWER_DIRECTIVE_WORD = re.compile(r"l[iı]ntk[iı]t")


def sparse_text_document(source: str) -> Document:
    """What ``plaintext.read(source)`` gives, keeping only the segments of blocks worth reading.

    Every suppression comment is kept; segments are those of the blocks (runs of
    lines between blank lines) that hold a family word or a ``lintkit`` comment,
    with offsets in the whole source.
    """
    cuts = [0, *(m.end() for m in _AFTER_BLANK_LINE.finditer(source)), len(source)]
    lowered = source.lower()
    worth_reading = candidate_starts(source, lowered) + directive_word_starts(source, lowered)
    wanted = sorted({bisect.bisect_right(cuts, start) - 1 for start in worth_reading})
    index = LineIndex(source)
    segments: list[Segment] = []
    found: list[Suppression] = []
    for block in wanted:
        more_segments, more_found = plaintext.read_lines(source, cuts[block], cuts[block + 1], index)
        segments.extend(more_segments)
        found.extend(more_found)
    return Document(source, tuple(segments), tuple(found), "text")


def directive_word_starts(source: str, lowered: str) -> list[int]:
    """Offsets of every "lintkit" in ``source`` (any case), found in its lower-case form ``lowered`` when they line up."""
    if len(lowered) != len(source):
        return [m.start() for m in _DIRECTIVE_WORD.finditer(source)]
    return [m.start() for m in _LOWER_DIRECTIVE_WORD.finditer(lowered)]


def lint_bytes(raw: bytes, shown: str, config: Config) -> list[Finding]:
    """Findings for a file's bytes (no cache)."""
    markup = markup_for_path(shown) or "text"
    document = read_file_document(raw, shown, markup)
    return lint_document(document, path=shown, config=config)


def _as_error(error: LintkitError, shown: str) -> LintkitError:
    return error if error.path else LintkitError(error.problem, path=shown)


def _worker_lint(item: tuple) -> tuple:
    """A worker's job: one file's findings, or its error as plain data (LintkitError does not pickle its path)."""
    raw, shown, config = item
    try:
        return True, lint_bytes(raw, shown, config)
    except LintkitError as error:
        return False, (error.problem, error.path, error.key)


def lint_paths(
    paths: Iterable[str],
    *,
    cli_overrides: dict | None = None,
    stdin_filename: str | None = None,
    on_file: Callable[[str], None] | None = None,
    jobs: int | None = None,
    use_cache: bool = False,
    cache_dir: str | None = None,
) -> RunResult:
    """Lint each path in order; errors are collected, never raised.

    ``jobs`` worker processes (default: one per CPU when there are more than 8
    files) lint files in parallel, or the windows of a single big file; the
    result is the same as with one. ``use_cache`` serves unchanged files from
    the result cache (``cache_dir``, ``LINTKIT_CACHE_DIR`` or ``.lintkit_cache``).
    """
    paths = list(paths)
    jobs = default_jobs(len(paths)) if jobs is None else max(1, jobs)
    cache = Cache(cache_dir) if use_cache else None
    result = RunResult()
    outcomes: list = [None] * len(paths)  # per file: findings, or a LintkitError
    pending: list[tuple[int, bytes, str, Config, str | None]] = []
    for n, path in enumerate(paths):
        shown = stdin_filename if path == "-" and stdin_filename else path
        try:
            config = settings_for(shown if path == "-" else path, cli_overrides or {})
            raw = read_source(path)
            key = key_for(raw, shown, config) if cache is not None and path != "-" else None
            hit = cache.get(key) if key is not None else None
            if hit is not None:
                outcomes[n] = hit
            else:
                pending.append((n, raw, shown, config, key))
        except LintkitError as error:
            outcomes[n] = _as_error(error, shown)
        if outcomes[n] is not None and on_file is not None:
            on_file(path)
    if jobs > 1 and len(pending) > 1:
        with worker_pool(min(jobs, len(pending))) as pool:
            done = pool.imap(_worker_lint, [(raw, shown, config) for _, raw, shown, config, _ in pending], chunksize=1)
            for (n, _, shown, _, key), (ok, value) in zip(pending, done):
                outcomes[n] = value if ok else _as_error(LintkitError(value[0], path=value[1], key=value[2]), shown)
                if ok and key is not None:
                    cache.put(key, value)
                if on_file is not None:
                    on_file(paths[n])
    else:
        for n, raw, shown, config, key in pending:
            try:
                with worker_pool(jobs, config):  # one file: its windows are spread over the workers
                    outcomes[n] = lint_bytes(raw, shown, config)
                if key is not None:
                    cache.put(key, outcomes[n])
            except LintkitError as error:
                outcomes[n] = _as_error(error, shown)
            if on_file is not None:
                on_file(paths[n])
    for outcome in outcomes:
        if isinstance(outcome, LintkitError):
            result.errors.append(outcome)
        else:
            result.findings.extend(outcome)
            result.files += 1
    return result
