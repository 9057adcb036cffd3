"""Finds and validates lintkit settings: ``[tool.lintkit]`` or ``.lintkit.toml``.

Settings are looked up by walking up from each linted file, so a docs folder
can carry its own. Every unknown key or bad value is an error naming the file,
the key and what is allowed: a typo must never silently change what is checked
(so the codes a file names are checked against the rules it loads).
"""
from __future__ import annotations

import functools
from collections.abc import Collection
from pathlib import Path

from lintkit.codes import did_you_mean, unknown_code_problem
from lintkit.config import CONTEXT_POLICIES, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, MAX_FILE_SIZE, Config, Override, is_valid_glob, parse_size
from lintkit.engine.loader import pack_problem, rules_for
from lintkit.errors import LintkitError
from lintkit.resources import read_toml
from lintkit.severity import Severity

CONFIG_FILES = (".lintkit.toml", "pyproject.toml")


class ConfigErrors(LintkitError):
    """Every problem of one settings file: a user fixes them in one go, not one per run."""

    def __init__(self, problems: list[LintkitError]):
        self.problems = tuple(problems)
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(first.problem + more, path=first.path, key=first.key)


class _SettingsTable:
    """Checks one table of settings, naming the file and the key in every problem it collects."""

    def __init__(self, table: dict, path: str, prefix: str, problems: list[LintkitError]):
        self.table, self.path, self.prefix, self.problems = table, path, prefix, problems

    def fail(self, key: str, problem: str) -> None:
        self.problems.append(LintkitError(problem, path=self.path, key=f"{self.prefix}{key}"))

    def nested(self, table: dict, prefix: str) -> "_SettingsTable":
        return _SettingsTable(table, self.path, f"{self.prefix}{prefix}", self.problems)

    def check_keys(self, allowed: tuple[str, ...]) -> None:
        for key in self.table:
            if key not in allowed:
                self.fail(key, f"unknown key{did_you_mean(key, allowed)} (allowed: {', '.join(allowed)})")

    def string_list(self, key: str) -> tuple[str, ...] | None:
        value = self.table.get(key)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(key, "must be a list of strings")
            return None
        return tuple(value)

    def globs(self, key: str) -> tuple[str, ...] | None:
        values = self.string_list(key)
        for glob in values or ():
            if not is_valid_glob(glob):
                self.fail(key, f"invalid pattern {glob!r} (.gitignore syntax; a trailing backslash escapes nothing)")
        return values

    def size(self, key: str) -> int | None:
        value = self.table.get(key)
        if value is None:
            return None
        try:
            return parse_size(value)
        except ValueError as exc:
            self.fail(key, str(exc))

    def folders(self, key: str) -> tuple[str, ...]:
        """Folders named relative to the settings file, each checked to be a rule pack."""
        root = Path(self.path).resolve().parent
        folders = tuple(str((root / p).resolve()) for p in self.string_list(key) or ())
        for folder in folders:
            problem = pack_problem(Path(folder))
            if problem:
                self.fail(key, f"{folder}: {problem}")
        return folders

    def codes(self, key: str) -> tuple[str, ...] | None:
        values = self.string_list(key)
        return None if values is None else tuple(v.strip().upper() for v in values)

    def choice(self, key: str, allowed: tuple[str, ...]) -> str | None:
        value = self.table.get(key)
        if value is not None and value not in allowed:
            self.fail(key, f"invalid value {value!r}{did_you_mean(str(value), allowed)} (allowed: {', '.join(allowed)})")
            return None
        return value

    def severities(self, key: str) -> tuple[tuple[str, Severity], ...] | None:
        value = self.table.get(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.fail(key, "must be a table of CODE = \"level\"")
            return None
        pairs = []
        for code, level in value.items():
            try:
                pairs.append((code.upper(), Severity.parse(level)))
            except ValueError as exc:
                self.fail(f"{key}.{code}", str(exc))
        return tuple(pairs)


TOP_KEYS = (
    "model", "select", "ignore", "severity", "fail-on", "accepted-terms", "include", "exclude", "extend-exclude",
    "max-file-size", "rule-packs", "context", "overrides",
)
OVERRIDE_KEYS = ("files", "select", "ignore", "severity", "accepted-terms", "context")
CONTEXT_KEYS = ("reported",)


def _context(reader: _SettingsTable) -> str | None:
    table = reader.table.get("context")
    if table is None:
        return None
    if not isinstance(table, dict):
        reader.fail("context", "must be a table with key 'reported'")
        return None
    inner = reader.nested(table, "context.")
    inner.check_keys(CONTEXT_KEYS)
    return inner.choice("reported", CONTEXT_POLICIES)


def _override(reader: _SettingsTable, table, index: int) -> Override | None:
    if not isinstance(table, dict):
        reader.fail(f"overrides[{index}]", "must be a table")
        return None
    inner = reader.nested(table, f"overrides[{index}].")
    inner.check_keys(OVERRIDE_KEYS)
    files = inner.string_list("files")
    if not files:
        inner.fail("files", "must list at least one glob")
    return Override(
        files=files or (),
        select=inner.codes("select"),
        ignore=inner.codes("ignore"),
        severity=inner.severities("severity"),
        accepted_terms=inner.string_list("accepted-terms"),
        context_policy=_context(inner),
    )


def _known_codes(rule_packs: tuple[str, ...], reader: _SettingsTable) -> Collection[str] | None:
    """The codes of the shipped rules and these packs; None (and the problem noted) when a pack cannot be read."""
    try:
        return rules_for(rule_packs).keys()
    except LintkitError as exc:
        reader.fail("rule-packs", exc.one_line())
        return None


def parse_settings(table: dict, path: str, prefix: str = "") -> Config:
    """A Config from the settings table of the file at ``path``; ``ConfigErrors`` names every problem in it."""
    problems: list[LintkitError] = []
    reader = _SettingsTable(table, path, prefix, problems)
    reader.check_keys(TOP_KEYS)
    root = Path(path).resolve().parent
    model = table.get("model", "auto")
    if not isinstance(model, str) or not model:
        reader.fail("model", "must be a spaCy pipeline name, or \"auto\"")
    fail_on = reader.choice("fail-on", tuple(s.value for s in Severity))
    raw_overrides = table.get("overrides", [])
    if not isinstance(raw_overrides, list):
        reader.fail("overrides", "must be an array of tables ([[tool.lintkit.overrides]])")
        raw_overrides = []
    exclude = reader.globs("exclude")
    severity = reader.severities("severity")
    config = Config(
        model=model,
        select=reader.codes("select") or (),
        ignore=reader.codes("ignore") or (),
        severity=severity or (),
        fail_on=Severity(fail_on) if fail_on else Severity.WARNING,
        accepted_terms=reader.string_list("accepted-terms") or (),
        include=reader.globs("include") or DEFAULT_INCLUDE,
        exclude=DEFAULT_EXCLUDE if exclude is None else exclude,
        extend_exclude=reader.globs("extend-exclude") or (),
        max_file_size=reader.size("max-file-size") or MAX_FILE_SIZE,
        rule_packs=reader.folders("rule-packs"),
        context_policy=_context(reader) or "info",
        overrides=tuple(o for o in (_override(reader, t, i) for i, t in enumerate(raw_overrides)) if o is not None),
        source=path,
        root=str(root),
    )
    if not any(problem.key.endswith("rule-packs") for problem in problems):  # else the packs' codes are not known
        _check_codes(reader, config)
    if problems:
        raise ConfigErrors(problems)
    return config


def _check_codes(reader: _SettingsTable, config: Config) -> None:
    """Every code or prefix names a rule of the shipped ones or the packs: a typo in ``select`` would otherwise select nothing."""
    known = _known_codes(config.rule_packs, reader)
    if known is None:
        return
    tables = [(reader, config), *((reader.nested({}, f"overrides[{i}]."), o) for i, o in enumerate(config.overrides))]
    for where, table in tables:
        for key, codes in (("select", table.select), ("ignore", table.ignore), ("severity", [c for c, _ in table.severity or ()])):
            for code in codes or ():
                problem = unknown_code_problem(code, known)
                if problem:
                    where.fail(key, problem)


def read_config_file(path: Path) -> Config | None:
    """Settings from one file, or None for a pyproject.toml without [tool.lintkit]."""
    data = read_toml(path, "configuration")
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("lintkit")
        return None if table is None else parse_settings(table, str(path), "tool.lintkit.")
    return parse_settings(data, str(path))


@functools.lru_cache(maxsize=256)
def config_for_directory(directory: Path) -> Config:
    """The nearest settings at or above ``directory``; defaults if there are none."""
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                config = read_config_file(candidate)
                if config is not None:
                    return config
    return Config()


def config_for(path: str | None) -> Config:
    if path in (None, "-"):
        return config_for_directory(Path.cwd())
    try:
        start = Path(path).resolve().parent  # a symlinked file takes the settings beside its target
    except (OSError, RuntimeError):  # a symlink loop: reading it will say so
        start = Path(path).parent.resolve()
    return config_for_directory(start)
