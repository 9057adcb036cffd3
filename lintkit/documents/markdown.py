"""Markdown: markdown-it parses, and we align its tokens back to the source.

markdown-it gives block tokens with line ranges but inline tokens without any
position, and it rewrites the text it hands out (line breaks, container
markers, trimmed blanks). So each inline block is aligned in two steps, both
structural: every content line is the tail of its source line (container
markers and indentation are a prefix), and the inline children are then walked
with a cursor through the raw content, stepping over each piece of markup by
its own syntax. The source is never searched for the words a token contains,
so a word that appears twice can never be placed at the wrong occurrence.

A block whose tokens cannot be aligned is left out rather than reported at a
guessed position, and counted as unread (see ``unread.py``).
"""
from __future__ import annotations

import re
import sys

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from lintkit.documents import suppressions
from lintkit.documents.callouts import is_callout
from lintkit.documents.lines import LineIndex, normalize_breaks, split_lines
from lintkit.documents.model import Document, Segment, Suppression
from lintkit.documents.prose import Prose
from lintkit.documents.unread import not_read
from lintkit.errors import LintkitError

_CODE_ELEMENTS = "code|kbd|samp|pre|script|style|textarea"
_CODE_OPEN = re.compile(rf"<(?:{_CODE_ELEMENTS})(?:\s[^>]*)?(?<!/)>\Z", re.IGNORECASE)
_CODE_CLOSE = re.compile(rf"</(?:{_CODE_ELEMENTS})\s*>\Z", re.IGNORECASE)
_MARKERS = {"em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"}
_BLANK = " \t"
# Blockquote markers and list markers before a table row (a row itself never starts with one).
_CONTAINER_PREFIX = re.compile(r"(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*\s*")


class _Misaligned(Exception):
    """A token did not sit where the raw content says it must."""


_HEADER_FIELD = re.compile(r"[A-Za-z][\w-]*=")
_HEADER_END = re.compile(r"~{3,}")


def _toml_front_matter(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """Metadata at the top of the file: ``+++`` … ``+++`` (Hugo's TOML front matter), or
    ``key=value`` lines closed by a ``~~~~~~`` line (JBake's header)."""

    def text(line: int) -> str:
        return state.src[state.bMarks[line]:state.eMarks[line]].rstrip()

    if start_line != 0:
        return False
    if text(0) == "+++":
        closing = next((line for line in range(1, end_line) if text(line) == "+++"), None)
    elif _HEADER_FIELD.match(text(0)):
        closing = next((line for line in range(1, end_line) if not _HEADER_FIELD.match(text(line))), None)
        closing = closing if closing is not None and _HEADER_END.fullmatch(text(closing)) else None
    else:
        return False
    if closing is None:
        return False
    if not silent:
        token = state.push("front_matter", "", 0)
        token.map = [0, closing + 1]
        token.hidden = True
        state.line = closing + 1
    return True


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(front_matter_plugin)
    md.block.ruler.before(
        "table", "toml_front_matter", _toml_front_matter,
        {"alt": ["paragraph", "reference", "blockquote", "list"]},
    )
    # Escapes and entities must stay separate tokens: each maps to its own source span.
    md.core.ruler.disable("text_join")
    return md


# markdown-it drops whatever lies deeper than ``maxNesting`` token levels (20 by default: 20
# block quotes, or 10 nested lists, since a list and its item are a level each). Its parsers
# recurse once per level (three or four Python frames), so the recursion limit is raised while
# a document is read. Deeper than MAX_NESTING, the file is refused rather than read in part.
MAX_NESTING = 100_000
FRAMES_PER_LEVEL = 4
_MD = _parser()
_MD.options["maxNesting"] = MAX_NESTING


def read(source: str) -> Document:
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, limit + FRAMES_PER_LEVEL * MAX_NESTING))
    try:
        return _Reader(source).document()
    finally:
        sys.setrecursionlimit(limit)


