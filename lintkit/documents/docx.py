"""Word documents: a .docx has no lines, so paragraphs stand in for them.

The document's ``source`` is its paragraphs' text joined by newlines, which
makes "line N" mean "paragraph N+1" in every report, and lets a paragraph
that reads ``lintkit: disable=...`` act as a suppression comment as it would
in plain text. Only the stdlib is needed: a .docx is a zip of XML.

The XML is decompressed and parsed as a stream, a paragraph at a time, and a
document beyond MAX_XML_BYTES of XML or MAX_PARAGRAPHS paragraphs is refused
with one line: a small zip can hold gigabytes of XML.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

from lintkit.documents import suppression_comments
from lintkit.documents.lines import LineIndex
from lintkit.documents.model import Document, Segment, Suppression
from lintkit.documents.prose import Prose
from lintkit.errors import LintkitError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLES = ("heading", "title", "subtitle")
_QUOTE_STYLES = ("quote", "intensequote")
_CODE_STYLES = ("code", "sourcecode", "htmlpreformatted", "macrotext")
MAX_XML_BYTES = 50 * 1024 * 1024
MAX_PARAGRAPHS = 200_000
_CHUNK = 1024 * 1024
_CHARACTERS = {f"{_W}tab": "\t", f"{_W}br": " ", f"{_W}cr": " ", f"{_W}noBreakHyphen": "-"}


@dataclass(frozen=True)
class _Paragraph:
    text: str
    kind: str
    quoted: bool
    code: bool


def read(data: bytes, path: str) -> Document:
    try:
        paragraphs = _paragraphs(data, path)
    except RecursionError:
        raise LintkitError("nests its XML too deeply to read", path=path) from None
    source = "\n".join(paragraph.text for paragraph in paragraphs)
    index = LineIndex(source)
    segments: list[Segment] = []
    found: list[Suppression] = []
    start = 0
    for paragraph in paragraphs:
        directive = suppression_comments.text_line_body(paragraph.text)
        end = start + len(paragraph.text)
        if directive is not None:
            found.append(suppression_comments.suppression(directive, end - len(directive), end, index))
        elif not paragraph.code:
            prose = Prose()
            prose.add(paragraph.text, start)
            segment = prose.segment(paragraph.kind, paragraph.quoted)
            if segment is not None:
                segments.append(segment)
        start = end + 1
    return Document(source, tuple(segments), tuple(found), "docx")


def _paragraphs(data: bytes, path: str) -> list[_Paragraph]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open("word/document.xml") as xml:
            return _parsed(xml, path)
    except KeyError:
        raise LintkitError("is not a Word document (it has no word/document.xml)", path=path) from None
    except (zipfile.BadZipFile, ElementTree.ParseError, RuntimeError, NotImplementedError, EOFError, ValueError, OSError) as error:
        raise LintkitError(f"is not a readable .docx file ({error})", path=path) from None


def _parsed(xml, path: str) -> list[_Paragraph]:
    """Every ``w:p`` in document order (an outer paragraph before the text boxes in it), read as the XML streams in."""
    parser = ElementTree.XMLPullParser(events=("start", "end"))
    paragraphs: list[_Paragraph | None] = []
    slots: list[int] = []  # the open paragraphs' places in ``paragraphs``
    cells = 0
    size = 0
    while chunk := xml.read(_CHUNK):
        size += len(chunk)
        if size > MAX_XML_BYTES:
            raise LintkitError(f"holds more than {MAX_XML_BYTES // 2**20} MB of document XML (the limit for a .docx)", path=path)
        parser.feed(chunk)
        for event, element in parser.read_events():
            if element.tag == f"{_W}tc":
                cells += 1 if event == "start" else -1
            elif element.tag != f"{_W}p":
                continue
            elif event == "start":
                if len(paragraphs) >= MAX_PARAGRAPHS:
                    raise LintkitError(f"has more than {MAX_PARAGRAPHS:,} paragraphs (the limit for a .docx)", path=path)
                slots.append(len(paragraphs))
                paragraphs.append(None)
            else:
                paragraphs[slots.pop()] = _paragraph(element, cells > 0)
                element.clear()  # its text is read: only the empty element stays in the tree
    parser.close()
    return [paragraph for paragraph in paragraphs if paragraph is not None]


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
