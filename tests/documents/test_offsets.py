"""The run-length offset map answers exactly as the plain array of offsets it replaces."""
import pickle
from array import array

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lintkit.documents import prose, read_bytes, read_document
from lintkit.documents.offsets import OffsetMap
from tests.documents.test_docx import docx, paragraph, run
from tests.documents.test_properties import any_text, markdown_source

# Runs of consecutive offsets with gaps between them, as readers produce them.
runs = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 6)), max_size=12)


def offsets_of(pieces):
    offsets, position = [], 0
    for gap, length in pieces:
        position += gap
        offsets.extend(range(position, position + length))
        position += length
    return offsets


@settings(max_examples=300)
@given(runs, st.data())
def test_the_map_reads_like_the_list_of_its_offsets(pieces, data):
    plain = offsets_of(pieces)
    compact = OffsetMap.of(plain)
    assert len(compact) == len(plain)
    assert list(compact) == plain
    assert compact == plain and compact == OffsetMap.of(plain)
    assert [compact[i] for i in range(-len(plain), len(plain))] == [plain[i] for i in range(-len(plain), len(plain))]
    bound = st.integers(-len(plain) - 2, len(plain) + 2) | st.none()
    cut = slice(data.draw(bound), data.draw(bound), data.draw(st.sampled_from([None, 1, 2, -1])))
    assert list(compact[cut]) == plain[cut]
    assert compact[cut] == OffsetMap.of(plain[cut])  # a slice is stored as runs as well
    assert pickle.loads(pickle.dumps(compact)) == compact


def test_an_index_past_either_end_is_an_error_as_in_a_list():
    compact = OffsetMap.of([3, 4, 9])
    for index in (3, -4):
        with pytest.raises(IndexError):
            compact[index]


def test_consecutive_offsets_take_one_run():
    assert repr(OffsetMap.of([*range(10, 1000), 2000, 2001])) == "OffsetMap(length=992, runs=[(10, 990), (2000, 2)])"


class PlainOffsets(list):
    """What ``Prose`` collected before the runs: one int per character, turned into an array."""

    def build(self):
        return array("q", self)


def both_maps(read):
    """The segments ``read()`` returns with the compact maps, and with the plain arrays."""
    compact = read()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(prose, "OffsetMapBuilder", PlainOffsets)
        plain = read()
    assert all(isinstance(s.offsets, array) for s in plain.segments)
    return compact.segments, plain.segments


def assert_same_offsets(read):
    compact, plain = both_maps(read)
    assert [s.text for s in compact] == [s.text for s in plain]
    for left, right in zip(compact, plain):
        assert isinstance(left.offsets, OffsetMap)
        assert list(left.offsets) == list(right.offsets)
        assert [left.offsets[i] for i in range(len(right.offsets))] == list(right.offsets)


@pytest.mark.parametrize("markup", ["markdown", "rst", "html", "text"])
@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(source=any_text | markdown_source)
def test_every_reader_maps_each_character_as_the_plain_array_did(markup, source):
    assert_same_offsets(lambda: read_document(source, markup))


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["leaders", "managers 👩‍💼", "  ", "http://x.y", "a@b.cd", "\t"]), max_size=8).map("".join))
def test_the_docx_reader_maps_each_character_as_the_plain_array_did(text):
    data = docx(paragraph(run(text)) + paragraph(run(text + " and " + text)))
    assert_same_offsets(lambda: read_bytes(data, "memo.docx"))
