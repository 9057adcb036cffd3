"""The parser set-up: front matter of every kind stays out of the prose, and nesting has a limit that is said."""
import pytest

from lintkit.documents import read_document
from lintkit.documents.markdown_parser import PARSER
from lintkit.errors import LintkitError
from tests.documents.checks import assert_exact


def read(source):
    return read_document(source, "markdown")


def test_front_matter_does_not_move_the_body():
    source = "---\ntitle: x\n---\n\nLeaders lead.\n"
    (segment,) = read(source).segments
    assert segment.text == "Leaders lead."
    assert segment.offsets[0] == source.index("Leaders")


def test_a_key_value_header_closed_by_tildes_is_metadata():
    source = "title=Management frameworks\nsummary=leadership/management frameworks\n~~~~~~\n\nManagers are leaders.\n"
    document = read(source)
    assert [s.text for s in document.segments] == ["Managers are leaders."]
    assert_exact(source, document)
    assert [s.text for s in read("a=b is a formula.\nLeaders lead.\n").segments] == ["a=b is a formula. Leaders lead."]


def test_nesting_beyond_the_limit_is_an_error_not_silence(monkeypatch):
    monkeypatch.setitem(PARSER.options, "maxNesting", 30)
    with pytest.raises(LintkitError, match="nested deeper than 30 levels"):
        read(">" * 40 + " We need leaders, not managers.\n")