CITED_TITLE_WORDS = 4  # "[TTSC leadership](…)" labels a link; "[Why teams need leaders](…)" cites a title


def _cites(children: list[Token]) -> bool:
    """A reading-list entry: it opens with a link to another site whose text is a title."""
    if not children or children[0].type != "link_open" or not str(children[0].attrGet("href") or "").startswith(("http://", "https://")):
        return False
    words = 0
    for token in children[1:]:
        if token.type == "link_close":
            break
        words += len(token.content.split())
    return words >= CITED_TITLE_WORDS


class _Reader:
    def __init__(self, source: str):
        self.source = source
        self.text = normalize_breaks(source).replace("\0", "\ufffd")
        self.lines = split_lines(source)
        self.line_texts = [line.text(self.text) for line in split_lines(self.text)]
        self.index = LineIndex(source)
        self.env: dict = {}
        self.segments: list[Segment] = []
        self.suppressions: list[Suppression] = []
        self.unread = 0

    def document(self) -> Document:
        tokens = _MD.parse(self.text, self.env)
        if any(token.level >= MAX_NESTING - 1 for token in tokens):
            raise LintkitError(f"block quotes or lists nested deeper than {MAX_NESTING:,} levels: the deepest text cannot be read")
        quotes: list[bool | None] = []  # per open block quote: an aside (True), a quotation (False), undecided (None)
        item_depth = 0
        cell = 0
        for position, token in enumerate(tokens):
            kind = token.type
            if kind == "blockquote_open":
                quotes.append(None)
            elif kind == "blockquote_close":
                quotes.pop()
            elif kind in ("list_item_open", "list_item_close"):
                item_depth += token.nesting
            elif kind == "tr_open":
                cell = 0
            elif kind == "html_block":
                self.suppressions.extend(self._block_suppressions(token))
            elif kind == "inline":
                if quotes and quotes[-1] is None:
                    quotes[-1] = is_callout(token.content)
                quoted = any(aside is False for aside in quotes)
                opener = tokens[position - 1]
                if opener.type in ("th_open", "td_open"):
                    self._cell(token, cell, quoted)
                    cell += 1
                else:
                    self._block(token, opener, quoted, item_depth > 0)
        return Document(self.source, tuple(self.segments), tuple(self.suppressions), "markdown", self.unread)

    # -- blocks ---------------------------------------------------------------

    def _block(self, token: Token, opener: Token, quoted: bool, in_item: bool) -> None:
        if opener.type == "heading_open":
            kind = "heading"
        else:
            kind = "list_item" if in_item else "paragraph"
        try:
            if opener.type == "heading_open" and opener.markup.startswith("#"):
                offsets = self._atx_offsets(token.content, token.map[0])
            else:
                offsets = self._lines_offsets(token.content, token.map[0], token.map[1])
        except _Misaligned:
            self.unread += not_read("markdown", token.map[0], "its lines could not be aligned with the source")
            return
        self._inline(token.children or [], token.content, offsets, kind, quoted, token.map[0])

    def _cell(self, token: Token, column: int, quoted: bool) -> None:
        if not token.content:
            return
        cells = _row_cells(self.line_texts[token.map[0]])
        if column >= len(cells) or cells[column][0] != token.content:
            self.unread += not_read("markdown", token.map[0], f"table cell {column + 1} could not be found in its row")
            return
        content, columns = cells[column]
        base = self.lines[token.map[0]].start
        offsets = [base + col for col in columns]
        self._inline(token.children or [], content, offsets, "table_cell", quoted, token.map[0])

    def _inline(self, children, content: str, offsets: list[int], kind: str, quoted: bool, line: int) -> None:
        walk = _Walk(content, offsets, self.env, self.index)
        try:
            walk.run(children)
        except _Misaligned:
            self.unread += not_read("markdown", line, "its inline markup could not be aligned with the source")
            return
        self.suppressions.extend(walk.suppressions)
        segment = walk.prose.segment(kind, quoted, kind == "list_item" and _cites(children))
        if segment is not None:
            self.segments.append(segment)

    def _block_suppressions(self, token: Token) -> list[Suppression]:
        first, last = self.lines[token.map[0]], self.lines[token.map[1] - 1]
        chunk = self.source[first.start:last.end]
        return suppressions.in_html(chunk, lambda i: first.start + i, self.index)

    # -- content lines to source offsets -------------------------------------

    def _lines_offsets(self, content: str, first_line: int, end_line: int) -> list[int]:
        """Source offset of every character of a paragraph's (or setext heading's) content."""
        parts = content.split("\n")
        if first_line + len(parts) > end_line:
            raise _Misaligned
        offsets: list[int] = []
        for number, part in enumerate(parts, start=first_line):
            start = self.lines[number].start + _tail_column(self.line_texts[number], part)
            offsets.extend(range(start, start + len(part)))
            offsets.append(self.lines[number].end)  # the "\n" that joins content lines
        return offsets[:-1]

    def _atx_offsets(self, content: str, number: int) -> list[int]:
        """An ATX heading's content starts after the first run of ``#`` on its line."""
        line = self.line_texts[number]
        column = line.find("#")
        while column < len(line) and line[column] == "#":
            column += 1
        while not line.startswith(content, column):
            if column >= len(line) or not line[column].isspace():
                raise _Misaligned
            column += 1
        start = self.lines[number].start + column
        return list(range(start, start + len(content)))


