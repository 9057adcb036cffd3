"""Matching: every flagged sentence keeps its own finding, whatever sentence follows it."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
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


@pytest.mark.parametrize(
    "text, codes",
    [
        ("In all departments the management shall be exchanged by leadership from next quarter.", ["LM002"]),
        ("Is management dead? Pretty much. Leadership has eaten its lunch.", ["LM002"]),
        ("Leadership approved the budget.", ["LM003"]),
        ("Critics claim we need leaders, not managers, but our leadership team has heard it all before.", ["LM002", "LM003"]),
    ],
)
def test_a_word_that_is_a_side_of_a_claim_is_the_claims(lint, text, codes):
    """LM003 yields_to LM002: "leadership" set against management is a function, unless it modifies a noun of people."""
    assert sorted(f.code for f in lint(text)) == codes


def test_a_pattern_across_two_unflagged_sentences_still_fires(lint):
    assert [f.matched for f in lint("Yesterday's managers. Tomorrow's leaders.")] == ["Yesterday's managers. Tomorrow's leaders"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(SENTENCE_EXAMPLES), st.integers(min_value=2, max_value=4), st.sampled_from([" ", "  ", "\n"]))
@example("Managers are out; leaders are in.", 2, " ")
@example("Direct your questions at leadership, not at your manager.", 2, " ")
@example("Leadership matters; management doesn't.", 2, "\n")
@example("Oh, you're a manager? Congrats, you're a leader now.", 2, " ")  # a pair over the seam
@example("The leadership scattered after the raid on the print shop.", 2, "  ")  # a run of spaces after the first copy's full stop
def test_a_flagged_sentence_repeated_k_times_gives_k_times_its_findings(nlp, lint, sentence, k, blank):
    """Each copy keeps its own findings. A pattern that reads across two sentences may also pair the end of one copy
    with the start of the next ("... you're a leader now. Oh, you're a manager?"): a finding over the seam belongs to
    the two copies side by side, not to either, and is left out."""
    text = blank.join([sentence] * k)
    assume(_each_copy_parsed_alike(nlp, sentence, text, k))
    once = [(f.code, f.matched) for f in lint(sentence)]
    seams = [n * (len(sentence) + len(blank)) + len(sentence) for n in range(k - 1)]
    within = [(f.code, f.matched) for f in lint(text) if not any(f.start < seam < f.end for seam in seams)]
    assert within == once * k



def _each_copy_parsed_alike(nlp, sentence, text, k):
    """The small parser reads a sentence by its neighbours too ("leading" tagged a preposition in the
    middle copy, "No. Can leadership..." read as one sentence), so the property holds where it reads
    every copy alike, in the prose the engine parses (a line break inside a paragraph reads as a blank,
    and "matters" after it became a noun): the engine is under test, not the model."""
    from lintkit.documents import read_document

    prose = " ".join(segment.text for segment in read_document(text, "text").segments)
    words = [t for t in nlp(prose) if not t.is_space]
    size = len(words) // k
    readings = {tuple((t.tag_, t.dep_, t.head.i - t.i, t.is_sent_start) for t in words[n * size:(n + 1) * size]) for n in range(k)}
    return len(readings) == 1

WIDE_GAP = [{"LOWER": "leaders"}, {"LOWER": ","}, {"LOWER": "which"}, {"LOWER": {"NOT_IN": ["."]}, "OP": "{1,25}"}, {"LOWER": ","}, {"LOWER": {"IN": ["is", "are"]}, "OP": "?"}, {"LOWER": "management"}]


def _matches(nlp, patterns, text):
    from spacy.matcher import Matcher

    matcher = Matcher(nlp.vocab)
    matcher.add("WIDE", patterns)
    return sorted((start, end, tuple(alignment)) for _, start, end, alignment in matcher(nlp.make_doc(text), with_alignments=True))


def test_a_wide_range_reaches_spacy_as_one_exact_count_per_length(nlp):
    from lintkit.engine.matching import MAX_OPTIONAL_COPIES, spacy_patterns

    counts = [tokens[3]["OP"] for tokens in spacy_patterns(WIDE_GAP)]
    assert counts == [f"{{{n}}}" for n in range(1, 26)]
    assert all(token.get("OP") != "{1,25}" for tokens in spacy_patterns(WIDE_GAP) for token in tokens)
    assert 25 - 1 > MAX_OPTIONAL_COPIES


@pytest.mark.parametrize(
    "text",
    [
        "Leaders, which some say, management.",
        "Our leaders, which run the place, and the team, , management.",
        # At and past the range's end; spaCy's own range takes seconds to match these, so they run with the slow ones.
        pytest.param("Leaders, which a b c d e f g h i j k l m n o p q r s t u v w x y, management.", marks=pytest.mark.slow),
        pytest.param("Leaders, which a b c d e f g h i j k l m n o p q r s t u v w x y z, management.", marks=pytest.mark.slow),
        "Leaders, which one, two, three, four , management.",
    ],
)
def test_exact_counts_find_what_the_range_finds(nlp, text):
    from lintkit.engine.matching import spacy_patterns

    assert _matches(nlp, spacy_patterns(WIDE_GAP), text) == _matches(nlp, [WIDE_GAP], text)


def test_a_pattern_needs_what_its_required_words_are_tested_for():
    from lintkit.engine.matching import word_needs

    spec = [
        {"_": {"lk_family": "lead", "lk_form": {"IN": ["agent", "abstract"]}}},
        {"_": {"lk_family": "manage"}, "OP": "?"},
        {"LEMMA": "be", "POS": "AUX", "LOWER": {"NOT_IN": ["being"]}},
        {"_": {"lk_family": {"IN": ["lead", "manage"]}}, "OP": "{1,3}"},
        {"LOWER": {"IN": ["now", "today"]}, "OP": "{0,2}"},
    ]
    assert word_needs(spec) == (
        ("sense", frozenset({("lead", "agent"), ("lead", "abstract")})),
        ("LEMMA", frozenset({"be"})),
        ("family", frozenset({"lead", "manage"})),
    )
    dependency = [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": ["step", "give"]}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "who", "RIGHT_ATTRS": {"_": {"lk_family": "manage"}, "DEP": "nsubj"}},
    ]
    assert word_needs(dependency, "dependency") == (
        ("LEMMA", frozenset({"step", "give"})),
        ("family", frozenset({"manage"})),
        ("DEP", frozenset({"nsubj"})),
    )


def test_a_set_aside_sense_keeps_a_pattern_from_running_and_changes_no_finding(lint):
    """"Lead paint" is no leader: a pattern needing a lead word in its organisational sense has nothing to match there."""
    text = "The managers removed the lead paint. We need leaders, not managers."
    assert [(f.code, f.matched) for f in lint(text)] == [(f.code, f.matched) for f in lint("We need leaders, not managers.")]


@pytest.mark.parametrize("first, second", [
    ("Is there any real difference between managing and leading? None.", "Moving on."),
    ("Management is leadership, right?", "Management is leadership, right?"),
])
def test_a_double_space_between_sentences_hides_no_finding(lint, first, second):
    """A run of spaces is a token of its own; the words of a sentence do not include it."""
    once = [f.code for f in lint(first + " " + second)]
    assert once and [f.code for f in lint(first + "  " + second)] == once



def test_a_condition_that_finds_no_word_to_test_does_not_hold(lint, monkeypatch):
    """A condition looking for a word the parse does not have (garbled input) rejects the match, never the file."""
    from lintkit.engine import matching

    def finds_nothing(tokens):
        return next(t for t in tokens if t.lower_ == "no such word")

    assert [f.code for f in lint("Managers are leaders.")] == ["LM001"]
    monkeypatch.setitem(matching.CONDITIONS, "not-negated", finds_nothing)
    assert lint("Managers are leaders.") == []


def test_the_shipped_matchers_are_built_when_first_run_and_every_one_builds(nlp):
    """A memo needs a few of the shipped matchers, so none is built up front; the tests build them all, so none fails later."""
    from lintkit.engine.loader import rules_for
    from lintkit.engine.matching import CompiledRules

    compiled = CompiledRules([rule for rule in rules_for(()).values() if rule.patterns], nlp.vocab)
    assert compiled.unbuilt and not compiled.matchers
    for owner in compiled.unbuilt:
        token_kind, matcher = compiled.matcher(owner)
        assert len(matcher) and compiled.matcher(owner)[1] is matcher


def test_a_dependency_pattern_whose_words_are_in_different_sentences_never_runs(nlp):
    """A parse tree lies in one sentence, so a dependency matcher runs only where one sentence holds its words."""
    from lintkit.config import Config
    from lintkit.engine.matching import _Words
    from lintkit.engine.parsing import engine_for, engine_key
    from lintkit.nlp.prefilter import words_of
    from lintkit.nlp.senses import tag_senses

    engine = engine_for(*engine_key(Config()))
    owner = engine.compiled.owner_of[("LM001", "copular-equation-parsed")]

    def can_fire(text):
        return engine.requirements.patterns(words_of(text.lower()), text.lower())

    def runs(text):
        doc = engine.nlp(text)
        tag_senses(doc, [])
        assert _Words(doc, slots=True).trees_in_sentences()
        return {name for name, spans in engine.compiled.runs(doc, can_fire) if spans}

    assert owner in runs("Management is leadership.")
    assert owner not in runs("Management is a craft. Leadership is a calling.")


def test_a_condition_holds_only_where_the_words_it_declares_it_needs_are(nlp):
    """A condition's ``[needs]`` keep sentences without those words from being parsed for its patterns, so it
    must never hold without one: every match of the rule examples and a sample of the written corpora, found
    with every pattern run everywhere, has one in its sentences."""
    import json
    import random

    from lintkit.config import Config
    from lintkit.engine.loader import rules_for
    from lintkit.engine.parsing import engine_for, engine_key
    from lintkit.engine.requirements import condition_need
    from lintkit.nlp.prefilter import words_of
    from lintkit.nlp.senses import tag_senses
    from tests.helpers import REPO

    shipped = [rule for rule in rules_for(()).values() if rule.patterns]
    corpus = [json.loads(line)["text"] for path in sorted((REPO / "corpora").glob("*.jsonl")) for line in path.open(encoding="utf-8")]
    texts = [example.text for rule in shipped for example in rule.flag] + random.Random(11).sample(corpus, min(1500, len(corpus)))
    engine = engine_for(*engine_key(Config()))
    checked = 0
    for doc in engine.nlp.pipe(texts, batch_size=64):
        tag_senses(doc, [])
        for match in engine.compiled(doc):
            low = doc.text[match.tokens[0].sent.start_char:match.tokens[-1].sent.end_char].lower()
            for need in filter(None, map(condition_need, match.pattern.conditions)):
                checked += 1
                assert need.words & words_of(low) or any(form in low for form in need.other), (match.pattern.id, doc.text)
    assert checked


def test_a_learned_guess_about_a_pair_gives_way_to_another_rules_construction_over_the_same_pair(lint):
    # LM002's learned score reads a swap into "start managing ... leading"; LM001's construction reads one act named twice
    sentence = "The minute you start managing people you are leading them."
    assert [f.code for f in lint(sentence)] == ["LM001"]
    assert [f.code for f in lint("The minute you stop managing people you start leading them.")] == ["LM002"]


def test_a_claim_said_twice_in_one_sentence_is_one_finding(lint):
    sentence = "We don't distinguish between leaders and managers here; every lead is a manager and vice versa."
    assert [(f.code, sentence[f.start:f.end]) for f in lint(sentence)] == [("LM001", "n't distinguish between leaders and managers")]
    # "leadership" named twice as the people at the top is two findings: LM003 is about each word
    assert [f.code for f in lint("Leadership wants a date, and leadership will decide by Friday.")] == ["LM003", "LM003"]


@pytest.mark.parametrize(
    "text, matched",
    [
        # an equation and its converse in the next sentence: one claim stated both ways, as inside one sentence
        ("Every leader is a manager. Every manager is a leader. Print it on a mug.", ["leader is a manager. Every manager is a leader"]),
        # the same equation twice is said twice; a quoted converse has a context of its own
        ("Managers are leaders. Managers are leaders.", ["Managers are leaders", "Managers are leaders"]),
        ('Managers are leaders. "Leaders are managers," she said.', ["Managers are leaders", "Leaders are managers"]),
    ],
)
def test_an_equation_and_its_converse_in_the_next_sentence_are_one_finding(lint, text, matched):
    assert [f.matched for f in lint(text)] == matched
