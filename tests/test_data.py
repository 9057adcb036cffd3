"""The data files themselves: word lists without duplicates, and rules shipped in the wheel."""
from __future__ import annotations

import subprocess
import sys

import pytest

from lintkit.resources import lexicon, read_toml, rules_dir
from tests.helpers import REPO


def _lists():
    data = lexicon()
    for section in ("senses", "context", "lists"):
        for name, words in data[section].items():
            yield f"{section}.{name}", words
    for name, words in data["conditions"].items():
        if isinstance(words, list):
            yield f"conditions.{name}", words
        else:
            for own, rule_words in words.items():
                yield f"conditions.{name}.{own}", rule_words
    for family, groups in data["families"].items():
        for form, words in groups.items():
            yield f"families.{family}.{form}", words
    for path in sorted(rules_dir().glob("LM*.toml")):
        for name, words in read_toml(path, "rule file").get("lists", {}).items():
            yield f"{path.stem}.{name}", words


@pytest.mark.parametrize("name, words", list(_lists()), ids=[n for n, _ in _lists()])
def test_lexicon_lists_are_lower_case_without_duplicates(name, words):
    assert words and all(isinstance(w, str) and w == w.lower() for w in words), name
    assert len(words) == len(set(words)), sorted({w for w in words if words.count(w) > 1})


def test_family_forms_are_disjoint():
    seen = {}
    for name, words in _lists():
        if name.startswith("families."):
            for word in words:
                assert word not in seen, (word, seen.get(word), name)
                seen[word] = name


@pytest.mark.slow
def test_installed_wheel_ships_the_same_rule_codes(tmp_path):
    """A plain, non-editable install must find the rule files (they live outside the package)."""
    wheel_dir = tmp_path / "wheel"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheel_dir), str(REPO)], check=True, timeout=600)
    (wheel,) = wheel_dir.glob("lintkit-*.whl")
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)], check=True, timeout=600)
    probe = "from lintkit.engine.loader import load_rules; import lintkit.resources as r; print(r.rules_dir()); print(','.join(load_rules()))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, env={"PYTHONPATH": str(target), "PATH": ""}, timeout=120)
    installed_dir, codes = done.stdout.split()
    assert installed_dir.startswith(str(target)), done.stderr
    assert codes == ",".join(sorted(p.name.split("-")[0] for p in rules_dir().glob("LM*.toml")))
