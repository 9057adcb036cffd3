"""The result cache: keys, atomic entries, corrupt entries, and warm runs without spaCy."""
from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from lintkit import cache as cache_mod
from lintkit.cache import Cache, key_for
from lintkit.config import Config
from lintkit.findings import Evidence, FileFindings, Finding
from lintkit.severity import Severity

ROOT = Path(__file__).resolve().parent.parent


def _finding(start=0):
    return Finding(path="a.md", code="LM003", name="rank", severity=Severity.WARNING, message="m", start=start, end=start + 3)


def test_key_depends_on_content_path_config_and_versions(monkeypatch):
    base = key_for(b"text", "a.md", Config())
    assert key_for(b"text", "a.md", Config()) == base
    assert key_for(b"text!", "a.md", Config()) != base
    assert key_for(b"text", "b.md", Config()) != base
    assert key_for(b"text", "a.md", replace(Config(), ignore=("LM003",))) != base
    monkeypatch.setattr("lintkit.version.__version__", "9.9.9")
    assert key_for(b"text", "a.md", Config()) != base


def test_key_depends_on_rule_files(tmp_path, monkeypatch):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "lexicon.toml").write_text("a = 1\n")
    monkeypatch.setattr("lintkit.resources.rules_dir", lambda: rules)
    cache_mod.rules_fingerprint.cache_clear()
    first = key_for(b"x", "a.md", Config())
    (rules / "lexicon.toml").write_text("a = 2\n")
    cache_mod.rules_fingerprint.cache_clear()
    assert key_for(b"x", "a.md", Config()) != first
    cache_mod.rules_fingerprint.cache_clear()



def test_key_depends_on_lintkit_code(tmp_path, monkeypatch):
    package = tmp_path / "lintkit"
    (package / "engine").mkdir(parents=True)
    (package / "engine" / "rule.py").write_text("A = 1\n")
    first = cache_mod.code_fingerprint(package)
    (package / "engine" / "rule.py").write_text("A = 2\n")
    cache_mod.code_fingerprint.cache_clear()
    assert cache_mod.code_fingerprint(package) != first
    cache_mod.code_fingerprint.cache_clear()
    base = key_for(b"x", "a.md", Config())
    monkeypatch.setattr(cache_mod, "code_fingerprint", lambda: "another commit")
    assert key_for(b"x", "a.md", Config()) != base

def test_model_fingerprint_needs_no_spacy_import():
    code = "import sys; from lintkit.cache import model_fingerprint; print(model_fingerprint('auto')); print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout.split()
    assert out[-1] == "False" and "en_core_web_sm" in out[0]


def test_roundtrip_and_gitignore(tmp_path):
    store = Cache(tmp_path / "c")
    assert store.get("ab" * 32) is None
    store.put("ab" * 32, [_finding()])
    assert store.get("ab" * 32) == [_finding()]
    assert (tmp_path / "c" / ".gitignore").read_text().splitlines()[-1] == "*"
    assert not [p for p in (tmp_path / "c").rglob("*.part")]


def test_the_count_of_unread_blocks_is_kept_with_the_findings(tmp_path):
    store = Cache(tmp_path)
    store.put("ab" * 32, FileFindings([_finding()], unread_blocks=2))
    assert store.get("ab" * 32).unread_blocks == 2
    entry = next(tmp_path.rglob("*.json"))
    entry.write_text(entry.read_text().replace('"unread_blocks": 2', '"unread_blocks": -1'))
    assert store.get("ab" * 32) is None


def test_corrupt_entry_is_a_miss_and_is_rewritten(tmp_path):
    store = Cache(tmp_path)
    key = "cd" * 32
    store.put(key, [_finding()])
    entry = store._entry(key)
    entry.write_bytes(b"\x80garbage")
    assert store.get(key) is None
    store.put(key, [_finding(5)])
    assert store.get(key) == [_finding(5)]
    entry.write_bytes(b"")
    assert store.get(key) is None


def test_entry_for_another_key_is_ignored_and_removed(tmp_path):
    store = Cache(tmp_path)
    store.put("ef" * 32, [_finding()])
    store._entry("01" * 32).parent.mkdir(parents=True, exist_ok=True)
    store._entry("01" * 32).write_bytes(store._entry("ef" * 32).read_bytes())
    assert store.get("01" * 32) is None
    assert not store._entry("01" * 32).exists() and store.get("ef" * 32) == [_finding()]


def test_unwritable_folder_never_fails(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store = Cache(blocker / "sub")
    store.put("aa" * 32, [_finding()])  # no exception
    assert store.get("aa" * 32) is None


def test_folder_resolution(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LINTKIT_CACHE_DIR", raising=False)
    assert cache_mod.resolve_dir() == tmp_path / ".lintkit_cache"
    monkeypatch.setenv("LINTKIT_CACHE_DIR", str(tmp_path / "env"))
    assert cache_mod.resolve_dir() == tmp_path / "env"
    assert cache_mod.resolve_dir(tmp_path / "flag") == tmp_path / "flag"


def _cli(args, cwd, env_extra=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env_extra or {})}
    env.pop("LINTKIT_CACHE_DIR", None)
    code = (
        "import sys, runpy\n"
        "sys.argv = ['lintkit'] + sys.argv[1:]\n"
        "try:\n"
        "    from lintkit.cli import main; main()\n"
        "finally:\n"
        "    sys.stderr.write('SPACY=%s\\n' % ('spacy' in sys.modules))\n"
    )
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=cwd, env=env)


