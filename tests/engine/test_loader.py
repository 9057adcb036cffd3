"""Rule files are validated on load: every mistake names the file, the key and what is allowed."""
from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from lintkit.engine.loader import load_rule_file, load_rules, rule_files
from lintkit.engine.rule import Example
from lintkit.errors import LintkitError
from lintkit.resources import rules_dir

SHIPPED = rules_dir()


def test_shipped_rules_load_with_unique_codes_matching_file_names():
    rules = load_rules()
    assert list(rules) == ["LM001", "LM002", "LM003", "LM004", "LM100"]
    for rule in rules.values():
        assert Path(rule.path).name == f"{rule.code}-{rule.name}.toml"


def test_examples_mark_spans_with_brackets():
    example = Example.parse("We need [leaders, not managers]. A [[literal]] bracket.")
    assert example.text == "We need leaders, not managers. A [literal] bracket."
    assert [example.text[s:e] for s, e in example.spans] == ["leaders, not managers"]
    for broken in ("an [unclosed span", "a stray] bracket", "[nested [spans]]"):
        with pytest.raises(ValueError):
            Example.parse(broken)


def _plain_text_after(parts, i):
    """The unmarked text written right after part ``i``: empty parts let a later one touch its closing "]"."""
    return "".join(itertools.takewhile(lambda text: text is not None, (None if span else text for text, span in parts[i + 1:])))


@given(st.lists(st.tuples(st.text(max_size=6), st.booleans()), max_size=8))
def test_marking_any_text_reads_back_its_text_and_spans(parts):
    """Pieces of any text, some marked as spans: brackets in the text itself are written doubled.

    A literal "[" just inside a span's "[", or a literal "]" just outside its "]", reads as a
    doubled bracket: the format cannot say those, so they are left out.
    """
    assume(not any(span and text.startswith("[") for text, span in parts))
    assume(not any(span and _plain_text_after(parts, i).startswith("]") for i, (_, span) in enumerate(parts)))
    escape = lambda text: text.replace("[", "[[").replace("]", "]]")  # noqa: E731
    marked = "".join(f"[{escape(text)}]" if span else escape(text) for text, span in parts)
    example = Example.parse(marked)
    assert example.text == "".join(text for text, _ in parts)
    assert [example.text[s:e] for s, e in example.spans] == [text for text, span in parts if span]


def _copy_rule(tmp_path: Path, name: str = "LM002-replacement.toml") -> Path:
    target = tmp_path / name
    shutil.copy(SHIPPED / name, target)
    return target


