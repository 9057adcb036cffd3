import pytest

from lintkit.documents import decode, markup_for_path, read_bytes, read_document
from lintkit.errors import LintkitError


def test_utf8_with_and_without_bom():
    assert decode("Leaders — managers".encode(), "a.md") == "Leaders — managers"
    assert decode(b"\xef\xbb\xbfLeaders", "a.md") == "Leaders"


def test_binary_data_is_a_one_line_error_naming_the_file():
    with pytest.raises(LintkitError) as error:
        decode(b"PK\x03\x04\x00\x00binary", "docs/a.md")
    assert str(error.value).startswith("docs/a.md: ")
    assert "binary" in str(error.value) and "\n" not in str(error.value)


def test_invalid_utf8_names_the_byte_offset():
    with pytest.raises(LintkitError, match="byte offset 4"):
        decode(b"abc \xff def", "a.txt")
    with pytest.raises(LintkitError, match="byte offset 5"):
        decode(b"\xef\xbb\xbfab\xc3", "a.txt")


def test_utf16_is_named():
    with pytest.raises(LintkitError, match="UTF-16"):
        decode("text".encode("utf-16"), "a.txt")


@pytest.mark.parametrize(
    "path, markup",
    [
        ("README.md", "markdown"), ("a.MARKDOWN", "markdown"), ("a.mdown", "markdown"), ("a.mkd", "markdown"),
        ("notes.txt", "text"), ("a.text", "text"), ("LICENSE", "text"), ("docs/index.rst", "rst"),
        ("a.rest", "rst"), ("a.html", "html"), ("a.htm", "html"), ("a.docx", "docx"), ("a.py", None),
    ],
)
def test_markup_for_path(path, markup):
    assert markup_for_path(path) == markup


def test_read_bytes_decodes_and_picks_the_reader():
    document = read_bytes(b"# Leaders\n", "a.md")
    assert document.markup == "markdown"
    assert [s.kind for s in document.segments] == ["heading"]


def test_unknown_markup_and_file_type_are_errors():
    with pytest.raises(LintkitError, match="unknown markup"):
        read_document("x", "asciidoc")
    with pytest.raises(LintkitError, match="a.py"):
        read_bytes(b"x", "a.py")
    with pytest.raises(LintkitError, match="read_bytes"):
        read_document("x", "docx")
