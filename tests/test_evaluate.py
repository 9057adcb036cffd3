"""The evaluation scorer (pure, no model) and the annotated corpora it reads."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from lintkit.evaluate import (
    CATEGORIES,
    CONTEXTS,
    RULE_CODES,
    CorpusError,
    Gold,
    Item,
    Prediction,
    load_corpus,
    load_jsonl,
    main,
    match,
    parse_item,
    predict,
    score,
)
from lintkit.severity import Severity

CORPORA = Path(__file__).resolve().parent.parent / "corpora"

# Minimum number of items per category; for "quoted"/"attributed" the minimum
# counts findings with that context, whatever their rule.
MINIMUMS = {
    "LM001": 80,
    "LM002": 80,
    "LM003": 80,
    "LM004": 35,
    "quoted": 30,
    "attributed": 30,
    "negative-sense": 80,
    "negative-org": 100,
}


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


# --------------------------------------------------------------------------- loading


def write_jsonl(path, rows):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


GOOD = {"id": "x-1", "text": "Lead, don't manage.", "category": "LM002",
        "findings": [{"code": "LM002", "start": 0, "end": 18, "context": None}], "note": ""}


@pytest.mark.parametrize(
    "row, problem",
    [
        ("{not json", "invalid JSON"),
        ([1, 2], "JSON object"),
        ({**GOOD, "findings": [{"code": "LM009", "start": 0, "end": 4}]}, "code"),
        ({**GOOD, "findings": [{"code": "LM002", "start": 0, "end": 99}]}, "outside text"),
        ({**GOOD, "findings": [{"code": "LM002", "start": 4, "end": 4}]}, "outside text"),
        ({**GOOD, "findings": [{"code": "LM002", "start": 0, "end": 5}]}, "word character"),
        ({**GOOD, "findings": [{"code": "LM002", "start": 0, "end": 4, "context": "hearsay"}]}, "context"),
        ({k: v for k, v in GOOD.items() if k != "text"}, "missing key 'text'"),
    ],
)
def test_bad_lines_raise_one_line_errors_naming_file_and_line(tmp_path, row, problem):
    path = write_jsonl(tmp_path / "dev.jsonl", [GOOD | {"id": "x-0"}, row])
    with pytest.raises(CorpusError) as info:
        load_jsonl(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}:2:")
    assert problem in message


def test_duplicate_ids_across_files(tmp_path):
    write_jsonl(tmp_path / "dev.jsonl", [GOOD])
    write_jsonl(tmp_path / "test.jsonl", [GOOD])
    with pytest.raises(CorpusError, match="duplicate id 'x-1'"):
        load_corpus(tmp_path)


def test_load_corpus_splits(tmp_path):
    write_jsonl(tmp_path / "dev.jsonl", [GOOD])
    write_jsonl(tmp_path / "test.jsonl", [GOOD | {"id": "x-2"}])
    assert list(load_corpus(tmp_path)) == ["dev", "test"]
    assert list(load_corpus(tmp_path, "test")) == ["test"]
    assert [i.id for i in load_corpus(tmp_path, "all")["all"]] == ["x-1", "x-2"]
    assert list(load_corpus(tmp_path / "dev.jsonl", "test")) == ["dev"]
    with pytest.raises(CorpusError, match="no such file"):
        load_corpus(tmp_path / "missing.jsonl")


# --------------------------------------------------------------------------- CLI (fake linter)


class FakeFinding:
    def __init__(self, code, start, end, severity=Severity.WARNING, context=None):
        self.code, self.start, self.end, self.severity, self.context = code, start, end, severity, context


def fake_lint(text):
    found = []
    for m in re.finditer(r"\bLead, don't manage\b", text):
        found.append(FakeFinding("LM002", m.start(), m.end()))
    for m in re.finditer(r"\blead pipes\b", text):
        found.append(FakeFinding("LM003", m.start(), m.end()))
    found.append(FakeFinding("LK001", 0, 1))  # not a rule code: ignored
    return found


def corpus_folder(tmp_path):
    write_jsonl(tmp_path / "dev.jsonl", [
        GOOD,
        {"id": "n-1", "text": "Replace the lead pipes.", "category": "negative-sense", "findings": []},
    ])
    write_jsonl(tmp_path / "test.jsonl", [
        {"id": "m-1", "text": "Leaders are born.", "category": "LM004",
         "findings": [{"code": "LM004", "start": 0, "end": 16, "context": None}]},
    ])
    return tmp_path


def test_cli_text_report(tmp_path, capsys):
    folder = corpus_folder(tmp_path)
    assert main([str(folder)], lint=fake_lint) == 0
    out = capsys.readouterr().out
    assert "== dev: 2 items ==" in out and "== test: 1 items ==" in out
    assert re.search(r"LM002\s+1\s+0\s+0\s+1\.000\s+1\.000\s+1\.000", out)
    assert "negative-sense: 1 warning-level findings on 1 items (must be 0)" in out
    assert "false alarms (1):" in out and "n-1 LM003 'lead pipes'" in out
    assert "context: 1/1 matched findings with the right context (100.0%)" in out


def test_held_out_splits_show_their_table_but_not_their_sentences(tmp_path, capsys):
    """A frozen split judges the rules; printing its misses would invite tuning on it."""
    folder = corpus_folder(tmp_path)
    assert main([str(folder)], lint=fake_lint) == 0
    out = capsys.readouterr().out
    assert re.search(r"LM004\s+0\s+0\s+1", out.split("== test")[1])
    assert "misses" not in out and "Leaders are born" not in out
    assert main([str(folder), "--show-held-out"], lint=fake_lint) == 0
    assert "misses (1):" in capsys.readouterr().out


def test_cli_quiet_and_split(tmp_path, capsys):
    folder = corpus_folder(tmp_path)
    assert main([str(folder), "--split", "test", "--quiet"], lint=fake_lint) == 0
    out = capsys.readouterr().out
    assert "== test: 1 items ==" in out and "== dev" not in out
    assert "misses" not in out


def test_cli_json(tmp_path, capsys):
    folder = corpus_folder(tmp_path)
    assert main([str(folder), "--split", "all", "--json"], lint=fake_lint) == 0
    data = json.loads(capsys.readouterr().out)
    split = data["splits"]["all"]
    assert split["items"] == 3
    assert split["all"]["tp"] == 1 and split["all"]["fp"] == 1 and split["all"]["fn"] == 1
    assert split["negative_sense"] == {"items": 1, "warnings": 1}
    assert split["misses"][0]["span"] == "Leaders are born"


def test_cli_bad_corpus_exits_2_with_one_line(tmp_path, capsys):
    bad = write_jsonl(tmp_path / "dev.jsonl", [GOOD, "{oops"])
    assert main([str(bad)], lint=fake_lint) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and f"{bad}:2:" in err


def test_cli_survives_a_crashing_linter(tmp_path, capsys):
    folder = corpus_folder(tmp_path)

    def crash(text):
        raise ValueError("no model")

    assert main([str(folder), "--quiet"], lint=crash) == 0
    assert "linter errors: 2 items raised" in capsys.readouterr().out


# --------------------------------------------------------------------------- the corpora themselves


def corpus_rows():
    rows = []
    for split in ("dev", "test"):
        path = CORPORA / f"{split}.jsonl"
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            rows.append((split, lineno, json.loads(line)))
    return rows


def test_corpus_lines_parse_and_validate():
    rows = corpus_rows()
    ids = [row["id"] for _, _, row in rows]
    assert len(ids) == len(set(ids)), "ids must be unique"
    for split, lineno, row in rows:
        where = f"{split}.jsonl:{lineno}"
        assert set(row) == {"id", "text", "findings", "category", "note"}, where
        assert row["category"] in CATEGORIES, where
        parse_item(row, path=f"{split}.jsonl", line=lineno)  # raises on any bad span
        for f in row["findings"]:
            assert f["code"] in RULE_CODES and f.get("context") in CONTEXTS, where
            words = row["text"][f["start"]:f["end"]]
            assert re.match(r"\w", words) and re.search(r"\w$", words), (where, words)
        if row["category"] in RULE_CODES:
            assert any(f["code"] == row["category"] for f in row["findings"]), where
        elif row["category"] in ("quoted", "attributed"):
            assert any(f["context"] == row["category"] for f in row["findings"]), where
        else:  # no claim of the writer's own; a refuted claim is reported as attributed
            assert all(f["context"] == "attributed" for f in row["findings"]), where
    load_corpus(CORPORA)  # the loader agrees


def test_corpus_category_minimums_and_balanced_splits():
    rows = corpus_rows()
    items = Counter(row["category"] for _, _, row in rows)
    contexts = Counter(f["context"] for _, _, row in rows for f in row["findings"])
    counts = {c: items[c] for c in CATEGORIES if c not in ("quoted", "attributed")}
    counts["quoted"] = contexts["quoted"]
    counts["attributed"] = contexts["attributed"]
    for category, minimum in MINIMUMS.items():
        assert counts[category] >= minimum, (category, counts[category])
    assert len(rows) >= 520
    per_split = Counter((split, row["category"]) for split, _, row in rows)
    for category in CATEGORIES:
        assert abs(per_split["dev", category] - per_split["test", category]) <= 1, category