@pytest.mark.parametrize(
    "old, new, key, allowed",
    [
        ('severity = "warning"', 'severity = "loud"', "severity", "error, warning, info, hint"),
        ('precision = "high"', 'precision = "great"', "precision", "very-high, high, medium, low"),
        ('kind = "token"', 'kind = "regex"', "patterns[0].kind", "token, dependency"),
        ('conditions = ["not-both-required"', 'conditions = ["no-such-condition"', "patterns[0].conditions", "not-negated"),
        ('IN = "@fillers"', 'IN = "@no_such_list"', "patterns[0].pattern", "unknown word list"),
        ('name = "replacement"', 'name = "replacement"\ncolour = "red"', "colour", "allowed: code, name"),
        ('patterns = ["not-contrast"]', 'patterns = ["no-such-pattern"]', "fixes[0].patterns", "ids of this rule's patterns"),
        ("find = '(?P<one>\\w+),", "find = '(?P<one>\\w+,", "fixes[0].find", "not a regular expression"),
        ("safe = true", 'safe = "yes"', "fixes[0].safe", "must be true"),
        ('{ flag = "We need [leaders, not managers].", fixed', '{ flag = "We need leaders, not managers.", fixed', "fixes[0].examples[0].flag", "exactly one finding"),
        ("safe = true", "safe = true\nprefered = true", "fixes[0]", "allowed: after, before, examples"),
        ('precision = "high"', 'precision = "high"\nyields_to = ["LM2"]', "yields_to", "rule codes like LM001"),
        ("one_finding_per_sentence = true", 'one_finding_per_sentence = "yes"', "one_finding_per_sentence", "must be true or false"),
    ],
)
def test_bad_rule_files_name_file_key_and_allowed_values(tmp_path, old, new, key, allowed):
    path = _copy_rule(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    with pytest.raises(LintkitError) as error:
        load_rule_file(path)
    message = error.value.one_line()
    assert str(path) in message and key in message and allowed in message


def test_two_patterns_of_one_rule_cannot_share_an_id(tmp_path):
    path = _copy_rule(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('id = "not-contrast-after-clause"', 'id = "not-contrast"', 1), encoding="utf-8")
    with pytest.raises(LintkitError) as error:
        load_rule_file(path)
    message = error.value.one_line()
    assert str(path) in message and "patterns[1].id" in message and "'not-contrast' is already the id of patterns[0]" in message


def test_file_name_must_match_code_and_name(tmp_path):
    path = _copy_rule(tmp_path)
    renamed = path.rename(tmp_path / "LM002-substitute.toml")
    with pytest.raises(LintkitError, match="file name must be LM002-replacement.toml"):
        load_rule_file(renamed)


def test_a_rule_pack_cannot_reuse_a_shipped_code(tmp_path):
    _copy_rule(tmp_path)
    with pytest.raises(LintkitError, match="already defined"):
        load_rules((str(tmp_path),))


def test_invalid_spacy_pattern_is_reported_with_the_rule_file(tmp_path, nlp):
    from lintkit.engine.matching import CompiledRules

    path = _copy_rule(tmp_path, "LM004-charisma.toml")
    text = path.read_text(encoding="utf-8").replace('LOWER = "to" }', 'LOWERCASE = "to" }', 1)
    path.write_text(text.replace('code = "LM004"', 'code = "LM904"'), encoding="utf-8")
    path = path.rename(tmp_path / "LM904-charisma.toml")
    rule = load_rule_file(path)
    with pytest.raises(LintkitError) as error:
        CompiledRules([rule], nlp.vocab)
    assert str(path) in error.value.one_line() and "invalid token pattern" in error.value.one_line()


def test_rule_pack_adds_a_rule(tmp_path, nlp):
    from lintkit.engine.matching import CompiledRules

    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "XY001-boss-word.toml").write_text(
        '''code = "XY001"
name = "boss-word"
severity = "info"
precision = "high"
summary = "Says boss."
message = "Say manager."
suggestion = "Use a neutral word."
rationale = "House style."
references = []

[[patterns]]
id = "boss"
kind = "token"
pattern = [{ LOWER = "boss", SPAN = true }]

[examples]
flag = ["Ask your [boss]."]
pass = ["Ask your manager."]
''',
        encoding="utf-8",
    )
    rules = load_rules((str(pack),))
    assert "XY001" in rules and rule_files(pack)[0].name == "XY001-boss-word.toml"
    doc = nlp("Ask your boss.")
    from lintkit.nlp.senses import tag_senses

    tag_senses(doc)
    (match,) = CompiledRules([rules["XY001"]], nlp.vocab)(doc)
    assert doc[match.span[0]:match.span[1]].text == "boss"


def test_a_rule_pack_must_be_a_folder_holding_rule_files(tmp_path):
    (tmp_path / "notes.txt").write_text("not rules")
    (tmp_path / "rules.toml").write_text("a = 1\n")  # not named CODE-name.toml: not a rule file
    for pack, problem in ((tmp_path, "holds no rule files"), (tmp_path / "notes.txt", "is not a folder"), (tmp_path / "none", "does not exist")):
        with pytest.raises(LintkitError, match=problem):
            load_rules((str(pack),))


def test_only_rule_files_directly_in_a_pack_are_opened(tmp_path):
    _copy_rule(tmp_path, "LM004-charisma.toml").rename(tmp_path / "XY004-charisma.toml")
    os.mkfifo(tmp_path / "XY005-pipe.toml")  # would block if opened
    assert rule_files(tmp_path) == [tmp_path / "XY004-charisma.toml"]
