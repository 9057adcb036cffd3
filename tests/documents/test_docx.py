import io
import zipfile

import pytest

from lintkit.documents import read_bytes
from lintkit.errors import LintkitError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(body: str) -> bytes:
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


def paragraph(runs: str, style: str = "", numbered: bool = False) -> str:
    properties = f'<w:pStyle w:val="{style}"/>' if style else ""
    properties += '<w:numPr><w:ilvl w:val="0"/></w:numPr>' if numbered else ""
    return f"<w:p><w:pPr>{properties}</w:pPr>{runs}</w:p>"


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


BODY = "".join(
    [
        paragraph(run("Leaders and managers"), style="Heading1"),
        paragraph(run("We need ") + "<w:r><w:rPr><w:b/></w:rPr><w:t>leaders</w:t></w:r>" + "<w:r><w:tab/></w:r>"
                  + run("not ") + "<w:del><w:r><w:delText>deleted</w:delText></w:r></w:del>" + run("managers 👩‍💼.")),
        paragraph(run("lintkit: disable-next-line=LM001")),
        paragraph(run("A list item"), numbered=True),
        "<w:tbl><w:tr><w:tc>" + paragraph(run("A cell")) + "</w:tc></w:tr></w:tbl>",
        paragraph(run("Quoted managers"), style="Quote"),
        paragraph(run("leaders = managers"), style="SourceCode"),
        paragraph(run("See https://example.com/leaders now")),
    ]
)


def test_paragraphs_are_lines_and_segments():
    document = read_bytes(docx(BODY), "report.docx")
    assert document.markup == "docx"
    assert document.source.split("\n") == [
        "Leaders and managers",
        "We need leaders\tnot managers 👩‍💼.",
        "lintkit: disable-next-line=LM001",
        "A list item",
        "A cell",
        "Quoted managers",
        "leaders = managers",
        "See https://example.com/leaders now",
    ]
    assert [(s.kind, s.quoted, s.text) for s in document.segments] == [
        ("heading", False, "Leaders and managers"),
        ("paragraph", False, "We need leaders\tnot managers 👩‍💼."),
        ("list_item", False, "A list item"),
        ("table_cell", False, "A cell"),
        ("paragraph", True, "Quoted managers"),
        ("paragraph", False, "See  now"),
    ]
    for segment in document.segments:
        assert all(document.source[offset] == char for char, offset in zip(segment.text, segment.offsets) if char != " ")


def test_a_suppression_paragraph_applies_to_the_next_paragraph():
    (suppression,) = read_bytes(docx(BODY), "report.docx").suppressions
    assert (suppression.action, suppression.codes, suppression.line) == ("disable-next-line", {"LM001"}, 2)


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"PK\x03\x04 not really a zip", "not a readable .docx"),
        (b"", "not a readable .docx"),
        (docx("<w:p>").replace(b"word/document.xml", b"word/other___.xml"), "no word/document.xml"),
    ],
)
def test_a_corrupt_docx_is_a_one_line_error(data, problem):
    with pytest.raises(LintkitError, match=problem) as error:
        read_bytes(data, "bad.docx")
    assert str(error.value).startswith("bad.docx: ") and "\n" not in str(error.value)


def test_broken_xml_is_a_one_line_error():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><unclosed>")
    with pytest.raises(LintkitError, match="not a readable .docx"):
        read_bytes(buffer.getvalue(), "bad.docx")


def deflated_docx(target, pieces) -> None:
    """A .docx whose document.xml is written piece by piece (a bomb never held in memory)."""
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as xml:
            for piece in pieces:
                xml.write(piece)


def test_a_small_docx_holding_too_much_xml_is_refused_in_one_line():
    buffer = io.BytesIO()
    many = paragraph(run("We need leaders, not managers. " * 330)).encode() * 6_800  # about 68 MB
    deflated_docx(buffer, [f'<w:document xmlns:w="{W}"><w:body>'.encode(), many, b"</w:body></w:document>"])
    assert len(buffer.getvalue()) < 1_000_000
    with pytest.raises(LintkitError, match=r"^big\.docx: holds more than 50 MB of document XML"):
        read_bytes(buffer.getvalue(), "big.docx")


def test_too_many_paragraphs_are_refused_in_one_line(monkeypatch):
    from lintkit.documents import docx as reader

    monkeypatch.setattr(reader, "MAX_PARAGRAPHS", 100)
    with pytest.raises(LintkitError, match=r"^many\.docx: has more than 100 paragraphs"):
        read_bytes(docx(paragraph(run("Leaders.")) * 101), "many.docx")
    assert len(read_bytes(docx(paragraph(run("Leaders.")) * 100), "many.docx").segments) == 100


@pytest.mark.slow
def test_a_one_gigabyte_text_node_is_refused_without_reading_it(tmp_path):
    bomb = tmp_path / "bomb.docx"
    head = f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>'.encode()
    deflated_docx(bomb, [head, *(b"a" * 2**20 for _ in range(1024)), b"</w:t></w:r></w:p></w:body></w:document>"])
    with pytest.raises(LintkitError, match="holds more than 50 MB"):
        read_bytes(bomb.read_bytes(), "bomb.docx")
