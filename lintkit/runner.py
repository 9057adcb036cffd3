"""Lints files: reading, decoding and per-file errors, for the CLI and the API.

A bad file (missing, unreadable, binary, invalid UTF-8) becomes one error line
and never stops the other files from being linted.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable

from lintkit.api import lint_document
from lintkit.config import Config, config_for
from lintkit.documents import markup_for_path, read_bytes
from lintkit.errors import LintkitError
from lintkit.findings import Finding


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


def lint_file(path: str, config: Config, *, display_path: str | None = None, data: bytes | None = None) -> list[Finding]:
    """Findings for one file; raises LintkitError naming the file for bad input."""
    shown = display_path or path
    raw = read_source(path, data)
    markup = markup_for_path(shown) or "text"
    document = read_bytes(raw, shown, markup)
    return lint_document(document, path=shown, config=config)


def lint_paths(
    paths: Iterable[str],
    *,
    cli_overrides: dict | None = None,
    stdin_filename: str | None = None,
    on_file: Callable[[str], None] | None = None,
) -> RunResult:
    """Lint each path in order; errors are collected, never raised."""
    result = RunResult()
    for path in paths:
        shown = stdin_filename if path == "-" and stdin_filename else path
        try:
            config = settings_for(shown if path == "-" else path, cli_overrides or {})
            result.findings.extend(lint_file(path, config, display_path=shown))
            result.files += 1
        except LintkitError as error:
            result.errors.append(error if error.path else LintkitError(error.problem, path=shown))
        if on_file is not None:
            on_file(path)
    return result