def _tail_column(line: str, part: str) -> int:
    """Column where ``part`` (one content line) starts in its source line.

    The content line is the end of the source line, minus trailing blanks that
    markdown-it trimmed; leading spaces may stand for a partly consumed tab.
    """
    core = part.lstrip(" ")
    end = len(line)
    while not line.endswith(core, 0, end):
        if end == 0 or not line[end - 1].isspace():
            raise _Misaligned
        end -= 1
    return end - len(part)


def _row_cells(line: str) -> list[tuple[str, list[int]]]:
    """Each cell of a table row as markdown-it sees it: content and source column per character."""
    column = _CONTAINER_PREFIX.match(line).end()
    row_end = len(line.rstrip())
    cells: list[tuple[str, list[int]]] = []
    chars: list[str] = []
    columns: list[int] = []
    while column < row_end:
        char = line[column]
        if char == "|" and column and line[column - 1] == "\\":
            chars[-1:], columns[-1:] = ["|"], [column]
        elif char == "|":
            cells.append(_trimmed_cell(chars, columns))
            chars, columns = [], []
        else:
            chars.append(char)
            columns.append(column)
        column += 1
    cells.append(_trimmed_cell(chars, columns))
    if cells and not cells[0][0]:
        cells.pop(0)
    if cells and not cells[-1][0]:
        cells.pop()
    return cells


def _trimmed_cell(chars: list[str], columns: list[int]) -> tuple[str, list[int]]:
    start, end = 0, len(chars)
    while start < end and chars[start].isspace():
        start += 1
    while end > start and chars[end - 1].isspace():
        end -= 1
    return "".join(chars[start:end]), columns[start:end]


