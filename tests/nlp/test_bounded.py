"""Windows of bounded length: a paragraph of any size lints, with the findings a paragraph of ordinary size gets."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import lintkit.nlp.bounded as bounded
from lintkit.nlp.bounded import bounded_pieces
from tests.helpers import flagged_sentences

PROSE = st.lists(st.sampled_from(["Lead.", "We manage", " ", "  ", "\n", "x" * 40, "Managers! ", "a"]), max_size=200).map("".join)


@given(PROSE, st.integers(min_value=8, max_value=300))
def test_pieces_are_bounded_and_own_the_window_in_turn(text, limit):
    pieces = bounded_pieces(text, 0, len(text), limit)
    assert all(p.end - p.start <= limit for p in pieces)
    assert [p.keep_start for p in pieces] == [0] + [p.keep_end for p in pieces[:-1]]
    assert pieces[-1].keep_end == pieces[-1].end == len(text)
    assert all(p.start == p.keep_start <= p.keep_end <= p.end for p in pieces)


def test_a_piece_reaches_two_sentences_past_its_cut():
    text = "We lead. " * 50
    first = bounded_pieces(text, 0, len(text), 100)[0]
    assert text[first.keep_end:first.end] == "We lead. We lead. "


@pytest.mark.parametrize("limit", [300, 1200])
def test_findings_do_not_depend_on_the_window_limit(lint, monkeypatch, limit):
    paragraph = " ".join(flagged_sentences()[:120])
    expected = [(f.code, f.start, f.end, f.context) for f in lint(paragraph)]
    monkeypatch.setattr(bounded, "MAX_WINDOW", limit)
    assert [(f.code, f.start, f.end, f.context) for f in lint(paragraph)] == expected


@pytest.mark.slow
def test_a_paragraph_of_a_million_characters_gives_one_finding_per_sentence(lint):
    text = "We need leaders, not managers. " * 33000
    findings = lint(text)
    assert len(findings) == 33000
    assert {f.matched for f in findings} == {"leaders, not managers"}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, path",
    [
        (("Leadership" + " " * 500) * 20_000, "line.txt"),  # a 10 MB line, family words close enough to merge
        ("| a | b |\n|---|---|\n| " + (("managers " + "x" * 490 + " ") * 20 + "We need leaders, not managers; ") * 100 + "| end |\n", "table.md"),  # a 1 MB row
    ],
)
def test_an_over_long_line_lints(lint, text, path):
    assert all(f.matched == text[f.start:f.end] for f in lint(text, path=path))
