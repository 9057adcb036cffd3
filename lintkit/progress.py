"""A progress bar on stderr for long runs -- on a terminal only.

A bar is for a person watching: in a pipe, a CI log or a machine-readable
format it would only be noise (or corrupt the output), so ``should_show``
decides from plain inputs and the CLI passes it the real ones. The bar draws
on one line with carriage returns and erases itself when the run ends, so the
report that follows starts on a clean line.
"""
from __future__ import annotations

import shutil
import time
from collections.abc import Mapping
from typing import TextIO

MIN_FILES = 20  # fewer files finish too quickly for a bar to help
MIN_INTERVAL = 0.1  # seconds between redraws


def should_show(*, is_tty: bool, output_format: str, env: Mapping[str, str], file_count: int, min_files: int = MIN_FILES) -> bool:
    """Whether a run should draw a progress bar.

    Only when stderr is a terminal, the output is ``text`` (the human format),
    the ``CI`` variable is not set and there are more than ``min_files`` files.
    """
    return is_tty and output_format == "text" and "CI" not in env and file_count > min_files


class ProgressBar:
    """``Linting [#####.....]  12/40 files``, redrawn in place on ``stream``."""

    def __init__(self, total: int, stream: TextIO, *, label: str = "Linting", min_interval: float = MIN_INTERVAL):
        self.total = max(total, 0)
        self.stream = stream
        self.label = label
        self.min_interval = min_interval
        self.done = 0
        self._last_draw = 0.0
        self._drawn = False

    def __enter__(self) -> ProgressBar:
        self._draw()
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def advance(self, _path: str | None = None) -> None:
        """One more file done (the signature fits ``lint_paths(on_file=...)``)."""
        self.done = min(self.done + 1, self.total)
        now = time.monotonic()
        if self.done == self.total or now - self._last_draw >= self.min_interval:
            self._draw(now)

    def line(self, columns: int) -> str:
        """The bar's text for a terminal ``columns`` wide."""
        count = f"{self.done:>{len(str(self.total))}}/{self.total} files"
        room = columns - len(self.label) - len(count) - 5  # spaces and brackets, and a spare column
        width = max(0, min(40, room))
        if width < 5:
            return f"{self.label} {count}"[: max(columns - 1, 0)]
        filled = width * self.done // self.total if self.total else width
        return f"{self.label} [{'#' * filled}{'.' * (width - filled)}] {count}"

    def _draw(self, now: float | None = None) -> None:
        self._last_draw = time.monotonic() if now is None else now
        columns = shutil.get_terminal_size((80, 24)).columns
        self.stream.write("\r" + self.line(columns) + "\x1b[K")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """Erase the bar, leaving the cursor at the start of an empty line."""
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = False
