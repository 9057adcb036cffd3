"""The cheap scans that decide what is parsed: family words, sentences, rule windows, quotes.

None of these tests loads spaCy: the prefilter must work before the model exists.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from lintkit.api import requirement_index, requirements_for
from lintkit.nlp import prefilter
from lintkit.nlp.context import OPENERS, _can_close, _can_open, quote_spans
from lintkit.nlp.prefilter import (
    candidate_pattern,
    candidate_starts,
    has_candidate,
    hot_sentences,
    parse_windows,
    sentence_spans,
)


@pytest.fixture(scope="module")
def reqs():
    return requirements_for(())


@pytest.fixture(scope="module")
def index():
    return requirement_index(())


def _by_rule(reqs, code):
    return [r for r in reqs if r.rule == code]


def test_has_candidate_whole_words_only():
    assert has_candidate("Our Leadership team")
    assert has_candidate("she managed it")
    assert has_candidate("it leads-up to")  # "leads" is a word of its own there
    assert not has_candidate("misleading and mismanagement")


def test_candidate_starts_agree_with_the_pattern():
    text = "Leaders lead; MANAGERS managed. misleading leadership-management mismanage Led"
    assert candidate_starts(text) == [m.start() for m in candidate_pattern().finditer(text)]
    odd = "İ leaders" * 3  # lower() changes the length: the slow path must give the same offsets
    assert candidate_starts(odd) == [m.start() for m in candidate_pattern().finditer(odd)]
    for each in (text, odd, "misleading mismanagement", "İ misled", "", "lead"):
        assert has_candidate(each) == (candidate_pattern().search(each) is not None)


def test_every_pattern_needs_a_family_word(reqs):
    families = set(prefilter.family_forms())
    assert reqs
    for req in reqs:
        assert any(need.words & families for need in req.needs), (req.rule, req.pattern)


def test_lm001_needs_both_families(reqs):
    lead = {w for w, (fam, _) in prefilter.family_forms().items() if fam == "lead"}
    manage = {w for w, (fam, _) in prefilter.family_forms().items() if fam == "manage"}
    for req in _by_rule(reqs, "LM001"):
        words = [need.words for need in req.needs]
        assert any(w <= lead for w in words) and any(w <= manage for w in words), req.pattern


def test_requirements_read_word_lists_but_not_optional_tokens(reqs):
    born = [r for r in reqs if r.pattern == "born-to-lead"]
    assert born and any("born" in n.words for n in born[0].needs)
    for req in _by_rule(reqs, "LM003"):
        # "@group_determiners" is optional in collective-subject: it must not be required
        assert not any("our" in need.words and "leadership" not in need.words for need in req.needs if req.pattern == "collective-subject")


def test_non_word_forms_are_matched_as_substrings():
    need = prefilter._need(["n't", "not"])
    assert need.words == {"not"} and need.other == ("n't",)
    index = prefilter.RequirementIndex((prefilter.Requirement("LM002", "p", (need,), False),))
    assert index.patterns(prefilter.words_of("don't"), "don't") == {("LM002", "p")}
    assert index.patterns(prefilter.words_of("do it"), "do it") == set()


def _rule_word_texts(reqs, seed: int, count: int) -> list[str]:
    """Texts of most of the words some patterns need (in odd cases), filler and sentence breaks."""
    rng = random.Random(seed)
    filler = ["x", "Leaders", "MANAGED", "İ", '"', "the"]
    breaks = [". ", "! ", "? ", ". The ", '." ', " ", " ", " "]
    texts = []
    for _ in range(count):
        needs = [need for req in rng.sample(reqs, rng.randint(1, min(3, len(reqs)))) for need in req.needs if rng.random() < 0.85]
        words = [rng.choice(sorted(need.words) + list(need.other)) for need in needs] + rng.choices(filler, k=rng.randint(0, 6))
        rng.shuffle(words)
        texts.append("".join(rng.choice([word, word.upper()]) + rng.choice(breaks) for word in words))
    return texts


def _plain_patterns(reqs, words, lowered, cross_sentence):
    """The plain definition the index must agree with: every need of the pattern met."""

    def met(need):
        return need.words & words or any(form in lowered for form in need.other)

    return {
        (req.rule, req.pattern)
        for req in reqs
        if (cross_sentence is None or req.cross_sentence == cross_sentence) and all(met(n) for n in req.needs)
    }


def test_the_index_agrees_with_the_plain_requirement_check(reqs, index):
    for text in _rule_word_texts(reqs, 5, 300):
        lowered = text.lower()
        words = prefilter.words_of(lowered)
        for cross in (None, False, True):
            assert index.patterns(words, lowered, cross_sentence=cross) == _plain_patterns(reqs, words, lowered, cross)


def test_needs_met_across_sentences_are_those_of_the_joined_text(reqs, index):
    spaced_req = prefilter.Requirement("LM002", "p", (prefilter._need(["lead", "a b"]),), True)
    spaced = prefilter.RequirementIndex((spaced_req,))
    for each, its_reqs in ((index, reqs), (spaced, (spaced_req,))):
        for text in _rule_word_texts(its_reqs, 6, 200):
            lows = [text[s:e].lower() for s, e in sentence_spans(text)]
            parts = [(low, each.met(prefilter.words_of(low), low)) for low in lows]
            joined = each.met(frozenset().union(*map(prefilter.words_of, lows)), " ".join(lows))
            assert each.met_across(parts) == joined, text
    assert spaced.met_across([(low, 0) for low in ("x a.", "b y.")]) == 0
    assert spaced.met_across([(low, 0) for low in ("x a", "b y.")]) == 1


def test_family_sentences_agree_with_a_search_per_sentence(reqs):
    assert not any(char.isspace() for word in prefilter.family_forms() for char in word)  # what the bisection relies on
    for text in _rule_word_texts(reqs, 7, 300):
        spans = sentence_spans(text)
        assert prefilter.family_sentences(text, spans) == [candidate_pattern().search(text, s, e) is not None for s, e in spans]


def test_sentence_spans_cover_the_text_without_blanks():
    text = "Leaders lead.  Managers manage! Do they? yes. e.g. this one"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["Leaders lead.", "Managers manage!", "Do they? yes. e.g. this one"]


def test_sentence_spans_single_sentence():
    assert sentence_spans("no break here") == [(0, 13)]
    assert sentence_spans("") == [(0, 0)]


def test_hot_sentences_need_the_rule_words(index):
    text = (
        "We shipped the release. The weather was fine. Escalate blockers to leadership today. "
        "Lunch was good. Nothing else happened here. Managers are leaders."
    )
    spans = sentence_spans(text)
    hot = hot_sentences(text, spans, index)
    assert {text[spans[i][0]:spans[i][1]] for i in hot} >= {"Escalate blockers to leadership today.", "Managers are leaders."}
    assert "The weather was fine." not in {text[spans[i][0]:spans[i][1]] for i in hot}


def test_cross_sentence_patterns_take_the_neighbour(index):
    text = "One. Two. Three. Four. Stop managing. Start leading. Five. Six. Seven."
    windows = parse_windows(text, index, whole_fraction=1.1)
    assert len(windows) == 1
    parsed = text[windows[0][0]:windows[0][1]]
    assert "Stop managing. Start leading." in parsed and "Two." not in parsed and "Seven." not in parsed


def test_windows_are_whole_when_they_would_cover_most_of_the_segment(index):
    text = "Escalate every blocker to leadership before Friday. Ok."
    assert parse_windows(text, index) == [(0, len(text))]
    assert parse_windows(text, index, whole_fraction=1.1) == [(0, text.index(" Ok."))]


def test_no_window_without_a_rule_that_can_fire(index):
    text = "One thing. She led the way. Another. And another. More text here."
    assert parse_windows(text, index, whole_fraction=1.1) in ([], [(11, 27)])


def test_windows_never_cut_a_quotation(index):
    text = 'A. B. C. "Long quote starts. It says leadership decided. It ends." D. E. F. G.'
    windows = parse_windows(text, index, whole_fraction=1.1)
    assert windows == [(text.index('"Long'), text.index("ends.\"") + 6)]


def test_no_quotation_crosses_a_window_edge(index):
    rng = random.Random(11)
    parts = ["Lead. ", 'We "manage ', 'it." ', "“Leaders ", "said.” ", "Cats sleep. ", '"x" ', "Ok. ", "‘a ", "b’ ", '"']
    for _ in range(300):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 30))).strip()
        quotes = [(s - 1, min(e, len(text) - 1)) for s, e in quote_spans(text)]  # an open quote runs to the end
        for start, end in parse_windows(text, index, whole_fraction=1.1):
            assert not [q for q in quotes if q[0] < end and q[1] >= start and (q[0] < start or q[1] >= end)], text


def test_windows_of_a_paragraph_of_many_quotations_cost_linear_time(index):
    unit = '"Leadership decided," she said. The plan works. Cats sleep. Dogs bark. '
    text = unit * 30_000  # 2 MB: minutes with a pass over every quotation for every run
    assert len(parse_windows(text, index)) == 30_000


def test_windows_are_ordered_disjoint_substrings(index):
    rng = random.Random(7)
    words = ["leaders", "managers", "leadership", "lead", "team", "is", "the", "not", "we", "said", '"', "."]
    for _ in range(200):
        text = " ".join(rng.choice(words) if rng.random() > 0.15 else "End. Next" for _ in range(rng.randint(1, 60)))
        windows = parse_windows(text, index, whole_fraction=1.1)
        for (s1, e1), (s2, e2) in zip(windows, windows[1:]):
            assert e1 < s2
        for s, e in windows:
            assert 0 <= s < e <= len(text) and text[s:e] == text[s:e].strip()


def reference_quote_spans(text):
    """The plain character-by-character definition the jumping scan must agree with."""
    spans, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch in OPENERS and _can_open(text, i):
            j = i + 1
            while j < len(text) and not (text[j] == OPENERS[ch] and _can_close(text, j)):
                j += 1
            if ch == "'" and j >= len(text):
                i += 1
                continue
            spans.append((i + 1, j))
            i = j + 1
            continue
        i += 1
    return spans


def test_fast_quote_spans_equal_the_reference():
    rng = random.Random(3)
    alphabet = ["a", "b", " ", " ", '"', "'", "“", "”", "‘", "’", "«", "»", "„", ".", ",", "(", "\n", "—"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert quote_spans(text) == reference_quote_spans(text), text


def test_windows_never_import_spacy():
    import subprocess

    code = (
        "import sys; from lintkit.api import requirement_index; from lintkit.nlp.prefilter import parse_windows; "
        "parse_windows('Leadership decided. ' * 10, requirement_index(())); print('spacy' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "False"
