"""Real-prose scoring: sentences by reference, whole files linted, one verdict per sentence and rule."""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

from lintkit.accuracy import CorpusError, Prediction
from lintkit.evaluate_real import evaluate, load_annotations, main, score_real

ANNOTATIONS = Path(__file__).resolve().parent.parent / "corpora" / "real" / "annotations.jsonl"
TEXT = "Escalate to leadership. Her leadership was superb. Some say we need leaders, not managers."


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _annotation(ident, start, end, labels=(), context="asserted", split="dev", text=TEXT):
    return {"id": ident, "file": "memo.md", "start": start, "end": end, "sha": _digest(text[start:end]),
            "split": split, "labels": list(labels), "context": context, "reason": "test"}


@pytest.fixture
def annotated(tmp_path):
    (tmp_path / "prose").mkdir()
    (tmp_path / "prose" / "memo.md").write_text(TEXT, encoding="utf-8")
    rows = [
        _annotation("r1", 0, 23, ["LM003"]),
        _annotation("r2", 24, 50),
        _annotation("r3", 51, len(TEXT), ["LM002"], context="attributed", split="test"),
    ]
    path = tmp_path / "annotations.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path, tmp_path / "prose"


def test_a_sentence_scores_by_findings_that_start_inside_it(annotated):
    path, root = annotated
    found = [Prediction("LM003", 12, 22), Prediction("LM003", 28, 38), Prediction("LM002", 75, 95, "attributed", "info")]
    dev, test = evaluate(path, root, lint_file=lambda text, name: found)
    assert (dev.rules["LM003"].tp, dev.rules["LM003"].fp, dev.rules["LM003"].fn) == (1, 1, 0)
    assert [o.id for o in dev.outcomes] == ["r2"]
    assert (test.reported_kept_below, test.reported_total) == (1, 1)
    assert test.total.fp == 0  # an info finding on attributed misuse is right


def test_a_warning_on_attributed_misuse_is_a_false_alarm(annotated):
    annotations = load_annotations(annotated[0])
    result = score_real("x", annotations, {"memo.md": [Prediction("LM002", 75, 95, None, "warning")]})
    assert result.rules["LM002"].fp == 1 and result.reported_kept_below == 0


def test_a_changed_source_is_named_not_scored(annotated):
    path, root = annotated
    (root / "memo.md").write_text(TEXT.replace("Escalate", "Escalated"), encoding="utf-8")
    dev, _ = evaluate(path, root, lint_file=lambda text, name: [])
    assert dev.unreadable == ["memo.md"] and dev.total.fn == 0


def test_a_malformed_annotation_is_one_line_naming_file_and_line(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "r1"}\n', encoding="utf-8")
    with pytest.raises(CorpusError) as error:
        load_annotations(path)
    assert str(error.value).startswith(f"{path}:1:")


def test_the_shipped_annotations_are_many_real_sentences_with_a_frozen_test_split():
    annotations = load_annotations(ANNOTATIONS)
    assert len(annotations) >= 2000
    splits = Counter(a.split for a in annotations)
    assert splits["test"] >= 500 and splits["dev"] >= 1000
    by_file = {}
    for a in annotations:
        assert by_file.setdefault(a.file, a.split) == a.split, a.file  # split by file, never inside one


@pytest.mark.parametrize("show", [False, True])
def test_the_held_out_split_shows_its_sentences_only_on_request(tmp_path, capsys, show):
    (tmp_path / "memo.md").write_text(TEXT, encoding="utf-8")
    rows = [_annotation("r1", 0, 23, ["LM003"], split="dev"), _annotation("r2", 24, 50, ["LM001"], split="test")]
    path = tmp_path / "annotations.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    found = [Prediction("LM003", 12, 22), Prediction("LM003", 0, 8)]
    for fmt in ([], ["--json"]):
        assert main([str(path), "--root", str(tmp_path), *fmt, *(["--show-held-out"] if show else [])],
                    lint_file=lambda text, name: found) == 0
        out = capsys.readouterr().out
        assert "real-test" in out and ("r2 [" in out or '"r2"' in out) is show  # its table always, the missed sentence only when asked
