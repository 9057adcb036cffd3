"""Matching: every flagged sentence keeps its own finding, whatever sentence follows it."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.helpers import flagged_sentences

SENTENCE_EXAMPLES = flagged_sentences()


@pytest.mark.parametrize(
    "text, matched",
    [
        (
            "We need leaders, not managers. Be a leader, not a manager.",
            ["leaders, not managers", "leader, not a manager"],
        ),
        (
            "Managers are out; leaders are in. Out with the managers, in with the leaders.",
            ["Managers are out; leaders", "Out with the managers, in with the leaders"],
        ),
        (
            "Managers are out; leaders are in. Managers are out; leaders are in.",
            ["Managers are out; leaders", "Managers are out; leaders"],
        ),
    ],
)
def test_a_match_never_runs_into_a_sentence_with_its_own_finding(lint, text, matched):
    assert [f.matched for f in lint(text)] == matched


def test_a_pattern_across_two_unflagged_sentences_still_fires(lint):
    assert [f.matched for f in lint("Yesterday's managers. Tomorrow's leaders.")] == ["Yesterday's managers. Tomorrow's leaders"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(SENTENCE_EXAMPLES), st.integers(min_value=2, max_value=4), st.sampled_from([" ", "  ", "\n"]))
@example("Managers are out; leaders are in.", 2, " ")
def test_a_flagged_sentence_repeated_k_times_gives_k_times_its_findings(lint, sentence, k, blank):
    once = [(f.code, f.matched) for f in lint(sentence)]
    assert [(f.code, f.matched) for f in lint(blank.join([sentence] * k))] == once * k