def test_warm_run_serves_findings_without_spacy(tmp_path):
    memo = tmp_path / "memo.md"
    memo.write_text("# Memo\n\nEscalate blockers to leadership before Friday.\n")
    cold = _cli(["check", "memo.md"], tmp_path)
    assert "SPACY=True" in cold.stderr
    assert (tmp_path / ".lintkit_cache" / ".gitignore").exists()
    warm = _cli(["check", "memo.md"], tmp_path)
    assert "SPACY=False" in warm.stderr
    assert warm.stdout == cold.stdout and warm.returncode == cold.returncode
    uncached = _cli(["check", "--no-cache", "memo.md"], tmp_path)
    assert "SPACY=True" in uncached.stderr and uncached.stdout == cold.stdout
    memo.write_text("# Memo\n\nNothing to see.\n")
    changed = _cli(["check", "memo.md"], tmp_path)
    assert changed.stdout != cold.stdout


def test_cache_dir_option(tmp_path):
    memo = tmp_path / "memo.md"
    memo.write_text("No family words here.\n")
    out = _cli(["check", "--cache-dir", str(tmp_path / "elsewhere"), "memo.md"], tmp_path)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "elsewhere" / ".gitignore").exists()
    assert not (tmp_path / ".lintkit_cache").exists()


def test_entries_are_data_and_a_planted_pickle_never_runs(tmp_path):
    store = Cache(tmp_path)
    key = "ab" * 32
    rich = replace(_finding(), line=2, column=3, lines=("x",), suggestion="s", context="quoted",
                   evidence=(Evidence("leadership", "pobj", "to"),), replacement="r")
    store.put(key, [rich])
    assert store.get(key) == [rich]
    planted = pickle.dumps(("ran", os.system))  # what a poisoned cache would hold
    store._entry(key).write_bytes(planted)
    assert store.get(key) is None


def test_entries_of_the_wrong_shape_are_misses(tmp_path):
    store = Cache(tmp_path)
    key = "cd" * 32
    store.put(key, [_finding()])
    good = json.loads(store._entry(key).read_text())
    for bad in (
        {**good, "findings": [{**good["findings"][0], "start": "0"}]},
        {**good, "findings": [{**good["findings"][0], "severity": "fatal"}]},
        {**good, "findings": [{**good["findings"][0], "extra": 1}]},
        {**good, "findings": [{**good["findings"][0], "evidence": [["a", "b"]]}]},
        {**good, "findings": "x"},
        [good],
    ):
        store._entry(key).write_text(json.dumps(bad))
        assert store.get(key) is None, bad


def test_a_special_file_as_an_entry_is_a_miss(tmp_path):
    store = Cache(tmp_path)
    key = "ef" * 32
    store._entry(key).parent.mkdir(parents=True)
    os.mkfifo(store._entry(key))
    assert store.get(key) is None  # and does not block


def test_temporary_files_a_killed_run_left_are_removed_by_the_next_run_that_writes(tmp_path):
    store = Cache(tmp_path)
    shard = tmp_path / cache_mod.FORMAT / "ab"
    shard.mkdir(parents=True)
    orphan, fresh = shard / ".tmp-killed.part", shard / ".tmp-writing.part"
    orphan.write_bytes(b'{"key": "half an en')
    fresh.write_bytes(b"another run is writing this one")
    hour_ago = orphan.stat().st_mtime - 3600
    os.utime(orphan, (hour_ago, hour_ago))
    store.put("cd" * 32, [_finding()])
    assert not orphan.exists() and fresh.exists()


def test_an_entry_whose_findings_do_not_match_its_digest_is_a_miss_and_is_removed(tmp_path):
    store = Cache(tmp_path)
    key = "ab" * 32
    store.put(key, [_finding()])
    entry = json.loads(store._entry(key).read_text())
    entry["findings"][0]["message"] = "planted"
    store._entry(key).write_text(json.dumps(entry))
    assert store.get(key) is None
    assert not store._entry(key).exists()


def test_a_file_name_that_is_not_utf8_is_cached(tmp_path):
    store = Cache(tmp_path)
    named = replace(_finding(), path="caf\udce9.md")  # how Python spells a Latin-1 byte in a file name
    store.put("ab" * 32, [named])
    assert store.get("ab" * 32) == [named]


def test_only_a_packs_rule_files_are_read_for_the_key(tmp_path, monkeypatch):
    pack = tmp_path / "pack"
    (pack / "deep").mkdir(parents=True)
    (pack / "XY001-boss-word.toml").write_text("code = 'XY001'\n")
    (pack / "secret.txt").write_text("not a rule")
    (pack / "deep" / "XY002-other.toml").write_text("code = 'XY002'\n")
    opened = []
    real_read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: opened.append(self.name) or real_read_bytes(self))
    cache_mod.rules_fingerprint.cache_clear()
    try:
        cache_mod.rules_fingerprint((str(pack),))
    finally:
        cache_mod.rules_fingerprint.cache_clear()
    assert "XY001-boss-word.toml" in opened
    assert "secret.txt" not in opened and "XY002-other.toml" not in opened


def test_an_entry_too_big_to_read_back_is_not_written(tmp_path, monkeypatch):
    # Every finding of a paragraph kept on one line holds the line: a 2.7 MB paragraph's
    # entry took 221 MB, over the size an entry is read at, and doubled the run's memory.
    monkeypatch.setattr(cache_mod, "MAX_ENTRY_BYTES", 10_000)
    line = "We need leaders, not managers. " * 100
    store = Cache(tmp_path / "c")
    findings = [replace(_finding(k), lines=(line,)) for k in range(2)]
    store.put("ab" * 32, findings[:1])
    store.put("cd" * 32, findings * 2)
    assert [p.name for p in (tmp_path / "c").rglob("*.json")] == [store._entry("ab" * 32).name]
    assert store.get("ab" * 32) == findings[:1]
