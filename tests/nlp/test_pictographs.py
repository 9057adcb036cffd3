"""Emoji and pictographs are blanks to the parser, but for verdicts; findings still quote and point into the original."""
from __future__ import annotations

from hypothesis import given, strategies as st

from lintkit.nlp.pictographs import blank_pictographs


def test_a_pictograph_after_the_group_leaves_it_the_object(lint):
    text = "Blocked on budget? Ping leadership 👩‍💼 🚀"
    findings = lint(text)
    assert [(f.code, f.matched) for f in findings] == [("LM003", "leadership")]
    assert text[findings[0].start:findings[0].end] == "leadership"


def test_a_pictograph_between_clauses_leaves_the_preposition_its_object(lint):
    assert [(f.code, f.matched) for f in lint("Big news from leadership 🎉 we are hiring")] == [("LM003", "leadership")]


def test_verdicts_stay_words(lint):
    assert [f.code for f in lint("Managers 👎 Leaders 👍")] == ["LM002"]
    assert blank_pictographs("Leaders ✔️ Managers ❌ 🔥") == "Leaders ✔️ Managers ❌  "


def test_arrows_stay_for_the_parser():
    assert blank_pictographs("manager → leader ➜ done") == "manager → leader ➜ done"
    assert blank_pictographs("Ship it 🚀") == "Ship it  "


@given(st.text())
def test_blanking_keeps_every_offset(text):
    blanked = blank_pictographs(text)
    assert len(blanked) == len(text)
    assert all(a == b or b == " " for a, b in zip(text, blanked))
