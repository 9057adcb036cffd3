"""Reading a file only if it is a regular file, and only up to a size.

Opening a FIFO blocks until someone writes to it, and a device such as
``/dev/zero`` never ends: a path found in a folder, in the cache or on the
command line may be either. The file is opened without blocking, checked with
``fstat`` on the open descriptor (so it cannot be swapped between the check and
the read) and read up to one byte past the limit.
"""
from __future__ import annotations

import os
import stat


class NotRegularFile(OSError):
    """The path is a FIFO, a device, a socket or a folder."""

    def __init__(self, kind: str):
        super().__init__(f"is a {kind}, not a regular file")
        self.kind = kind


class TooLarge(OSError):
    """The file holds more bytes than the limit."""

    def __init__(self, limit: int):
        super().__init__(f"is larger than the limit of {describe_size(limit)}")
        self.limit = limit


def describe_size(size: int) -> str:
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size} bytes"


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words."""
    kinds = ((stat.S_ISDIR, "folder"), (stat.S_ISFIFO, "FIFO"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"))
    return next((name for check, name in kinds if check(mode)), "special file")


def read_regular(path: str | os.PathLike, limit: int) -> bytes:
    """The bytes of the regular file at ``path``; NotRegularFile, TooLarge or another OSError if not."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise NotRegularFile(kind_of(status.st_mode))
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise TooLarge(limit)
    return data
