"""The markup table is the one place a markup is declared: everything else follows from it."""
import pytest

from lintkit.discovery import expand
from lintkit.documents import read_bytes, read_document
from lintkit.documents.markups import EXTENSIONS, INCLUDE_GLOBS, LANGUAGE_IDS, MARKUPS, TEXT_MARKUPS, comment, is_comment_line, markup_for_path


@pytest.mark.parametrize("extension, markup", sorted(EXTENSIONS.items()))
def test_every_extension_is_read_as_its_markup(extension, markup):
    assert markup_for_path(f"docs/page{extension.upper()}") == markup
    if markup in TEXT_MARKUPS:
        assert read_bytes(b"Plain words.\n", f"page{extension}").markup == markup


def test_a_folder_walk_finds_every_extension_with_one(tmp_path):
    for extension in EXTENSIONS:
        (tmp_path / f"page{extension}").write_bytes(b"")
    files, errors, _ = expand((str(tmp_path),))
    assert not errors and sorted(markup_for_path(f) for f in files) == sorted(m for e, m in EXTENSIONS.items() if e)
    assert INCLUDE_GLOBS == tuple(f"*{e}" for e in EXTENSIONS if e)


@pytest.mark.parametrize("markup", TEXT_MARKUPS)
def test_the_comment_a_quick_fix_writes_is_one_the_reader_obeys(markup):
    source = f"{comment(markup, 'lintkit: disable-next-line=LM002')}\n\nWe need leaders, not managers.\n"
    (directive,) = read_document(source, markup).suppressions
    assert (directive.action, directive.codes) == ("disable-next-line", frozenset({"LM002"}))


@pytest.mark.parametrize("markup", TEXT_MARKUPS)
def test_a_line_holding_only_the_comment_is_known_as_one_in_its_own_markup_alone(markup):
    written = comment(markup, "lintkit: disable=LM001")
    assert is_comment_line(markup, f"  {written}\n")
    assert is_comment_line(markup, written.replace(" ", "").upper())
    others = {comment(other, "lintkit: disable=LM001") for other in TEXT_MARKUPS} - {written}
    assert not any(is_comment_line(markup, other) for other in others)
    assert not is_comment_line(markup, "Leaders lead.")


def test_editor_language_ids_name_text_markups():
    assert LANGUAGE_IDS == {"markdown": "markdown", "restructuredtext": "rst", "rst": "rst", "plaintext": "text", "text": "text", "html": "html"}
    assert set(LANGUAGE_IDS.values()) <= set(TEXT_MARKUPS)


def test_a_binary_markup_has_no_text_reader():
    assert MARKUPS["docx"].read_text is None and MARKUPS["docx"].read_binary is not None
    with pytest.raises(Exception, match=r"a \.docx file is binary"):
        read_document("text", "docx")
