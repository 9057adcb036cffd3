"""What both accuracy reports share: a finding reduced to a prediction, counts per rule and their table."""
from __future__ import annotations

import pytest

from lintkit.accuracy import Counts, Prediction, RuleCounts, to_prediction
from lintkit.severity import Severity


def test_precision_recall_and_f1_are_none_where_nothing_was_there_to_count():
    assert (Counts(3, 1, 2).precision, Counts(3, 1, 2).recall) == (0.75, 0.6)
    assert Counts(3, 1, 2).f1 == pytest.approx(2 / 3)
    assert Counts(0, 0, 4).precision is None and Counts(0, 0, 4).recall == 0.0 and Counts(0, 0, 4).f1 is None
    assert Counts(0, 2, 1).f1 == 0.0


def test_a_finding_becomes_a_prediction_with_its_severity_as_a_lower_case_name():
    class Found:
        code, start, end, context, severity = "LM003", 4, 14, "quoted", Severity.INFO

    assert to_prediction(Found()) == Prediction("LM003", 4, 14, "quoted", "info")


def test_the_table_has_a_row_per_rule_then_their_sum():
    counts = RuleCounts()
    counts.rules["LM001"].tp, counts.rules["LM002"].fp = 2, 1
    assert counts.total == Counts(2, 1, 0)
    assert counts.table() == [
        "rule      TP   FP   FN   prec    rec     F1",
        "LM001      2    0    0  1.000  1.000  1.000",
        "LM002      0    1    0  0.000      -      -",
        "LM003      0    0    0      -      -      -",
        "LM004      0    0    0      -      -      -",
        "all        2    1    0  0.667  1.000  0.800",
    ]
    assert counts.counts_as_dict()["all"] == {"tp": 2, "fp": 1, "fn": 0, "precision": 2 / 3, "recall": 1.0, "f1": 0.8}