class _Walk:
    """Walks one inline block's tokens with a cursor into its raw content."""

    def __init__(self, content: str, offsets: list[int], env: dict, index: LineIndex):
        self.content = content
        self.offsets = offsets
        self.env = env
        self.index = index
        self.cursor = 0
        self.prose = Prose()
        self.suppressions: list[Suppression] = []
        self.in_autolink = False
        self.code_depth = 0

    def run(self, children: list[Token]) -> None:
        for token in children:
            if self.in_autolink:
                self.in_autolink = token.type != "link_close"
                continue
            handler = getattr(self, "_" + token.type, None)
            if handler is None:
                raise _Misaligned
            handler(token)

    def _at(self, markup: str) -> int:
        """The cursor, after checking that ``markup`` is what the content holds there."""
        if not self.content.startswith(markup, self.cursor):
            raise _Misaligned
        return self.cursor

    def _emit(self, text: str, start: int) -> None:
        if not self.code_depth:
            self.prose.extend(text, self.offsets[start:start + len(text)])

    def _text(self, token: Token) -> None:
        start = self._at(token.content)
        self._emit(token.content, start)
        self.cursor += len(token.content)

    def _text_special(self, token: Token) -> None:
        start = self._at(token.markup)
        if token.info == "escape" and token.content == token.markup[1:]:
            self._emit(token.content, start + 1)
        elif token.content == token.markup:
            self._emit(token.content, start)
        elif not self.code_depth:
            width = len(token.markup)
            self.prose.extend(token.content, [self.offsets[start + min(i, width - 1)] for i in range(len(token.content))])
        self.cursor += len(token.markup)

    def _softbreak(self, token: Token) -> None:
        newline = self.content.find("\n", self.cursor)
        if newline < 0:
            raise _Misaligned
        if not self.code_depth:
            self.prose.space(self.offsets[newline])
        self.cursor = newline + 1
        while self.cursor < len(self.content) and self.content[self.cursor] in _BLANK:
            self.cursor += 1

    _hardbreak = _softbreak

    def _code_inline(self, token: Token) -> None:
        self.cursor = _closing_backticks(self.content, self._at(token.markup) + len(token.markup), len(token.markup))

    def _html_inline(self, token: Token) -> None:
        start = self._at(token.content)
        self.suppressions.extend(suppressions.in_html(token.content, lambda i: self.offsets[start + i], self.index))
        if _CODE_OPEN.match(token.content):
            self.code_depth += 1
        elif _CODE_CLOSE.match(token.content) and self.code_depth:
            self.code_depth -= 1
        self.cursor += len(token.content)

    def _marker(self, token: Token) -> None:
        self.cursor = self._at(token.markup) + len(token.markup)

    _em_open = _em_close = _strong_open = _strong_close = _s_open = _s_close = _marker

    def _link_open(self, token: Token) -> None:
        if token.info == "auto":
            end = self.content.find(">", self._at("<"))
            if end < 0:
                raise _Misaligned
            self.cursor = end + 1
            self.in_autolink = True
        else:
            self.cursor = self._at("[") + 1

    def _link_close(self, token: Token) -> None:
        self.cursor = self._destination_end(self._at("]"))

    def _image(self, token: Token) -> None:
        label_end = self._at("![" + token.content + "]") + 2 + len(token.content)
        self.cursor = self._destination_end(label_end)

    def _destination_end(self, label_end: int) -> int:
        """Where a link's ``(destination "title")`` or ``[reference]`` ends, as markdown-it decides it."""
        src, end = self.content, len(self.content)
        position = label_end + 1
        if position < end and src[position] == "(":
            position = _skip_blanks(src, position + 1)
            destination = _MD.helpers.parseLinkDestination(src, position, end)
            if destination.ok:
                if _MD.validateLink(_MD.normalizeLink(destination.str)):
                    position = destination.pos
                before_title = position
                position = _skip_blanks(src, position)
                title = _MD.helpers.parseLinkTitle(src, position, end)
                if position < end and before_title != position and title.ok:
                    position = _skip_blanks(src, title.pos)
            if position < end and src[position] == ")":
                return position + 1
            position += 1
        if position < end and src[position] == "[":
            label = _MD.helpers.parseLinkLabel(StateInline(src, _MD, self.env, []), position)
            if label >= 0:
                return label + 1
        return label_end + 1


def _skip_blanks(src: str, position: int) -> int:
    while position < len(src) and src[position] in " \t\n":
        position += 1
    return position


def _closing_backticks(src: str, position: int, length: int) -> int:
    """End of the backtick run of exactly ``length`` that closes a code span."""
    while True:
        start = src.find("`", position)
        if start < 0:
            raise _Misaligned
        position = start
        while position < len(src) and src[position] == "`":
            position += 1
        if position - start == length:
            return position
