"""The evaluation report on the command line, with a fake linter (no model)."""
from __future__ import annotations

import json
import re

from lintkit.evaluate import main
from lintkit.severity import Severity
from tests.corpus_files import GOOD, write_jsonl


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



def test_the_untuned_half_of_the_third_web_set_is_held_out(tmp_path, capsys):
    """web3-untuned judges LM002 on fresh web wording, so its misses stay hidden like web-untuned's."""
    write_jsonl(tmp_path / "web3-untuned.jsonl", [
        {"id": "w3-1", "text": "Leaders are born.", "category": "LM004",
         "findings": [{"code": "LM004", "start": 0, "end": 16, "context": None}]},
    ])
    assert main([str(tmp_path), "--no-real"], lint=fake_lint) == 0
    out = capsys.readouterr().out
    assert "== web3-untuned: 1 items ==" in out
    assert "misses" not in out and "Leaders are born" not in out


def test_the_json_keeps_a_held_out_splits_sentences_out_too(tmp_path, capsys):
    """Machine-readable output is read while tuning as much as the tables are."""
    folder = corpus_folder(tmp_path)
    assert main([str(folder), "--json", "--no-real"], lint=fake_lint) == 0
    data = json.loads(capsys.readouterr().out)
    assert "misses" in data["splits"]["dev"] and "misses" not in data["splits"]["test"]
    assert data["splits"]["test"]["all"]["fn"] == 1 and "Leaders are born" not in json.dumps(data["splits"]["test"])
    assert main([str(folder), "--json", "--no-real", "--show-held-out"], lint=fake_lint) == 0
    assert json.loads(capsys.readouterr().out)["splits"]["test"]["misses"][0]["span"] == "Leaders are born"


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
