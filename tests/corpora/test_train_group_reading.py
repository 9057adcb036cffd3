"""The training script of LM003's learned score runs: it reads the corpora, cross-validates by file and writes plain JSON."""
from __future__ import annotations

import json
import math

import numpy as np
import pytest

from tests.corpora import scripts


@pytest.fixture(scope="module")
def trainer():
    return scripts.load("train_group_reading")


@pytest.fixture(scope="module")
def examples(trainer, nlp):
    """Tokens from a slice of the real dev sentences and of each tuned written set. The real prose lives beside the
    repository, not in it: a clone without it skips these tests, as ``python -m lintkit.evaluate`` skips the real splits."""
    root = trainer.default_root(trainer.ANNOTATIONS)
    if not root.is_dir():
        pytest.skip(f"the real prose is not at {root}")
    real = [t for _, t in zip(range(30), (t for t in trainer.real_dev_texts(root) if trainer.LEADERSHIP.search(t.text)))]
    written = [t for name in trainer.WRITTEN for _, t in zip(range(12), trainer.written_texts((name,)))]
    return trainer.collect(real + written)


def test_a_slice_of_the_dev_data_gives_labelled_tokens_from_both_kinds_of_source(examples):
    assert {e.label for e in examples} == {True, False}
    assert any(e.source.startswith("written:") for e in examples) and any(not e.source.startswith("written:") for e in examples)
    assert any(e.consulted for e in examples) and any(e.reported for e in examples)


def test_the_rule_without_the_score_is_scored_as_it_runs(trainer, examples):
    """A token the rule reports counts as said whatever the score; one it does not report needs the score."""
    p, r, _, tp, fp, fn = trainer.report(examples, np.zeros(len(examples)), 2.0)
    assert tp == sum(e.reported and e.label for e in examples) and fn == sum(not e.reported and e.label for e in examples)
    assert fp == sum(e.reported and not e.label for e in examples)
    consulted = [e for e in examples if e.consulted and not e.reported]
    assert trainer.report(examples, np.ones(len(examples)), 0.5)[3] == tp + sum(e.label for e in consulted)


def test_cross_validation_never_scores_a_file_with_a_model_that_saw_it(trainer, examples):
    scores = trainer.cross_validate(examples, l2=3.0)
    assert scores.shape == (len(examples),) and all(0.0 <= s <= 1.0 for s in scores)
    folds = {trainer.fold_of(e.source) for e in examples}
    assert len(folds) > 1  # a file lives in one fold only, by the hash of its name
    threshold = trainer.best_threshold(examples, scores, min_precision=0.0)
    assert threshold in trainer.THRESHOLDS


def test_the_weights_are_written_as_plain_json(trainer, examples, tmp_path):
    path = trainer.write_weights(examples, 3.0, 0.8, tmp_path / "weights.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["threshold"] == 0.8 and data["l2"] == 3.0 and data["examples"] == len(examples)
    assert "bias" in data["weights"] and all(math.isfinite(v) for v in data["weights"].values())


@pytest.mark.slow
def test_the_script_cross_validates_on_every_dev_file(trainer, capsys):
    assert trainer.main(["--l2", "3"]) == 0
    out = capsys.readouterr().out
    assert "rule without the score: P " in out and "chosen: l2 3.0, threshold " in out
