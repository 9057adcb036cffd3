"""The written corpora: a bad line is one error naming file and line, and the shipped corpora hold what the report needs."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from lintkit.accuracy import RULE_CODES, CorpusError
from lintkit.corpus import CATEGORIES, CONTEXTS, load_corpus, load_jsonl, parse_item
from lintkit.evaluate import HELD_OUT
from tests.corpus_files import GOOD, write_jsonl

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


# --------------------------------------------------------------------------- loading


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


def test_every_untuned_corpus_is_held_out():
    """A set kept to judge the rules on unseen writing shows its table, never its sentences."""
    untuned = {path.stem for path in CORPORA.glob("*untuned.jsonl")}
    assert {"web4-untuned", "web5-untuned", "web6-untuned", "web7-untuned", "web8-untuned"} <= untuned <= HELD_OUT


@pytest.mark.parametrize("stem", ["web4", "web5", "web6", "web7", "web8", "web10", "web11", "web12", "web13", "web14", "web15", "web16", "web17", "web18", "web19", "web20", "web21", "web22", "web23", "web24", "web25", "web26", "web27", "web28", "web29", "web30", "web31", "web32", "web33", "web34", "web35", "web36", "web37", "web38", "web39", "web40", "web41", "web42", "web43", "web44", "web45", "web46", "web47", "web48", "web49", "web50", "web51", "web52", "web53", "web54", "web55", "web56", "web57", "web58", "web59", "web60", "web61", "web62", "web63", "web64", "web65", "web66", "web67", "web68", "web69", "web70", "web71", "web72", "web73", "web74", "web75", "web76", "web77", "web78", "web79", "web80", "web81", "web82", "web83", "web84", "web85", "web86", "web87", "web88", "web89", "web90", "web91", "web92", "web93", "web94", "web95", "web96", "web97", "web98", "web99", "web100", "web101", "web102"])
def test_web_halves_are_split_line_by_line(stem):
    """A web set and its untuned twin are the odd and even lines of one set, so each kind of text is in both."""
    halves = {half: [json.loads(line) for line in (CORPORA / f"{half}.jsonl").read_text(encoding="utf-8").splitlines()]
              for half in (stem, f"{stem}-untuned")}
    numbers = {half: {int(row["id"].split("-")[1]) for row in rows} for half, rows in halves.items()}
    assert all(n % 2 for n in numbers[stem]) and not any(n % 2 for n in numbers[f"{stem}-untuned"])
    per_half = {half: Counter(row["category"] for row in rows) for half, rows in halves.items()}
    for category in CATEGORIES:
        assert abs(per_half[stem][category] - per_half[f"{stem}-untuned"][category]) <= 1, category
