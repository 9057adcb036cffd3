"""Markup in, prose out: the only layer that knows file formats.

Everything after this layer sees ``Segment``s of prose with an offset map, so a
rule never needs to know whether a sentence came from a Markdown table cell or
an HTML paragraph, and a finding always points back into the original file.
"""
from __future__ import annotations

from lintkit.documents.markups import MARKUPS, file_types, markup_for_path
from lintkit.documents.model import Document, Segment, Suppression
from lintkit.errors import LintkitError

__all__ = [
    "Document",
    "Segment",
    "Suppression",
    "decode",
    "markup_for_path",
    "read_bytes",
    "read_document",
]

_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode(data: bytes, path: str) -> str:
    """UTF-8 text (a leading BOM dropped), or a one-line ``LintkitError`` saying why not."""
    return decode_part(data, text_start(data, path), len(data), path)


def text_start(data: bytes, path: str) -> int:
    """Where the text of a file's bytes starts (after a UTF-8 BOM); a ``LintkitError`` for bytes that are not UTF-8 text at all."""
    if data.startswith(_UTF16_BOMS):
        raise LintkitError("is UTF-16 encoded; lintkit reads UTF-8 text", path=path)
    if b"\x00" in data:
        raise LintkitError("looks like a binary file (it contains NUL bytes), not text", path=path)
    return len(_BOM) if data.startswith(_BOM) else 0


def decode_part(data: bytes, start: int, end: int, path: str) -> str:
    """``data[start:end]`` decoded; an error names the offending byte by its offset in all of ``data``."""
    try:
        return data[start:end].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = start + error.start
        raise LintkitError(
            f"is not valid UTF-8 (byte 0x{data[offset]:02x} at byte offset {offset})", path=path
        ) from None


def read_document(source: str, markup: str) -> Document:
    """The prose segments and suppression comments of ``source`` written in ``markup``."""
    known = MARKUPS.get(markup)
    if known is None:
        raise LintkitError(f"unknown markup {markup!r} (expected one of: {', '.join(sorted(MARKUPS))})")
    if known.read_text is None:
        raise LintkitError(f"a {known.extensions[0]} file is binary: read it with read_bytes")
    return known.read_text(source)


def read_bytes(data: bytes, path: str, markup: str | None = None) -> Document:
    """Read a file's bytes; ``markup`` defaults to the one its extension names."""
    markup = markup or markup_for_path(path)
    if markup is None:
        raise LintkitError(f"is not a file type lintkit reads ({file_types()})", path=path)
    reader = MARKUPS[markup].read_binary if markup in MARKUPS else None
    if reader is not None:
        return reader(data, path)
    try:
        return read_document(decode(data, path), markup)
    except LintkitError as error:
        if error.path is not None:
            raise
        raise LintkitError(error.problem, path=path) from None
