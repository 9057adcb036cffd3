"""The learned claim score, LM004's back-off: plain data, and a finding only on a clear claim."""
from __future__ import annotations

import json
import math

import pytest

from lintkit.engine.conditions import LEARNED_CLAIMS, learned
from lintkit.nlp.senses import tag_senses
from lintkit.resources import rules_dir

FILES = sorted(file for _, file in LEARNED_CLAIMS.values())


@pytest.mark.parametrize("file_name", FILES)
def test_the_weights_are_numbers_in_a_json_file(file_name):
    data = json.loads((rules_dir() / file_name).read_text(encoding="utf-8"))
    assert 0.5 <= data["threshold"] < 1
    assert data["weights"] and all(isinstance(v, (int, float)) and math.isfinite(v) for v in data["weights"].values())


def test_no_weights_file_means_no_score():
    table, threshold = learned.weights("LM999-no-such-score.json")
    assert table == {} and threshold == math.inf


def _tagged(nlp, text):
    doc = nlp(text)
    tag_senses(doc)
    return doc


def test_the_score_is_a_probability(nlp):
    doc = _tagged(nlp, "Great leaders are born with a gift for it.")
    names = learned.claim_features(doc[1], doc[4], "LM004")
    table, _ = learned.weights("LM004-learned-claim.json")
    assert "bias" in names and 0.0 <= learned.probability(table, names) <= 1.0


def test_features_name_lexicon_classes_and_families_rather_than_words_alone(nlp):
    doc = _tagged(nlp, "Leadership is an innate gift.")
    names = learned.claim_features(doc[0], doc[4], "LM004")
    assert "a=LEAD:abstract" in names
    assert any(n.startswith("b.cls=") for n in names)  # "gift" is in the lexicon's lists


def _by(lint, text, pattern_id):
    return [text[f.start:f.end] for f in lint(text) if str(f.evidence[0]) == f"pattern {pattern_id}"]


def test_a_new_wording_of_the_innate_view_is_found_by_the_score(lint):
    text = "Real leaders arrive with a temperament nobody can install."
    assert _by(lint, text, "learned-innate-claim") == ["leaders arrive with a temperament"]


@pytest.mark.parametrize("text", [
    "Leadership is a skill anyone can learn with practice.",
    "She was born in Leeds and leads the data team.",
    "Born leaders are a myth.",
    "Is leadership innate? The research says mostly no.",
    "From the blood bank to the ward, she was a leader.",
])
def test_a_clear_pass_gets_no_finding(lint, text):
    assert [f.code for f in lint(text) if f.code == "LM004"] == []


def test_the_evidence_shows_the_score(lint):
    (finding,) = lint("Great leaders simply arrive with the temperament for it.")
    reading = str(finding.evidence[-1])
    _, threshold = learned.weights(dict(LEARNED_CLAIMS.values())["LM004"])
    assert reading.startswith("read as: learned claim score 0.") and reading.endswith(f"(from {threshold:.2f})")


def test_a_quoted_claim_the_score_finds_stays_quoted(lint):
    (finding,) = lint('"Great leaders simply arrive with the temperament for it," the coach said.')
    assert finding.code == "LM004" and finding.context == "quoted"


def test_a_back_off_never_replaces_a_patterns_finding(lint, monkeypatch):
    """A pair the score accepts may run longer than a pattern's finding; the pattern's finding and its context stay."""
    from lintkit.engine import conditions

    monkeypatch.setitem(conditions.CONDITIONS, "learned-innate-claim", lambda tokens: True)
    (finding,) = lint("He is a born leader, and nature gave him that charisma.")
    assert finding.matched == "born leader" and str(finding.evidence[0]) == "pattern innate-leader"
