"""reStructuredText, read by hand: enough of the syntax to find the prose.

docutils would build a full tree, but it reports no column for inline text and
it rewrites the text while parsing; a small line-based reader that keeps a
source offset for every character is both simpler and exact. It knows
paragraphs, section titles, lists, field lists, block quotes, definition
lists, literal blocks, explicit markup (directives, comments, targets) and the
common inline markup. Doctest blocks are code and skipped; tables are skipped
too, and counted as unread blocks (see ``unread.py``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from lintkit.documents import suppression_comments
from lintkit.documents.lines import LineIndex, split_lines
from lintkit.documents.model import Document, Segment, Suppression
from lintkit.documents.prose import Prose
from lintkit.documents.unread import not_read
from lintkit.errors import LintkitError

_ADORNMENT = re.compile(r"""([!-/:-@\[-`{-~])\1+[ \t]*\Z""")
_BULLET = re.compile(r"[-*+\u2022\u2023\u2043](?:[ \t]+|\Z)")
_ENUMERATOR = re.compile(r"(?:\(?(?:\d+|#|[A-Za-z]|[ivxlcdm]+|[IVXLCDM]+)\)|(?:\d+|#|[A-Za-z]|[ivxlcdm]+|[IVXLCDM]+)\.)(?:[ \t]+|\Z)")
_FIELD = re.compile(r":(?![ \t])[^:`]+(?<![ \t]):(?:[ \t]+|\Z)")
_TABLE = re.compile(r"\+[-=]|=+(?:[ \t]+=+)+[ \t]*\Z")
_ROLE_NAME = r"((?:[\w.+-]+:)*[\w.+-]+)"
_ROLE = re.compile(rf":{_ROLE_NAME}:`")
_SUFFIX_ROLE = re.compile(rf":{_ROLE_NAME}:")
_FOOTNOTE_REFERENCE = re.compile(r"\[(?:#[\w.-]*|\*|[\w.-]+)\]_")
_MAY_BE_MARKUP = re.compile(r"[\\*`:|\[_]")

# Each level re-slices the lines below it; past this depth a file is an attack, not a document.
_MAX_DEPTH = 50
_BEFORE_START = set(" \t-:/'\"<([{")
_AFTER_END = set(" \t-.,:;!?\\/'\")]}>")
# Roles whose text is code or a name, never prose.
_CODE_ROLES = {
    "code", "literal", "math", "kbd", "samp", "file", "command", "program", "option",
    "envvar", "regexp", "makevar", "mailheader", "pep", "rfc", "func", "meth", "class",
    "mod", "attr", "obj", "data", "exc", "const", "any", "token", "keyword", "raw",
}


@dataclass(frozen=True)
class _View:
    """A line, or the part of it right of a list marker or indentation."""

    number: int
    start: int
    text: str

    @property
    def break_offset(self) -> int:
        return self.start + len(self.text)

    @cached_property
    def blank(self) -> bool:
        return not self.text.strip()

    @cached_property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip())

    def cut(self, width: int) -> _View:
        return _View(self.number, self.start + width, self.text[width:])


def read(source: str) -> Document:
    reader = _RstWalker(source)
    reader.body([_View(n, line.start, line.text(source)) for n, line in enumerate(split_lines(source))], False, "paragraph")
    return Document(source, tuple(reader.segments), tuple(reader.suppressions), "rst", reader.unread)


class _RstWalker:
    def __init__(self, source: str):
        self.index = LineIndex(source)
        self.depth = 0
        self.segments: list[Segment] = []
        self.suppressions: list[Suppression] = []
        self.unread = 0

    def body(self, views: list[_View], quoted: bool, kind: str) -> None:
        """Read a sequence of body elements whose left margin is column 0 of ``views``."""
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise LintkitError(f"nests blocks more than {_MAX_DEPTH} levels deep")
        i = 0
        while i < len(views):
            view = views[i]
            if view.blank:
                i += 1
            elif view.indent:
                end = _indented_end(views, i)
                self.body(_dedented(views[i:end]), True, "paragraph")
                i = end
            elif view.text.startswith("..") and view.text[2:3].strip() == "":
                self._explicit(view)
                i = _indented_end(views, i + 1)
            elif view.text.startswith(">>>"):
                i = _paragraph_end(views, i)
            elif _TABLE.match(view.text):
                self.unread += not_read("rst", view.number, "tables are not read")
                i = _paragraph_end(views, i)
            else:
                i = self._titles_lists_paragraphs(views, i, quoted, kind)
        self.depth -= 1

    def _titles_lists_paragraphs(self, views: list[_View], i: int, quoted: bool, kind: str) -> int:
        view = views[i]
        following = views[i + 1] if i + 1 < len(views) else None
        if _is_adornment(view.text):
            title = following
            if title is not None and not title.blank and i + 2 < len(views) and _is_adornment(views[i + 2].text):
                self._segment([_stripped(title)], "heading", quoted)
                return i + 3
            return i + 1
        if following is not None and _is_adornment(following.text) and len(following.text.strip()) >= min(3, len(view.text.strip())):
            self._segment([_stripped(view)], "heading", quoted)
            return i + 2
        marker = _BULLET.match(view.text) or _ENUMERATOR.match(view.text)
        field = _FIELD.match(view.text)
        if marker or field:
            width = (marker or field).end()
            end = _indented_end(views, i + 1)
            item = [view.cut(width)] + _dedented(views[i + 1:end], width)
            self.body(item, quoted, "list_item" if marker else kind)
            return end
        return self._paragraph(views, i, quoted, kind)

    def _paragraph(self, views: list[_View], i: int, quoted: bool, kind: str) -> int:
        end = _paragraph_end(views, i)
        lines = views[i:end]
        literal = lines[-1].text.rstrip().endswith("::")
        self._segment(lines, kind, quoted)
        if literal:
            block = end
            while block < len(views) and views[block].blank:
                block += 1
            return _indented_end(views, block) if block < len(views) and views[block].indent else end
        if end < len(views) and views[end].indent:
            # A definition list: the paragraph was the term, this is its definition.
            definition_end = _indented_end(views, end)
            self.body(_dedented(views[end:definition_end]), quoted, kind)
            return definition_end
        return end

    def _explicit(self, view: _View) -> None:
        """Explicit markup is never prose, but a comment may hold a lintkit directive."""
        found = suppression_comments.suppression(view.text[2:], view.start, view.break_offset, self.index)
        if found is not None:
            self.suppressions.append(found)

    def _segment(self, views: list[_View], kind: str, quoted: bool) -> None:
        raw, offsets = _joined(views)
        raw, offsets = _without_literal_marker(raw, offsets)
        segment = _inline(raw, offsets).segment(kind, quoted)
        if segment is not None:
            self.segments.append(segment)


def _is_adornment(text: str) -> bool:
    return bool(_ADORNMENT.match(text)) and not text.startswith("..") and text.rstrip() != "::"


def _stripped(view: _View) -> _View:
    text = view.text.rstrip()
    return _View(view.number, view.start + view.indent, text[view.indent:])


def _indented_end(views: list[_View], i: int) -> int:
    """End of the block that continues at ``i`` with indented or blank lines."""
    end = i
    while i < len(views) and (views[i].blank or views[i].indent):
        i += 1
        if not views[i - 1].blank:
            end = i
    return end


def _paragraph_end(views: list[_View], i: int) -> int:
    end = i
    while end < len(views) and not views[end].blank and (end == i or not views[end].indent):
        end += 1
    return end


def _dedented(views: list[_View], width: int | None = None) -> list[_View]:
    """Views moved left by ``width`` (default: their common indentation), blanks kept."""
    if width is None:
        width = min((view.indent for view in views if not view.blank), default=0)
    return [view.cut(min(width, view.indent)) for view in views]


def _joined(views: list[_View]) -> tuple[str, list[int]]:
    """The lines of a paragraph as one string; each line break becomes a space at the break."""
    chars: list[str] = []
    offsets: list[int] = []
    for before, view in zip([None, *views], views):
        if before is not None:
            chars.append(" ")
            offsets.append(before.break_offset)
        text = view.text.rstrip()
        chars.extend(text)
        offsets.extend(range(view.start, view.start + len(text)))
    return "".join(chars), offsets


def _without_literal_marker(raw: str, offsets: list[int]) -> tuple[str, list[int]]:
    """``Paragraph::`` reads as ``Paragraph:``; a lone or spaced ``::`` disappears."""
    if not raw.endswith("::"):
        return raw, offsets
    keep = len(raw) - 1
    if keep == 1 or raw[-3].isspace():
        keep = len(raw[:-2].rstrip())
    return raw[:keep], offsets[:keep]


def _inline(raw: str, offsets: list[int]) -> Prose:
    """Prose from a paragraph's text, inline markup removed and offsets kept."""
    prose = Prose()
    i = 0
    while i < len(raw):
        special = _MAY_BE_MARKUP.search(raw, i)
        stop = special.start() if special else len(raw)
        if stop > i:
            prose.extend(raw[i:stop], offsets[i:stop])
            i = stop
            continue
        if raw[i] == "\\":
            i = _escape(raw, offsets, i, prose)
            continue
        if i == 0 or raw[i - 1] in _BEFORE_START:
            end = _markup(raw, offsets, i, prose)
            if end is not None:
                i = end
                continue
        if raw[i] == "_" and _ends_reference_name(raw, i):
            i += 2 if raw.startswith("__", i) else 1
            continue
        prose.extend(raw[i], [offsets[i]])
        i += 1
    return prose


def _escape(raw: str, offsets: list[int], i: int, prose: Prose) -> int:
    """A backslash escapes the next character; an escaped blank vanishes with it."""
    if i + 1 < len(raw) and not raw[i + 1].isspace():
        prose.extend(raw[i + 1], [offsets[i + 1]])
    return i + 2


def _ends_reference_name(raw: str, i: int) -> bool:
    """``word_`` and ``word__`` are references; the underscores are markup."""
    after = i + 2 if raw.startswith("__", i) else i + 1
    return i > 0 and raw[i - 1].isalnum() and (after == len(raw) or raw[after] in _AFTER_END)


def _markup(raw: str, offsets: list[int], i: int, prose: Prose) -> int | None:
    """Consume the inline markup starting at ``i``; return where it ends, or None if there is none."""
    if raw.startswith("``", i):
        end = _closing(raw, "``", i + 2)
        return None if end is None else end + 2
    role = _ROLE.match(raw, i)
    if role:
        return _interpreted(raw, offsets, role.end() - 1, prose, role[1])
    if raw.startswith("_`", i):
        return _interpreted(raw, offsets, i + 1, prose, "")
    if raw[i] == "`":
        return _interpreted(raw, offsets, i, prose, "")
    for delimiter in ("**", "*"):
        if raw.startswith(delimiter, i):
            end = _closing(raw, delimiter, i + len(delimiter))
            if end is None:
                return None
            _plain(raw, offsets, i + len(delimiter), end, prose)
            return end + len(delimiter)
    if raw[i] == "|":
        end = _closing(raw, "|", i + 1)
        return None if end is None else _reference_suffix_end(raw, end + 1)
    footnote = _FOOTNOTE_REFERENCE.match(raw, i)
    return footnote.end() if footnote else None


def _interpreted(raw: str, offsets: list[int], tick: int, prose: Prose, role: str) -> int | None:
    """`` `text` ``, `` `text <target>`_ ``, ``:role:`text` `` or `` `text`:role: ``."""
    end = _closing(raw, "`", tick + 1)
    if end is None:
        return None
    after = _reference_suffix_end(raw, end + 1)
    suffix = _SUFFIX_ROLE.match(raw, after) if after == end + 1 else None
    if suffix:
        role, after = suffix[1], suffix.end()
    if not _is_code_role(role):
        _plain(raw, offsets, tick + 1, _target_start(raw, tick + 1, end), prose)
    return after


def _is_code_role(role: str) -> bool:
    return ":" in role or role.lower() in _CODE_ROLES


def _target_start(raw: str, start: int, end: int) -> int:
    """Where ``text <target>`` stops being text (``end`` when there is no target)."""
    if not raw.endswith(">", start, end):
        return end
    bracket = raw.rfind("<", start, end)
    if bracket == start:
        return start
    if bracket < 0 or not raw[bracket - 1].isspace():
        return end
    while bracket > start and raw[bracket - 1].isspace():
        bracket -= 1
    return bracket


def _reference_suffix_end(raw: str, position: int) -> int:
    """Skip the ``_`` or ``__`` that makes interpreted text a hyperlink reference."""
    if raw.startswith("__", position):
        return position + 2
    if raw.startswith("_", position):
        return position + 1
    return position


def _closing(raw: str, delimiter: str, start: int) -> int | None:
    """Where an inline end-string ``delimiter`` closes markup whose text begins at ``start``."""
    if start >= len(raw) or raw[start].isspace():
        return None
    position = raw.find(delimiter, start + 1)
    while position >= 0:
        after = position + len(delimiter)
        if (
            not raw[position - 1].isspace()
            and raw[position - 1] != "\\"
            and (after == len(raw) or raw[after] in _AFTER_END or raw[after] in "_`|")
        ):
            return position
        position = raw.find(delimiter, position + 1)
    return None


def _plain(raw: str, offsets: list[int], start: int, end: int, prose: Prose) -> None:
    """Copy ``raw[start:end]`` as prose, resolving backslash escapes."""
    i = start
    while i < end:
        if raw[i] == "\\":
            i = _escape(raw, offsets, i, prose)
        else:
            prose.extend(raw[i], [offsets[i]])
            i += 1
