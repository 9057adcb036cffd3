"""The training script of the learned claim scores runs: it reads the corpora, scores a set with a model that never saw it, and writes plain JSON."""
from __future__ import annotations

import json
import math

import pytest

from tests.corpora import scripts


@pytest.fixture(scope="module")
def trainer():
    return scripts.load("train_claims")


@pytest.fixture(scope="module")
def linted(trainer, nlp):
    """LM004's pairs in slices of two written sets."""
    texts = [(t, name) for name in ("web8.jsonl", "web4.jsonl") for _, t in zip(range(25), trainer.learned_scores.written_texts((name,), "LM004"))]
    return [trainer.lint_silent(t, "LM004", name) for t, name in texts]


def test_a_slice_gives_labelled_pairs_and_the_rules_findings(linted):
    pairs = [c for x in linted for c in x.candidates]
    assert {c.label for c in pairs} == {True, False}
    assert any(x.reported for x in linted)
    assert all(c.sentence[0] <= c.span[0] and c.span[1] <= c.sentence[1] for c in pairs)


def test_the_back_off_is_silent_in_a_sentence_the_rules_found(trainer, linted):
    for x in linted:
        assert trainer.added(x, [1.0] * len(x.candidates), 0.5, [c.sentence for c in x.candidates]) == []


def test_leaving_a_set_out_scores_it_with_a_model_that_never_saw_it(trainer, linted):
    scores = trainer.cross_validate(linted, l2=1.0)
    assert [len(s) for s in scores] == [len(x.candidates) for x in linted]
    rows = trainer.table(linted, scores, 0.9)
    assert set(rows) == {"web8.jsonl", "web4.jsonl"}
    for alone_and_with in rows.values():
        assert alone_and_with[3] >= alone_and_with[0]  # the back-off never removes a finding


def test_the_weights_are_written_as_plain_json(trainer, linted, tmp_path):
    rows, labels, weights = trainer._training(linted, 5.0)
    path = trainer.learned_scores.write_weights(rows, labels, 1.0, 0.9, tmp_path / "weights.json", "test", weights, 50)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["threshold"] == 0.9 and data["examples"] == len(rows)
    assert "bias" in data["weights"] and all(math.isfinite(v) for v in data["weights"].values())
