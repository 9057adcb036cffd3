"""Every example of every rule file, checked for where it flags, not just whether."""
from __future__ import annotations

import pytest

from lintkit.engine.loader import load_rules

RULES = load_rules()
FLAG = [(rule.code, ex) for rule in RULES.values() for ex in rule.flag]
PASS = [(rule.code, ex) for rule in RULES.values() for ex in rule.passes]


def _ids(cases):
    return [f"{code}:{ex.text[:40]}" for code, ex in cases]


@pytest.mark.parametrize("code,example", FLAG, ids=_ids(FLAG))
def test_flag_example_reports_its_span(lint, code, example):
    spans = sorted((f.start, f.end) for f in lint(example.text) if f.code == code)
    assert spans == sorted(example.spans), [example.text[s:e] for s, e in spans]


@pytest.mark.parametrize("code,example", PASS, ids=_ids(PASS))
def test_pass_example_is_not_flagged(lint, code, example):
    found = [(f.code, f.matched) for f in lint(example.text) if f.code == code]
    assert found == []


def test_every_rule_has_enough_examples():
    for rule in RULES.values():
        assert len(rule.flag) >= 15 and len(rule.passes) >= 15, rule.code
