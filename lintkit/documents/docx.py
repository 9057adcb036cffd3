"""Word documents: a .docx has no lines, so paragraphs stand in for them.

The document's ``source`` is its paragraphs' text joined by newlines, which
makes "line N" mean "paragraph N+1" in every report, and lets a paragraph
that reads ``lintkit: disable=...`` act as a suppression comment as it would
in plain text. Only the stdlib is needed: a .docx is a zip of XML.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

from lintkit.documents import suppressions
from lintkit.documents.lines import LineIndex
from lintkit.documents.model import Document, Segment, Suppression
from lintkit.documents.prose import Prose
from lintkit.errors import LintkitError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLES = ("heading", "title", "subtitle")
_QUOTE_STYLES = ("quote", "intensequote")
_CODE_STYLES = ("code", "sourcecode", "htmlpreformatted", "macrotext")
_CHARACTERS = {f"{_W}tab": "\t", f"{_W}br": " ", f"{_W}cr": " ", f"{_W}noBreakHyphen": "-"}


@dataclass(frozen=True)
class _Paragraph:
    text: str
    kind: str
    quoted: bool
    code: bool


def read(data: bytes, path: str) -> Document:
    try:
        paragraphs = [_paragraph(element, in_cell) for element, in_cell in _paragraph_elements(_body(data, path), False)]
    except RecursionError:
        raise LintkitError("nests its XML too deeply to read", path=path) from None
    source = "\n".join(paragraph.text for paragraph in paragraphs)
    index = LineIndex(source)
    segments: list[Segment] = []
    found: list[Suppression] = []
    start = 0
    for paragraph in paragraphs:
        directive = suppressions.text_line_body(paragraph.text)
        end = start + len(paragraph.text)
        if directive is not None:
            found.append(suppressions.suppression(directive, end - len(directive), end, index))
        elif not paragraph.code:
            prose = Prose()
            prose.add(paragraph.text, start)
            segment = prose.segment(paragraph.kind, paragraph.quoted)
            if segment is not None:
                segments.append(segment)
        start = end + 1
    return Document(source, tuple(segments), tuple(found), "docx")


def _body(data: bytes, path: str) -> ElementTree.Element:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("word/document.xml")
        return ElementTree.fromstring(xml)
    except KeyError:
        raise LintkitError("is not a Word document (it has no word/document.xml)", path=path) from None
    except (zipfile.BadZipFile, ElementTree.ParseError, RuntimeError, NotImplementedError, EOFError, ValueError) as error:
        raise LintkitError(f"is not a readable .docx file ({error})", path=path) from None


def _paragraph_elements(element: ElementTree.Element, in_cell: bool):
    """Every ``w:p`` in document order, and whether it sits in a table cell."""
    for child in element:
        if child.tag == f"{_W}p":
            yield child, in_cell
        yield from _paragraph_elements(child, in_cell or child.tag == f"{_W}tc")


def _paragraph(element: ElementTree.Element, in_cell: bool) -> _Paragraph:
    style_element = element.find(f"{_W}pPr/{_W}pStyle")
    style = (style_element.get(f"{_W}val", "") if style_element is not None else "").lower()
    if style.startswith(_HEADING_STYLES):
        kind = "heading"
    elif in_cell:
        kind = "table_cell"
    elif element.find(f"{_W}pPr/{_W}numPr") is not None:
        kind = "list_item"
    else:
        kind = "paragraph"
    return _Paragraph("".join(_text(element)), kind, style in _QUOTE_STYLES, style in _CODE_STYLES)


def _text(element: ElementTree.Element):
    """A paragraph's visible text, without the paragraphs nested in it (text boxes)."""
    for child in element:
        if child.tag == f"{_W}t" and child.text:
            yield child.text.replace("\r", " ").replace("\n", " ")
        elif child.tag in _CHARACTERS:
            yield _CHARACTERS[child.tag]
        elif child.tag != f"{_W}p":
            yield from _text(child)
