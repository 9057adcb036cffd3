"""Finds and validates lintkit settings: ``[tool.lintkit]`` or ``.lintkit.toml``.

Settings are looked up by walking up from each linted file, so a docs folder
can carry its own. Every unknown key or bad value is an error naming the file,
the key and what is allowed: a typo must never silently change what is checked.
"""
from __future__ import annotations

import fnmatch
import functools
import re
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from lintkit.codes import did_you_mean, unknown_code_problem
from lintkit.errors import LintkitError
from lintkit.resources import read_toml
from lintkit.severity import Severity

CONFIG_FILES = (".lintkit.toml", "pyproject.toml")
CONTEXT_POLICIES = ("info", "ignore", "keep")
DEFAULT_INCLUDE: tuple[str, ...] = ()  # none set: every extension a markup is read from (documents/markups.py)
# Folders that hold tools' copies, builds and dependencies, not the writer's prose (ruff's list, plus
# Sphinx's _build and the result cache). Setting ``exclude`` replaces them; ``extend-exclude`` adds to them.
DEFAULT_EXCLUDE = (
    ".bzr/", ".direnv/", ".eggs/", ".git/", ".git-rewrite/", ".hg/", ".ipynb_checkpoints/", ".mypy_cache/", ".nox/",
    ".pants.d/", ".pyenv/", ".pytest_cache/", ".pytype/", ".ruff_cache/", ".svn/", ".tox/", ".venv/", ".vscode/",
    "__pypackages__/", "_build/", "buck-out/", "build/", "dist/", "node_modules/", "site-packages/", "venv/", ".lintkit_cache/",
)
MAX_FILE_SIZE = 50 * 1024 * 1024  # bytes; a bigger file is an error line, never a slow read
SIZE_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024**2, "mb": 1024**2, "mib": 1024**2, "g": 1024**3, "gb": 1024**3, "gib": 1024**3}
_SIZE = re.compile(r"^\s*([0-9]+)\s*([a-z]*)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Override:
    """Settings that apply only to files matching ``files`` (globs relative to the config's folder)."""

    files: tuple[str, ...]
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    severity: tuple[tuple[str, Severity], ...] | None = None
    accepted_terms: tuple[str, ...] | None = None
    context: str | None = None


@dataclass(frozen=True)
class Config:
    model: str = "auto"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    fail_on: Severity = Severity.WARNING
    accepted_terms: tuple[str, ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    max_file_size: int = MAX_FILE_SIZE
    rule_packs: tuple[str, ...] = ()
    context: str = "info"  # how quoted/attributed findings are reported
    overrides: tuple[Override, ...] = field(default=())
    source: str | None = None  # the file these settings came from
    root: str | None = None  # its folder: globs are relative to it

    def severity_for(self, code: str) -> Severity | None:
        return dict(self.severity).get(code)

    def is_selected(self, code: str) -> bool:
        chosen = not self.select or any(code.startswith(prefix) for prefix in self.select)
        return chosen and not any(code.startswith(prefix) for prefix in self.ignore)

    @property
    def excluded(self) -> tuple[str, ...]:
        """Every exclude glob in force: ``exclude`` (or the defaults) and ``extend-exclude``."""
        return self.exclude + self.extend_exclude

    def for_file(self, path: str | None) -> "Config":
        """These settings with the overrides that match ``path`` applied."""
        if not self.overrides or path is None:
            return self
        relative = _relative(path, self.root)
        config = self
        for override in self.overrides:
            if any(fnmatch.fnmatch(relative, glob) or PurePosixPath(relative).match(glob) for glob in override.files):
                changes = {k: getattr(override, k) for k in ("select", "ignore", "accepted_terms", "context") if getattr(override, k) is not None}
                if override.severity is not None:
                    changes["severity"] = tuple({**dict(config.severity), **dict(override.severity)}.items())
                config = replace(config, **changes)
        return config


def _relative(path: str, root: str | None) -> str:
    resolved = Path(path).resolve()
    if root:
        try:
            return resolved.relative_to(Path(root)).as_posix()
        except ValueError:
            pass
    return Path(path).as_posix()


def parse_size(value) -> int:
    """Bytes from an integer, or from a string such as "50MB" or "512 KiB" (K, M and G are powers of 1024)."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    found = _SIZE.match(value) if isinstance(value, str) else None
    if not found or found.group(2).lower() not in SIZE_UNITS or int(found.group(1)) == 0:
        raise ValueError(f"invalid size {value!r} (a positive number of bytes, or e.g. \"50MB\", \"512KB\")")
    return int(found.group(1)) * SIZE_UNITS[found.group(2).lower()]


def is_valid_glob(glob: str) -> bool:
    """Whether git would read ``glob`` as a pattern (a lone ``\\`` or ``!`` it would not)."""
    import pathspec

    try:
        pathspec.GitIgnoreSpec.from_lines([glob])
    except (ValueError, TypeError):
        return False
    return True


class ConfigErrors(LintkitError):
    """Every problem of one settings file: a user fixes them in one go, not one per run."""

    def __init__(self, problems: list[LintkitError]):
        self.problems = tuple(problems)
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(first.problem + more, path=first.path, key=first.key)


class _Reader:
    """Checks one table of settings, naming the file and the key in every problem it collects."""

    def __init__(self, table: dict, path: str, prefix: str, problems: list[LintkitError]):
        self.table, self.path, self.prefix, self.problems = table, path, prefix, problems

    def fail(self, key: str, problem: str) -> None:
        self.problems.append(LintkitError(problem, path=self.path, key=f"{self.prefix}{key}"))

    def nested(self, table: dict, prefix: str) -> "_Reader":
        return _Reader(table, self.path, f"{self.prefix}{prefix}", self.problems)

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
        from lintkit.engine.loader import pack_problem

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


def _context(reader: _Reader) -> str | None:
    table = reader.table.get("context")
    if table is None:
        return None
    if not isinstance(table, dict):
        reader.fail("context", "must be a table with key 'reported'")
        return None
    inner = reader.nested(table, "context.")
    inner.check_keys(CONTEXT_KEYS)
    return inner.choice("reported", CONTEXT_POLICIES)


def _override(reader: _Reader, table, index: int) -> Override | None:
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
        context=_context(inner),
    )


def _known_codes(rule_packs: tuple[str, ...], reader: _Reader) -> Collection[str] | None:
    """The codes of the shipped rules and these packs; None (and the problem noted) when a pack cannot be read."""
    from lintkit.engine.loader import rules_for

    try:
        return rules_for(rule_packs).keys()
    except LintkitError as exc:
        reader.fail("rule-packs", exc.one_line())
        return None


def parse_settings(table: dict, path: str, prefix: str = "") -> Config:
    """A Config from the settings table of the file at ``path``; ``ConfigErrors`` names every problem in it."""
    problems: list[LintkitError] = []
    reader = _Reader(table, path, prefix, problems)
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
        context=_context(reader) or "info",
        overrides=tuple(o for o in (_override(reader, t, i) for i, t in enumerate(raw_overrides)) if o is not None),
        source=path,
        root=str(root),
    )
    if not any(problem.key.endswith("rule-packs") for problem in problems):  # else the packs' codes are not known
        _check_codes(reader, config)
    if problems:
        raise ConfigErrors(problems)
    return config


def _check_codes(reader: _Reader, config: Config) -> None:
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
