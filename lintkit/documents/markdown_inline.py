"""One inline block of Markdown, walked token by token with a cursor through its raw content.

markdown-it's inline tokens carry no positions and it rewrites the text it
hands out, so the walk steps over each piece of markup by its own syntax (a
``*``, a backtick run, a link's destination as markdown-it itself parses it)
and checks that every token sits where the raw content says it must. The text
tokens then take their source offsets from the content's offset map; nothing
is found by searching for the words.
"""
from __future__ import annotations

import re

from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from lintkit.documents import suppression_comments
from lintkit.documents.lines import LineIndex
from lintkit.documents.markdown_parser import PARSER
from lintkit.documents.model import Suppression
from lintkit.documents.prose import Prose

_CODE_ELEMENTS = "code|kbd|samp|pre|script|style|textarea"
_CODE_OPEN = re.compile(rf"<(?:{_CODE_ELEMENTS})(?:\s[^>]*)?(?<!/)>\Z", re.IGNORECASE)
_CODE_CLOSE = re.compile(rf"</(?:{_CODE_ELEMENTS})\s*>\Z", re.IGNORECASE)
_BLANK = " \t"


class Misaligned(Exception):
    """A token did not sit where the raw content says it must."""


class InlineWalk:
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
                raise Misaligned
            handler(token)

    def _at(self, markup: str) -> int:
        """The cursor, after checking that ``markup`` is what the content holds there."""
        if not self.content.startswith(markup, self.cursor):
            raise Misaligned
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
            raise Misaligned
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
        self.suppressions.extend(suppression_comments.in_html(token.content, lambda i: self.offsets[start + i], self.index))
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
                raise Misaligned
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
            destination = PARSER.helpers.parseLinkDestination(src, position, end)
            if destination.ok:
                if PARSER.validateLink(PARSER.normalizeLink(destination.str)):
                    position = destination.pos
                before_title = position
                position = _skip_blanks(src, position)
                title = PARSER.helpers.parseLinkTitle(src, position, end)
                if position < end and before_title != position and title.ok:
                    position = _skip_blanks(src, title.pos)
            if position < end and src[position] == ")":
                return position + 1
            position += 1
        if position < end and src[position] == "[":
            label = PARSER.helpers.parseLinkLabel(StateInline(src, PARSER, self.env, []), position)
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
            raise Misaligned
        position = start
        while position < len(src) and src[position] == "`":
            position += 1
        if position - start == length:
            return position
