"""Markup in, prose out: the only layer that knows file formats.

Everything after this layer sees ``Segment``s of prose with an offset map, so a
rule never needs to know whether a sentence came from a Markdown table cell or
an HTML paragraph, and a finding always points back into the original file.
"""
from __future__ import annotations

import os
from typing import Callable

from lintkit.documents import docx, html, markdown, plaintext, rst
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

_EXTENSIONS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".txt": "text",
    ".text": "text",
    "": "text",
    ".rst": "rst",
    ".rest": "rst",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}

_READERS: dict[str, Callable[[str], Document]] = {
    "text": plaintext.read,
    "markdown": markdown.read,
    "rst": rst.read,
    "html": html.read,
}

_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def markup_for_path(path: str) -> str | None:
    """The markup a file is read as, from its extension; None for files lintkit does not read."""
    return _EXTENSIONS.get(os.path.splitext(path)[1].lower())


def decode(data: bytes, path: str) -> str:
    """UTF-8 text (a leading BOM dropped), or a one-line ``LintkitError`` saying why not."""
    if data.startswith(_UTF16_BOMS):
        raise LintkitError("is UTF-16 encoded; lintkit reads UTF-8 text", path=path)
    if b"\x00" in data:
        raise LintkitError("looks like a binary file (it contains NUL bytes), not text", path=path)
    body = data[len(_BOM):] if data.startswith(_BOM) else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        offset = error.start + len(data) - len(body)
        raise LintkitError(
            f"is not valid UTF-8 (byte 0x{data[offset]:02x} at byte offset {offset})", path=path
        ) from None


def read_document(source: str, markup: str) -> Document:
    """The prose segments and suppression comments of ``source`` written in ``markup``."""
    if markup == "docx":
        raise LintkitError("a .docx file is binary: read it with read_bytes")
    reader = _READERS.get(markup)
    if reader is None:
        known = ", ".join(sorted([*_READERS, "docx"]))
        raise LintkitError(f"unknown markup {markup!r} (expected one of: {known})")
    return reader(source)


def read_bytes(data: bytes, path: str, markup: str | None = None) -> Document:
    """Read a file's bytes; ``markup`` defaults to the one its extension names."""
    markup = markup or markup_for_path(path)
    if markup is None:
        raise LintkitError("is not a file type lintkit reads (.md, .rst, .txt, .html, .docx)", path=path)
    if markup == "docx":
        return docx.read(data, path)
    try:
        return read_document(decode(data, path), markup)
    except LintkitError as error:
        if error.path is not None:
            raise
        raise LintkitError(error.problem, path=path) from None
