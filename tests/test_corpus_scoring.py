"""Scoring a written split: one-to-one matching of gold and predicted findings, counts per rule (pure, no model)."""
from __future__ import annotations

import pytest

from lintkit.accuracy import Prediction
from lintkit.corpus import Gold, Item
from lintkit.corpus_scoring import match, predict, score
from lintkit.severity import Severity


def item(item_id, text, *findings, category="LM002"):
    return Item(item_id, text, tuple(findings), category)


def span_of(text, words):
    start = text.index(words)
    return start, start + len(words)


# --------------------------------------------------------------------------- matching


def test_match_requires_same_code_and_overlap():
    golds = [Gold("LM002", 8, 29)]
    assert match(golds, [Prediction("LM002", 8, 15)]) == [(0, 0)]
    assert match(golds, [Prediction("LM001", 8, 29)]) == []
    assert match(golds, [Prediction("LM002", 0, 8)]) == []  # touching is not overlapping
    assert match(golds, [Prediction("LM002", 28, 40)]) == [(0, 0)]


def test_match_is_one_to_one_and_maximal():
    # Prediction 0 overlaps both golds, prediction 1 only the first: a greedy
    # pass would give prediction 0 to gold 0 and leave gold 1 unmatched.
    golds = [Gold("LM001", 0, 10), Gold("LM001", 8, 20)]
    preds = [Prediction("LM001", 5, 12), Prediction("LM001", 0, 4)]
    assert sorted(match(golds, preds)) == [(0, 1), (1, 0)]
    # Two predictions on one gold: one matches, the other stays unmatched.
    assert len(match([Gold("LM003", 4, 14)], [Prediction("LM003", 4, 14), Prediction("LM003", 4, 8)])) == 1


def test_match_prefers_the_larger_overlap():
    golds = [Gold("LM003", 10, 20)]
    preds = [Prediction("LM003", 18, 30), Prediction("LM003", 10, 20)]
    assert match(golds, preds) == [(0, 1)]


def test_empty_prediction_span_counts_as_its_character():
    assert match([Gold("LM004", 3, 9)], [Prediction("LM004", 3, 3)]) == [(0, 0)]


# --------------------------------------------------------------------------- scoring


def test_score_counts_tp_fp_fn_per_rule():
    text = "We need leaders, not managers, says the leadership team."
    s2 = span_of(text, "leaders, not managers")
    s3 = span_of(text, "leadership team")
    items = [
        item("a", text, Gold("LM002", *s2), Gold("LM003", *s3)),
        item("b", "The policy led to confusion.", category="negative-sense"),
    ]
    preds = {
        "a": [Prediction("LM002", s2[0], s2[0] + 7), Prediction("LM001", 0, 2)],
        "b": [Prediction("LM001", 11, 14, severity="warning")],
    }
    result = score("dev", items, preds)
    assert (result.rules["LM002"].tp, result.rules["LM002"].fp, result.rules["LM002"].fn) == (1, 0, 0)
    assert (result.rules["LM003"].tp, result.rules["LM003"].fn) == (0, 1)
    assert (result.rules["LM001"].tp, result.rules["LM001"].fp) == (0, 2)
    assert result.rules["LM002"].precision == 1.0
    assert result.rules["LM003"].recall == 0.0
    assert result.rules["LM003"].precision is None  # nothing predicted
    assert result.rules["LM004"].f1 is None
    total = result.total
    assert (total.tp, total.fp, total.fn) == (1, 2, 1)
    assert total.precision == pytest.approx(1 / 3)
    assert total.recall == pytest.approx(1 / 2)
    assert total.f1 == pytest.approx(0.4)
    assert [e.item_id for e in result.misses] == ["a"]
    assert result.misses[0].span == "leadership team"
    assert sorted(e.item_id for e in result.false_alarms) == ["a", "b"]
    assert result.negative_sense_items == 1
    assert result.negative_sense_warnings == 1


def test_score_ignores_codes_outside_the_rules():
    items = [item("a", "Management approved the budget.", category="negative-org")]
    result = score("dev", items, {"a": [Prediction("LK100", 0, 10)]})
    assert result.total.fp == 0 and not result.false_alarms


def test_context_accuracy_only_over_matched_findings():
    text = 'She said, "Lead, don\'t manage." Critics claim managers are leaders.'
    q = span_of(text, "Lead, don't manage")
    a = span_of(text, "managers are leaders")
    items = [item("a", text, Gold("LM002", *q, "quoted"), Gold("LM001", *a, "attributed"), category="quoted")]
    preds = {"a": [Prediction("LM002", *q, context="quoted", severity="info"),
                   Prediction("LM001", *a, context=None, severity="warning"),
                   Prediction("LM003", 0, 3, context="quoted")]}
    result = score("test", items, preds)
    assert (result.context_matched, result.context_correct) == (2, 1)
    [wrong] = result.context_errors
    assert (wrong.code, wrong.expected_context, wrong.got_context) == ("LM001", "attributed", None)


def test_negative_sense_warnings_count_only_warning_or_error():
    items = [item("n", "Lead pipes and lead paint.", category="negative-sense")]
    preds = {"n": [Prediction("LM003", 0, 4, severity="info"),
                   Prediction("LM003", 15, 19, severity=Severity.WARNING),
                   Prediction("LM003", 15, 19, severity=Severity.ERROR)]}
    result = score("dev", items, preds)
    assert result.negative_sense_warnings == 2
    assert result.total.fp == 3


def test_missing_predictions_mean_nothing_reported():
    result = score("dev", [item("a", "Lead, don't manage.", Gold("LM002", 0, 18))], {})
    assert result.total.fn == 1 and result.total.tp == 0


def test_predict_records_linter_exceptions():
    items = [item("ok", "fine text"), item("bad", "boom")]

    class F:
        code, start, end, context, severity = "LM001", 0, 4, None, Severity.WARNING

    def lint(text):
        if text == "boom":
            raise RuntimeError("parser\nexploded")
        return [F()]

    preds, errors = predict(items, lint)
    assert preds["ok"] == [Prediction("LM001", 0, 4, None, "warning")]
    assert preds["bad"] == []
    assert errors == [("bad", "RuntimeError: parser exploded")]
