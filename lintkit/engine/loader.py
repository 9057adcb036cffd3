"""Reads rule files and checks them before anything runs.

A mistake in a rule file (a typo in a key, a severity that does not exist)
must stop lintkit with one line naming the file, the key and what is allowed,
not surface later as a rule that silently never fires.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from lintkit.engine.rule import Example, Fix, Pattern, Rule
from lintkit.errors import LintkitError
from lintkit.resources import lexicon, read_toml, rules_dir, shipped_rule_data
from lintkit.severity import Severity

REQUIRED = ("code", "name", "severity", "summary", "message", "suggestion", "rationale", "references", "precision", "examples")
OPTIONAL = ("fixes", "lists", "source", "patterns", "yields_to", "one_finding_per_sentence")
SOURCES = ("patterns", "suppressions")
PATTERN_KEYS = {"id", "kind", "pattern", "conditions", "cross_sentence", "claim_in_last_sentence"}
PATTERN_KINDS = ("token", "dependency")
FIX_KEYS = {"patterns", "find", "replace", "before", "after", "safe", "examples"}
FIX_EXAMPLE_KEYS = {"flag", "fixed"}
PRECISIONS = ("very-high", "high", "medium", "low")
CODE_RE = re.compile(r"^[A-Z]{2,4}[0-9]{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9-]*$")


def _require(condition: bool, path: Path, key: str, problem: str) -> None:
    if not condition:
        raise LintkitError(problem, path=str(path), key=key)


def _examples(raw, path: Path, key: str) -> tuple[Example, ...]:
    _require(isinstance(raw, list) and all(isinstance(x, str) for x in raw), path, key, "must be a list of strings")
    try:
        return tuple(Example.parse(text) for text in raw)
    except ValueError as exc:
        raise LintkitError(str(exc), path=str(path), key=key) from None


def _resolve_lists(value, lists: dict, path: Path, key: str):
    """Replace ``"@name"`` strings by the named word list (the rule's own, then the lexicon's)."""
    if isinstance(value, str) and value.startswith("@"):
        _require(value[1:] in lists, path, key, f"unknown word list {value!r} (known: {', '.join(sorted(lists))})")
        return list(lists[value[1:]])
    if isinstance(value, list):
        return [_resolve_lists(v, lists, path, key) for v in value]
    if isinstance(value, dict):
        return {k: _resolve_lists(v, lists, path, key) for k, v in value.items()}
    return value


def _pattern(raw, path: Path, index: int, lists: dict) -> Pattern:
    key = f"patterns[{index}]"
    _require(isinstance(raw, dict), path, key, "must be a table")
    unknown = set(raw) - PATTERN_KEYS
    _require(not unknown, path, key, f"unknown key(s) {', '.join(sorted(unknown))} (allowed: {', '.join(sorted(PATTERN_KEYS))})")
    _require(raw.get("kind") in PATTERN_KINDS, path, f"{key}.kind", f"must be one of: {', '.join(PATTERN_KINDS)}")
    _require(isinstance(raw.get("id"), str) and NAME_RE.match(raw["id"] or ""), path, f"{key}.id", "must be a kebab-case name")
    _require(isinstance(raw.get("pattern"), list) and raw["pattern"], path, f"{key}.pattern", "must be a non-empty list of token specs")
    conditions = raw.get("conditions", [])
    from lintkit.engine.conditions import CONDITIONS

    for name in conditions:
        _require(name in CONDITIONS, path, f"{key}.conditions", f"unknown condition {name!r} (allowed: {', '.join(sorted(CONDITIONS))})")
    return Pattern(
        id=raw["id"],
        kind=raw["kind"],
        spec=_resolve_lists(raw["pattern"], lists, path, f"{key}.pattern"),
        conditions=tuple(conditions),
        cross_sentence=bool(raw.get("cross_sentence", False)),
        claim_in_last_sentence=bool(raw.get("claim_in_last_sentence", False)),
    )


def _regex(raw, path: Path, key: str) -> re.Pattern:
    _require(isinstance(raw, str) and raw != "", path, key, "must be a non-empty regular expression")
    try:
        return re.compile(raw)
    except re.error as exc:
        raise LintkitError(f"is not a regular expression ({exc})", path=str(path), key=key) from None


def _fix_example(raw, path: Path, key: str) -> tuple[Example, str]:
    _require(isinstance(raw, dict) and set(raw) == FIX_EXAMPLE_KEYS and all(isinstance(v, str) for v in raw.values()),
             path, key, "must be { flag = \"... [the finding] ...\", fixed = \"... the sentence after the fix ...\" }")
    flag = _examples([raw["flag"]], path, f"{key}.flag")[0]
    _require(len(flag.spans) == 1, path, f"{key}.flag", "must mark exactly one finding with [brackets]")
    return flag, raw["fixed"]


def _fix(raw, path: Path, index: int, pattern_ids: set[str]) -> Fix:
    key = f"fixes[{index}]"
    _require(isinstance(raw, dict), path, key, "must be a table")
    unknown = set(raw) - FIX_KEYS
    _require(not unknown, path, key, f"unknown key(s) {', '.join(sorted(unknown))} (allowed: {', '.join(sorted(FIX_KEYS))})")
    patterns = raw.get("patterns", [])
    _require(isinstance(patterns, list) and all(p in pattern_ids for p in patterns), path, f"{key}.patterns", "must list ids of this rule's patterns")
    _require(isinstance(raw.get("replace"), str), path, f"{key}.replace", "must be the replacement text (\\1 or \\g<name> for groups of 'find')")
    _require(isinstance(raw.get("safe"), bool), path, f"{key}.safe", "must be true (reads right wherever it fits) or false")
    examples = raw.get("examples")
    _require(isinstance(examples, list) and examples, path, f"{key}.examples", "must list at least one example")
    return Fix(
        find=_regex(raw.get("find"), path, f"{key}.find"),
        replace=raw["replace"],
        safe=raw["safe"],
        examples=tuple(_fix_example(ex, path, f"{key}.examples[{i}]") for i, ex in enumerate(examples)),
        patterns=tuple(patterns),
        before=_regex(raw["before"], path, f"{key}.before") if "before" in raw else None,
        after=_regex(raw["after"], path, f"{key}.after") if "after" in raw else None,
    )


def parse_rule(data: dict, path: Path) -> Rule:
    unknown = set(data) - set(REQUIRED) - set(OPTIONAL)
    _require(not unknown, path, ", ".join(sorted(unknown)), f"unknown key (allowed: {', '.join(REQUIRED + OPTIONAL)})")
    for key in REQUIRED:
        _require(key in data, path, key, "is missing")
    _require(isinstance(data["code"], str) and CODE_RE.match(data["code"]), path, "code", "must look like LM001")
    _require(isinstance(data["name"], str) and NAME_RE.match(data["name"]), path, "name", "must be a kebab-case name")
    try:
        severity = Severity.parse(data["severity"])
    except ValueError as exc:
        raise LintkitError(str(exc), path=str(path), key="severity") from None
    _require(data["precision"] in PRECISIONS, path, "precision", f"must be one of: {', '.join(PRECISIONS)}")
    _require(isinstance(data["references"], list), path, "references", "must be a list of strings")
    examples = data["examples"]
    _require(isinstance(examples, dict) and set(examples) <= {"flag", "pass"}, path, "examples", "must be a table with 'flag' and 'pass' lists")
    flag = _examples(examples.get("flag", []), path, "examples.flag")
    passes = _examples(examples.get("pass", []), path, "examples.pass")
    _require(bool(flag) and bool(passes), path, "examples", "a rule needs at least one 'flag' and one 'pass' example")
    _require(all(ex.spans for ex in flag), path, "examples.flag", "every flag example must mark its span with [brackets]")
    source = data.get("source", "patterns")
    _require(source in SOURCES, path, "source", f"must be one of: {', '.join(SOURCES)}")
    if source == "patterns":
        _require(isinstance(data.get("patterns"), list) and data["patterns"], path, "patterns", "must be a non-empty list")
    else:
        _require("patterns" not in data, path, "patterns", f"a rule whose findings come from {source} has no patterns")
    own_lists = data.get("lists", {})
    _require(isinstance(own_lists, dict) and all(isinstance(v, list) for v in own_lists.values()), path, "lists", "must be a table of word lists")
    lists = {**lexicon().get("lists", {}), **own_lists}
    patterns = tuple(_pattern(raw, path, i, lists) for i, raw in enumerate(data.get("patterns", [])))
    first_of: dict[str, int] = {}
    for i, pattern in enumerate(patterns):  # matches are keyed by id, so a second pattern of the same id would never run
        first = first_of.setdefault(pattern.id, i)
        _require(first == i, path, f"patterns[{i}].id", f"{pattern.id!r} is already the id of patterns[{first}]; ids must be unique within a rule")
    raw_fixes = data.get("fixes", [])
    _require(isinstance(raw_fixes, list), path, "fixes", "must be an array of [[fixes]] tables")
    fixes = tuple(_fix(raw, path, i, {p.id for p in patterns}) for i, raw in enumerate(raw_fixes))
    yields_to = data.get("yields_to", [])
    _require(isinstance(yields_to, list) and all(isinstance(c, str) and CODE_RE.match(c) for c in yields_to), path, "yields_to",
             "must be a list of rule codes like LM001")
    one_per_sentence = data.get("one_finding_per_sentence", False)
    _require(isinstance(one_per_sentence, bool), path, "one_finding_per_sentence", "must be true or false")
    return Rule(
        code=data["code"],
        name=data["name"],
        severity=severity,
        message=data["message"].strip(),
        summary=data["summary"].strip(),
        rationale=data["rationale"].strip(),
        suggestion=data["suggestion"].strip(),
        references=tuple(data["references"]),
        precision=data["precision"],
        flag=flag,
        passes=passes,
        patterns=patterns,
        fixes=fixes,
        source=source,
        path=str(path),
        yields_to=tuple(yields_to),
        one_finding_per_sentence=one_per_sentence,
    )


def load_rule_file(path: Path) -> Rule:
    data = shipped_rule_data(path.name) if path.parent == rules_dir() else read_toml(path, "rule file")
    rule = parse_rule(data, path)
    expected = f"{rule.code}-{rule.name}.toml"
    _require(path.name == expected, path, "code", f"file name must be {expected}")
    return rule


def rule_files(folder: Path) -> list[Path]:
    """The rule files directly in ``folder`` (``LM001-name.toml``); nothing else there is ever opened."""
    return sorted(p for p in folder.glob("*.toml") if CODE_RE.match(p.stem.split("-", 1)[0]) and p.is_file())


def pack_problem(folder: Path) -> str | None:
    """Why ``folder`` is not a rule pack (a folder holding rule files), or None."""
    if not folder.is_dir():
        return "rule pack is not a folder" if folder.exists() else "rule pack folder does not exist"
    if not rule_files(folder):
        return "rule pack folder holds no rule files (CODE-name.toml, e.g. ACME001-jargon.toml)"
    return None


def load_rules(extra_folders: tuple[str, ...] = ()) -> dict[str, Rule]:
    """The shipped rules plus any rule packs, keyed by code; a code may not repeat."""
    rules: dict[str, Rule] = {}
    for folder in (rules_dir(), *map(Path, extra_folders)):
        problem = None if folder == rules_dir() else pack_problem(folder)
        if problem:
            raise LintkitError(problem, path=str(folder))
        for path in rule_files(folder):
            rule = load_rule_file(path)
            if rule.code in rules:
                raise LintkitError(f"rule code {rule.code} is already defined in {rules[rule.code].path}", path=str(path), key="code")
            rules[rule.code] = rule
    return rules


def rules_for(rule_packs: tuple[str, ...] = ()) -> dict[str, Rule]:
    """Every rule by code: the shipped ones (the suppression meta-rule LM100 among them) and rule packs."""
    return _rules_for(tuple(rule_packs))


@functools.lru_cache(maxsize=8)
def _rules_for(rule_packs: tuple[str, ...]) -> dict[str, Rule]:
    return load_rules(rule_packs)
