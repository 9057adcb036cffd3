"""Markdown: markdown-it parses, and we align its tokens back to the source.

markdown-it gives block tokens with line ranges but inline tokens without any
position, and it rewrites the text it hands out (line breaks, container
markers, trimmed blanks). So each inline block is aligned in two steps, both
structural: every content line is the tail of its source line (container
markers and indentation are a prefix), and the inline children are then walked
with a cursor through the raw content, stepping over each piece of markup by
its own syntax. The source is never searched for the words a token contains,
so a word that appears twice can never be placed at the wrong occurrence.
This module walks the blocks and aligns their lines; the parser set-up, the
inline walk and table rows have modules of their own (``markdown_parser``,
``markdown_inline``, ``markdown_tables``).

A block whose tokens cannot be aligned is left out rather than reported at a
guessed position, and counted as unread (see ``unread.py``).
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from markdown_it.token import Token

from lintkit.documents import suppression_comments
from lintkit.documents.callouts import is_callout
from lintkit.documents.html_text import shown
from lintkit.documents.lines import LineIndex, normalize_breaks, split_lines
from lintkit.documents.markdown_inline import InlineWalk, Misaligned
from lintkit.documents.markdown_parser import BLOCK_PARSER, FRAMES_PER_LEVEL, PARSER
from lintkit.documents.markdown_tables import row_cells
from lintkit.documents.model import Document, Segment, Suppression
from lintkit.documents.offsets import OffsetMap, OffsetMapBuilder
from lintkit.documents.prose import Prose
from lintkit.documents.unread import not_read
from lintkit.errors import LintkitError


def read(source: str, reuse: BlockReuse | None = None) -> Document:
    """The document of ``source``; with ``reuse``, the inline blocks of the text ``reuse`` last read are not read again."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, limit + FRAMES_PER_LEVEL * PARSER.options["maxNesting"]))
    try:
        return _MarkdownWalker(source, reuse).document()
    finally:
        sys.setrecursionlimit(limit)


@dataclass(frozen=True)
class _Read:
    """What one inline block gave, and where it was: its first line's offset and number.

    ``article`` is true for a list entry that opens with a link to an article (see ``_links_article``).
    """

    segments: tuple[Segment, ...]
    suppressions: tuple[Suppression, ...]
    unread: int
    start: int
    line: int
    article: bool = False

    def moved(self, start: int, line: int) -> _Read:
        """What the block gives when its first line starts at offset ``start``, line ``line``."""
        by, lines = start - self.start, line - self.line
        if not by and not lines:
            return self
        return _Read(
            tuple(Segment(s.text, _moved_offsets(s.offsets, by), s.kind, s.quoted, s.cited) for s in self.segments),
            tuple(replace(c, start=c.start + by, end=c.end + by, line=c.line + lines, end_line=None if c.end_line is None else c.end_line + lines) for c in self.suppressions),
            self.unread,
            start,
            line,
            self.article,
        )


class BlockReuse:
    """What each inline block of the last text read gave, for the next read of an edited version of it (an editor's buffer).

    Only the block structure is parsed again (markdown-it's block pass); an inline
    block whose source lines, content and setting (container, quotation, table
    column) are unchanged, under the same link reference definitions, gives what
    it gave before, moved to where it now starts: its inline parse and walk are
    skipped. ``tests/lsp/test_incremental.py`` edits documents at random and
    compares with a fresh read.
    """

    def __init__(self) -> None:
        self.blocks: dict[tuple, _Read] = {}
        self.read = 0  # inline blocks the last read parsed (the rest were reused)


def _moved_offsets(offsets: OffsetMap, by: int) -> OffsetMap:
    builder = OffsetMapBuilder()
    for start, length in offsets.runs():
        builder.add_run(start + by, length)
    return builder.build()


# A block of HTML that opens with an element ("<table>", "<p>", "<div class=...>"), not a comment, declaration or
# processing instruction, whose line may go on with Markdown the block swallows ("<!-- note --> [a link](...)").
HTML_ELEMENT_BLOCK = re.compile(r"[ \t]*</?[A-Za-z]")
CITED_TITLE_WORDS = 4  # "[TTSC leadership](…)" labels a link; "[Why teams need leaders](…)" cites a title
PERMALINK_WORDS = 3  # ".../posts/failed-squad-goals/" is an article's address; ".../forum", ".../leadcats/" are not


def _cites(children: list[Token]) -> bool:
    """A reading-list entry: it opens with a link to another site whose text is a title."""
    link = _opening_link(children)
    return link is not None and link[1] >= CITED_TITLE_WORDS


