"""The windows worth parsing: the sentences some pattern can fire in, never cutting a quotation.

None of these tests loads spaCy: the windows must be cut before the model exists.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from lintkit.engine.requirements import requirement_index
from lintkit.engine.windows import sentences_that_can_fire, sentence_windows
from lintkit.nlp.context import quote_spans
from lintkit.nlp.prefilter import sentence_spans


@pytest.fixture(scope="module")
def index():
    return requirement_index(())


def test_hot_sentences_need_the_rule_words(index):
    text = (
        "We shipped the release. The weather was fine. Escalate blockers to leadership today. "
        "Lunch was good. Nothing else happened here. Managers are leaders."
    )
    spans = sentence_spans(text)
    hot = sentences_that_can_fire(text, spans, index)
    assert {text[spans[i][0]:spans[i][1]] for i in hot} >= {"Escalate blockers to leadership today.", "Managers are leaders."}
    assert "The weather was fine." not in {text[spans[i][0]:spans[i][1]] for i in hot}


def test_cross_sentence_patterns_take_the_neighbour(index):
    text = "One. Two. Three. Four. Stop managing. Start leading. Five. Six. Seven."
    windows = sentence_windows(text, index, whole_fraction=1.1)
    assert len(windows) == 1
    parsed = text[windows[0][0]:windows[0][1]]
    assert "Stop managing. Start leading." in parsed and "Two." not in parsed and "Seven." not in parsed


def test_windows_are_whole_when_they_would_cover_most_of_the_segment(index):
    text = "Escalate every blocker to leadership before Friday. Ok."
    assert sentence_windows(text, index) == [(0, len(text))]
    assert sentence_windows(text, index, whole_fraction=1.1) == [(0, text.index(" Ok."))]


def test_no_window_without_a_rule_that_can_fire(index):
    text = "One thing. She led the way. Another. And another. More text here."
    assert sentence_windows(text, index, whole_fraction=1.1) in ([], [(11, 27)])


def test_windows_never_cut_a_quotation(index):
    text = 'A. B. C. "Long quote starts. It says leadership decided. It ends." D. E. F. G.'
    windows = sentence_windows(text, index, whole_fraction=1.1)
    assert windows == [(text.index('"Long'), text.index("ends.\"") + 6)]


def test_no_quotation_crosses_a_window_edge(index):
    rng = random.Random(11)
    parts = ["Lead. ", 'We "manage ', 'it." ', "“Leaders ", "said.” ", "Cats sleep. ", '"x" ', "Ok. ", "‘a ", "b’ ", '"']
    for _ in range(300):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 30))).strip()
        quotes = [(s - 1, min(e, len(text) - 1)) for s, e in quote_spans(text)]  # an open quote runs to the end
        for start, end in sentence_windows(text, index, whole_fraction=1.1):
            assert not [q for q in quotes if q[0] < end and q[1] >= start and (q[0] < start or q[1] >= end)], text


def test_windows_of_a_paragraph_of_many_quotations_cost_linear_time(index):
    unit = '"Leadership decided," she said. The plan works. Cats sleep. Dogs bark. '
    text = unit * 30_000  # 2 MB: minutes with a pass over every quotation for every run
    assert len(sentence_windows(text, index)) == 30_000


def test_windows_are_ordered_disjoint_substrings(index):
    rng = random.Random(7)
    words = ["leaders", "managers", "leadership", "lead", "team", "is", "the", "not", "we", "said", '"', "."]
    for _ in range(200):
        text = " ".join(rng.choice(words) if rng.random() > 0.15 else "End. Next" for _ in range(rng.randint(1, 60)))
        windows = sentence_windows(text, index, whole_fraction=1.1)
        for (s1, e1), (s2, e2) in zip(windows, windows[1:]):
            assert e1 < s2
        for s, e in windows:
            assert 0 <= s < e <= len(text) and text[s:e] == text[s:e].strip()


def test_windows_never_import_spacy():
    import subprocess

    code = (
        "import sys; from lintkit.engine.requirements import requirement_index; from lintkit.engine.windows import sentence_windows; "
        "sentence_windows('Leadership decided. ' * 10, requirement_index(())); print('spacy' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "False"


def test_a_few_words_pattern_is_not_parsed_for_where_its_words_are_far_apart(index):
    near = "Our leaders met on Monday. Some people just have it."
    far = ("Our leaders met on Monday. Some of us were at the offsite in Leeds for the whole of the week before last, "
           "in the rain, with the heating off, and we still have it.")
    assert sentences_that_can_fire(near, sentence_spans(near), index) == {0, 1}
    assert sentences_that_can_fire(far, sentence_spans(far), index) == set()
