"""Every markup lintkit reads, in one table; the rest of lintkit derives from it.

File discovery (which files a folder walk picks up), reading a file by its
extension, the language server's language ids and the suppression comment a
quick fix writes all come from ``MARKUPS``, so a new markup is one reader
module and one row here.
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass

from lintkit.documents import docx, html, markdown, plaintext, rst
from lintkit.documents.model import Document

STDIN = "-"  # the path that names standard input, on the command line and in findings


@dataclass(frozen=True)
class Markup:
    """One markup: what it is called, which files are written in it, and how to read and comment it.

    ``read_text`` reads decoded text; a binary markup has ``read_binary``
    (bytes and the file's name) instead. ``language_ids`` are the editor
    language ids an unsaved buffer is read as. ``comment`` wraps a
    ``lintkit:`` directive in the markup's comment syntax (None: lintkit
    writes no comments into such files).
    """

    name: str
    extensions: tuple[str, ...]
    read_text: Callable[[str], Document] | None = None
    read_binary: Callable[[bytes, str], Document] | None = None
    language_ids: tuple[str, ...] = ()
    comment: str | None = None


MARKUPS: dict[str, Markup] = {
    m.name: m
    for m in (
        Markup("markdown", (".md", ".markdown", ".mdown", ".mkd"), markdown.read, language_ids=("markdown",), comment="<!-- {} -->"),
        Markup("rst", (".rst", ".rest"), rst.read, language_ids=("restructuredtext", "rst"), comment=".. {}"),
        Markup("text", (".txt", ".text", ""), plaintext.read, language_ids=("plaintext", "text"), comment="{}"),
        Markup("html", (".html", ".htm"), html.read, language_ids=("html",), comment="<!-- {} -->"),
        Markup("docx", (".docx",), read_binary=docx.read),
    )
}

EXTENSIONS: dict[str, str] = {ext: m.name for m in MARKUPS.values() for ext in m.extensions}
INCLUDE_GLOBS: tuple[str, ...] = tuple(f"*{ext}" for m in MARKUPS.values() for ext in m.extensions if ext)
LANGUAGE_IDS: dict[str, str] = {language: m.name for m in MARKUPS.values() for language in m.language_ids}
TEXT_MARKUPS: tuple[str, ...] = tuple(name for name, m in MARKUPS.items() if m.read_text is not None)


def markup_for_path(path: str) -> str | None:
    """The markup a file is read as, from its extension; None for files lintkit does not read."""
    return EXTENSIONS.get(os.path.splitext(path)[1].lower())


def file_types() -> str:
    """The extensions lintkit reads, one per markup, for messages: ``.md, .rst, .txt, .html, .docx``."""
    return ", ".join(m.extensions[0] for m in MARKUPS.values())


def _comment_template(markup: str) -> str:
    """The markup's comment around ``{}``; a bare line where the markup has no comment lintkit writes."""
    template = MARKUPS[markup].comment if markup in MARKUPS else None
    return template or "{}"


def comment(markup: str, directive: str) -> str:
    """``directive`` as a comment in ``markup``."""
    return _comment_template(markup).format(directive)


def is_comment_line(markup: str, line: str) -> bool:
    """``line`` is a ``lintkit:`` comment in ``markup``'s syntax and nothing else, however it is spaced."""
    before, after = _comment_template(markup).split("{}")
    pattern = rf"\s*{_spaced(before)}\s*lintkit\s*:.*{_spaced(after)}\s*"
    return re.fullmatch(pattern, line, re.IGNORECASE | re.DOTALL) is not None


def _spaced(delimiter: str) -> str:
    return "".join(rf"\s*{re.escape(piece)}" for piece in delimiter.split())
