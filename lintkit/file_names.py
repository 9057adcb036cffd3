"""File names as outputs can carry them.

On POSIX a file name is bytes; Python hands a byte that is not UTF-8 over as a
lone surrogate (``surrogateescape``), which no UTF-8 output can encode. And a
newline, tab, escape or Unicode line separator in a name would split a ``path:line:col`` line or drive
the terminal. Line-oriented formats print such characters as escapes
(``\\n``, ``\\x1b``, ``\\xe9`` for the byte 0xE9); JSON writes a lone surrogate
as its ``\\udcxx`` escape; a URI percent-encodes the name's original bytes.
"""
from __future__ import annotations

import os
import re
from urllib.parse import quote

_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")  # controls, line separators, undecodable bytes
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(char: str) -> str:
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte surrogateescape could not decode
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(name: str) -> str:
    """``name`` with control characters and undecodable bytes escaped: one line, encodable."""
    return _UNPRINTABLE.sub(lambda found: _escape(found.group()), name)


_NEEDS_C_QUOTES = re.compile('["\\\\\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]')
_C_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", '"': '\\"', "\\": "\\\\"}


def _c_escape(char: str) -> str:
    if char in _C_NAMED:
        return _C_NAMED[char]
    if not _NEEDS_C_QUOTES.match(char):
        return char
    raw = char.encode("utf-8", "surrogateescape")  # a lone surrogate is the byte it stands for
    return "".join(f"\\{byte:03o}" for byte in raw)


def c_quoted(name: str) -> str:
    """``name`` as git writes it in a diff header: as is, or in double quotes with C escapes (octal for bytes)
    when it holds a quote, a backslash, a control character or an undecodable byte, so that ``git apply``
    and ``patch`` read the header back as the same name."""
    if not _NEEDS_C_QUOTES.search(name):
        return name
    return '"' + "".join(map(_c_escape, name)) + '"'


def json_safe(text: str) -> str:
    """JSON text with every lone surrogate as its ``\\uXXXX`` escape (still the same JSON value)."""
    return _LONE_SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def uri_path(posix_path: str) -> str:
    """RFC 3986 percent-encoding of the path's original bytes."""
    return quote(os.fsencode(posix_path), safe="/")
