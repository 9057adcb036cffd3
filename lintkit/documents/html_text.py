"""The text a browser shows of HTML, with every character's source position.

The stdlib parser reports where each event starts; entities are taken as
separate events (``convert_charrefs=False``) so a decoded ``&amp;`` still maps
to the ``&`` it came from. Block-level tags end a segment; inline tags join
their text to the sentence around them, as a browser would render it.
Whitespace runs collapse to one space, as they do when rendered. Both an HTML
file (``html``) and a block of HTML inside Markdown (``markdown``) are read so.
"""
from __future__ import annotations

import html
from collections import Counter
from html.parser import HTMLParser

from lintkit.documents import suppression_comments
from lintkit.documents.lines import LineIndex
from lintkit.documents.model import Segment, Suppression
from lintkit.documents.prose import Prose

_NEVER_PROSE = {"script", "style", "code", "pre", "kbd", "samp", "template", "textarea", "svg", "math"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "head", "header", "hr", "html", "li", "main", "nav", "ol", "p", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
}
_KINDS = {
    **{f"h{level}": "heading" for level in range(1, 7)},
    "title": "heading",
    "td": "table_cell",
    "th": "table_cell",
    "li": "list_item",
    "dt": "list_item",
    "dd": "list_item",
}


def shown(source: str) -> tuple[list[Segment], list[Suppression]]:
    """The segments of text ``source`` shows, and its suppression comments."""
    parser = _Parser(source)
    parser.feed(source)
    parser.close()
    parser.flush()
    return parser.segments, parser.suppressions


class _Parser(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.index = LineIndex(source)
        # html.parser counts lines at "\n" only, whatever the line endings are.
        self.newline_starts = [0] + [i + 1 for i, char in enumerate(source) if char == "\n"]
        self.open: list[str] = []
        self.open_count: Counter[str] = Counter()  # "is it open?" without a scan of a deep stack
        self.kinds: list[str] = []  # segment kinds of the open elements that set one
        self.quotes = 0
        self.hidden = 0
        self.prose = Prose()
        self.segments: list[Segment] = []
        self.suppressions: list[Suppression] = []

    def _here(self) -> int:
        line, column = self.getpos()
        return self.newline_starts[line - 1] + column

    def flush(self) -> None:
        segment = self.prose.segment(self.kinds[-1] if self.kinds else "paragraph", self.quotes > 0)
        if segment is not None:
            self.segments.append(segment)
        self.prose = Prose()

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _BLOCKS:
            self.flush()
        if tag == "br":
            self.prose.space(self._here())
        if tag not in _VOID:
            self._push(tag)

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCKS:
            self.flush()
        if tag == "br":
            self.prose.space(self._here())

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.flush()
        if self.open_count[tag]:
            while self._pop() != tag:
                pass

    def _push(self, tag: str) -> None:
        self.open.append(tag)
        self.open_count[tag] += 1
        self.hidden += tag in _NEVER_PROSE
        self.quotes += tag == "blockquote"
        if tag in _KINDS:
            self.kinds.append(_KINDS[tag])

    def _pop(self) -> str:
        tag = self.open.pop()
        self.open_count[tag] -= 1
        self.hidden -= tag in _NEVER_PROSE
        self.quotes -= tag == "blockquote"
        if tag in _KINDS:
            self.kinds.pop()
        return tag

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        start = self._here()
        for i, char in enumerate(data):
            if char.isspace():
                self.prose.space(start + i)
            else:
                self.prose.extend(char, [start + i])

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};", len(name) + 1)

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};", len(name) + 2)

    def _reference(self, reference: str, length: int) -> None:
        """An entity or character reference; the source may omit its ``;``."""
        if self.hidden:
            return
        start = self._here()
        width = length + (self.source.startswith(";", start + length))
        text = html.unescape(reference)
        if text == reference:
            text = self.source[start:start + width]
        offsets = [start + min(i, width - 1) for i in range(len(text))]
        self.prose.extend(text, offsets)

    def parse_html_declaration(self, i: int) -> int:
        """A malformed ``<!...>`` is skipped like a bogus comment (html.parser would raise)."""
        # HACK: overrides an undocumented method of html.parser.HTMLParser and resets its
        # lineno/offset, since the standard parser raises AssertionError mid-document on
        # "<![" it cannot read. Checked with Python 3.11.7.
        position = self.getpos()
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            self.lineno, self.offset = position  # the failed scan already moved them
            end = self.rawdata.find(">", i)
            return -1 if end < 0 else end + 1

    def handle_comment(self, data: str) -> None:
        start = self._here()
        found = suppression_comments.suppression(data, start, start + len(data) + 7, self.index)
        if found is not None:
            self.suppressions.append(found)