def _links_article(children: list[Token]) -> bool:
    """An entry whose nested items are notes on an article: it cites a title, or links to an article's permalink.

    "- [Spotify's Failed #SquadGoals](https://…/posts/failed-squad-goals/)" with the
    article's points in nested items below it: the notes say what the article
    says. A link to a mailing list or a tool ("…/forum", "…/jira") with the
    writer's own instructions beneath keeps the writer's voice.
    """
    link = _opening_link(children)
    return link is not None and (link[1] >= CITED_TITLE_WORDS or _permalink(link[0]))


def _permalink(href: str) -> bool:
    """The address ends in a slug of words, as a post's or an article's address does."""
    last = next((part for part in reversed(urlsplit(href).path.split("/")) if part), "")
    return sum(word.isalpha() for word in re.split("[-_]", last.rsplit(".", 1)[0])) >= PERMALINK_WORDS


def _opening_link(children: list[Token]) -> tuple[str, int] | None:
    """The address and word count of the link to another site an entry opens with, unless the link is a sentence's subject."""
    if not children or children[0].type != "link_open":
        return None
    href = str(children[0].attrGet("href") or "")
    if not href.startswith(("http://", "https://")):
        return None
    words = 0
    for at, token in enumerate(children[1:], start=1):
        if token.type == "link_close":
            return None if _sentence_goes_on(children[at + 1:]) else (href, words)
        words += len(token.content.split())
    return None


def _sentence_goes_on(after_link: list[Token]) -> bool:
    """The link is the subject of the writer's sentence ("[Monthly snapshot meetings](…) share status with …"),
    not a title followed by its byline or a description ("- by …", ": …", "(2019)")."""
    following = next((token.content for token in after_link if token.type == "text" and token.content.strip()), "")
    first = following.lstrip().split(maxsplit=1)[:1]
    return following[:1].isspace() and bool(first) and first[0][:1].islower() and first[0].isalpha() and first[0] != "by"


