"""One exception type for every problem a user must fix, and the exit codes.

Every error lintkit reports is one line naming the file and the problem; the CLI
maps it to exit code 2 at its edge, so no traceback ever reaches a user.
"""
from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    OK = 0
    FINDINGS = 1
    USAGE = 2  # usage, configuration or input errors


class LintkitError(Exception):
    """A problem with the user's input, configuration or environment."""

    def __init__(self, problem: str, *, path: str | None = None, key: str | None = None):
        self.problem = problem
        self.path = path
        self.key = key
        super().__init__(self.one_line())

    def as_data(self) -> tuple:
        """The error as plain data to cross a process boundary: an exception's own pickling keeps only its message."""
        return self.problem, self.path, self.key

    @classmethod
    def from_data(cls, data: tuple) -> LintkitError:
        problem, path, key = data
        return cls(problem, path=path, key=key)

    def one_line(self) -> str:
        """``path: key: problem`` as one printable line: a newline or an escape in a file name is shown escaped, never obeyed."""
        from lintkit.file_names import printable

        where = ": ".join(printable(part) for part in (self.path, self.key) if part)
        problem = printable(" ".join(self.problem.split()))
        return f"{where}: {problem}" if where else problem
