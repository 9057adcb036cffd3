"""Rules are data, and all of it is used: no dead word list, condition or pattern."""
from __future__ import annotations

import re

import pytest

from lintkit.engine import matching
from lintkit.engine.conditions import CONDITIONS
from lintkit.engine.loader import load_rules
from lintkit.resources import lexicon, read_toml, rules_dir
from tests.helpers import REPO

RULES = load_rules()
PATTERNS = [(rule, pattern) for rule in RULES.values() for pattern in rule.patterns]
PYTHON = "\n".join(p.read_text(encoding="utf-8") for p in sorted((REPO / "lintkit").rglob("*.py")))
RULE_TEXTS = {path.stem: path.read_text(encoding="utf-8") for path in sorted(rules_dir().glob("LM*.toml"))}


def _named_in_python(name: str) -> bool:
    return re.search(rf"[\"']{re.escape(name)}[\"']", PYTHON) is not None


def _lexicon_lists():
    data = lexicon()
    for section in ("senses", "context"):
        for name in data[section]:
            yield section, name
    for name, words in data["conditions"].items():
        for own in ([name] if isinstance(words, list) else words):
            yield "conditions", own


@pytest.mark.parametrize("section,name", list(_lexicon_lists()), ids=[f"{s}.{n}" for s, n in _lexicon_lists()])
def test_every_lexicon_word_list_is_read_by_the_code(section, name):
    assert _named_in_python(name), f"[{section}] {name} is never read"


@pytest.mark.parametrize("name", sorted(lexicon()["lists"]))
def test_every_shared_pattern_list_is_named_by_a_pattern_or_a_condition(name):
    assert any(f'"@{name}"' in text for text in RULE_TEXTS.values()) or _named_in_python(name), name


@pytest.mark.parametrize("stem", sorted(RULE_TEXTS))
def test_every_rule_list_is_named_by_its_own_patterns(stem):
    own = read_toml(rules_dir() / f"{stem}.toml", "rule file").get("lists", {})
    unused = [name for name in own if f'"@{name}"' not in RULE_TEXTS[stem]]
    assert unused == []


@pytest.mark.parametrize("name", sorted(CONDITIONS))
def test_every_condition_is_used_by_a_shipped_pattern(name):
    assert any(name in pattern.conditions for _, pattern in PATTERNS), name


@pytest.fixture(scope="module")
def fired(nlp):
    """Every (rule, pattern) that matches a flag example of its rule, before overlapping matches are resolved."""
    from lintkit import lint_text

    seen: set[tuple[str, str]] = set()
    original = matching.best_matches

    def record(matches):
        seen.update((m.rule.code, m.pattern.id) for m in matches)
        return original(matches)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(matching, "best_matches", record)
        for rule in RULES.values():
            for example in rule.flag:
                lint_text(example.text)
    return seen


@pytest.mark.parametrize("code,pattern_id", [(r.code, p.id) for r, p in PATTERNS], ids=[f"{r.code}:{p.id}" for r, p in PATTERNS])
def test_every_pattern_fires_on_a_flag_example(fired, code, pattern_id):
    assert (code, pattern_id) in fired, f"{code} pattern {pattern_id!r} matches none of {code}'s flag examples"


# A pattern token may reach over at most this many words: a match is a claim about one clause.
MAX_REACH = 25
# spaCy keeps one state per way of spreading k words over n optional copies in a row,
# up to C(n, n/2) at once for a start (924 for 12): a longer run is the slow path of one wide range.
MAX_OPTIONAL_RUN = 12


def _token_specs():
    for rule, pattern in PATTERNS:
        if pattern.kind == "token":
            for token in pattern.spec:
                yield f"{rule.code}:{pattern.id}", token


def _optional_copies(token: dict) -> int:
    op = str(token.get("OP", ""))
    found = matching.RANGE_OP.fullmatch(op)
    if found:
        return int(found.group(2)) - int(found.group(1) or 0)
    return 1 if op == "?" else 0


def _longest_optional_run(tokens: list[dict]) -> int:
    longest = run = 0
    for token in tokens:
        copies = _optional_copies(token)
        run = run + copies if copies else 0
        longest = max(longest, run)
    return longest


def test_no_pattern_token_repeats_without_bound():
    unbounded = [(name, token) for name, token in _token_specs() if token.get("OP") in ("*", "+") or re.fullmatch(r"\{\d*,\}", str(token.get("OP", "")))]
    assert unbounded == []


def test_no_pattern_token_reaches_over_more_than_a_clause():
    too_far = [(name, token["OP"]) for name, token in _token_specs() if (found := matching.RANGE_OP.fullmatch(str(token.get("OP", "")))) and int(found.group(2)) > MAX_REACH]
    assert too_far == []


def test_spacy_gets_no_long_run_of_optional_tokens():
    runs = {
        f"{rule.code}:{pattern.id}": _longest_optional_run(tokens)
        for rule, pattern in PATTERNS
        if pattern.kind == "token"
        for spec in matching.expand(pattern.spec)
        for tokens in matching.spacy_patterns(matching.split_span_marks(spec)[0])
    }
    assert {name: run for name, run in runs.items() if run > MAX_OPTIONAL_RUN} == {}