class _MarkdownWalker:
    def __init__(self, source: str, reuse: BlockReuse | None = None):
        self.source = source
        self.reuse = reuse
        self.kept: dict[tuple, _Read] = {}  # what this read leaves for the next (with ``reuse``)
        self.references = ""
        self.text = normalize_breaks(source).replace("\0", "\ufffd")
        self.lines = split_lines(source)
        self.line_texts = [line.text(self.text) for line in split_lines(self.text)]
        self.index = LineIndex(source)
        self.env: dict = {}
        self.segments: list[Segment] = []
        self.suppressions: list[Suppression] = []
        self.unread = 0

    def document(self) -> Document:
        tokens = (PARSER if self.reuse is None else BLOCK_PARSER).parse(self.text, self.env)
        # What the link reference definitions say, as one string (its hash is computed once, not once per block).
        self.references = repr(sorted((label, found["href"], found["title"]) for label, found in self.env.get("references", {}).items()))
        if self.reuse is not None:
            self.reuse.read = 0
        nesting = PARSER.options["maxNesting"]
        if any(token.level >= nesting - 1 for token in tokens):
            raise LintkitError(f"block quotes or lists nested deeper than {nesting:,} levels: the deepest text cannot be read")
        quotes: list[bool | None] = []  # per open block quote: an aside (True), a quotation (False), undecided (None)
        entries: list[bool | None] = []  # per open list item: it opens with a link to an article (None until its first block is read)
        cell = 0
        for position, token in enumerate(tokens):
            kind = token.type
            if kind == "blockquote_open":
                quotes.append(None)
            elif kind == "blockquote_close":
                quotes.pop()
            elif kind == "list_item_open":
                entries.append(None)
            elif kind == "list_item_close":
                entries.pop()
            elif kind == "tr_open":
                cell = 0
            elif kind == "html_block":
                self.suppressions.extend(self._block_suppressions(token))
                if token.level == 0 and HTML_ELEMENT_BLOCK.match(token.content):
                    self.segments.extend(self._html_block_prose(token))
            elif kind == "inline":
                if quotes and quotes[-1] is None:
                    quotes[-1] = is_callout(token.content)
                quoted = any(aside is False for aside in quotes)
                opener = tokens[position - 1]
                if opener.type in ("th_open", "td_open"):
                    self._reused_or_read(token, opener, quoted, False, cell, False)
                    cell += 1
                else:
                    # an item nested under an entry that links to an article is a note on the article
                    article = self._reused_or_read(token, opener, quoted, bool(entries), None, any(entries[:-1]))
                    if entries and entries[-1] is None:
                        entries[-1] = article
        if self.reuse is not None:
            self.reuse.blocks = self.kept
        return Document(self.source, tuple(self.segments), tuple(self.suppressions), "markdown", self.unread)

    def _reused_or_read(self, token: Token, opener: Token, quoted: bool, in_item: bool, cell: int | None, note: bool) -> bool:
        """An inline block (a table cell if ``cell`` is its column), read, or given what it gave when last read.

        ``note`` is true under an entry that links to an article; the result is true if this block's entry does.
        """
        if self.reuse is None:
            return self._read_inline(token, opener, quoted, in_item, cell, note)
        first, last = self.lines[token.map[0]], self.lines[token.map[1] - 1]
        key = (opener.type, opener.markup, cell, quoted, in_item, note, token.content, self.source[first.start:last.end], self.references)
        start, line = first.start, self.index.line_of(first.start)
        before = self.reuse.blocks.get(key) or self.kept.get(key)
        if before is None:
            counts = len(self.segments), len(self.suppressions), self.unread
            token.children = []
            PARSER.inline.parse(token.content, PARSER, self.env, token.children)
            article = self._read_inline(token, opener, quoted, in_item, cell, note)
            self.reuse.read += 1
            self.kept[key] = _Read(tuple(self.segments[counts[0]:]), tuple(self.suppressions[counts[1]:]), self.unread - counts[2], start, line, article)
            return article
        read = self.kept[key] = before.moved(start, line)
        self.segments.extend(read.segments)
        self.suppressions.extend(read.suppressions)
        self.unread += read.unread
        return read.article

    def _read_inline(self, token: Token, opener: Token, quoted: bool, in_item: bool, cell: int | None, note: bool) -> bool:
        if cell is not None:
            self._cell(token, cell, quoted)
            return False
        return self._block(token, opener, quoted, in_item, note)

    # -- blocks ---------------------------------------------------------------

    def _block(self, token: Token, opener: Token, quoted: bool, in_item: bool, note: bool) -> bool:
        if opener.type == "heading_open":
            kind = "heading"
        else:
            kind = "list_item" if in_item else "paragraph"
        try:
            if opener.type == "heading_open" and opener.markup.startswith("#"):
                offsets = self._atx_offsets(token.content, token.map[0])
            else:
                offsets = self._lines_offsets(token.content, token.map[0], token.map[1])
        except Misaligned:
            self.unread += not_read("markdown", token.map[0], "its lines could not be aligned with the source")
            return False
        return self._inline(token.children or [], token.content, offsets, kind, quoted, token.map[0], note)

    def _cell(self, token: Token, column: int, quoted: bool) -> None:
        if not token.content:
            return
        cells = row_cells(self.line_texts[token.map[0]])
        if column >= len(cells) or cells[column][0] != token.content:
            self.unread += not_read("markdown", token.map[0], f"table cell {column + 1} could not be found in its row")
            return
        content, columns = cells[column]
        base = self.lines[token.map[0]].start
        offsets = [base + col for col in columns]
        self._inline(token.children or [], content, offsets, "table_cell", quoted, token.map[0])

    def _inline(self, children, content: str, offsets: list[int], kind: str, quoted: bool, line: int, note: bool = False) -> bool:
        """Read a block's prose; true if it is a list entry that links to an article (its nested items are notes on it)."""
        walk = InlineWalk(content, offsets, self.env, self.index)
        try:
            walk.run(children)
        except Misaligned:
            self.unread += not_read("markdown", line, "its inline markup could not be aligned with the source")
            return False
        self.suppressions.extend(walk.suppressions)
        entry = kind == "list_item"
        segment = walk.prose.segment(kind, quoted, note or (entry and _cites(children)))
        if segment is not None:
            self.segments.append(segment)
        return entry and _links_article(children)

    def _html_block_prose(self, token: Token) -> list[Segment]:
        """The text a browser shows of a block of HTML, read as an HTML file is.

        Handbooks exported from word processors keep tables and paragraphs as HTML
        inside Markdown ("<td>Partners with leadership to set the roadmap</td>"): a
        reader sees that prose, so it is linted. Only a block outside lists and
        block quotes, whose lines carry no container markers to step over.
        """
        first, last = self.lines[token.map[0]], self.lines[token.map[1] - 1]
        segments = []
        for read in shown(self.source[first.start:last.end])[0]:
            prose = Prose()
            prose.extend(read.text, (first.start + offset for offset in read.offsets))
            segments.append(prose.segment(read.kind, read.quoted))
        return segments

    def _block_suppressions(self, token: Token) -> list[Suppression]:
        first, last = self.lines[token.map[0]], self.lines[token.map[1] - 1]
        chunk = self.source[first.start:last.end]
        return suppression_comments.in_html(chunk, lambda i: first.start + i, self.index)

    # -- content lines to source offsets -------------------------------------

    def _lines_offsets(self, content: str, first_line: int, end_line: int) -> list[int]:
        """Source offset of every character of a paragraph's (or setext heading's) content."""
        parts = content.split("\n")
        if first_line + len(parts) > end_line:
            raise Misaligned
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
                raise Misaligned
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
            raise Misaligned
        end -= 1
    return end - len(part)
